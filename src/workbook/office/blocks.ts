/**
 * Cuts what Office.js reads (each sheet's values from one origin, plus the tables' areas) into
 * {@link SourceBlock}s: one per table, and one per sheet for the cells no table covers.
 */
import type { MergedArea, RawCell, SourceBlock } from "../port";
import { mergesWithin } from "../mergedAreas";
import type { Rect } from "./a1";

/** A sheet's cells as read: `values[0][0]` is at (`top`, `left`); empty cells are null. */
export interface SheetGrid {
  readonly sheet: string;
  readonly top: number;
  readonly left: number;
  readonly values: readonly (readonly RawCell[])[];
  /** The sheet's merged areas as Excel listed them (mergedCells.ts); absent when not read or none. */
  readonly merges?: readonly MergedArea[];
}

export interface TableArea {
  readonly name: string;
  readonly sheet: string;
  /** Header row included. */
  readonly rect: Rect;
}

/**
 * Office.js reports an empty cell as "": the port's contract says null.
 * @example rawOf("") //=> null
 */
export function rawOf(v: unknown): RawCell {
  if (v === "" || v === null || v === undefined) return null;
  if (typeof v === "string" || typeof v === "number" || typeof v === "boolean") return v;
  return String(v);
}

const headerText = (v: RawCell): string => (v === null ? "" : String(v));

/**
 * Blocks in sheet order: each sheet's tables (in the given order), then its plain block; each
 * carries the sheet's merged areas that touch it.
 * @example blocksFromGrids([{ sheet: "S", top: 2, left: 2, values: [["ID"], ["1"]] }], [])
 * //=> [{ sheet: "S", headerRow: 2, firstColumn: 2, headers: ["ID"], rows: [["1"]] }]
 */
export function blocksFromGrids(grids: readonly SheetGrid[], tables: readonly TableArea[]): SourceBlock[] {
  const out: SourceBlock[] = [];
  for (const g of grids) {
    const own = tables.filter((t) => t.sheet === g.sheet);
    const at = (row: number, col: number): RawCell => g.values[row - g.top]?.[col - g.left] ?? null;
    for (const t of own) {
      const { top, left, bottom, right } = t.rect;
      const headers: string[] = [];
      for (let c = left; c <= right; c++) headers.push(headerText(at(top, c)));
      const rows: RawCell[][] = [];
      for (let r = top + 1; r <= bottom; r++) {
        const row: RawCell[] = [];
        for (let c = left; c <= right; c++) row.push(at(r, c));
        rows.push(row);
      }
      const merges = mergesWithin(g.merges, top, left, bottom, right);
      out.push({ tableName: t.name, sheet: g.sheet, headerRow: top, firstColumn: left, headers, rows, ...(merges ? { merges } : {}) });
    }
    const plain = plainBlock(g, own.map((t) => t.rect));
    if (plain) out.push(plain);
  }
  return out;
}

function inside(rects: readonly Rect[], row: number, col: number): boolean {
  return rects.some((r) => row >= r.top && row <= r.bottom && col >= r.left && col <= r.right);
}

function plainBlock(g: SheetGrid, tableRects: readonly Rect[]): SourceBlock | undefined {
  let top = Infinity;
  let left = Infinity;
  let bottom = -1;
  let right = -1;
  g.values.forEach((row, i) =>
    row.forEach((v, j) => {
      if (v === null || inside(tableRects, g.top + i, g.left + j)) return;
      top = Math.min(top, g.top + i);
      bottom = Math.max(bottom, g.top + i);
      left = Math.min(left, g.left + j);
      right = Math.max(right, g.left + j);
    }),
  );
  if (bottom < 0) return undefined;
  const cell = (r: number, c: number): RawCell => (inside(tableRects, r, c) ? null : g.values[r - g.top]?.[c - g.left] ?? null);
  const headers: string[] = [];
  for (let c = left; c <= right; c++) headers.push(headerText(cell(top, c)));
  const rows: RawCell[][] = [];
  for (let r = top + 1; r <= bottom; r++) {
    const row: RawCell[] = [];
    for (let c = left; c <= right; c++) row.push(cell(r, c));
    rows.push(row);
  }
  // Which merges a block carries is the .xlsx reader's rule (mergedAreas.ts): the engine sees the same.
  const merges = mergesWithin(g.merges, top, left, bottom, right);
  return { sheet: g.sheet, headerRow: top, firstColumn: left, headers, rows, ...(merges ? { merges } : {}) };
}
