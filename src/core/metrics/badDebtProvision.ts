/**
 * Bad-debt provision by aging (账龄分析法计提坏账准备; DESIGN §3).
 */
import type { CurrencyCode, Minor } from "../model";
import { applyRate, compareDecimalText, isDecimalText } from "../money";

/** Rates for Current, 1-30, 31-60, 61-90, 90+ (the default edges): 1 %, 5 %, 20 %, 50 %, 100 %. */
export const DEFAULT_PROVISION_RATES: readonly string[] = Object.freeze(["0.01", "0.05", "0.2", "0.5", "1"]);

export const PROVISION_ERRORS = {
  count: "metrics: give one provision rate per aging bucket",
  rate: "metrics: provision rates must be decimals between 0 and 1",
  buckets: "metrics: need at least two aging buckets",
} as const;

/**
 * Default rates for any number of buckets: the defaults for five; otherwise the first bucket
 * 1 %, the last 100 %, and those between spread evenly from 5 % to 50 % (one between: 20 %).
 *
 * @example
 * provisionRatesFor(4) //=> ["0.01", "0.05", "0.5", "1"]
 * provisionRatesFor(8) //=> ["0.01", "0.05", "0.14", "0.23", "0.32", "0.41", "0.5", "1"]
 */
export function provisionRatesFor(bucketCount: number): string[] {
  if (!Number.isSafeInteger(bucketCount) || bucketCount < 2) throw new RangeError(PROVISION_ERRORS.buckets);
  if (bucketCount === DEFAULT_PROVISION_RATES.length) return [...DEFAULT_PROVISION_RATES];
  const middle = bucketCount - 2;
  const rates = ["0.01"];
  for (let j = 0; j < middle; j++) {
    // Whole percent steps so the rate text stays exact.
    const percent = middle === 1 ? 20 : Math.round(5 + (45 * j) / (middle - 1));
    rates.push(String(percent / 100));
  }
  rates.push("1");
  return rates;
}

/**
 * The rates to use for `bucketCount` buckets: the clerk's when there is one per bucket, else the
 * defaults for that count (the edges were changed without changing the rates).
 *
 * @example
 * provisionRatesOf(5, ["0.02", "0.05", "0.2", "0.5", "1"]) //=> the clerk's five
 * provisionRatesOf(4, ["0.02", "0.05", "0.2", "0.5", "1"]) //=> provisionRatesFor(4)
 */
export function provisionRatesOf(bucketCount: number, clerkRates: readonly string[]): string[] {
  // No buckets (an empty summary): nothing to provide for.
  if (clerkRates.length === bucketCount || bucketCount < 2) return clerkRates.slice(0, bucketCount);
  return provisionRatesFor(bucketCount);
}

export interface Provision {
  /** Provision per bucket, rounded half away from zero to the minor unit. */
  readonly byBucket: Minor[];
  /** Sum of byBucket. */
  readonly total: Minor;
}

/**
 * Provision = Σ bucket total × bucket rate, each rounded to the minor unit.
 *
 * @param agingTotals - bucket totals from agingOf (one currency).
 * @param rates - decimal text per bucket, 0..1; default {@link provisionRatesFor} the bucket count.
 * @example
 * badDebtProvision([100000, 50000, 0, 0, 2000], DEFAULT_PROVISION_RATES, "USD")
 * //=> { byBucket: [1000, 2500, 0, 0, 2000], total: 5500 }
 */
export function badDebtProvision(agingTotals: readonly Minor[], rates?: readonly string[], currency: CurrencyCode = "USD"): Provision {
  const used = rates ?? provisionRatesFor(agingTotals.length);
  if (used.length !== agingTotals.length) throw new RangeError(PROVISION_ERRORS.count);
  const byBucket: Minor[] = [];
  let total = 0;
  for (let i = 0; i < used.length; i++) {
    const rate = used[i].trim();
    if (!isDecimalText(rate) || compareDecimalText(rate, "0") < 0 || compareDecimalText(rate, "1") > 0) {
      throw new RangeError(`${PROVISION_ERRORS.rate} (got "${used[i]}")`);
    }
    const amount = applyRate(agingTotals[i], rate, currency);
    byBucket.push(amount);
    total += amount;
  }
  return { byBucket, total };
}
