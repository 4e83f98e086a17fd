/** Private: the period's invoices, credit notes and payments grouped per (customer, currency) in one pass. */
import type { CurrencyCode, DayNumber, Invoice, Ledger, Payment } from "../../model";

export interface Activity {
  readonly customerId: string;
  readonly currency: CurrencyCode;
  readonly invoices: Invoice[];
  readonly payments: Payment[];
}

export const accountKey = (customerId: string, currency: CurrencyCode): string => `${customerId}\u0000${currency}`;

export function activityIn(ledger: Ledger, start: DayNumber, end: DayNumber, withPayments: boolean): Map<string, Activity> {
  const groups = new Map<string, Activity>();
  const groupOf = (customerId: string, currency: CurrencyCode): Activity => {
    const key = accountKey(customerId, currency);
    let group = groups.get(key);
    if (!group) {
      group = { customerId, currency, invoices: [], payments: [] };
      groups.set(key, group);
    }
    return group;
  };
  for (const invoice of ledger.invoices) {
    if (invoice.invoiceDate >= start && invoice.invoiceDate <= end) groupOf(invoice.customerId, invoice.amount.currency).invoices.push(invoice);
  }
  if (withPayments) {
    for (const payment of ledger.payments) {
      if (payment.date >= start && payment.date <= end) groupOf(payment.customerId, payment.amount.currency).payments.push(payment);
    }
  }
  return groups;
}
