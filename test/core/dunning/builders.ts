/**
 * Local test builders for dunning, statements and reminders (helper A's shared builders did not
 * exist when these were written). Amounts are decimal text in the currency; dates ISO text.
 */
import type { Account, InvoiceStatus } from "../../../src/core/allocation/account";
import { dayFromCivil } from "../../../src/core/dates/dayNumber";
import type { Customer, DayNumber, Invoice, Ledger, Payment } from "../../../src/core/model";
import { toMinor } from "../../../src/core/money/decimal";

export function day(iso: string): DayNumber {
  const [y, m, d] = iso.split("-").map(Number);
  return dayFromCivil(y, m, d);
}

export function customer(fields: Partial<Customer> & { id: string }): Customer {
  return {
    name: `Customer ${fields.id}`,
    termsDays: 30,
    currency: "USD",
    language: "en",
    source: { sheet: "Customers", row: 2 },
    ...fields,
  };
}

export interface InvoiceSpec {
  no: string;
  customer: string;
  date: string;
  /** Default: date + 30. */
  due?: string;
  amount: string;
  paid?: string;
  currency?: string;
  disputed?: boolean;
  description?: string;
}

export function invoice(spec: InvoiceSpec): Invoice {
  const currency = spec.currency ?? "USD";
  const invoiceDate = day(spec.date);
  return {
    invoiceNo: spec.no,
    customerId: spec.customer,
    invoiceDate,
    dueDate: spec.due ? day(spec.due) : ((invoiceDate + 30) as DayNumber),
    amount: { currency, minor: toMinor(spec.amount, currency) },
    paid: { currency, minor: toMinor(spec.paid ?? "0", currency) },
    disputed: spec.disputed ?? false,
    ...(spec.description ? { description: spec.description } : {}),
    source: { sheet: "Invoices", row: 2 },
  };
}

export function payment(spec: { date: string; customer: string; amount: string; currency?: string; invoiceNo?: string; reference?: string }): Payment {
  const currency = spec.currency ?? "USD";
  return {
    date: day(spec.date),
    customerId: spec.customer,
    amount: { currency, minor: toMinor(spec.amount, currency) },
    ...(spec.invoiceNo ? { invoiceNo: spec.invoiceNo } : {}),
    ...(spec.reference ? { reference: spec.reference } : {}),
    source: { sheet: "Payments", row: 2 },
  };
}

export function ledger(parts: { customers: Customer[]; invoices?: Invoice[]; payments?: Payment[]; hasPaymentsTable?: boolean }): Ledger {
  return {
    customers: parts.customers,
    invoices: parts.invoices ?? [],
    payments: parts.payments ?? [],
    hasPaymentsTable: parts.hasPaymentsTable ?? parts.payments !== undefined,
    issues: [],
  };
}

/** An account whose open items are the given invoices with the given open amounts (minor). */
export function account(owner: Customer, items: { invoice: Invoice; open?: number }[], unapplied = 0): Account {
  const statuses: InvoiceStatus[] = items.map(({ invoice: inv, open }) => ({ invoice: inv, open: open ?? inv.amount.minor }));
  const openItems = statuses.filter((s) => s.open > 0);
  return {
    customer: owner,
    currency: items[0]?.invoice.amount.currency ?? owner.currency,
    statuses,
    openItems,
    unapplied,
    balance: openItems.reduce((sum, s) => sum + s.open, 0) - unapplied,
  };
}
