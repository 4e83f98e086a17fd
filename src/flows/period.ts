/**
 * Which statement period a run means: a month (`2026-10`), a statement date (`2026-10-15`,
 * period from the 1st of its month), or by default the previous calendar month of today.
 */
import { localDay, monthPeriod, parseDate, parseMonth, previousMonth, type Period } from "../core/dates";
import type { DayNumber } from "../core/model";

export class PeriodError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "PeriodError";
  }
}

/** A YYYY-MM-DD (or 2026/10/31, 2026年10月31日) day, or a PeriodError naming the option. */
export function dayOption(text: string, option: string): DayNumber {
  const parsed = parseDate(text.trim());
  if (!parsed.ok || typeof text !== "string" || /^\d+(\.\d+)?$/.test(text.trim())) {
    throw new PeriodError(`${option} "${text}" is not a date: use YYYY-MM-DD, e.g. 2026-10-31`);
  }
  return parsed.day;
}

/** The statement period for the options given; `today` only serves the default. */
export function statementPeriod(options: { month?: string; asOf?: string }, today: DayNumber): Period {
  if (options.month !== undefined && options.asOf !== undefined) throw new PeriodError("give --month or --as-of, not both");
  if (options.month !== undefined) {
    const ym = parseMonth(options.month);
    if (!ym) throw new PeriodError(`--month "${options.month}" is not a month: use YYYY-MM, e.g. 2026-10`);
    return monthPeriod(ym);
  }
  if (options.asOf !== undefined) {
    const end = dayOption(options.asOf, "--as-of");
    const month = monthPeriod(end);
    return { start: month.start, end, label: month.label };
  }
  return previousMonth(today);
}

/** Today's calendar day where the user is: the local y/m/d, never a millisecond count. */
export function localToday(now: Date = new Date()): DayNumber {
  return localDay(now);
}
