/**
 * Builders for core test fixtures: readable one-liners with sensible defaults, e.g.
 * `invoice({ due: "2026-10-31", amount: "100.00" })`. Dates are ISO text, amounts decimal text
 * (or numbers) in the item's currency. Shared by every core test; keep them generic.
 */
import type { Customer, DayNumber, Invoice, Ledger, Payment } from "../../src/core/model";
import type { RawCell, SourceBlock } from "../../src/workbook/port";
import { addDays, dayFromCivil, isoOf } from "../../src/core/dates";
import { money, toMinor } from "../../src/core/money";
import type { MappedTable } from "../../src/core/ledger";

/** Day number of ISO text `2026-10-31`. */
export function day(iso: string): DayNumber {
  const [y, m, d] = iso.split("-").map(Number);
  return dayFromCivil(y, m, d);
}

export { isoOf, addDays };

export interface CustomerSpec {
  id?: string;
  name?: string;
  email?: string;
  currency?: string;
  creditLimit?: string | number;
  termsDays?: number;
  language?: "en" | "zh";
  discount?: { percent: string; days: number };
  address?: string;
}

/** A customer: id `C1`, USD, 30 days, English unless told otherwise. */
export function customer(spec: CustomerSpec = {}): Customer {
  const id = spec.id ?? "C1";
  const currency = spec.currency ?? "USD";
  return {
    id,
    name: spec.name ?? `Customer ${id}`,
    ...(spec.email !== undefined ? { email: spec.email } : {}),
    ...(spec.creditLimit !== undefined ? { creditLimit: money(toMinor(spec.creditLimit, currency), currency) } : {}),
    termsDays: spec.termsDays ?? 30,
    ...(spec.discount ? { discountTerms: spec.discount } : {}),
    currency,
    language: spec.language ?? "en",
    ...(spec.address !== undefined ? { address: spec.address } : {}),
    source: { sheet: "Customers", row: 2 },
  };
}

export interface InvoiceSpec {
  no?: string;
  customer?: string;
  /** Invoice date; default 30 days before `due`, or 2026-10-01. */
  date?: string;
  /** Due date; default invoice date + 30. */
  due?: string;
  amount?: string | number;
  paid?: string | number;
  currency?: string;
  disputed?: boolean;
  description?: string;
}

let invoiceCounter = 0;

/** An invoice: `INV-n`, customer C1, USD 100.00, dated 2026-10-01 due 2026-10-31 by default. */
export function invoice(spec: InvoiceSpec = {}): Invoice {
  const currency = spec.currency ?? "USD";
  const invoiceDate = spec.date ? day(spec.date) : spec.due ? addDays(day(spec.due), -30) : day("2026-10-01");
  const dueDate = spec.due ? day(spec.due) : addDays(invoiceDate, 30);
  invoiceCounter++;
  return {
    invoiceNo: spec.no ?? `INV-${String(invoiceCounter).padStart(5, "0")}`,
    customerId: spec.customer ?? "C1",
    invoiceDate,
    dueDate,
    amount: money(toMinor(spec.amount ?? "100.00", currency), currency),
    paid: money(toMinor(spec.paid ?? "0", currency), currency),
    disputed: spec.disputed ?? false,
    description: spec.description,
    source: { sheet: "Invoices", row: 1 + invoiceCounter },
  };
}

/** A credit note: an invoice with a negative amount (give the amount positive or negative). */
export function creditNote(spec: InvoiceSpec = {}): Invoice {
  const amount = spec.amount ?? "100.00";
  const negative = typeof amount === "number" ? -Math.abs(amount) : `-${String(amount).replace(/^-/, "")}`;
  return invoice({ ...spec, no: spec.no ?? `CN-${invoiceCounter + 1}`, amount: negative });
}

export interface PaymentSpec {
  date?: string;
  customer?: string;
  amount?: string | number;
  currency?: string;
  invoiceNo?: string;
  reference?: string;
}

/** A payment: customer C1, USD 100.00 on 2026-10-15 by default. */
export function payment(spec: PaymentSpec = {}): Payment {
  const currency = spec.currency ?? "USD";
  return {
    date: day(spec.date ?? "2026-10-15"),
    customerId: spec.customer ?? "C1",
    amount: money(toMinor(spec.amount ?? "100.00", currency), currency),
    invoiceNo: spec.invoiceNo,
    reference: spec.reference,
    source: { sheet: "Payments", row: 2 },
  };
}

type Item = Customer | Invoice | Payment;

function isInvoice(item: Item): item is Invoice {
  return "invoiceNo" in item && "dueDate" in item;
}
function isPayment(item: Item): item is Payment {
  return "date" in item && !("dueDate" in item);
}

function assemble(items: Item[], hasPaymentsTable: boolean): Ledger {
  const customers: Customer[] = [];
  const invoices: Invoice[] = [];
  const payments: Payment[] = [];
  for (const item of items) {
    if (isInvoice(item)) invoices.push(item);
    else if (isPayment(item)) payments.push(item);
    else customers.push(item);
  }
  // Customers named by invoices or payments but not given get a default customer record.
  const known = new Set(customers.map((c) => c.id));
  for (const item of [...invoices, ...payments]) {
    if (!known.has(item.customerId)) {
      known.add(item.customerId);
      customers.push(customer({ id: item.customerId, currency: item.amount.currency }));
    }
  }
  return { customers, invoices, payments, hasPaymentsTable, issues: [] };
}

/** A ledger with a Payments table, from customers, invoices and payments in any order. */
export function ledgerOf(...items: Item[]): Ledger {
  return assemble(items, true);
}

/** A ledger without a Payments table: invoices' `paid` is the Paid column. */
export function paidColumnLedgerOf(...items: Item[]): Ledger {
  return assemble(items, false);
}

/** A source block as a host delivers it (header in row 1, column A unless told). */
export function block(sheet: string, headers: string[], rows: RawCell[][], at: { headerRow?: number; firstColumn?: number } = {}): SourceBlock {
  return {
    sheet,
    headerRow: at.headerRow ?? 1,
    firstColumn: at.firstColumn ?? 1,
    headers,
    rows: rows.map((row) => headers.map((_, i) => (row[i] === undefined ? null : row[i]))),
  };
}

/** A mapped table whose headers are the canonical field names (unknown headers stay unmapped). */
export function tableOf<F extends string>(source: SourceBlock): MappedTable<F> {
  const columns: Partial<Record<F, number>> = {};
  source.headers.forEach((header, i) => {
    (columns as Record<string, number>)[header] = i;
  });
  return { block: source, columns };
}
