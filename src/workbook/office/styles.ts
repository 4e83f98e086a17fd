/**
 * Cell styles for Office.js: the spec's style in Office.js names, equal styles grouped into
 * rectangles (fewer actions per sync), border edges, and column widths in points.
 */
import type { CellSpec, CellStyle } from "../layout/spec";
import { type Rect, columnLetters, rectAddress } from "./a1";
import type { OfficeStyle, WriteOp } from "./writeOps";

/** "RRGGBB" → "#RRGGBB". */
export function hex(color: string): string {
  return color.startsWith("#") ? color : `#${color}`;
}

/** The Office.js form of a cell style (number format excluded: it travels with the values). */
export function officeStyle(s: CellStyle | undefined): OfficeStyle | undefined {
  if (!s) return undefined;
  const out: { -readonly [K in keyof OfficeStyle]: OfficeStyle[K] } = {};
  if (s.bold !== undefined) out.bold = s.bold;
  if (s.italic !== undefined) out.italic = s.italic;
  if (s.size !== undefined) out.size = s.size;
  if (s.color) out.color = hex(s.color);
  if (s.fill) out.fill = hex(s.fill);
  if (s.align) out.horizontalAlignment = s.align === "left" ? "Left" : s.align === "center" ? "Center" : "Right";
  if (s.valign) out.verticalAlignment = s.valign === "top" ? "Top" : s.valign === "middle" ? "Center" : "Bottom";
  if (s.wrap !== undefined) out.wrapText = s.wrap;
  if (s.border) out.border = s.border;
  return Object.keys(out).length ? out : undefined;
}

/** Equal styles in horizontal runs, then runs stacked in consecutive rows with the same columns. */
export function styleRects(cells: readonly CellSpec[]): WriteOp[] {
  const done: { rect: Rect; key: string; style: OfficeStyle }[] = [];
  let open = new Map<string, { rect: Rect; key: string; style: OfficeStyle }>();
  let row = -1;
  let runs: { left: number; right: number; key: string; style: OfficeStyle }[] = [];
  const closeRow = () => {
    const next = new Map<string, { rect: Rect; key: string; style: OfficeStyle }>();
    for (const r of runs) {
      const id = `${r.key}|${r.left}|${r.right}`;
      const prev = open.get(id);
      if (prev && prev.rect.bottom === row - 1) {
        prev.rect = { ...prev.rect, bottom: row };
        next.set(id, prev);
        open.delete(id);
      } else next.set(id, { rect: { top: row, left: r.left, bottom: row, right: r.right }, key: r.key, style: r.style });
    }
    done.push(...open.values());
    open = next;
    runs = [];
  };
  for (const c of cells) {
    const style = officeStyle(c.style);
    if (!style) continue;
    if (c.row !== row) {
      if (row >= 0) closeRow();
      row = c.row;
    }
    const key = JSON.stringify(style);
    const last = runs[runs.length - 1];
    if (last && last.key === key && last.right === c.col - 1) last.right = c.col;
    else runs.push({ left: c.col, right: c.col, key, style });
  }
  if (row >= 0) closeRow();
  done.push(...open.values());
  done.sort((a, b) => a.rect.top - b.rect.top || a.rect.left - b.rect.left);
  return done.map((d) => ({
    kind: "style",
    address: rectAddress(d.rect),
    rows: d.rect.bottom - d.rect.top + 1,
    cols: d.rect.right - d.rect.left + 1,
    style: d.style,
  }));
}

/**
 * The border edges a cell border style needs on a rectangle of `rows` × `cols` cells: the style
 * belongs to every cell, so inner edges get it too.
 * @example borderEdges("thin-bottom", 2, 1) //=> [{ index: "EdgeBottom", style: "Continuous" }, { index: "InsideHorizontal", style: "Continuous" }]
 */
export function borderEdges(border: NonNullable<CellStyle["border"]>, rows: number, cols: number): { index: string; style: "Continuous" | "Double" }[] {
  const edges: { index: string; style: "Continuous" | "Double" }[] = [];
  const add = (index: string, style: "Continuous" | "Double" = "Continuous") => edges.push({ index, style });
  switch (border) {
    case "thin-bottom":
      add("EdgeBottom");
      if (rows > 1) add("InsideHorizontal");
      break;
    case "thin-top":
      add("EdgeTop");
      if (rows > 1) add("InsideHorizontal");
      break;
    case "double-bottom":
      add("EdgeBottom", "Double");
      if (rows > 1) add("InsideHorizontal", "Double");
      break;
    case "thin-box":
      ["EdgeTop", "EdgeBottom", "EdgeLeft", "EdgeRight"].forEach((e) => add(e));
      if (rows > 1) add("InsideHorizontal");
      if (cols > 1) add("InsideVertical");
      break;
  }
  return edges;
}

/**
 * Excel's column width in points from a width in characters of the default font
 * (8.43 characters = 64 px = 48 pt).
 * @example charsToPoints(8.43) //=> 48
 */
export function charsToPoints(chars: number): number {
  return Math.round((Math.trunc(chars * 7 + 5) * 0.75) * 100) / 100;
}

export function columnWidths(widths: readonly number[]): WriteOp[] {
  const ops: WriteOp[] = [];
  let i = 0;
  while (i < widths.length) {
    const w = widths[i];
    let j = i;
    while (j + 1 < widths.length && widths[j + 1] === w) j++;
    if (w !== undefined && w > 0) ops.push({ kind: "columnWidth", address: `${columnLetters(i + 1)}:${columnLetters(j + 1)}`, points: charsToPoints(w) });
    i = j + 1;
  }
  return ops;
}

