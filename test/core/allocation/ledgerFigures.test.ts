/**
 * The columnar figures (allocation/ledgerFigures) against the object model (accountsAsOf, then
 * metrics/accountFigures per account): the same accounts, in the same order, with the same
 * figures, over random ledgers; and the two settling paths (from the index's columns, from the
 * objects) giving the same accounts.
 */
import fc from "fast-check";
import { accountsAsOf, ledgerFigures, openAccountsAsOf, type LedgerFigures } from "../../../src/core/allocation";
import type { AgingOptions } from "../../../src/core/aging/edges";
import { accountFigures } from "../../../src/core/metrics";
import type { DayNumber } from "../../../src/core/model";
import { addDays, creditNote, customer, day, invoice, ledgerOf, payment } from "../builders";
import { ledgerItemArb, randomLedger, START } from "../randomLedgers";


const agingArb: fc.Arbitrary<AgingOptions> = fc.oneof(
  fc.constant({}),
  fc.record({ edges: fc.uniqueArray(fc.integer({ min: 1, max: 200 }), { minLength: 1, maxLength: 6 }).map((e) => e.sort((a, b) => a - b)), basis: fc.constantFrom("due" as const, "invoice" as const) }),
);

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
        fc.array(ledgerItemArb(), { maxLength: 60 }),
        fc.boolean(),
        fc.boolean(),
        fc.shuffledSubarray(["C1", "C2", "C3"]),
        fc.integer({ min: -10, max: 420 }),
        agingArb,
        fc.boolean(),
        (items, dated, openBalancesGiven, order, offset, aging, repeatNumbers) => {
          const ledger = randomLedger(items, { dated, customerOrder: order, openBalancesGiven, repeatNumbers });
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

  it("settles each account's open items in the same pass when asked, as openAccountsAsOf does", () => {
    fc.assert(
      fc.property(
        fc.array(ledgerItemArb(), { maxLength: 60 }),
        fc.boolean(),
        fc.boolean(),
        fc.shuffledSubarray(["C1", "C2", "C3"]),
        fc.integer({ min: -10, max: 420 }),
        fc.boolean(),
        (items, dated, openBalancesGiven, order, offset, repeatNumbers) => {
          const ledger = randomLedger(items, { dated, customerOrder: order, openBalancesGiven, repeatNumbers });
          const asOf = addDays(START, offset) as DayNumber;
          expect(ledgerFigures(ledger, asOf, { openAccounts: true }).openAccounts).toEqual(openAccountsAsOf(ledger, asOf));
          expect(ledgerFigures(ledger, asOf).openAccounts).toBeUndefined();
        },
      ),
      { numRuns: 300 },
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
