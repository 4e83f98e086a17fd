import { readFileSync, writeFileSync } from "fs";
import ExcelJS from "exceljs";
import { unzipSync, zipSync, type Zippable } from "fflate";
import type { RawCell } from "../core/source";
import { civilFromDays, dayFromIso } from "./_lib/days";
import type { GeneratedLedger } from "./generateLedger";

/** How {@link writeLedgerXlsx} writes. */
export interface WriteLedgerOptions {
  /** Excel tables named Customers, Invoices, Payments (ignored when streaming: ExcelJS's streaming writer has no tables). */
  readonly asTables: boolean;
  /** ExcelJS's streaming WorkbookWriter: rows go to disk as they are added (for 200,000-invoice ledgers). */
  readonly streaming: boolean;
}

interface SheetPlan {
  readonly name: "Customers" | "Invoices" | "Payments";
  readonly rows: RawCell[][];
  readonly widths: readonly number[];
}

const DATE_FORMAT = "yyyy-mm-dd";
const ZERO_DECIMALS = new Set(["JPY", "KRW", "VND", "CLP", "ISK"]);
/** Per sheet: column index → "date" | "money"; money uses the row's currency column. */
const FORMATS: Record<SheetPlan["name"], { dates: number[]; money: number[]; currency?: number }> = {
  Customers: { dates: [], money: [3], currency: 6 },
  Invoices: { dates: [2, 3], money: [4], currency: 5 },
  Payments: { dates: [0], money: [2] },
};

/**
 * Writes a generated ledger as an .xlsx with sheets Customers, Invoices and Payments: date
 * serials with a date format, amounts with a number format, optionally as Excel tables.
 * The file is reproducible: the workbook's created/modified dates and every zip entry's time
 * are fixed to the ledger's asOf, so the same ledger gives the same bytes.
 *
 * @example
 * await writeLedgerXlsx("assets/sample-ledger.xlsx", generateLedger({ customers: 300, asOf: "2026-10-31", seed: 1 }),
 *   { asTables: true, streaming: false });
 */
export async function writeLedgerXlsx(path: string, ledger: GeneratedLedger, options: WriteLedgerOptions): Promise<void> {
  const sheets: SheetPlan[] = [
    { name: "Customers", rows: ledger.customers, widths: [11, 36, 36, 13, 11, 14, 10, 10, 44, 18] },
    { name: "Invoices", rows: ledger.invoices, widths: [13, 11, 13, 13, 14, 10, 10, 40] },
    { name: "Payments", rows: ledger.payments, widths: [13, 11, 14, 13, 24, 14] },
  ];
  const stamp = fixedStamp(ledger.asOf);
  if (options.streaming) await writeStreaming(path, sheets, stamp);
  else await writeInMemory(path, sheets, stamp, options.asTables);
  fixZipTimes(path, ledger.asOf);
}

async function writeInMemory(path: string, sheets: SheetPlan[], stamp: Date, asTables: boolean): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  stampWorkbook(workbook, stamp);
  for (const sheet of sheets) {
    const ws = workbook.addWorksheet(sheet.name, { views: [{ state: "frozen", ySplit: 1 }] });
    const [header, ...rows] = sheet.rows;
    if (asTables) {
      ws.addTable({
        name: sheet.name,
        ref: "A1",
        headerRow: true,
        style: { theme: "TableStyleMedium2", showRowStripes: true },
        columns: header.map((name) => ({ name: String(name), filterButton: true })),
        rows,
      });
    } else {
      ws.addRow(header).font = { bold: true };
      for (const row of rows) ws.addRow(row);
    }
    sheet.widths.forEach((width, i) => (ws.getColumn(i + 1).width = width));
    rows.forEach((row, i) => formatRow(ws.getRow(i + 2), row, sheet.name));
  }
  await workbook.xlsx.writeFile(path);
}

async function writeStreaming(path: string, sheets: SheetPlan[], stamp: Date): Promise<void> {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: path, useStyles: true, useSharedStrings: true });
  stampWorkbook(workbook, stamp);
  for (const sheet of sheets) {
    const ws = workbook.addWorksheet(sheet.name, { views: [{ state: "frozen", ySplit: 1 }] });
    ws.columns = sheet.widths.map((width) => ({ width }));
    const [header, ...rows] = sheet.rows;
    const headerRow = ws.addRow(header);
    headerRow.font = { bold: true };
    headerRow.commit();
    for (const values of rows) {
      const row = ws.addRow(values);
      formatRow(row, values, sheet.name);
      row.commit();
    }
    ws.commit();
  }
  await workbook.commit();
}

function formatRow(row: ExcelJS.Row, values: RawCell[], sheet: SheetPlan["name"]): void {
  const formats = FORMATS[sheet];
  for (const col of formats.dates) if (values[col] !== null) row.getCell(col + 1).numFmt = DATE_FORMAT;
  const currency = formats.currency === undefined ? undefined : values[formats.currency];
  const moneyFormat = typeof currency === "string" && ZERO_DECIMALS.has(currency) ? "#,##0" : "#,##0.00";
  for (const col of formats.money) if (values[col] !== null) row.getCell(col + 1).numFmt = moneyFormat;
}

function stampWorkbook(workbook: { creator: string; lastModifiedBy: string; created: Date; modified: Date }, stamp: Date): void {
  workbook.creator = "AR Desk sample generator";
  workbook.lastModifiedBy = "AR Desk sample generator";
  workbook.created = stamp;
  workbook.modified = stamp;
}

/** Noon UTC of asOf: ExcelJS writes these as ISO text, so they are the same in every time zone. */
function fixedStamp(asOf: string): Date {
  const day = dayFromIso(asOf) ?? 0;
  return new Date(day * 86_400_000 + 43_200_000);
}

/**
 * ExcelJS stamps every zip entry with the current time; rewrite the archive with a fixed one.
 * Zip times are local wall-clock fields, so a local-time Date is right here (and only here):
 * it gives the same fields, hence the same bytes, in every time zone.
 */
export function fixZipTimes(path: string, asOf: string): void {
  const { y, m, d } = civilFromDays(dayFromIso(asOf) ?? 0);
  const mtime = new Date(y, m - 1, d, 12, 0, 0);
  const entries = unzipSync(readFileSync(path));
  const zippable: Zippable = {};
  for (const [name, data] of Object.entries(entries)) zippable[name] = [data, { mtime }];
  writeFileSync(path, zipSync(zippable, { level: 6 }));
}
