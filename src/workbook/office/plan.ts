/**
 * Turns a host-neutral {@link SheetSpec} into batched Office.js writes, without touching Office:
 * contiguous cells become rectangular value blocks (one `values` matrix and one `numberFormat`
 * matrix each), equal styles become rectangles, and every operation carries an estimate of the
 * bytes it adds to a request so the adapter can keep each `context.sync()` under the web limit.
 *
 * Text stays text (see {@link textInput}): Range.values documents that a value starting with
 * =, + or - "is interpreted as a formula", whatever the number format, so such text is written
 * with Excel's quote prefix (a leading apostrophe, as a clerk types it); other text goes into a
 * cell formatted as text ("@") so "00123" or "2026-10-31" are not turned into numbers.
 */
import type { CellSpec, ChartSpec, MergeSpec, SheetSpec } from "../layout/spec";
import { cellAddress, rectAddress } from "./a1";
import { utf8Length } from "../../core/text";
import type { OfficeLink, OfficeValue, WriteOp } from "./writeOps";
import { hex } from "./styles";
import { cellPropertyBlocks, columnPropertiesOp } from "./cellProperties";
import { fromSerial1900, type DateSystem } from "./dateSystem";

export { charsToPoints, officeStyle } from "./styles";

/** Days from 1899-12-30 (Excel's serial 0 in the 1900 system, past the phantom leap day) to 1970-01-01. */
export const SERIAL_OF_1970 = 25569;
export const DEFAULT_DATE_FORMAT = "yyyy-mm-dd";
export const TEXT_FORMAT = "@";
export const GENERAL_FORMAT = "General";
/** Excel's largest cell text (Excel specifications and limits). */
export const MAX_CELL_CHARS = 32767;
export type { OfficeLink, OfficeStyle, OfficeValue, WriteOp } from "./writeOps";

/** An op and the request bytes it is estimated to add (JSON of its arguments + per-action overhead). */
export interface PlannedOp {
  readonly op: WriteOp;
  readonly bytes: number;
}

export interface PlanOptions {
  /** Largest value block, in estimated bytes; bigger blocks are split by rows. Default 512 KiB. */
  readonly maxBlockBytes?: number;
  /** The name the sheet is written under, for the byte estimates. Default the spec's name. */
  readonly sheetName?: string;
  /** The workbook's date system: dates are written as its serials. Default "1900". */
  readonly dateSystem?: DateSystem;
}

/**
 * Request bytes, modelled as the Excel fake (test/fakes/excel) measures a request the way
 * Office.js sends it: each queued action is its JSON (`{"path":…,"set":…,"value":…}` or
 * `{"path":…,"call":…,"args":…}`, the object path spelled out) plus a 100-byte envelope, and
 * each object path the request uses adds 100 bytes once. {@link ACTION_OVERHEAD_BYTES} is the
 * per-action part without the path, name and value: envelope 100 + JSON keys 29, plus a little
 * slack; {@link OBJECT_PATH_BYTES} the per-path part, counted for every op (an upper bound: ops in
 * one sync share the sheet's paths).
 */
export const ACTION_OVERHEAD_BYTES = 136;
export const OBJECT_PATH_BYTES = 100;

/**
 * Bytes of a worksheet's object path inside an action's JSON for a sheet added under `name`
 * (`wb/worksheets/add(\"name\")`). Without a name: a 31-character name of 3-byte characters.
 */
export function sheetPathBytes(name?: string): number {
  if (name === undefined) return 23 + 31 * 3;
  return utf8Length(JSON.stringify(`wb/worksheets/add(${JSON.stringify(name)})`)) - 2;
}

/**
 * All writes for one sheet, in the order they must run: values, merges, links, cell formats
 * (setCellProperties blocks), column widths (one setColumnProperties), tables, charts, freeze
 * panes, print setup, tab colour.
 * @example planSheet({ name: "S", role: "statement", cells: [{ row: 1, col: 1, value: "=x" }] })[0].op
 * //=> { kind: "cells", address: "A1", numberFormat: [["General"]], values: [["'=x"]] }
 */
