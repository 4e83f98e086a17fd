/**
 * The order of accounts (DESIGN §3 allocation), worked out here from the rule itself over random
 * ledgers: customers in the Customers table's order (first row of a repeated id), each customer's
 * currencies in the order their groups were opened, a group opening with its first item (ledger
 * order: invoices, then payments) dated on or before the as-of day; then customers without a
 * Customers row, by that same first item. The index keeps only each slot's first item: an as-of
 * day before it makes the index look further.
 */
import fc from "fast-check";
import { accountsAsOf } from "../../../src/core/allocation";
import type { DayNumber, Ledger } from "../../../src/core/model";
import { addDays } from "../builders";
import { ledgerItemArb, randomLedger, START, type LedgerItem } from "../randomLedgers";

/** "customer currency" of each account, by the rule. */
function expectedOrder(ledger: Ledger, asOf: DayNumber): string[] {
  // Every item that opens a group, in ledger order, as [customer, currency, position].
  const opening: [string, string, number][] = [];
  ledger.invoices.forEach((invoice, i) => {
    if (invoice.invoiceDate > asOf || (invoice.amount.minor === 0 && invoice.paid.minor === 0)) return;
    opening.push([invoice.customerId, invoice.amount.currency, i]);
  });
  if (ledger.hasPaymentsTable) {
    ledger.payments.forEach((payment, p) => {
      if (payment.date > asOf || payment.amount.minor === 0) return;
      opening.push([payment.customerId, payment.amount.currency, ledger.invoices.length + p]);
    });
  }
  const groupsOf = (customerId: string): string[] => {
    const currencies: string[] = [];
    for (const [id, currency] of opening) if (id === customerId && !currencies.includes(currency)) currencies.push(currency);
    return currencies.map((currency) => `${customerId} ${currency}`);
  };
  const listed = [...new Set(ledger.customers.map((c) => c.id))];
  const unlisted = [...new Set(opening.filter(([id]) => !listed.includes(id)).map(([id]) => id))];
  return [...listed, ...unlisted].flatMap(groupsOf);
}

describe("the order of accounts", () => {
  it("follows the Customers table, then the order each customer's groups were opened in, at any day", () => {
    fc.assert(
      fc.property(fc.array(ledgerItemArb(true), { maxLength: 50 }), fc.boolean(), fc.boolean(), fc.shuffledSubarray(["C1", "C2", "C3"]), fc.boolean(), fc.oneof(fc.integer({ min: -10, max: 420 }), fc.constantFrom(50, 150, 250)), (items, crowded, dated, order, repeatFirstCustomer, offset) => {
        // Crowded: two customers in two currencies on four days, so groups opened at different days interleave.
        const crowd = (item: LedgerItem): LedgerItem => ({ ...item, customer: item.customer === "C2" ? "C2" : "C1", currency: item.currency === "JPY" ? "USD" : item.currency, date: (item.date % 4) * 100 });
        const ledger = randomLedger(crowded ? items.map(crowd) : items, { dated, customerOrder: order, repeatFirstCustomer });
        const asOf = addDays(START, offset) as DayNumber;
        expect(accountsAsOf(ledger, asOf).map((a) => `${a.customer.id} ${a.currency}`)).toEqual(expectedOrder(ledger, asOf));
      }),
      { numRuns: 500 },
    );
  });
});
