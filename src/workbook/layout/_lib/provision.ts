/**
 * Bad-debt provision for the summary sheet: the core's rule (core/metrics badDebtProvision), with
 * the clerk's rates when there is one per bucket and the core's default rates otherwise (edges
 * changed without changing the rates), so the sheet and the engine never disagree.
 */
import type { CurrencyCode, Minor } from "../../../core/model";
import { badDebtProvision, provisionRatesFor } from "../../../core/metrics";

/** The rate per bucket for `bucketCount` buckets. */
export function ratesFor(bucketCount: number, rates: readonly string[]): string[] {
  // No buckets (an empty summary): nothing to provide for.
  if (rates.length === bucketCount || bucketCount < 2) return rates.slice(0, bucketCount);
  return provisionRatesFor(bucketCount);
}

/** Provision per bucket in minor units, each rounded half away from zero. */
export function provisionPerBucket(amounts: readonly Minor[], rates: readonly string[], currency: CurrencyCode): Minor[] {
  return badDebtProvision(amounts, rates, currency).byBucket;
}