export function planSheet(spec: SheetSpec, options: PlanOptions = {}): PlannedOp[] {
  const cells = cellsWithTableHeaders(spec);
  for (const c of cells) {
    if (typeof c.value === "string" && c.value.length > MAX_CELL_CHARS) {
      throw new Error(
        `Sheet "${spec.name}", cell ${cellAddress(c.row, c.col)}: a text of ${c.value.length} characters is longer than an Excel cell holds (${MAX_CELL_CHARS}).`,
      );
    }
  }
  const ops: WriteOp[] = [];
  ops.push(...valueBlocks(cells, options.maxBlockBytes ?? 512 * 1024, options.dateSystem ?? "1900"));
  ops.push(...mergeOps(spec.merges ?? []));
  for (const c of cells) if (c.link) ops.push({ kind: "link", address: cellAddress(c.row, c.col), link: officeLink(c) });
  const maxBlockBytes = options.maxBlockBytes ?? 512 * 1024;
  ops.push(...cellPropertyBlocks(cells, maxBlockBytes));
  const widths = columnPropertiesOp(spec.columnWidths ?? []);
  if (widths) ops.push(widths);
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
  const sheetPath = sheetPathBytes(options.sheetName ?? spec.name);
  return ops.map((op) => ({ op, bytes: estimateBytes(op, sheetPath) }));
}

/**
 * Estimated request bytes of one op (see {@link ACTION_OVERHEAD_BYTES}): per action its object
 * path, name and JSON value plus the overhead, and {@link OBJECT_PATH_BYTES} per object path.
 * `sheetPath` is {@link sheetPathBytes} of the sheet written to (default: the longest name).
 */
