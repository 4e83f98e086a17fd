/**
 * The exact-totals guard of a whole ledger, one home for the CLI and the task pane: every amount
 * a total can be drawn from (invoice amounts and paid amounts, payments, credit limits), checked
 * by core/money/exactTotals.ts. A ledger past 2^53 − 1 minor units in one currency is refused with
 * one sentence rather than totalled a cent off.
 */
import { formatAmount, inexactTotals, type InexactTotal } from "../core/money";
import type { Ledger, Money } from "../core/model";

function* amountsOf(ledger: Ledger): Iterable<Money> {
  for (const i of ledger.invoices) {
    yield i.amount;
    yield i.paid;
  }
  for (const p of ledger.payments) yield p.amount;
  for (const c of ledger.customers) if (c.creditLimit) yield c.creditLimit;
}

/** The first currency whose totals could not be exact, or undefined when every total is exact. */
export function firstInexactTotal(ledger: Ledger): InexactTotal | undefined {
  return inexactTotals(amountsOf(ledger))[0];
}

/** The largest exact amount of a currency, as the refusal prints it (2^53 − 1 minor units). */
export function exactLimitText(currency: string): string {
  return formatAmount(Number.MAX_SAFE_INTEGER, currency);
}

/**
 * Why the ledger's totals could not be exact (naming the file and the first such currency), or
 * undefined when every total is exact.
 * @example inexactTotalsMessage(ledger, "ledger.xlsx") //=> "ledger.xlsx: the USD amounts add up to more than 90,071,992,547,409.91 (2^53 - 1 minor units), beyond what AR Desk can total exactly; split the ledger"
 */
export function inexactTotalsMessage(ledger: Ledger, fileName: string): string | undefined {
  const first = firstInexactTotal(ledger);
  if (!first) return undefined;
  return `${fileName}: the ${first.currency} amounts add up to more than ${exactLimitText(first.currency)} (2^53 - 1 minor units), beyond what AR Desk can total exactly; split the ledger`;
}
