/**
 * The exact-totals guard of a whole ledger, one home for the CLI and the task pane: every amount
 * a total can be drawn from (invoice amounts and paid amounts, payments, credit limits), checked
 * by core/money/exactTotals.ts. A ledger past 2^53 − 1 minor units in one currency is refused
 * rather than totalled a cent off; each host names the workbook in its own words.
 */
import { formatAmount, inexactTotals, type InexactTotal } from "../core/money";
import { ledgerAmounts } from "../core/ledger";
import type { Ledger } from "../core/model";

/** The first currency whose totals could not be exact, or undefined when every total is exact. */
function firstInexactTotal(ledger: Ledger): InexactTotal | undefined {
  return inexactTotals(ledgerAmounts(ledger))[0];
}

/** The largest exact amount of a currency, as the refusal prints it (2^53 − 1 minor units). */
function exactLimitText(currency: string): string {
  return formatAmount(Number.MAX_SAFE_INTEGER, currency);
}

/**
 * A ledger whose totals in {@link InexactTotalsError.currency} could not be exact. The message
 * is the refusal without the workbook's name, which the host puts first.
 */
export class InexactTotalsError extends Error {
  /** The largest exact amount of the currency, formatted. */
  readonly limit: string;

  constructor(readonly currency: string) {
    const limit = exactLimitText(currency);
    super(`the ${currency} amounts add up to more than ${limit} (2^53 - 1 minor units), beyond what AR Desk can total exactly; split the ledger`);
    this.name = "InexactTotalsError";
    this.limit = limit;
  }
}

/**
 * Refuses a ledger whose totals could not be exact.
 * @throws InexactTotalsError naming the first such currency.
 */
export function refuseInexactTotals(ledger: Ledger): void {
  const first = firstInexactTotal(ledger);
  if (first) throw new InexactTotalsError(first.currency);
}
