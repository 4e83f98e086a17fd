/**
 * A column of row numbers (序号, No., #, or no header at all): 1, 2, 3 … down the rows. Taken for
 * invoice numbers, a payment quoting "3" would settle whatever stands on the third row. The schema
 * prefers a real document-number column beside it; the reader says so when it is the only one.
 */
import type { RawCell } from "../source";
import { normalizeHeader } from "../text";
import type { Language } from "../model";

/** Headers a row-number column goes by (folded by normalizeHeader: `No.` → `no`, `Sr. No.` → `srno`). */
const ROW_NUMBER_HEADERS = new Set(["", "no", "#", "序号", "行号", "行次", "s/n", "sn", "srno", "line", "lineno", "row", "item", "itemno"]);

/** True for a header a column of row numbers goes by (`序号`, `No.`, `#`, `行号`, none). */
export function isRowNumberHeader(header: string): boolean {
  return ROW_NUMBER_HEADERS.has(normalizeHeader(header));
}

/**
 * True when the column's filled cells count up from 1 by one, three of them at least (blank
 * cells, such as a total row's, are passed over). Stops at the first cell that breaks the count:
 * a column of document numbers costs one cell.
 * @example holdsRowSequence([[1], [2], [null], [3]], 0) //=> true
 * @example holdsRowSequence([["INV-1"], ["INV-2"], ["INV-3"]], 0) //=> false
 */
export function holdsRowSequence(rows: readonly (readonly RawCell[])[], col: number): boolean {
  let next = 1;
  for (const row of rows) {
    const cell = row[col];
    if (cell === null || cell === undefined || (typeof cell === "string" && cell.trim() === "")) continue;
    const value = typeof cell === "number" ? cell : typeof cell === "string" && /^\s*\d{1,7}\s*$/.test(cell) ? Number(cell) : Number.NaN;
    if (value !== next) return false;
    next++;
  }
  return next > 3;
}

/**
 * True when an invoice list with no document-number column can still be read, each row numbered by
 * its place on the sheet: it has an amount (debit, 借方, 应收) and a date (the invoice's, or its due
 * date). A hand-kept 台账 (`日期 | 客户 | 摘要 | 借方 | 贷方 | 余额`) is such a list; a table with
 * neither a number nor these has nothing to read and stays refused.
 * @example numbersRowsByPlace((field) => ["Amount", "InvoiceDate"].includes(field)) //=> true
 */
export function numbersRowsByPlace(has: (field: "InvoiceNo" | "Amount" | "InvoiceDate" | "DueDate") => boolean): boolean {
  return !has("InvoiceNo") && has("Amount") && (has("InvoiceDate") || has("DueDate"));
}

/**
 * True when a list numbered by its rows reads its Paid / 已收 column as a credit (贷方) column: with
 * no number, a 已收 on a row of its own names no invoice, so it is a receipt of the customer that
 * settles the oldest (on the row of its 应收 it settles that row, as a credit there does). Not so
 * when the list has a credit column of its own, or payments come from a payments table (the Paid
 * column is then ignored). The reader and the mapping views (`check`, the pane) ask this one rule.
 * @example paidReadAsCredit((field) => ["Amount", "InvoiceDate", "Paid"].includes(field), false) //=> true
 * @example paidReadAsCredit((field) => ["InvoiceNo", "Amount", "InvoiceDate", "Paid"].includes(field), false) //=> false
 */
export function paidReadAsCredit(has: (field: "InvoiceNo" | "Amount" | "InvoiceDate" | "DueDate" | "Paid" | "Credit") => boolean, hasPaymentsTable: boolean): boolean {
  return numbersRowsByPlace(has) && has("Paid") && !has("Credit") && !hasPaymentsTable;
}

/**
 * An invoice table's field → column map as the reader reads it: the Paid column under Credit when
 * {@link paidReadAsCredit} holds, else the map as detected. What `check` and the pane list, so the
 * clerk's view of the mapping matches the figures.
 * @example columnsAsRead({ InvoiceDate: 0, Amount: 3, Paid: 4 }, false) //=> { InvoiceDate: 0, Amount: 3, Credit: 4 }
 */
export function columnsAsRead<C extends Readonly<Partial<Record<string, number>>>>(columns: C, hasPaymentsTable: boolean): C {
  if (!paidReadAsCredit((field) => columns[field] !== undefined, hasPaymentsTable)) return columns;
  const { Paid, ...rest } = columns as Readonly<Record<string, number | undefined>>;
  return { ...rest, Credit: Paid } as unknown as C;
}

/**
 * The document number of a row in a list with no number column: its row on the sheet, in the
 * ledger's language (`第12行`, `Row 12`), the sheet's name first when the ledger reads several
 * sheets (row 12 of `9月` and of `10月` are two documents).
 * @example rowDocumentNo(12, "zh") //=> "第12行"
 * @example rowDocumentNo(12, "en", "Sep") //=> "Sep row 12"
 */
export function rowDocumentNo(row: number, language: Language, sheet?: string): string {
  if (language === "zh") return sheet === undefined ? `第${row}行` : `${sheet} 第${row}行`;
  return sheet === undefined ? `Row ${row}` : `${sheet} row ${row}`;
}

/**
 * True for a number {@link rowDocumentNo} made (`第12行`, `Row 12`, `9月 第12行`): outputs label
 * it as a row, not as an invoice number the customer could quote.
 * @example isRowDocumentNo("第12行") //=> true
 * @example isRowDocumentNo("INV-12") //=> false
 */
export function isRowDocumentNo(invoiceNo: string): boolean {
  return /(?:^|\s)第\d+行$/.test(invoiceNo) || /(?:^Row| row) \d+$/.test(invoiceNo);
}

/**
 * A row-made number worded for a reader of `language`: the row (and the sheet's name) is the
 * identifier and stays; the word for "row" is the reader's, so a Chinese customer of a ledger with
 * English headers reads `第12行`, an English one of a Chinese ledger `Row 12`. Any other number
 * is returned as it is. Only for what the customer reads (statements, letters, .eml drafts): the
 * clerk's sheets and the dunning log keep the ledger's own form, the key the rows are found by.
 * @example rowDocumentNoIn("Row 12", "zh") //=> "第12行"
 * @example rowDocumentNoIn("9月 第12行", "en") //=> "9月 row 12"
 * @example rowDocumentNoIn("INV-12", "zh") //=> "INV-12"
 */
export function rowDocumentNoIn(invoiceNo: string, language: Language): string {
  const zh = /^(?:(.+) )?第(\d+)行$/.exec(invoiceNo);
  const en = zh ? null : /^(?:(.+) row|Row) (\d+)$/.exec(invoiceNo);
  const found = zh ?? en;
  if (!found) return invoiceNo;
  return rowDocumentNo(Number(found[2]), language, found[1]);
}
