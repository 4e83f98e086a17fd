import type { CurrencyCode, Minor } from "../model";
import { applyRate } from "../money/decimal";
import { parseDecimalText } from "../source";

const DAYS_PER_YEAR = 365;
export const RATE_MESSAGE = "Late interest: the annual rate must be a decimal ≥ 0 such as 0.08 or 8%";

/**
 * Late interest (DESIGN §3): open balance × annual rate × (days overdue − grace days) / 365,
 * only when positive, rounded half away from zero to the currency's minor unit.
 *
 * @param annualRate - decimal fraction as text: "0.08" (or "8%") = 8 % a year
 * @throws when the rate is not a decimal ≥ 0
 * @example
 * lateInterest(100000, "USD", "0.08", 30, 0) //=> 658   (1,000.00 × 8 % × 30/365 = 6.575… → 6.58)
 * lateInterest(100000, "USD", "0.08", 10, 10) //=> 0
 */
export function lateInterest(
  openMinor: Minor,
  currency: CurrencyCode,
  annualRate: string,
  daysOverdue: number,
  graceDays = 0,
): Minor {
  const rate = normalizedRate(annualRate);
  return interestAtRate(openMinor, currency, rate, daysOverdue, graceDays);
}

/**
 * The annual rate as plain decimal text ("8%" → "0.08"), for {@link interestAtRate}.
 * @throws when the rate is not a decimal ≥ 0
 */
export function normalizedRate(annualRate: string): string {
  // The last rate read is remembered: a run asks for the policy's one rate once per account.
  if (annualRate === lastRate.text) return lastRate.rate;
  const rate = parseDecimalText(annualRate);
  if (rate === undefined) throw new Error(`${RATE_MESSAGE}: "${annualRate}"`);
  lastRate = { text: annualRate, rate };
  return rate;
}

let lastRate = { text: "0", rate: "0" };

/** {@link lateInterest} with a rate already normalized: the hot loop parses the rate once per run. */
export function interestAtRate(openMinor: Minor, currency: CurrencyCode, rate: string, daysOverdue: number, graceDays = 0): Minor {
  const days = Math.trunc(daysOverdue) - Math.trunc(graceDays);
  if (openMinor <= 0 || days <= 0 || rate === "0") return 0;
  const interest = applyRate(openMinor, rate, currency, days, DAYS_PER_YEAR);
  return interest > 0 ? interest : 0;
}
