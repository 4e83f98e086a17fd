/**
 * Random ledgers for property tests that hold a fast path to the general one (allocation's
 * columnar figures, the report's summary): invoices, credit notes (negative), partly paid through
 * the Paid column; payments partial, over, unapplied (no invoice), refunds (negative), naming an
 * invoice or not; three currencies (JPY in whole yen); customers listed in a random order, and
 * GHOST, whose items have no Customers row.
 */
import fc from "fast-check";
import type { Invoice, Ledger, Payment } from "../../src/core/model";
import { addDays, creditNote, customer, day, invoice, isoOf, ledgerOf, paidColumnLedgerOf, payment } from "./builders";

/** Day 0 of the items' `date` offsets. */
export const START = day("2026-01-01");

/**
 * One invoice or payment, its date an offset from START. Some days are shared by many items, so
 * same-day receipts (credit note before payment) are common; "opening balance" rows are invoices
 * dated long before the as-of day with no terms.
 * @param zeroAmounts - zero amounts and Paid too (in no account, but activity in their month)
 */
export function ledgerItemArb(zeroAmounts = false) {
  const cents = (min: number, max: number) => (zeroAmounts ? fc.oneof(fc.integer({ min, max }), fc.constant(0)) : fc.integer({ min, max }));
  const customerArb = fc.constantFrom("C1", "C2", "C3", "GHOST");
  const currencyArb = fc.constantFrom("USD", "CNY", "JPY");
  const dayArb = fc.oneof(fc.integer({ min: 0, max: 400 }), fc.constantFrom(100, 200, 300));
  return fc.oneof(
    fc.record({
      kind: fc.constant("invoice" as const),
      no: fc.integer({ min: 1, max: 40 }),
      date: dayArb,
      terms: fc.integer({ min: 0, max: 90 }),
      cents: cents(-60000, 300000),
      paid: cents(0, 350000),
      disputed: fc.boolean(),
      customer: customerArb,
      currency: currencyArb,
    }),
    fc.record({
      kind: fc.constant("payment" as const),
      date: dayArb,
      cents: cents(-30000, 300000),
      target: fc.option(fc.integer({ min: 1, max: 45 })),
      customer: customerArb,
      currency: currencyArb,
    }),
  );
}

export type LedgerItem = ReturnType<typeof ledgerItemArb> extends fc.Arbitrary<infer T> ? T : never;

export interface RandomLedgerShape {
  /** Payments dated (a Payments table); else the Paid column, and the payments are dropped. */
  readonly dated: boolean;
  /** The listed customers, in this order, each in its own currency (GHOST never listed). */
  readonly customerOrder: readonly string[];
  /** Open balances as an export gives them (Paid-column path only). */
  readonly openBalancesGiven?: boolean;
  /** Keep repeated InvoiceNos (a hand-built ledger may hold them; a built one never does). */
  readonly repeatNumbers?: boolean;
  /** The first listed customer repeated in a last Customers row named "Second row". */
  readonly repeatFirstCustomer?: boolean;
}

/** The ledger of the items, shaped as asked. */
export function randomLedger(items: readonly LedgerItem[], shape: RandomLedgerShape): Ledger {
  const { dated, customerOrder, openBalancesGiven = false, repeatNumbers = false, repeatFirstCustomer = false } = shape;
  const invoices: Invoice[] = [];
  const payments: Payment[] = [];
  const seen = new Set<number>();
  for (const x of items) {
    const date = isoOf(addDays(START, x.date));
    const unit = x.currency === "JPY" ? 1 : 100; // JPY has no minor unit: whole yen
    if (x.kind === "invoice") {
      if (seen.has(x.no) && !repeatNumbers) continue;
      seen.add(x.no);
      const spec = { no: `I${x.no}`, date, due: isoOf(addDays(day(date), x.terms)), customer: x.customer, currency: x.currency, disputed: x.disputed };
      invoices.push(x.cents < 0 ? creditNote({ ...spec, amount: -Math.round(x.cents / unit) }) : invoice({ ...spec, amount: Math.round(x.cents / unit), paid: dated ? 0 : Math.round(x.paid / unit) }));
    } else if (dated) {
      payments.push(payment({ date, amount: Math.round(x.cents / unit), customer: x.customer, currency: x.currency, invoiceNo: x.target === null ? undefined : `I${x.target}` }));
    }
  }
  const listed = customerOrder.filter((id) => id !== "GHOST").map((id, i) => customer({ id, currency: ["USD", "CNY", "JPY"][i % 3], creditLimit: i === 0 ? "500.00" : undefined }));
  // A repeated CustomerID: statements take the last row's place in the order.
  const customers = repeatFirstCustomer && listed.length > 1 ? [...listed, customer({ id: listed[0].id, name: "Second row" })] : listed;
  const ledger = dated ? ledgerOf(...customers, ...invoices, ...payments) : paidColumnLedgerOf(...customers, ...invoices);
  return { ...ledger, customers: ledger.customers.filter((c) => c.id !== "GHOST"), ...(openBalancesGiven && !dated ? { openBalancesGiven: true } : {}) };
}
