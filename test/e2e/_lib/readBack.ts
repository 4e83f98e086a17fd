/**
 * Reads back what the pane downloaded: the statements workbook (ExcelJS) and the .zip of .eml
 * drafts (fflate + mailparser).
 */
import ExcelJS from "exceljs";
import { unzipSync, strFromU8 } from "fflate";
import { simpleParser, type ParsedMail } from "mailparser";

export interface IndexRow {
  readonly customerId: string;
  readonly customer: string;
  readonly currency: string;
  readonly opening: number | undefined;
  readonly invoiced: number | undefined;
  readonly paid: number | undefined;
  readonly credits: number | undefined;
  readonly closing: number;
  readonly overdue: number;
  readonly sheet: string;
}

export interface StatementsBook {
  readonly sheetNames: string[];
  readonly tableName: string | undefined;
  readonly headers: string[];
  readonly rows: IndexRow[];
  /** The "Totals by currency" block under the table: currency → closing, overdue. */
  readonly totals: Map<string, { closing: number; overdue: number }>;
  readonly workbook: ExcelJS.Workbook;
}

function numberOf(value: ExcelJS.CellValue): number | undefined {
  if (typeof value === "number") return value;
  if (value && typeof value === "object" && "result" in value && typeof value.result === "number") return value.result;
  return undefined;
}

function textOf(cell: ExcelJS.Cell): string {
  return cell.text.trim();
}

/** Reads the Index sheet: table StatementIndex and the totals block below it. */
export async function readStatementsBook(bytes: Uint8Array): Promise<StatementsBook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  const sheetNames = workbook.worksheets.map((ws) => ws.name);
  const index = workbook.getWorksheet("Index");
  if (!index) throw new Error(`The statements workbook has no Index sheet (sheets: ${sheetNames.slice(0, 10).join(", ")}…)`);
  const tables = (index as unknown as { tables: Record<string, { table?: { name: string; ref: string }; name?: string; ref?: string }> }).tables;
  const table = Object.values(tables ?? {})[0];
  const tableName = table?.table?.name ?? table?.name;
  const ref = table?.table?.ref ?? table?.ref;
  const top = ref ? Number(/^[A-Z]+(\d+)/.exec(ref)?.[1]) : 4;
  const headerRow = index.getRow(top);
  const headers: string[] = [];
  for (let c = 1; c <= index.columnCount; c++) {
    const text = textOf(headerRow.getCell(c));
    if (text === "") break;
    headers.push(text);
  }
  const col = (name: string): number => {
    const at = headers.indexOf(name);
    if (at < 0) throw new Error(`StatementIndex has no ${name} column (headers: ${headers.join(", ")})`);
    return at + 1;
  };
  const rows: IndexRow[] = [];
  let r = top + 1;
  for (; r <= index.rowCount; r++) {
    const row = index.getRow(r);
    const id = textOf(row.getCell(col("CustomerID")));
    // A ledger keyed by name (QuickBooks name rows, a 台账 with only 客户) has no IDs: the name is the key.
    if (id === "" && textOf(row.getCell(col("Customer"))) === "") break;
    const num = (name: string) => numberOf(row.getCell(col(name)).value);
    rows.push({
      customerId: id,
      customer: textOf(row.getCell(col("Customer"))),
      currency: textOf(row.getCell(col("Currency"))),
      opening: num("Opening"),
      invoiced: num("Invoiced"),
      paid: num("Paid"),
      credits: num("Credits"),
      closing: num("Closing") ?? NaN,
      overdue: num("Overdue") ?? NaN,
      sheet: textOf(row.getCell(col("Sheet"))),
    });
  }
  const totals = new Map<string, { closing: number; overdue: number }>();
  for (; r <= index.rowCount; r++) {
    const row = index.getRow(r);
    const currency = textOf(row.getCell(col("Currency")));
    const closing = numberOf(row.getCell(col("Closing")).value);
    if (/^[A-Z]{3}$/.test(currency) && closing !== undefined) {
      totals.set(currency, { closing, overdue: numberOf(row.getCell(col("Overdue")).value) ?? NaN });
    }
  }
  return { sheetNames, tableName, headers, rows, totals, workbook };
}

export interface Draft {
  readonly fileName: string;
  readonly raw: string;
  readonly mail: ParsedMail;
}

/** Unzips the drafts and parses every .eml. */
export async function readDrafts(zip: Uint8Array): Promise<Draft[]> {
  const files = unzipSync(zip);
  const drafts: Draft[] = [];
  for (const [fileName, data] of Object.entries(files)) {
    if (!fileName.toLowerCase().endsWith(".eml")) continue;
    const raw = strFromU8(data, true);
    drafts.push({ fileName, raw, mail: await simpleParser(Buffer.from(data)) });
  }
  return drafts;
}

/** Lists the zip's entries (for messages). */
export function zipEntries(zip: Uint8Array): string[] {
  return Object.keys(unzipSync(zip));
}

/** Customer ID → email, from the sample workbook's Customers sheet. */
export async function sampleEmails(file: string): Promise<Map<string, string>> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  const sheet = workbook.getWorksheet("Customers");
  const emails = new Map<string, string>();
  sheet?.eachRow((row, n) => {
    if (n === 1) return;
    const email = row.getCell(3).text.trim();
    if (email) emails.set(row.getCell(1).text.trim(), email);
  });
  return emails;
}