export function estimateBytes(op: WriteOp, sheetPath: number = sheetPathBytes()): number {
  let bytes = 0;
  let paths = 0;
  /** One action on the object at `path` bytes: name is the property or method, value its JSON. */
  const act = (path: number, name: string, value: unknown) => {
    bytes += ACTION_OVERHEAD_BYTES + path + name.length + (value === undefined ? 0 : utf8Length(JSON.stringify(value)));
  };
  const range = (address: string) => sheetPath + 12 + utf8Length(address); // …/range(\"A1:B2\")
  switch (op.kind) {
    case "cells": {
      const r = range(op.address);
      act(r, "numberFormat", op.numberFormat);
      act(r, "values", op.values);
      paths = 1;
      break;
    }
    case "merge":
      act(range(op.address), "merge", [op.across === true]);
      paths = 1;
      break;
    case "link":
      act(range(op.address), "hyperlink", op.link);
      paths = 1;
      break;
    case "cellProperties":
      act(range(op.address), "setCellProperties", [op.properties]);
      paths = 1;
      break;
    case "columnProperties":
      act(range(op.address), "setColumnProperties", [op.properties]);
      paths = 1;
      break;
    case "table": {
      act(sheetPath + 7, "add", [op.address, true]); // …/tables
      act(sheetPath + 11, "name", op.name); // …/tables/add
      if (op.style) act(sheetPath + 11, "style", op.style);
      paths = 2;
      break;
    }
    case "chart": {
      const charts = sheetPath + 8; // …/charts
      act(charts, "add", ["ColumnClustered", "x".repeat(range(op.valuesAddress)), op.seriesBy]);
      act(charts + 10, "text", op.title); // …/charts/add/title
      act(charts + 14, "name", op.seriesName); // …/charts/add/series(0)
      act(charts + 14, "setXAxisValues", ["x".repeat(range(op.categoriesAddress))]);
      act(charts + 4, "setPosition", [op.start, op.end]);
      paths = 4;
      break;
    }
    case "freeze":
      act(sheetPath + 12, "freezeRows", [op.rows]); // …/freezePanes
      paths = 1;
      break;
    case "print": {
      const layout = sheetPath + 11; // …/pageLayout
      if (op.area) act(layout, "setPrintArea", [op.area]);
      if (op.fitToWidth) act(layout, "zoom", { horizontalFitToPages: 1 });
      if (op.landscape) act(layout, "orientation", "Landscape");
      if (op.titleRows) act(layout, "setPrintTitleRows", [op.titleRows]);
      if (op.footer) act(layout + 33, "centerFooter", op.footer); // …/headersFooters/defaultForAllPages
      paths = 1 + (op.footer ? 1 : 0);
      break;
    }
    case "tabColor":
      act(sheetPath, "tabColor", op.color);
      paths = 1;
      break;
  }
  return bytes + paths * OBJECT_PATH_BYTES;
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

/**
 * The merge actions for a sheet's merged areas: single-row merges over the same columns on
 * consecutive rows (a statement's address lines, its label/value rows) become one
 * `merge(across)` over the rows, which merges each row on its own: the same merged areas in one
 * action instead of one per row (~250 bytes of request each). Other merges stay as they are, in
 * the spec's order.
 * @example mergeOps([{ top: 2, left: 1, bottom: 2, right: 5 }, { top: 3, left: 1, bottom: 3, right: 5 }])
 * //=> [{ kind: "merge", address: "A2:E3", across: true }]
 */
export function mergeOps(merges: readonly MergeSpec[]): WriteOp[] {
  const runs: { rect: MergeSpec; rows: number }[] = [];
  /** The run each column span is growing, by "left,right". */
  const open = new Map<string, { rect: MergeSpec; rows: number }>();
  for (const m of merges) {
    if (m.top !== m.bottom) {
      runs.push({ rect: m, rows: 0 });
      continue;
    }
    const key = `${m.left},${m.right}`;
    const run = open.get(key);
    if (run && run.rect.bottom === m.top - 1) {
      run.rect = { ...run.rect, bottom: m.top };
      run.rows += 1;
      continue;
    }
    const fresh = { rect: m, rows: 1 };
    runs.push(fresh);
    open.set(key, fresh);
  }
  return runs.map(({ rect, rows }) => (rows > 1 ? { kind: "merge", address: rectAddress(rect), across: true } : { kind: "merge", address: rectAddress(rect) }));
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

/** Text Excel would read as a formula (=, +, -, @) or whose apostrophe it would eat ('). */
const FORMULA_LIKE = /^[=+\-@']/;

/**
 * How a text is written so that Excel keeps it as that text. Formula-like text gets the quote
 * prefix in a General cell: Excel's documented way to enter text that starts with = + - (type an
 * apostrophe first), which Range.values follows as typing does; the apostrophe is not part of
 * the value read back. Not in an "@" cell: what an apostrophe does there is not documented.
 * @example textInput("=cmd") //=> { value: "'=cmd", format: "General" }
 * @example textInput("00123") //=> { value: "00123", format: "@" }
 */
export function textInput(text: string): { value: string; format: string } {
  if (FORMULA_LIKE.test(text)) return { value: `'${text}`, format: GENERAL_FORMAT };
  return { value: text, format: TEXT_FORMAT };
}

function cellInput(c: CellSpec, system: DateSystem): { value: OfficeValue; format: string | null } {
  const v = c.value;
  const fmt = c.style?.numberFormat ?? null;
  if (v === null) return { value: null, format: fmt };
  if (typeof v === "string") return textInput(v);
  if (typeof v === "number" || typeof v === "boolean") return { value: v, format: fmt };
  if ("date" in v) return { value: fromSerial1900(v.date + SERIAL_OF_1970, system), format: fmt ?? DEFAULT_DATE_FORMAT };
  return { value: `=${v.formula}`, format: fmt };
}

/** Rows of cells grouped into bands (a gap of more than 2 empty rows starts a new band), each band a rectangle. */
function valueBlocks(cells: readonly CellSpec[], maxBlockBytes: number, system: DateSystem): WriteOp[] {
  const ops: WriteOp[] = [];
  let band: CellSpec[] = [];
  const flush = () => {
    if (band.length) ops.push(...bandBlocks(band, maxBlockBytes, system));
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

function bandBlocks(band: readonly CellSpec[], maxBlockBytes: number, system: DateSystem): WriteOp[] {
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
    const { value, format } = cellInput(c, system);
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
