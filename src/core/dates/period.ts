/**
 * Calendar months as periods: the statement period defaults to the month before the as-of day.
 */
import type { DayNumber } from "../model";
import { civilFromDay, daysInMonth, unsafeDayFromCivil } from "./dayNumber";

export interface YearMonth {
  readonly year: number;
  readonly month: number;
}

/** A closed range of days with a label (`2026-10` for a month). */
export interface Period {
  readonly start: DayNumber;
  readonly end: DayNumber;
  readonly label: string;
}

/** The month a day falls in. */
export function monthOf(dayNumber: DayNumber): YearMonth {
  const { year, month } = civilFromDay(dayNumber);
  return { year, month };
}

/** `2026-10` for October 2026. */
export function monthLabel(yearMonth: YearMonth): string {
  return `${String(yearMonth.year).padStart(4, "0")}-${String(yearMonth.month).padStart(2, "0")}`;
}

const MONTH_TEXT = /^\s*(\d{4})\s*[-/.年]\s*(\d{1,2})\s*月?\s*$/;

/**
 * Reads a month written as `2026-10`, `2026/10`, `2026.10` or `2026年10月`.
 *
 * @returns undefined when the text is not a month.
 * @example
 * parseMonth("2026-10") //=> { year: 2026, month: 10 }
 */
export function parseMonth(text: string): YearMonth | undefined {
  const m = MONTH_TEXT.exec(text);
  if (!m) return undefined;
  const year = +m[1];
  const month = +m[2];
  return year >= 1 && month >= 1 && month <= 12 ? { year, month } : undefined;
}

function toYearMonth(value: YearMonth | DayNumber): YearMonth {
  return typeof value === "number" ? monthOf(value) : value;
}

/** First day of a month (given as a YearMonth, or any day in it). */
export function monthStart(value: YearMonth | DayNumber): DayNumber {
  const { year, month } = toYearMonth(value);
  return unsafeDayFromCivil(year, month, 1);
}

/** Last day of a month (given as a YearMonth, or any day in it). */
export function monthEnd(value: YearMonth | DayNumber): DayNumber {
  const { year, month } = toYearMonth(value);
  return unsafeDayFromCivil(year, month, daysInMonth(year, month));
}

/**
 * A month as a period: first day, last day, label.
 *
 * @example
 * monthPeriod({ year: 2026, month: 2 }) //=> { start: 2026-02-01, end: 2026-02-28, label: "2026-02" }
 */
export function monthPeriod(value: YearMonth | DayNumber): Period {
  const yearMonth = toYearMonth(value);
  return { start: monthStart(yearMonth), end: monthEnd(yearMonth), label: monthLabel(yearMonth) };
}

/**
 * The calendar month before the one `asOf` falls in: the default statement period.
 *
 * @example
 * previousMonth(dayFromCivil(2026, 11, 5)) //=> { start: 2026-10-01, end: 2026-10-31, label: "2026-10" }
 */
export function previousMonth(asOf: DayNumber): Period {
  return monthPeriod((monthStart(asOf) - 1) as DayNumber);
}
