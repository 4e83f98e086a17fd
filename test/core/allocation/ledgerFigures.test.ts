/**
 * The columnar figures (allocation/ledgerFigures) against the object model (accountsAsOf, then
 * metrics/accountFigures per account): the same accounts, in the same order, with the same
 * figures, over random ledgers; and the two settling paths (from the index's columns, from the
 * objects) giving the same accounts.
 */
import fc from "fast-check";
import { accountsAsOf, ledgerFigures, type LedgerFigures } from "../../../src/core/allocation";
import type { AgingOptions } from "../../../src/core/aging/edges";
import { accountFigures } from "../../../src/core/metrics";
import type { DayNumber, Invoice, Ledger, Payment } from "../../../src/core/model";
import { addDays, creditNote, customer, day, invoice, isoOf, ledgerOf, paidColumnLedgerOf, payment } from "../builders";

const START = day("2026-01-01");
// Some days shared by many items, so same-day receipts (credit note before payment) are common.
const dayArb = fc.oneof(fc.integer({ min: 0, max: 400 }), fc.constantFrom(100, 200, 300));
const customerArb = fc.constantFrom("C1", "C2", "C3", "GHOST");
const currencyArb = fc.constantFrom("USD", "CNY", "JPY");
const itemArb = fc.oneof(
  // Invoices, credit notes (negative), partly paid through the Paid column; "opening balance"
  // rows are invoices dated long before the as-of day with no terms.
  fc.record({
    kind: fc.constant("invoice" as const),
    no: fc.integer({ min: 1, max: 40 }),
    date: dayArb,
    terms: fc.integer({ min: 0, max: 90 }),
    cents: fc.integer({ min: -60000, max: 300000 }),
    paid: fc.integer({ min: 0, max: 350000 }),
    disputed: fc.boolean(),
    customer: customerArb,
    currency: currencyArb,
  }),
  // Payments: partial, over, unapplied (no invoice), refunds (negative), to an invoice or not.
  fc.record({
    kind: fc.constant("payment" as const),
    date: dayArb,
    cents: fc.integer({ min: -30000, max: 300000 }),
    target: fc.option(fc.integer({ min: 1, max: 45 })),
    customer: customerArb,
    currency: currencyArb,
  }),
);
type Item = typeof itemArb extends fc.Arbitrary<infer T> ? T : never;

const agingArb: fc.Arbitrary<AgingOptions> = fc.oneof(
  fc.constant({}),
  fc.record({ edges: fc.uniqueArray(fc.integer({ min: 1, max: 200 }), { minLength: 1, maxLength: 6 }).map((e) => e.sort((a, b) => a - b)), basis: fc.constantFrom("due" as const, "invoice" as const) }),
);

function ledgerFrom(items: Item[], dated: boolean, customerOrder: string[], openBalancesGiven: boolean, repeatNumbers = false): Ledger {
  const invoices: Invoice[] = [];
  const payments: Payment[] = [];
  const seen = new Set<number>();
  for (const x of items) {
    const date = isoOf(addDays(START, x.date));
    if (x.kind === "invoice") {
      // A built ledger holds each InvoiceNo once; a hand-built one may repeat them.
      if (seen.has(x.no) && !repeatNumbers) continue;
      seen.add(x.no);
      const due = isoOf(addDays(day(date), x.terms));
      const spec = { no: `I${x.no}`, date, due, customer: x.customer, currency: x.currency, disputed: x.disputed };
      // JPY has no minor unit: whole yen.
      const unit = x.currency === "JPY" ? 1 : 100;
      invoices.push(x.cents < 0 ? creditNote({ ...spec, amount: -Math.round(x.cents / unit) }) : invoice({ ...spec, amount: Math.round(x.cents / unit), paid: dated ? 0 : Math.round(x.paid / unit) }));
    } else if (dated) {
      const unit = x.currency === "JPY" ? 1 : 100;
      payments.push(payment({ date, amount: Math.round(x.cents / unit), customer: x.customer, currency: x.currency, invoiceNo: x.target === null ? undefined : `I${x.target}` }));
    }
  }
  // Some customers listed (in a random order, with their own currency), GHOST never: its items
  // come after the listed customers'.
  const customers = customerOrder.filter((id) => id !== "GHOST").map((id, i) => customer({ id, currency: ["USD", "CNY", "JPY"][i % 3], creditLimit: i === 0 ? "500.00" : undefined }));
  const ledger = dated ? ledgerOf(...customers, ...invoices, ...payments) : paidColumnLedgerOf(...customers, ...invoices);
  return { ...ledger, customers: ledger.customers.filter((c) => c.id !== "GHOST"), ...(openBalancesGiven && !dated ? { openBalancesGiven: true } : {}) };
}

