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
import type { CellSpec, ChartSpec, MergeSpec, SheetSpec } from "../spec";
import { cellAddress, rectAddress } from "./a1";
import { utf8Length } from "../../core/text";
import { cutToCell, MAX_CELL_TEXT } from "../cellLimit";
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
export type { OfficeLink, OfficeStyle, OfficeValue, WriteOp } from "./writeOps";

/** An op and the request bytes it is estimated to add (JSON of its arguments + per-action overhead). */
export interface PlannedOp {
  readonly op: WriteOp;
  readonly bytes: number;
}

export interface PlanOptions {
  /** Largest value block, in estimated bytes; bigger blocks are split by rows. Default 512 KiB. */
  readonly maxBlockBytes?: number;
  /** The workbook's date system: dates are written as its serials. Default "1900". */
  readonly dateSystem?: DateSystem;
}

/**
 * Request bytes, modelled on the body Office.js's rich API client sends (and the Excel fake in
 * test/fakes/excel measures on its own): `{"Actions":[…],"ObjectPaths":{…}}`. An action is
 * `{"Id":…,"ActionType":…,"Name":…,"ObjectPathId":…,"ArgumentInfo":{"Arguments":[…]}}`: it
 * names its object by id, so it costs {@link ACTION_BYTES} plus its name and the JSON of its
 * arguments. Each object a request touches (a range, its sheet, a page layout) is one object
 * path `"id":{"Id":…,"ObjectPathType":…,"Name":…,"ParentObjectPathId":…,"ArgumentInfo":…}`:
 * {@link OBJECT_PATH_BYTES} plus its name and its argument, counted for every op that uses it (an
 * upper bound: ops on the same range share it); a property's path (`pageLayout`, `freezePanes`)
 * has no ArgumentInfo: {@link PROPERTY_PATH_BYTES} plus its name. The sheet's own path is counted
 * once, with the sheet (office.ts, structural bytes). The constants leave room for 7-digit ids.
 */
export const ACTION_BYTES = 100;
export const OBJECT_PATH_BYTES = 130;
/** `"1234567":{"Id":1234567,"ObjectPathType":4,"Name":"","ParentObjectPathId":1234567},` is 83 bytes. */
export const PROPERTY_PATH_BYTES = 95;

/**
 * Bytes of the object path of a worksheet added under `name` (`add("name")`, its argument sent
 * as JSON text inside JSON). Without a name: a 31-character name of 3-byte characters.
 */
export function sheetPathBytes(name?: string): number {
  const arg = name === undefined ? 2 + 31 * 3 : utf8Length(JSON.stringify(name));
  return OBJECT_PATH_BYTES + "add".length + arg + 4;
}

/**
 * All writes for one sheet, in the order they must run: values, merges, links, cell formats
 * (setCellProperties blocks), column widths (one setColumnProperties), tables, charts, freeze
 * panes, print setup, tab colour.
 * @example planSheet({ name: "S", role: "statement", cells: [{ row: 1, col: 1, value: "=x" }] })[0].op
 * //=> { kind: "cells", address: "A1", numberFormat: [["General"]], values: [["'=x"]] }
 */
export function planSheet(spec: SheetSpec, options: PlanOptions = {}): PlannedOp[] {
  // Text longer than a cell holds is cut with a note, as the .xlsx writers cut it (DESIGN §8).
  const cells = cellsWithTableHeaders(spec).map((c) => (typeof c.value === "string" && c.value.length > MAX_CELL_TEXT ? { ...c, value: cutToCell(c.value, spec.language) } : c));
  const ops: WriteOp[] = [];
  ops.push(...valueBlocks(cells, options.maxBlockBytes ?? 512 * 1024, options.dateSystem ?? "1900"));
  ops.push(...mergeOps(spec.merges ?? []));
  for (const c of cells) if (c.link) ops.push({ kind: "link", address: cellAddress(c.row, c.col), link: officeLink(c) });
  const maxBlockBytes = options.maxBlockBytes ?? 512 * 1024;
  const system = options.dateSystem ?? "1900";
  const merges = spec.merges ?? [];
  ops.push(
    ...cellPropertyBlocks(cells, maxBlockBytes, {
      numberFormatOf: (c) => cellInput(c, system).format,
      merged: (row, col) => merges.some((m) => row >= m.top && row <= m.bottom && col >= m.left && col <= m.right),
    }),
  );
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
  return ops.map((op) => ({ op, bytes: estimateBytes(op) }));
}

/**
 * Estimated request bytes of one op (see {@link ACTION_BYTES}): its actions, and the object paths
 * it uses below its sheet (the sheet's own path is counted with the sheet).
 */
export function estimateBytes(op: WriteOp): number {
  let bytes = 0;
  /** One action: name is the property or method, args the JSON of what it is sent. */
  const act = (name: string, args: unknown) => {
    bytes += ACTION_BYTES + name.length + (args === undefined ? 0 : utf8Length(JSON.stringify(args)));
  };
  /** One object path: name and argument (sent as JSON text inside the JSON). */
  const path = (name: string, arg?: string) => {
    bytes += arg === undefined ? PROPERTY_PATH_BYTES + name.length : OBJECT_PATH_BYTES + name.length + utf8Length(JSON.stringify(JSON.stringify(arg)));
  };
  const range = (address: string) => path("range", address);
  switch (op.kind) {
    case "cells":
      range(op.address);
      if (op.numberFormat) act("numberFormat", [op.numberFormat]);
      act("values", [op.values]);
      break;
    case "merge":
      range(op.address);
      act("merge", [op.across === true]);
      break;
    case "link":
      range(op.address);
      act("hyperlink", [op.link]);
      break;
    case "cellProperties":
      range(op.address);
      act("setCellProperties", [op.properties]);
      break;
    case "copyFormats":
      range(op.address);
      act("copyFrom", [op.source, "Formats", false, false]);
      break;
    case "columnProperties":
      range(op.address);
      act("setColumnProperties", [op.properties]);
      break;
    case "table":
      path("tables");
      act("add", [op.address, true]);
      path("add", "x".repeat(op.address.length + 8));
      act("name", [op.name]);
      if (op.style) act("style", [op.style]);
      break;
    case "chart":
      path("charts");
      range(op.valuesAddress);
      act("add", ["ColumnClustered", { ObjectPathId: 1234567 }, op.seriesBy]);
      path("add", "ColumnClustered,1234567,Columns");
      path("title");
      act("text", [op.title]);
      path("series");
      path("getItemAt", "0");
      act("name", [op.seriesName]);
      range(op.categoriesAddress);
      act("setXAxisValues", [{ ObjectPathId: 1234567 }]);
      act("setPosition", [op.start, op.end]);
      break;
    case "freeze":
      path("freezePanes");
      act("freezeRows", [op.rows]);
      break;
    case "print":
      path("pageLayout");
      if (op.area) act("setPrintArea", [op.area]);
      if (op.fitToWidth) act("zoom", [{ horizontalFitToPages: 1 }]);
      if (op.landscape) act("orientation", ["Landscape"]);
      if (op.titleRows) act("setPrintTitleRows", [op.titleRows]);
      if (op.footer) {
        path("headersFooters");
        path("defaultForAllPages");
        act("centerFooter", [op.footer]);
      }
      break;
    case "tabColor":
      act("tabColor", [op.color]);
      break;
  }
  return bytes;
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

/** What Excel is given for a cell of a spec: its value (text stays text) and number format (null: none of its own). */
export function cellInput(c: Pick<CellSpec, "value" | "style">, system: DateSystem): { value: OfficeValue; format: string | null } {
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
