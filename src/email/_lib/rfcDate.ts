import { EMAIL_MESSAGES, EmailError } from "../errors";
import { daysInMonth, unsafeDayFromCivil } from "../../core/dates";

/** A calendar date for the Date header. */
export interface CivilDate {
  readonly y: number;
  readonly m: number;
  readonly d: number;
}

const DAYS = ["Thu", "Fri", "Sat", "Sun", "Mon", "Tue", "Wed"]; // 1970-01-01 was a Thursday
const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];


/**
 * RFC 5322 date-time for a calendar day. The time is 12:00 UTC on purpose: noon UTC falls on
 * the same calendar day in every time zone from UTC−11 to UTC+11, so Outlook shows the day the
 * clerk meant wherever it opens the draft.
 *
 * @example
 * rfc5322Date({ y: 2026, m: 10, d: 31 }) //=> "Sat, 31 Oct 2026 12:00:00 +0000"
 */
export function rfc5322Date(date: CivilDate): string {
  const { y, m, d } = date;
  const valid =
    Number.isInteger(y) && Number.isInteger(m) && Number.isInteger(d) &&
    y >= 1900 && y <= 9999 && m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m);
  if (!valid) throw new EmailError(EMAIL_MESSAGES.invalidDate, `${y}-${m}-${d}`);
  const day = unsafeDayFromCivil(y, m, d);
  const weekday = DAYS[((day % 7) + 7) % 7];
  return `${weekday}, ${String(d).padStart(2, "0")} ${MONTHS[m - 1]} ${y} 12:00:00 +0000`;
}

// Loose RFC 5322 date-time: optional day name, day, month name, year, time with optional
// seconds, numeric zone. Enough to keep caller text from smuggling anything else in.
const DATE_TEXT =
  /^(?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun), )?\d{1,2} (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{4} \d{2}:\d{2}(?::\d{2})? [+-]\d{4}$/;

/** Accepts a caller-supplied RFC 5322 date string, or throws. */
export function checkedDateText(text: string): string {
  if (!DATE_TEXT.test(text)) throw new EmailError(EMAIL_MESSAGES.invalidDate, text);
  return text;
}
