/**
 * Turns a host-neutral {@link SheetSpec} into batched Office.js writes, without touching Office:
 * contiguous cells become rectangular value blocks (one `values` matrix and one `numberFormat`
 * matrix each), equal styles become rectangles, and every operation carries an estimate of the
 * bytes it adds to a request so the adapter can keep each `context.sync()` under the web limit.
 *
 * Text is always written into a cell formatted as text ("@") first, so Excel never parses a
 * clerk's "=HYPERLINK(...)", "+cmd" or "00123" (values starting with =, + or - are formulas to
 * `range.values`).
 */
import type { CellSpec, CellStyle, ChartSpec, SheetSpec } from "../layout/spec";
import { cellAddress, rectAddress, utf8Length } from "./a1";
import { borderEdges, columnWidths, hex, styleRects } from "./styles";

export { borderEdges, charsToPoints, officeStyle } from "./styles";

/** Days from 1899-12-30 (Excel's serial 0 in the 1900 system, past the phantom leap day) to 1970-01-01. */
export const SERIAL_OF_1970 = 25569;
export const DEFAULT_DATE_FORMAT = "yyyy-mm-dd";
export const TEXT_FORMAT = "@";
/** A cell's value as sent to `range.values`; null leaves the cell as it is. */
export type OfficeValue = string | number | boolean | null;

export interface OfficeStyle {
  readonly bold?: boolean;
  readonly italic?: boolean;
  readonly size?: number;
  readonly color?: string;
  readonly fill?: string;
  readonly horizontalAlignment?: "Left" | "Center" | "Right";
  readonly verticalAlignment?: "Top" | "Center" | "Bottom";
  readonly wrapText?: boolean;
  readonly border?: CellStyle["border"];
}

export interface OfficeLink {
  readonly address?: string;
  readonly documentReference?: string;
  readonly textToDisplay?: string;
}

/** One write against one sheet. Addresses are relative to that sheet. */
export type WriteOp =
  | { readonly kind: "cells"; readonly address: string; readonly numberFormat: (string | null)[][]; readonly values: OfficeValue[][] }
  | { readonly kind: "merge"; readonly address: string }
  | { readonly kind: "link"; readonly address: string; readonly link: OfficeLink }
  | { readonly kind: "style"; readonly address: string; readonly rows: number; readonly cols: number; readonly style: OfficeStyle }
  | { readonly kind: "columnWidth"; readonly address: string; readonly points: number }
  | { readonly kind: "table"; readonly address: string; readonly name: string; readonly style?: string }
  | {
      readonly kind: "chart";
      readonly valuesAddress: string;
      readonly categoriesAddress: string;
      readonly seriesBy: "Rows" | "Columns";
      readonly title: string;
      readonly seriesName: string;
      readonly start: string;
      readonly end: string;
    }
  | { readonly kind: "freeze"; readonly rows: number }
  | {
      readonly kind: "print";
      readonly area?: string;
      readonly fitToWidth?: boolean;
      readonly landscape?: boolean;
      readonly titleRows?: string;
      readonly footer?: string;
    }
  | { readonly kind: "tabColor"; readonly color: string };

/** An op and the request bytes it is estimated to add (JSON of its arguments + per-action overhead). */
export interface PlannedOp {
  readonly op: WriteOp;
  readonly bytes: number;
}

export interface PlanOptions {
  /** Largest value block, in estimated bytes; bigger blocks are split by rows. Default 512 KiB. */
  readonly maxBlockBytes?: number;
}

/**
 * Office.js sends each queued action, and each object path it creates, as a JSON object with
 * ids and type tags (~75-140 bytes); 160 bytes per action is a conservative allowance on top of
 * the arguments themselves.
 */
export const ACTION_OVERHEAD_BYTES = 160;

/**
 * All writes for one sheet, in the order they must run: values, merges, links, styles, column
 * widths, tables, charts, freeze panes, print setup, tab colour.
 * @example planSheet({ name: "S", role: "statement", cells: [{ row: 1, col: 1, value: "=x" }] })[0].op
 * //=> { kind: "cells", address: "A1", numberFormat: [["@"]], values: [["=x"]] }
 */
