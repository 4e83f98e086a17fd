/** One customer-and-currency group of a ledger's items, and the oldest-first order. Private to allocation. */
import type { CurrencyCode, Invoice, Payment } from "../../model";

export interface Group {
  readonly customerId: string;
  readonly currency: CurrencyCode;
  /** Positive invoices dated ≤ as-of. */
  readonly invoices: Invoice[];
  /** Credit notes (negative invoices) dated ≤ as-of. */
  readonly credits: Invoice[];
  /** Payments dated ≤ as-of (Payments-table path only). */
  readonly payments: Payment[];
}

/** Oldest first: due date, then invoice date, then InvoiceNo (DESIGN §3 Allocation). */
export function compareInvoices(a: Invoice, b: Invoice): number {
  return a.dueDate - b.dueDate || a.invoiceDate - b.invoiceDate || (a.invoiceNo < b.invoiceNo ? -1 : a.invoiceNo > b.invoiceNo ? 1 : 0);
}
