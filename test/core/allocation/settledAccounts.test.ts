/**
 * The settlement kept with a ledger's index (allocation/_lib/settledAccounts): the open accounts
 * and the statements read from it, at the day the overview settled, are the ones a fresh
 * settlement gives (a copy of the ledger has its own index and nothing kept); at another day
 * nothing kept is read.
 */
import fc from "fast-check";
import { ledgerFigures, openAccountsAsOf, type Account } from "../../../src/core/allocation";
import { openAccountsReadOnce } from "../../../src/core/allocation/allocate";
import { ledgerIndex } from "../../../src/core/allocation/_lib/ledgerIndex";
import { settledAt } from "../../../src/core/allocation/_lib/settledAccounts";
import { monthPeriod } from "../../../src/core/dates";
import type { DayNumber, Ledger } from "../../../src/core/model";
import { statementsFor } from "../../../src/core/statements";
import { addDays } from "../builders";
import { ledgerItemArb, randomLedger, START, type LedgerItem } from "../randomLedgers";

const shapeArb = fc.record({
  items: fc.array(ledgerItemArb(true), { maxLength: 60 }),
  // All in one account, every item twice, numbers from a few: payments naming a number held twice (settled from the objects).
  crowded: fc.boolean(),
  dated: fc.boolean(),
  openBalancesGiven: fc.boolean(),
  order: fc.shuffledSubarray(["C1", "C2", "C3"]),
  repeatNumbers: fc.boolean(),
  offset: fc.integer({ min: -10, max: 420 }),
  other: fc.integer({ min: -10, max: 420 }),
});

/** The same ledger as a new value: its index is built anew and holds no settlement. */
function fresh(ledger: Ledger): Ledger {
  return { ...ledger };
}

/** An account's fields as a plain object (the read-once accounts make their lists in getters). */
function plain(account: Account): Account {
  const { customer, currency, statuses, openItems, unapplied, balance } = account;
  return { customer, currency, statuses, openItems, unapplied, balance };
}

describe("the settlement kept with the index", () => {
  it("gives the open accounts and statements a fresh settlement gives, at its day and at another", () => {
    const seen = { kept: 0, fromObjects: 0, openItems: 0 };
    fc.assert(
      fc.property(shapeArb, ({ items, crowded, dated, openBalancesGiven, order, repeatNumbers, offset, other }) => {
        const crowd = (item: LedgerItem): LedgerItem =>
          item.kind === "invoice" ? { ...item, customer: "C1", currency: "USD", no: 1 + (item.no % 3) } : { ...item, customer: "C1", currency: "USD", target: item.target === null ? null : 1 + (item.target % 3) };
        const ledger = crowded
          ? randomLedger([...items, ...items].map(crowd), { dated: true, customerOrder: order, repeatNumbers: true })
          : randomLedger(items, { dated, customerOrder: order, openBalancesGiven, repeatNumbers });
        const asOf = addDays(START, offset) as DayNumber;
        ledgerFigures(ledger, asOf);
        const kept = settledAt(ledgerIndex(ledger), asOf, ledger.hasPaymentsTable, ledger.openBalancesGiven === true);
        expect(kept).toBeDefined();
        seen.kept++;
        if (kept?.fromObjects.includes(1)) seen.fromObjects++;
        if ((kept?.openAmount.length ?? 0) > 0) seen.openItems++;

        expect(openAccountsAsOf(ledger, asOf)).toEqual(openAccountsAsOf(fresh(ledger), asOf));
        // Read once (open items made on each read): field for field the open accounts, on every read.
        const readOnce = openAccountsReadOnce(ledger, asOf).map(plain);
        expect(readOnce).toEqual(openAccountsAsOf(fresh(ledger), asOf));
        expect(openAccountsReadOnce(ledger, asOf).map(plain)).toEqual(readOnce);
        // A period ending on the day settled: the statements' accounts are the kept ones.
        const period = { start: monthPeriod(asOf).start, end: asOf };
        for (const type of ["balance-forward", "open-item"] as const) {
          expect(statementsFor(ledger, period, { type })).toEqual(statementsFor(fresh(ledger), period, { type }));
        }
        // Another day: settled afresh (and then kept in its place).
        const later = addDays(START, other) as DayNumber;
        expect(openAccountsAsOf(ledger, later)).toEqual(openAccountsAsOf(fresh(ledger), later));
        // Read once with nothing kept yet (statements without an overview first): settled then.
        expect(openAccountsReadOnce(fresh(ledger), later).map(plain)).toEqual(openAccountsAsOf(fresh(ledger), later));
        expect(settledAt(ledgerIndex(ledger), later, ledger.hasPaymentsTable, ledger.openBalancesGiven === true)).toBeDefined();
      }),
      { numRuns: 400 },
    );
    // Accounts settled from the objects (a payment naming a number held twice) and open items did occur.
    expect(seen.fromObjects).toBeGreaterThan(0);
    expect(seen.openItems).toBeGreaterThan(0);
  });

  it("is not read for a ledger whose open balances are taken otherwise", () => {
    const ledger = randomLedger([{ kind: "invoice", no: 1, date: 10, terms: 30, cents: 50000, paid: 20000, disputed: false, customer: "C1", currency: "USD" }], { dated: false, customerOrder: ["C1"] });
    const asOf = addDays(START, 60) as DayNumber;
    ledgerFigures(ledger, asOf);
    expect(settledAt(ledgerIndex(ledger), asOf, false, true)).toBeUndefined();
    expect(settledAt(ledgerIndex(ledger), asOf, false, false)).toBeDefined();
  });
});