export function planSheet(spec: SheetSpec, options: PlanOptions = {}): PlannedOp[] {
  const cells = cellsWithTableHeaders(spec);
  const ops: WriteOp[] = [];
  ops.push(...valueBlocks(cells, options.maxBlockBytes ?? 512 * 1024));
  for (const m of spec.merges ?? []) ops.push({ kind: "merge", address: rectAddress(m) });
  for (const c of cells) if (c.link) ops.push({ kind: "link", address: cellAddress(c.row, c.col), link: officeLink(c) });
  ops.push(...styleRects(cells));
  ops.push(...columnWidths(spec.columnWidths ?? []));
  for (const t of spec.tables ?? []) {
    const rect = { top: t.top, left: t.left, bottom: t.top + t.rowCount, right: t.left + t.headers.length - 1 };
    ops.push({ kind: "table", address: rectAddress(rect), name: t.name, ...(t.style ? { style: t.style } : {}) });
  }
  for (const ch of spec.charts ?? []) ops.push(chartOp(ch));
  if (spec.freezeRows && spec.freezeRows > 0) ops.push({ kind: "freeze", rows: spec.freezeRows });
  if (spec.print) {
    const p = spec.print;
    ops.push({
      kind: "print",
      ...(p.area ? { area: p.area } : {}),
      ...(p.fitToWidth ? { fitToWidth: true } : {}),
      ...(p.landscape ? { landscape: true } : {}),
      ...(p.repeatRows ? { titleRows: `$${p.repeatRows[0]}:$${p.repeatRows[1]}` } : {}),
      ...(p.footer ? { footer: p.footer } : {}),
    });
  }
  if (spec.tabColor) ops.push({ kind: "tabColor", color: hex(spec.tabColor) });
  return ops.map((op) => ({ op, bytes: estimateBytes(op) }));
}

/** Estimated request bytes of one op: its JSON plus an allowance per Office.js action it queues. */
export function estimateBytes(op: WriteOp): number {
  const data = op.kind === "cells" ? utf8Length(JSON.stringify(op.values)) + utf8Length(JSON.stringify(op.numberFormat)) : utf8Length(JSON.stringify(op));
  return data + actionCount(op) * ACTION_OVERHEAD_BYTES;
}

/** Actions (object paths and property sets / method calls) that applying `op` queues. */
function actionCount(op: WriteOp): number {
  switch (op.kind) {
    case "cells": // getRange, numberFormat, values
      return 3;
    case "merge":
    case "link":
    case "freeze":
      return 2;
    case "columnWidth": // getRange, format, columnWidth
      return 3;
    case "table": // add, name, style
      return 2 + (op.style ? 1 : 0);
    case "chart": // add, getRange ×2, title, title.text, series, name, setXAxisValues, setPosition
      return 9;
    case "print":
      return 1 + [op.area, op.fitToWidth, op.landscape, op.titleRows].filter(Boolean).length + (op.footer ? 3 : 0);
    case "tabColor":
      return 1;
    case "style": {
      const s = op.style;
      const font = [s.bold, s.italic, s.size, s.color].filter((v) => v !== undefined).length;
      const other = [s.horizontalAlignment, s.verticalAlignment, s.wrapText].filter((v) => v !== undefined).length;
      const edges = s.border ? borderEdges(s.border, op.rows, op.cols).length : 0;
      // getRange + format, font (+nav), fill (+nav), other properties, borders (+nav; getItem, style, weight per edge)
      return 2 + (font ? font + 1 : 0) + (s.fill ? 2 : 0) + other + (edges ? 1 + edges * 3 : 0);
    }
  }
}

/**
 * Splits items into consecutive groups whose byte totals stay within `budget` (an item larger
 * than the budget gets a group of its own). Order is kept.
 * @example chunkByBytes([{ bytes: 3 }, { bytes: 3 }, { bytes: 3 }], 6).length //=> 2
 */
export function chunkByBytes<T extends { readonly bytes: number }>(items: readonly T[], budget: number): T[][] {
  const chunks: T[][] = [];
  let current: T[] = [];
  let size = 0;
  for (const item of items) {
    if (current.length > 0 && size + item.bytes > budget) {
      chunks.push(current);
      current = [];
      size = 0;
    }
    current.push(item);
    size += item.bytes;
  }
  if (current.length > 0) chunks.push(current);
  return chunks;
}

