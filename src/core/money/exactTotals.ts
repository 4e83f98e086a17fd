/**
 * Whether every total of a ledger stays exact. Amounts are integer minor units in IEEE doubles,
 * exact up to 2^53 − 1 (90,071,992,547,409.91 in cents); each amount is checked on reading, but a
 * sum of amounts below that can pass it and silently lose a cent. When the amounts of a currency,
 * added up without their signs, stay within 2^53 − 1, every balance, bucket and total drawn from
 * them (a signed sum of some of them) is exact; beyond it AR Desk says plainly that it cannot
 * total them instead of printing a total one cent off.
 */
import type { Money } from "../model";

/** The largest whole number of minor units an IEEE double holds exactly (2^53 − 1). */
export const MAX_EXACT_MINOR = BigInt(Number.MAX_SAFE_INTEGER);

/** A currency whose amounts cannot all be totalled exactly. */
export interface InexactTotal {
  readonly currency: string;
  /** Sum of the absolute amounts, in minor units. */
  readonly absoluteSum: bigint;
}

/**
 * The currencies whose amounts, added up without their signs, exceed 2^53 − 1 minor units
 * (summed exactly: in plain numbers up to 2^53 − 1, in BigInt past it).
 * @example inexactTotals([money(2 ** 52, "USD"), money(2 ** 52, "USD")]) //=> [{ currency: "USD", absoluteSum: 9007199254740992n }]
 */
export function inexactTotals(amounts: Iterable<Money>): InexactTotal[] {
  // A currency's sum stays a plain number while it is at most 2^53 − 1: every partial sum of
  // non-negative whole numbers below it is exact, so BigInt (one per amount, 1.8 M in a large
  // ledger) is needed only from the amount that would pass it.
  const sums = new Map<string, number | bigint>();
  for (const m of amounts) {
    const minor = m.minor < 0 ? -m.minor : m.minor;
    const sum = sums.get(m.currency) ?? 0;
    if (typeof sum === "number") {
      const next = sum + minor;
      sums.set(m.currency, next <= Number.MAX_SAFE_INTEGER ? next : BigInt(sum) + BigInt(minor));
    } else sums.set(m.currency, sum + BigInt(minor));
  }
  const found: InexactTotal[] = [];
  for (const [currency, sum] of sums) if (typeof sum === "bigint" && sum > MAX_EXACT_MINOR) found.push({ currency, absoluteSum: sum });
  return found;
}
