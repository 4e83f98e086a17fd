/**
 * Bad-debt provision by aging bucket for the summary sheet: each bucket × its rate, rounded
 * half away from zero (core applyRate), so totals are sums of rounded amounts.
 * Local adapter until the core metrics module offers the same per bucket.
 */
import type { CurrencyCode, Minor } from "../../../core/model";
import { applyRate } from "./core";

/**
 * The rate for each of `bucketCount` buckets: the rates as given when the counts match; otherwise
 * the first rate for the first bucket, 100 % for the last, and the given rates (or the last given)
 * for those between, so an oldest bucket is always fully provided for.
 */
export function ratesFor(bucketCount: number, rates: readonly string[]): string[] {
  if (rates.length === bucketCount) return [...rates];
  const out: string[] = [];
  for (let i = 0; i < bucketCount; i++) {
    if (i === bucketCount - 1) out.push("1");
    else out.push(rates[Math.min(i, Math.max(0, rates.length - 2))] ?? "0");
  }
  return out;
}

/** Provision per bucket in minor units. */
export function provisionPerBucket(amounts: readonly Minor[], rates: readonly string[], currency: CurrencyCode): Minor[] {
  return amounts.map((amount, i) => applyRate(amount, rates[i] ?? "0", currency));
}
