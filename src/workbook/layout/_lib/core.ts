/**
 * The few core helpers the layouts use, in one place so the layouts import one module.
 * Money and dates come from the core; layout does no arithmetic of its own on either.
 */
import type { DayNumber } from "../../../core/model";
import { civilFromDay, isoOf } from "../../../core/dates";

export { minorToNumber, applyRate } from "../../../core/money";
export { currencyNumberFormat, formatMoney } from "../../../core/money";

/** Civil date of a day number. */
export function civilOf(day: DayNumber): { year: number; month: number; day: number } {
  return civilFromDay(day);
}

/** "2026-10-31". */
export function isoOfDay(day: DayNumber): string {
  return isoOf(day);
}
