import { civilFromDay, isoOf } from "../dates/dayNumber";
import type { CurrencyCode, Customer } from "../model";
import type { StatementPeriod } from "./types";

/**
 * The period's label: its own label, else "YYYY-MM" when it is exactly one calendar month,
 * else the ISO date of its end.
 *
 * @example
 * periodLabel({ start: dayFromCivil(2026, 10, 1), end: dayFromCivil(2026, 10, 31) }) //=> "2026-10"
 */
export function periodLabel(period: StatementPeriod): string {
  if (period.label) return period.label;
  const start = civilFromDay(period.start);
  const end = civilFromDay(period.end);
  const next = civilFromDay((period.end + 1) as typeof period.end);
  if (start.day === 1 && next.day === 1 && start.year === end.year && start.month === end.month) {
    return isoOf(period.end).slice(0, 7);
  }
  return isoOf(period.end);
}

/**
 * Deterministic statement number: prefix, period label, customer id (spaces → "_"), and the
 * currency when it is not the customer's own, so a customer's statements never share a number.
 *
 * @example
 * statementNumber(customer, "EUR", period) //=> "ST-2026-10-C001-EUR" (customer in USD)
 */
export function statementNumber(customer: Customer, currency: CurrencyCode, period: StatementPeriod, prefix = "ST"): string {
  const id = customer.id.trim().replace(/\s+/g, "_");
  const base = `${prefix}-${periodLabel(period)}-${id}`;
  return currency === customer.currency ? base : `${base}-${currency}`;
}
