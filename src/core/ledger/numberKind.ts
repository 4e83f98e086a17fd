/**
 * What the clerk's number column holds, from its header: invoice numbers (发票号, Invoice No), or
 * the numbers of the clerk's own documents (a 明细账's 凭证号 `记-0012`, 单据编号, Document No,
 * Voucher, Ref). The customer cannot find a voucher number among their invoices, so what they read
 * labels it by what it is (单据号 / Document). One rule, read by statements, letters, .eml drafts
 * and the Reminders sheet through the ledger (`Ledger.numbersAreDocuments`).
 */
import { normalizeHeader } from "../text";

/**
 * "invoice": the ledger's numbers are invoice numbers (发票号); "document": the clerk's own
 * documents (凭证号, 单据编号, Document No); "row": the ledger has no number column, its rows are
 * numbered by place (`第12行`), so the customer knows each document by its date. What the
 * customer reads is worded by it, from one place: ./numberWords.ts.
 */
export type NumberKind = "invoice" | "document" | "row";

// Folded by normalizeHeader (lower case, no spaces or dots): `Document No.` → `documentno`.
const DOCUMENT_HEADER = /凭证|单据|^单号$|票据号|document|^docs?(?:no|num|number|#)?$|voucher|^ref(?:no|erence|#)?(?:no)?$|参考号/;
const INVOICE_HEADER = /invoice|inv(?:no|#)|发票|bill/;

/**
 * The kind of number a header names: "document" for a voucher or document number, else
 * "invoice" (an unknown header, and none, are taken for invoice numbers as before).
 * @example numberKindOf("凭证号") //=> "document"
 * @example numberKindOf("Invoice No") //=> "invoice"
 */
export function numberKindOf(header: string | undefined): Exclude<NumberKind, "row"> {
  if (header === undefined) return "invoice";
  const folded = normalizeHeader(header);
  return !INVOICE_HEADER.test(folded) && DOCUMENT_HEADER.test(folded) ? "document" : "invoice";
}
