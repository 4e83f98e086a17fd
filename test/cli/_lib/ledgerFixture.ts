/**
 * Ledger workbooks for the CLI tests, built in code with ExcelJS (never committed binaries):
 * Customers / Invoices / Payments as Excel tables or plain ranges, any headers (English,
 * Chinese), optional title rows above the header, and an optional `AR Settings` sheet laid out
 * like src/workbook/arSheets/settings/settingsSheet.ts (tables ARSettings at A4 and DunningPolicy at E4).
 */
import ExcelJS from "exceljs";
import { settingsToRows } from "../../../src/workbook/arSheets";
import type { Settings } from "../../../src/core/settings";

export type Cell = string | number | boolean | Date | null;

export interface BlockSpec {
  readonly sheet: string;
  readonly headers: readonly string[];
  readonly rows: readonly (readonly Cell[])[];
  /** Excel table name; omitted = a plain range. */
  readonly table?: string;
  /** Lines written in column A above the header (a report title, a blank line, …). */
  readonly titleRows?: readonly string[];
}

export interface LedgerSpec {
  readonly blocks: readonly BlockSpec[];
  /** Written as an `AR Settings` sheet (first sheet) when given. */
  readonly settings?: Settings;
}

/** A date cell (UTC midnight, as Excel serials read back). */
export function d(iso: string): Date {
  const [y, m, day] = iso.split("-").map(Number);
  return new Date(Date.UTC(y, m - 1, day));
}

function addBlock(ws: ExcelJS.Worksheet, block: BlockSpec, top: number, left: number): void {
  const ref = `${colLetter(left)}${top}`;
  if (block.table) {
    ws.addTable({
      name: block.table,
      ref,
      headerRow: true,
      style: { theme: "TableStyleLight9", showRowStripes: true },
      columns: block.headers.map((name) => ({ name, filterButton: true })),
      rows: block.rows.map((r) => block.headers.map((_, i) => (r[i] === undefined ? null : r[i]))) as ExcelJS.CellValue[][],
    });
  } else {
    block.headers.forEach((h, i) => (ws.getCell(top, left + i).value = h));
    block.rows.forEach((r, j) => r.forEach((v, i) => (ws.getCell(top + 1 + j, left + i).value = v as ExcelJS.CellValue)));
  }
  // Date cells get a date format, as a clerk's would.
  block.rows.forEach((r, j) => r.forEach((v, i) => {
    if (v instanceof Date) ws.getCell(top + 1 + j, left + i).numFmt = "yyyy-mm-dd";
  }));
}

function colLetter(col: number): string {
  let s = "";
  for (let n = col; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

export async function ledgerWorkbook(spec: LedgerSpec): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  if (spec.settings) {
    const ws = wb.addWorksheet("AR Settings");
    ws.getCell("A1").value = "AR Settings";
    const { values, policy } = settingsToRows(spec.settings);
    const asBlock = (rows: unknown[][], table: string): BlockSpec => ({
      sheet: "AR Settings",
      table,
      headers: rows[0].map(String),
      rows: rows.slice(1).map((r) => r.map((v) => (v === undefined ? null : (v as Cell)))),
    });
    addBlock(ws, asBlock(values, "ARSettings"), 4, 1);
    addBlock(ws, asBlock(policy, "DunningPolicy"), 4, 5);
  }
  for (const block of spec.blocks) {
    const ws = wb.getWorksheet(block.sheet) ?? wb.addWorksheet(block.sheet);
    const titles = block.titleRows ?? [];
    titles.forEach((t, i) => (ws.getCell(i + 1, 1).value = t === "" ? null : t));
    addBlock(ws, block, titles.length + 1, 1);
  }
  return wb;
}

/** Writes the ledger workbook to `file`. */
export async function writeLedger(file: string, spec: LedgerSpec): Promise<void> {
  await (await ledgerWorkbook(spec)).xlsx.writeFile(file);
}

export const EN_CUSTOMER_HEADERS = ["CustomerID", "Name", "Email", "CreditLimit", "Currency", "Language"];
export const EN_INVOICE_HEADERS = ["InvoiceNo", "CustomerID", "InvoiceDate", "DueDate", "Amount"];
export const EN_PAYMENT_HEADERS = ["Date", "CustomerID", "Amount", "InvoiceNo"];
export const ZH_CUSTOMER_HEADERS = ["客户编号", "客户名称", "邮箱", "信用额度", "币种", "语言"];
export const ZH_INVOICE_HEADERS = ["发票号", "客户编号", "开票日期", "到期日", "金额"];
export const ZH_PAYMENT_HEADERS = ["收款日期", "客户编号", "金额", "发票号"];

/**
 * The tiny ledger whose figures the tests know by hand (as of 2026-10-31):
 *   C001 Acme Ltd (USD): INV-1001 1000 due 08-31 (paid 200 on 10-10 → 800, 61 days: 61-90),
 *        INV-1002 500 due 10-15 (16 days: 1-30), INV-1003 250 due 11-19 (Current) → 1,550.00, overdue 1,300.00
 *   C002 北京华夏贸易有限公司 (CNY, zh): INV-2001 8000 due 10-01, payment 3000 on 10-20 without invoice
 *        → 5000 (30 days: 1-30), INV-2002 2000 due 11-04 (Current) → 7,000.00, overdue 5,000.00
 *   C003 Beta LLC (USD): INV-3001 300 paid in full on 10-12 → nothing open.
 */
export const TINY = {
  customers: [
    ["C001", "Acme Ltd", "ap@acme.example", 10000, "USD", "en"],
    ["C002", "北京华夏贸易有限公司", "caiwu@huaxia.example", 50000, "CNY", "zh"],
    ["C003", "Beta LLC", "billing@beta.example", null, "USD", "en"],
  ] as Cell[][],
  invoices: [
    ["INV-1001", "C001", d("2026-08-01"), d("2026-08-31"), 1000],
    ["INV-1002", "C001", d("2026-09-15"), d("2026-10-15"), 500],
    ["INV-1003", "C001", d("2026-10-20"), d("2026-11-19"), 250],
    ["INV-2001", "C002", d("2026-09-01"), d("2026-10-01"), 8000],
    ["INV-2002", "C002", d("2026-10-05"), d("2026-11-04"), 2000],
    ["INV-3001", "C003", d("2026-09-01"), d("2026-10-01"), 300],
  ] as Cell[][],
  payments: [
    [d("2026-10-10"), "C001", 200, "INV-1001"],
    [d("2026-10-12"), "C003", 300, "INV-3001"],
    [d("2026-10-20"), "C002", 3000, null],
  ] as Cell[][],
};

/** The tiny ledger as Excel tables with English headers. */
export function tinyLedger(extra: { customers?: Cell[][]; invoices?: Cell[][]; payments?: Cell[][]; settings?: Settings } = {}): LedgerSpec {
  return {
    ...(extra.settings ? { settings: extra.settings } : {}),
    blocks: [
      { sheet: "Customers", table: "Customers", headers: EN_CUSTOMER_HEADERS, rows: [...TINY.customers, ...(extra.customers ?? [])] },
      { sheet: "Invoices", table: "Invoices", headers: EN_INVOICE_HEADERS, rows: [...TINY.invoices, ...(extra.invoices ?? [])] },
      { sheet: "Payments", table: "Payments", headers: EN_PAYMENT_HEADERS, rows: [...TINY.payments, ...(extra.payments ?? [])] },
    ],
  };
}
