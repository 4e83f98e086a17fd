import { EMAIL_MESSAGES, EmailError } from "../errors";

/** A calendar date for the Date header. */
export interface CivilDate {
  readonly y: number;
  readonly m: number;
  readonly d: number;
}

const DAYS = ["Thu", "Fri", "Sat", "Sun", "Mon", "Tue", "Wed"]; // 1970-01-01 was a Thursday
const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/** Days since 1970-01-01 (H. Hinnant's days_from_civil): pure arithmetic, no Date object. */
function daysFromCivil(y: number, m: number, d: number): number {
  const yy = m <= 2 ? y - 1 : y;
  const era = Math.floor(yy / 400);
  const yoe = yy - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

function daysInMonth(y: number, m: number): number {
  if (m === 2) return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0 ? 29 : 28;
  return [4, 6, 9, 11].includes(m) ? 30 : 31;
}

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
  const day = daysFromCivil(y, m, d);
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
