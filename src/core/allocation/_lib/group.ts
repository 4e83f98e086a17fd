/** Grouping a ledger's items by customer and currency. Private to allocation. */
import type { CurrencyCode, DayNumber, Invoice, Ledger, Payment } from "../../model";

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

/** Customer id → its groups (usually one currency, so a short array beats a composite key). */
export type Groups = Map<string, Group[]>;

function groupOf(groups: Groups, customerId: string, currency: CurrencyCode): Group {
  let list = groups.get(customerId);
  if (list === undefined) {
    list = [];
    groups.set(customerId, list);
  }
  for (let i = 0; i < list.length; i++) if (list[i].currency === currency) return list[i];
  const group: Group = { customerId, currency, invoices: [], credits: [], payments: [] };
  list.push(group);
  return group;
}

/** Groups everything dated ≤ asOf; zero-amount invoices and payments change nothing and are left out. */
export function groupLedger(ledger: Ledger, asOf: DayNumber): Groups {
  const groups: Groups = new Map();
  const invoices = ledger.invoices;
  for (let i = 0; i < invoices.length; i++) {
    const invoice = invoices[i];
    if (invoice.invoiceDate > asOf) continue;
    const minor = invoice.amount.minor;
    if (minor > 0) groupOf(groups, invoice.customerId, invoice.amount.currency).invoices.push(invoice);
    else if (minor < 0) groupOf(groups, invoice.customerId, invoice.amount.currency).credits.push(invoice);
    else if (invoice.paid.minor !== 0) groupOf(groups, invoice.customerId, invoice.amount.currency);
  }
  if (ledger.hasPaymentsTable) {
    for (const payment of ledger.payments) {
      if (payment.date > asOf || payment.amount.minor === 0) continue;
      groupOf(groups, payment.customerId, payment.amount.currency).payments.push(payment);
    }
  }
  return groups;
}

/** Oldest first: due date, then invoice date, then InvoiceNo (DESIGN §3 Allocation). */
export function compareInvoices(a: Invoice, b: Invoice): number {
  return a.dueDate - b.dueDate || a.invoiceDate - b.invoiceDate || (a.invoiceNo < b.invoiceNo ? -1 : a.invoiceNo > b.invoiceNo ? 1 : 0);
}
