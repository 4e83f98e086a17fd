/**
 * A one-sheet ledger whose only customer column holds names (`客户` / `Customer` with
 * `厦门鹭江进出口有限公司`, `Harbour Street Bakery`): the header matched CustomerID, yet no customer
 * number is written anywhere, and a statement would print the company's name under 客户编号 /
 * Customer ID. Such a column is the customers' names: the ledger is keyed by name, as a ledger with
 * a `客户名称` column alone already is (the reader marks each customer keyedByName).
 */
import type { RawCell } from "../port";
import type { TableDetection } from "./detectTables";

/** Rows looked at: enough to decide, few enough to cost nothing on a large ledger. */
const SCAN_ROWS = 400;

/** Han characters, kana, hangul: a customer code is written in ASCII, a Chinese name in these. */
const CJK = /[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af\uf900-\ufaff]/;

/**
 * A code typed with a space (`ACME 01`, `CUST 1001`, `C 12`, Sage's account refs): short, ASCII
 * capitals, digits and marks only, at most three parts, the last holding a digit (a code counts on).
 * A name has small letters (`Smith & Co`, `3M Company`), or ends in a word (`ABC LTD`, `PIER 39 TRADING`).
 * @example isSpacedCode("CUST 1001") //=> true
 * @example isSpacedCode("Smith & Co") //=> false
 */
export function isSpacedCode(text: string): boolean {
  if (text.length > 16 || !/^[A-Z0-9][A-Z0-9./_#-]*(?:\s+[A-Z0-9./_#-]+){1,2}$/.test(text)) return false;
  return /\d/.test(text.slice(text.search(/\S+$/)));
}

/**
 * True for a cell that reads as a name, never as a code: Chinese (or other CJK) text, or words
 * with a space between them (`Harbour Street Bakery`, `Acme Ltd`) that are no code typed with a
 * space ({@link isSpacedCode}: `ACME 01`). A code is one run of letters, digits and marks
 * (`C0001`, `ACME-01`, `1004`), and so is a one-word name (`Acme`, `3M`): undecided.
 * @example isNameLike("厦门鹭江进出口有限公司") //=> true
 * @example isNameLike("C0001") //=> false
 */
export function isNameLike(cell: RawCell | undefined): boolean {
  if (typeof cell !== "string") return false;
  const text = cell.trim();
  return CJK.test(text) || (/\S\s+\S/.test(text) && !isSpacedCode(text));
}

/**
 * True when a column's filled cells (the first {@link SCAN_ROWS} rows) are names: nine in ten of
 * them at least, so a group title or a stray code does not decide it, and a list of codes with a
 * few names typed into it stays a list of codes.
 */
export function holdsNames(rows: readonly (readonly RawCell[])[], col: number): boolean {
  let filled = 0;
  let names = 0;
  const end = Math.min(rows.length, SCAN_ROWS);
  for (let r = 0; r < end; r++) {
    const cell = rows[r][col];
    if (cell === null || cell === undefined || (typeof cell === "string" && cell.trim() === "")) continue;
    filled++;
    if (isNameLike(cell)) names++;
  }
  return filled > 0 && names >= 0.9 * filled;
}

/**
 * The invoice list with its CustomerID column taken as CustomerName when it is the only customer
 * column and holds names (see above). Only without a Customers list (whose keys the invoices
 * quote) and when the clerk did not choose the column as CustomerID. Unchanged otherwise.
 */
export function namesAsCustomerName(table: TableDetection<"invoices">, chosenAsId: boolean): TableDetection<"invoices"> {
  const id = table.columns.CustomerID;
  if (id === undefined || table.columns.CustomerName !== undefined || chosenAsId || !holdsNames(table.block.rows, id)) return table;
  const columns = { ...table.columns, CustomerName: id };
  const headers = { ...table.headers, CustomerName: table.headers.CustomerID };
  delete columns.CustomerID;
  delete headers.CustomerID;
  return { ...table, columns, headers };
}
