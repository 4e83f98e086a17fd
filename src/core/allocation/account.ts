/**
 * What allocation produces: per customer and currency, each invoice's open balance and the
 * credit left unapplied.
 */
import type { CurrencyCode, Customer, DayNumber, Invoice, Minor } from "../model";

/** An invoice (positive amount) and what is still open on it at the as-of day. */
export interface InvoiceStatus {
  readonly invoice: Invoice;
  /** Open balance in minor units, ≥ 0 and ≤ the invoice amount. */
  readonly open: Minor;
  /**
   * Day of the payment or credit note that closed the invoice (open = 0). Undefined while open,
   * and for invoices settled through the Paid column, which carries no date.
   */
  readonly settledOn?: DayNumber;
}

/** One customer's receivables in one currency at an as-of day. */
export interface Account {
  readonly customer: Customer;
  readonly currency: CurrencyCode;
  /** Every positive invoice dated ≤ as-of, oldest first (due date, invoice date, InvoiceNo). */
  readonly statuses: readonly InvoiceStatus[];
  /** The statuses with open > 0, same order. */
  readonly openItems: readonly InvoiceStatus[];
  /** Payments and credit notes not applied to any invoice, ≥ 0. */
  readonly unapplied: Minor;
  /** sum(open) − unapplied: what the customer owes (negative = we owe the customer). */
  readonly balance: Minor;
}
