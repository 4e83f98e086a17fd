import type { RawCell } from "../core/source";
import { SERIAL_OF_EPOCH } from "./_lib/days";
import { Random } from "./_lib/random";
import type { CustomerActivity, SampleCreditNote, SampleCustomer, SampleInvoice, SamplePayment } from "./_lib/types";
import { customerActivity } from "./activity";
import { makeCustomers } from "./customers";
import { CUSTOMER_HEADERS, INVOICE_HEADERS, PAYMENT_HEADERS } from "./headers";
import { creditNoteDescription } from "./names";
import { resolveOptions, unitsPerUsd, type GenerateLedgerOptions } from "./options";

/** A generated ledger: three tables, each a header row followed by data rows. */
export interface GeneratedLedger {
  readonly asOf: string;
  readonly customers: RawCell[][];
  readonly invoices: RawCell[][];
  readonly payments: RawCell[][];
}

/**
 * A realistic, reproducible accounts-receivable ledger: the same options give the same rows.
 * Dates are Excel serials (1900 system), amounts plain numbers with at most 2 decimals (whole
 * for JPY). The first customers are a fixed showcase, so every dunning stage, every aging
 * bucket, partial payments, remittances without invoice numbers, a credit note, unapplied
 * credit, a dispute, missing and exceeded credit limits, Chinese and English customers and two
 * currencies are present whatever the seed; the rest are random.
 *
 * @example
 * const ledger = generateLedger({ customers: 300, asOf: "2026-10-31", seed: 1 });
 * ledger.customers[0] //=> ["CustomerID", "Name", "Email", "CreditLimit", ...]
 * ledger.invoices[1]  //=> ["INV-000001", "C0123", 46266, 46296, 1234.5, "USD", null, "Spare parts - PO 48213"]
 */
export function generateLedger(options: GenerateLedgerOptions): GeneratedLedger {
  const resolved = resolveOptions(options);
  const rng = new Random(resolved.seed);
  const customers = makeCustomers(rng, resolved);
  const activities = customers.map((customer) => customerActivity(rng, customer, resolved.asOf, resolved.invoicesPerCustomer));

  const invoices = activities.flatMap((a) => a.invoices);
  invoices.sort((a, b) => a.date - b.date || a.customer.index - b.customer.index || a.seq - b.seq);
  number(invoices, "INV-", 6);
  const creditNotes = activities.flatMap((a) => a.creditNotes);
  creditNotes.sort((a, b) => a.date - b.date || a.customer.index - b.customer.index);
  number(creditNotes, "CN-", 5);
  const payments = activities.flatMap((a) => a.payments);
  payments.sort((a, b) => a.date - b.date || a.customer.index - b.customer.index); // stable: keeps creation order

  return {
    asOf: options.asOf,
    customers: [[...CUSTOMER_HEADERS], ...customers.map((c, i) => customerRow(rng, c, activities[i]))],
    invoices: [[...INVOICE_HEADERS], ...documentRows(invoices, creditNotes)],
    payments: [[...PAYMENT_HEADERS], ...payments.map(paymentRow)],
  };
}

function number(documents: { no: string }[], prefix: string, minWidth: number): void {
  const width = Math.max(minWidth, String(documents.length).length);
  documents.forEach((doc, i) => (doc.no = prefix + String(i + 1).padStart(width, "0")));
}

function amount(minor: number, customer: SampleCustomer): number {
  return minor / 10 ** customer.decimals;
}

function customerRow(rng: Random, customer: SampleCustomer, activity: CustomerActivity): RawCell[] {
  const { identity } = customer;
  const email = !customer.showcase && rng.chance(0.03) ? null : identity.email; // some clerks never got one
  return [
    customer.id, identity.name, email, creditLimit(rng, customer, activity.balanceMinor), customer.termsDays,
    customer.discountTerms ?? null, customer.currency, customer.language, identity.address, identity.contact,
  ];
}

/** No limit, a limit the balance exceeds, or a comfortable round limit, by the customer's mode. */
function creditLimit(rng: Random, customer: SampleCustomer, balanceMinor: number): number | null {
  if (customer.limitMode === "none") return null;
  const balance = amount(balanceMinor, customer);
  if (customer.limitMode === "over" && balance >= 100) {
    const step = balance >= 10000 ? 1000 : 100;
    const limit = Math.floor((balance * 0.6) / step) * step;
    if (limit > 0) return limit;
  }
  const base = Math.max(balance * (1.5 + rng.next() * 1.5), customer.size * 4, 1000 * unitsPerUsd(customer.currency));
  const step = 10 ** Math.max(2, Math.floor(Math.log10(base)) - 1);
  return Math.ceil(base / step) * step;
}

function documentRows(invoices: SampleInvoice[], creditNotes: SampleCreditNote[]): RawCell[][] {
  const rows: { date: number; no: string; row: RawCell[] }[] = [];
  for (const inv of invoices) {
    const { customer } = inv;
    rows.push({
      date: inv.date, no: inv.no,
      row: [inv.no, customer.id, inv.date + SERIAL_OF_EPOCH, inv.due + SERIAL_OF_EPOCH, amount(inv.minor, customer),
        customer.currency, inv.disputed ? "Yes" : null, inv.description],
    });
  }
  for (const cn of creditNotes) {
    const { customer } = cn;
    rows.push({
      date: cn.date, no: cn.no,
      row: [cn.no, customer.id, cn.date + SERIAL_OF_EPOCH, cn.date + SERIAL_OF_EPOCH, amount(cn.minor, customer),
        customer.currency, null, creditNoteDescription(cn.variant, customer.language, cn.corrects.no)],
    });
  }
  rows.sort((a, b) => a.date - b.date || (a.no < b.no ? -1 : a.no > b.no ? 1 : 0));
  return rows.map((r) => r.row);
}

function paymentRow(payment: SamplePayment): RawCell[] {
  const { customer } = payment;
  return [
    payment.date + SERIAL_OF_EPOCH, customer.id, amount(payment.minor, customer), payment.invoice?.no ?? null,
    payment.reference, payment.method,
  ];
}
