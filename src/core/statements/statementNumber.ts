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
 * A customer keyed by name has no number of its own: a short stable code stands in for it, so
 * the name is not printed twice (and a long or Chinese name does not make a long number).
 *
 * @example
 * statementNumber(customer, "EUR", period) //=> "ST-2026-10-C001-EUR" (customer in USD)
 * statementNumber(byName, "CNY", period)   //=> "ST-2026-10-N" + 8 hex digits of the name
 */
export function statementNumber(customer: Customer, currency: CurrencyCode, period: StatementPeriod, prefix = "ST"): string {
  const id = customer.keyedByName ? nameCode(customer.id) : customer.id.trim().replace(/\s+/g, "_");
  const base = `${prefix}-${periodLabel(period)}-${id}`;
  return currency === customer.currency ? base : `${base}-${currency}`;
}

/**
 * "N" and 8 hex digits of the FNV-1a hash of the name's UTF-16 code units: the same name gives
 * the same code in every run and every month (for matching a returned confirmation slip).
 */
export function nameCode(name: string): string {
  let hash = 0x811c9dc5;
  const text = name.trim();
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return `N${hash.toString(16).toUpperCase().padStart(8, "0")}`;
}