/** Account i of the columnar figures, shaped as accountFigures gives it. */
function columnarAccount(f: LedgerFigures, i: number) {
  return {
    customer: f.customers[i].id,
    currency: f.currencies[f.currencyIndex[i]],
    aging: Array.from(f.aging.subarray(i * f.bucketCount, (i + 1) * f.bucketCount)),
    balance: f.balance[i],
    overdue: f.overdue[i],
    unapplied: f.unapplied[i],
    oldestDaysOverdue: f.oldestDaysOverdue[i],
  };
}

describe("ledgerFigures", () => {
  it("gives every account the figures the object model gives, in accountsAsOf's order", () => {
    fc.assert(
      fc.property(
        fc.array(itemArb, { maxLength: 60 }),
        fc.boolean(),
        fc.boolean(),
        fc.shuffledSubarray(["C1", "C2", "C3"]),
        fc.integer({ min: -10, max: 420 }),
        agingArb,
        fc.boolean(),
        (items, dated, openBalancesGiven, order, offset, aging, repeatNumbers) => {
          const ledger = ledgerFrom(items, dated, order, openBalancesGiven, repeatNumbers);
          const asOf = addDays(START, offset) as DayNumber;
          const accounts = accountsAsOf(ledger, asOf);
          const figures = ledgerFigures(ledger, asOf, { ...aging, salesFrom: addDays(asOf, -90) });
          expect(figures.count).toBe(accounts.length);
          accounts.forEach((account, i) => {
            const expected = { customer: account.customer.id, currency: account.currency, ...accountFigures(account, asOf, aging) };
            expect(columnarAccount(figures, i)).toEqual(expected);
            // Credit sales: positive invoices dated in the last 90 days.
            const sold = account.statuses.filter((s) => s.invoice.invoiceDate > asOf - 90).reduce((sum, s) => sum + s.invoice.amount.minor, 0);
            expect(figures.sales?.[i]).toBe(sold);
          });
          // account(i) settles from the Invoice and Payment objects, accountsAsOf from the index's
          // columns: the two books agree on every status, settling day included.
          accounts.forEach((account, i) => expect(figures.account(i)).toEqual(account));
        },
      ),
      { numRuns: 500 },
    );
  });

  it("ages a small ledger as counted by hand", () => {
    const asOf = day("2026-10-31");
    const ledger = ledgerOf(
      customer({ id: "C1" }),
      invoice({ no: "A", customer: "C1", date: "2026-08-01", due: "2026-08-31", amount: "400.00" }),
      invoice({ no: "B", customer: "C1", date: "2026-10-01", due: "2026-10-31", amount: "100.00" }),
      invoice({ no: "Y", customer: "C1", date: "2026-10-01", due: "2026-10-31", amount: "5000", currency: "JPY" }),
      payment({ customer: "C1", date: "2026-09-10", amount: "150.00", invoiceNo: "A" }),
      payment({ customer: "C1", date: "2026-11-02", amount: "100.00" }),
    );
    const f = ledgerFigures(ledger, asOf);
    expect(f.count).toBe(2);
    expect(f.currencies).toEqual(["USD", "JPY"]);
    // A: 400 − 150 = 250 open, 61 days late (61-90); B due today (Current); November's payment not yet made.
    expect(columnarAccount(f, 0)).toEqual({ customer: "C1", currency: "USD", aging: [10000, 0, 0, 25000, 0], balance: 35000, overdue: 25000, unapplied: 0, oldestDaysOverdue: 61 });
    expect(columnarAccount(f, 1)).toMatchObject({ currency: "JPY", balance: 5000, overdue: 0 });
  });

  it("takes a day's credit note before its payments, as allocation does", () => {
    const asOf = day("2026-10-31");
    const ledger = ledgerOf(
      invoice({ no: "A", date: "2026-08-01", due: "2026-08-31", amount: "100.00" }),
      payment({ date: "2026-09-15", amount: "-50.00" }),
      creditNote({ no: "CN1", date: "2026-09-15", amount: "100.00" }),
    );
    // The credit note settles A; the refund then reopens 50.00 of it (not: the refund first,
    // leaving −50.00 unapplied, then the credit note settling A).
    expect(columnarAccount(ledgerFigures(ledger, asOf), 0)).toMatchObject({ balance: 5000, overdue: 5000, unapplied: 0 });
    expect(accountsAsOf(ledger, asOf)[0]).toMatchObject({ balance: 5000, unapplied: 0 });
  });
});
