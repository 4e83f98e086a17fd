/**
 * Which day or statement period a run means: a month (`2026-10`), a statement date (`2026-10-15`,
 * period from the 1st of its month), or by default the previous calendar month of today.
 * A host words the refusal for its own option or field: PeriodError says which input was wrong.
 */
import { localDay, monthPeriod, parseDate, parseMonth, previousMonth, type Period } from "../core/dates";
import type { DayNumber } from "../core/model";

/** The input a {@link PeriodError} is about: the month, the as-of day, or both given at once. */
export type PeriodInput = "month" | "asOf" | "both";

/**
 * A month or day that cannot be read. The message names the value, not the host's option: the
 * CLI puts `--month` / `--as-of` before it, the pane its field's name.
 */
export class PeriodError extends Error {
  constructor(
    readonly input: PeriodInput,
    message: string,
    /** The text that could not be read, for a host that words the refusal itself (the CLI in Chinese). */
    readonly value?: string,
  ) {
    super(message);
    this.name = "PeriodError";
  }
}

/**
 * A YYYY-MM-DD (or 2026/10/31, 2026年10月31日) day; a PeriodError otherwise. A bare number is
 * refused: typed by a person it is not an Excel serial.
 * @example isoOf(dayOption("2026/10/31")) //=> "2026-10-31"
 */
export function dayOption(text: string): DayNumber {
  const parsed = parseDate(text.trim());
  if (!parsed.ok || /^\d+(\.\d+)?$/.test(text.trim())) {
    throw new PeriodError("asOf", `"${text}" is not a date: use YYYY-MM-DD, e.g. 2026-10-31`, text);
  }
  return parsed.day;
}

/** The day a run is as of: the day given, else today. */
export function asOfDay(text: string | undefined, today: DayNumber): DayNumber {
  return text === undefined ? today : dayOption(text);
}

/** The statement period for the options given (a month or a statement date, not both); `today` only serves the default. */
export function statementPeriod(options: { month?: string; asOf?: string }, today: DayNumber): Period {
  if (options.month !== undefined && options.asOf !== undefined) throw new PeriodError("both", "give a month or a statement date, not both");
  if (options.month !== undefined) {
    const ym = parseMonth(options.month);
    if (!ym) throw new PeriodError("month", `"${options.month}" is not a month: use YYYY-MM, e.g. 2026-10`, options.month);
    return monthPeriod(ym);
  }
  if (options.asOf !== undefined) {
    const end = dayOption(options.asOf);
    const month = monthPeriod(end);
    return { start: month.start, end, label: month.label };
  }
  return previousMonth(today);
}

/** Today's calendar day where the user is: the local y/m/d, never a millisecond count. */
export function localToday(now: Date = new Date()): DayNumber {
  return localDay(now);
}
