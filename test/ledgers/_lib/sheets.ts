/**
 * Writes corpus ledgers with ExcelJS, cell by cell as the exporting tools lay them out (title
 * rows, merged cells, text dates, currency-marked text amounts), and the small text formats
 * those tools print. Nothing here imports src: the files must not be shaped by the reader.
 */
import ExcelJS from "exceljs";
import { cents, dayOf, type Iso } from "./expectedAging";

/** A formula cell as Excel saves it: the formula and its cached value (what a reader without a calc engine sees). */
export interface FormulaCell {
  readonly formula: string;
  readonly result: number | string;
}

/** A boolean is a checkbox cell (Google Sheets, Excel 365): TRUE / FALSE. */
export type Cell = string | number | boolean | Date | FormulaCell | null;

export interface SheetDraft {
  readonly name: string;
  readonly rows: readonly (readonly Cell[])[];
  /** A1 ranges to merge, e.g. `A1:I1`. */
  readonly merges?: readonly string[];
  /** Number format of date cells; default `yyyy-mm-dd`. */
  readonly dateFormat?: string;
  /** 1-based columns the clerk has hidden. */
  readonly hiddenColumns?: readonly number[];
  /** 1-based rows the clerk has hidden (still data: hiding is not deleting). */
  readonly hiddenRows?: readonly number[];
  /** An autofilter over this A1 range, as the clerk left it switched on. */
  readonly autoFilter?: string;
  /** The sheet is protected (no password): reading must not care. */
  readonly protect?: boolean;
  /** Rows frozen at the top (a title block the clerk keeps in view). */
  readonly frozenRows?: number;
  /**
   * The rows from `headerRow` (0-based) on are an Excel table (a ListObject) with this name; with
   * `totals`, Excel's Totals row under it: a label (text) or a SUBTOTAL's saved result (number) per column.
   */
  readonly table?: { readonly name: string; readonly headerRow: number; readonly totals?: readonly (string | number | null)[] };
}

export interface WorkbookOptions {
  /** The Mac Excel 1904 date system (serial 0 = 1904-01-01). */
  readonly date1904?: boolean;
}

/** A date cell (UTC midnight: Excel serials carry no time zone). */
export function dateCell(iso: Iso): Date {
  return new Date(dayOf(iso) * 86_400_000);
}

const parts = (iso: Iso) => iso.split("-").map(Number) as [number, number, number];

/** `2026/9/15` */
export const slashDate = (iso: Iso) => { const [y, m, d] = parts(iso); return `${y}/${m}/${d}`; };
/** `2026年9月15日` */
export const zhDate = (iso: Iso) => { const [y, m, d] = parts(iso); return `${y}年${m}月${d}日`; };
/** US `9/15/2026` */
export const usDate = (iso: Iso) => { const [y, m, d] = parts(iso); return `${m}/${d}/${y}`; };
/** SAP/German `15.09.2026` */
export const dotDate = (iso: Iso) => { const [y, m, d] = parts(iso); return `${String(d).padStart(2, "0")}.${String(m).padStart(2, "0")}.${y}`; };

/** `15-Sep-2026` */
export const dashMonDate = (iso: Iso) => { const [y, m, d] = parts(iso); return `${d}-${MONTHS[m - 1]}-${y}`; };
/** `Sep 15, 2026` */
export const monDayDate = (iso: Iso) => { const [y, m, d] = parts(iso); return `${MONTHS[m - 1]} ${d}, ${y}`; };
const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/** Cents as a number cell (2 decimals). */
export const num = (cents: number) => cents / 100;

/** Cents as `12,345.60` (thousands separators, always 2 decimals). */
export function grouped(cents: number): string {
  const sign = cents < 0 ? "-" : "";
  const abs = Math.abs(cents);
  const whole = String(Math.floor(abs / 100)).replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  return `${sign}${whole}.${String(abs % 100).padStart(2, "0")}`;
}