/** The spec's cells (last one wins per position) plus header texts for tables whose header cells are missing. */
function cellsWithTableHeaders(spec: SheetSpec): CellSpec[] {
  const byPos = new Map<string, CellSpec>();
  for (const c of spec.cells) byPos.set(`${c.row},${c.col}`, c);
  for (const t of spec.tables ?? []) {
    t.headers.forEach((h, i) => {
      const key = `${t.top},${t.left + i}`;
      if (!byPos.has(key)) byPos.set(key, { row: t.top, col: t.left + i, value: h });
    });
  }
  return [...byPos.values()].sort((a, b) => a.row - b.row || a.col - b.col);
}

function cellInput(c: CellSpec): { value: OfficeValue; format: string | null } {
  const v = c.value;
  const fmt = c.style?.numberFormat ?? null;
  if (v === null) return { value: null, format: fmt };
  if (typeof v === "string") return { value: v, format: TEXT_FORMAT };
  if (typeof v === "number" || typeof v === "boolean") return { value: v, format: fmt };
  if ("date" in v) return { value: v.date + SERIAL_OF_1970, format: fmt ?? DEFAULT_DATE_FORMAT };
  return { value: `=${v.formula}`, format: fmt };
}

/** Rows of cells grouped into bands (a gap of more than 2 empty rows starts a new band), each band a rectangle. */
function valueBlocks(cells: readonly CellSpec[], maxBlockBytes: number): WriteOp[] {
  const ops: WriteOp[] = [];
  let band: CellSpec[] = [];
  const flush = () => {
    if (band.length) ops.push(...bandBlocks(band, maxBlockBytes));
    band = [];
  };
  for (const c of cells) {
    if (c.value === null && !c.style?.numberFormat) continue;
    if (band.length && c.row - band[band.length - 1].row > 3) flush();
    band.push(c);
  }
  flush();
  return ops;
}

function bandBlocks(band: readonly CellSpec[], maxBlockBytes: number): WriteOp[] {
  const top = band[0].row;
  const bottom = band[band.length - 1].row;
  let left = Infinity;
  let right = 0;
  for (const c of band) {
    left = Math.min(left, c.col);
    right = Math.max(right, c.col);
  }
  const width = right - left + 1;
  const values: OfficeValue[][] = Array.from({ length: bottom - top + 1 }, () => new Array<OfficeValue>(width).fill(null));
  const formats: (string | null)[][] = Array.from({ length: bottom - top + 1 }, () => new Array<string | null>(width).fill(null));
  for (const c of band) {
    const { value, format } = cellInput(c);
    values[c.row - top][c.col - left] = value;
    formats[c.row - top][c.col - left] = format;
  }
  // Split by rows so no single block exceeds the budget.
  const ops: WriteOp[] = [];
  let start = 0;
  let size = 0;
  for (let i = 0; i < values.length; i++) {
    const rowBytes = utf8Length(JSON.stringify(values[i])) + utf8Length(JSON.stringify(formats[i]));
    if (i > start && size + rowBytes > maxBlockBytes) {
      ops.push(block(top, left, start, i, values, formats));
      start = i;
      size = 0;
    }
    size += rowBytes;
  }
  ops.push(block(top, left, start, values.length, values, formats));
  return ops;
}

function block(top: number, left: number, from: number, to: number, values: OfficeValue[][], formats: (string | null)[][]): WriteOp {
  const v = values.slice(from, to);
  const rect = { top: top + from, left, bottom: top + to - 1, right: left + v[0].length - 1 };
  return { kind: "cells", address: rectAddress(rect), values: v, numberFormat: formats.slice(from, to) };
}

function officeLink(c: CellSpec): OfficeLink {
  const link = c.link!;
  const text = typeof c.value === "string" ? { textToDisplay: c.value } : {};
  return link.startsWith("#") ? { documentReference: link.slice(1), ...text } : { address: link, ...text };
}

function chartOp(ch: ChartSpec): WriteOp {
  const oneRow = /^\$?[A-Z]+\$?(\d+):\$?[A-Z]+\$?(\d+)$/i.exec(ch.valuesRange);
  const seriesBy = oneRow && oneRow[1] === oneRow[2] ? "Rows" : "Columns";
  return {
    kind: "chart",
    valuesAddress: ch.valuesRange,
    categoriesAddress: ch.categoriesRange,
    seriesBy,
    title: ch.title,
    seriesName: ch.seriesName,
    start: cellAddress(ch.top, ch.left),
    end: cellAddress(ch.top + ch.heightRows - 1, ch.left + ch.widthCols - 1),
  };
}