/** Cents as European text: `1.234,56` (sep `.`), `1 234,56` (sep NBSP), `1234,56` (sep ""). */
export const commaText = (cents: number, sep: string) => grouped(cents).replace(/,/g, "#").replace(".", ",").replace(/#/g, sep);

/** `1.234,56` / `-150,00` / `1 234,56 €` / `€ 1.234,56` → cents, by string arithmetic. */
export const fromComma = (text: string) => cents(text.replace(/^€\s*|\s*€$/g, "").replace(/[.\s\u00a0\u202f]/g, "").replace(",", "."));

/** Accounting negatives: `(1,200.00)`. */
export const parens = (cents: number) => (cents < 0 ? `(${grouped(-cents)})` : grouped(cents));

/** `¥12,345.60` (or the full-width `￥`), `-¥1,200.00` for a red-letter invoice. */
export function yuan(cents: number, mark = "¥"): string {
  return cents < 0 ? `-${mark}${grouped(-cents)}` : `${mark}${grouped(cents)}`;
}

/**
 * Writes the sheets; `settings` (key → value) adds an `AR Settings` sheet first, laid out as AR
 * Desk writes it (an Excel table `ARSettings` with Key / Value / Description at A4).
 */
export async function writeWorkbook(file: string, sheets: readonly SheetDraft[], settings?: Readonly<Record<string, string>>, options: WorkbookOptions = {}): Promise<void> {
  const wb = new ExcelJS.Workbook();
  if (options.date1904) wb.properties.date1904 = true;
  wb.creator = "AR Desk test corpus";
  wb.created = wb.modified = new Date(Date.UTC(2026, 10, 1));
  if (settings) {
    const ws = wb.addWorksheet("AR Settings");
    ws.getCell("A1").value = "AR Settings";
    ws.addTable({
      name: "ARSettings",
      ref: "A4",
      headerRow: true,
      columns: ["Key", "Value", "Description"].map((name) => ({ name, filterButton: false })),
      rows: Object.entries(settings).map(([key, value]) => [key, value, ""]),
    });
  }
  for (const draft of sheets) {
    const ws = wb.addWorksheet(draft.name);
    const table = draft.table;
    draft.rows.forEach((row, r) => row.forEach((value, c) => {
      if (value === null || value === "" || (table && r >= table.headerRow)) return;
      ws.getCell(r + 1, c + 1).value = value;
    }));
    if (table) {
      const header = draft.rows[table.headerRow];
      ws.addTable({
        name: table.name,
        ref: `A${table.headerRow + 1}`,
        headerRow: true,
        totalsRow: table.totals !== undefined,
        columns: header.map((name, c) => {
          const total = table.totals?.[c];
          return typeof total === "number" ? { name: String(name), totalsRowFunction: "sum" as const, totalsRowResult: total }
            : { name: String(name), totalsRowLabel: total ?? undefined, totalsRowFunction: "none" as const };
        }),
        rows: draft.rows.slice(table.headerRow + 1).map((row) => header.map((_, c) => row[c] ?? null)),
      } as ExcelJS.TableProperties);
    }
    draft.rows.forEach((row, r) => row.forEach((value, c) => {
      const number = typeof value === "number" ? value : value !== null && typeof value === "object" && !(value instanceof Date) && typeof value.result === "number" ? value.result : undefined;
      if (value instanceof Date) ws.getCell(r + 1, c + 1).numFmt = draft.dateFormat ?? "yyyy-mm-dd";
      else if (number !== undefined && !Number.isInteger(number)) ws.getCell(r + 1, c + 1).numFmt = "#,##0.00";
    }));
    for (const range of draft.merges ?? []) ws.mergeCells(range);
    (ws.columns ?? []).forEach((col) => (col.width = 16));
    for (const c of draft.hiddenColumns ?? []) ws.getColumn(c).hidden = true;
    for (const r of draft.hiddenRows ?? []) ws.getRow(r).hidden = true;
    if (draft.autoFilter) ws.autoFilter = draft.autoFilter;
    if (draft.frozenRows) ws.views = [{ state: "frozen", ySplit: draft.frozenRows }];
    if (draft.protect) await ws.protect("", {});
  }
  await wb.xlsx.writeFile(file);
}
