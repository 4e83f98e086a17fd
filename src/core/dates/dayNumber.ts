/**
 * Civil dates as day numbers (whole days since 1970-01-01), by arithmetic only: Howard Hinnant's
 * `days_from_civil` / `civil_from_days` (proleptic Gregorian). No Date object, so no time zone
 * or daylight-saving hour can move a due date.
 */
import type { DayNumber } from "../model";

export const DATE_ERRORS = {
  invalidCivil: "dates: not a real calendar date",
  notDayNumber: "dates: day number must be a safe integer",
} as const;

export interface CivilDate {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

/** Earliest and latest years accepted (Excel's range, and what four-digit ISO text can hold). */
export const MIN_YEAR = 1;
export const MAX_YEAR = 9999;

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** Days in a month (1-12) of a year. */
export function daysInMonth(year: number, month: number): number {
  return month === 2 && isLeapYear(year) ? 29 : MONTH_DAYS[month - 1];
}

/** True for an existing date between year 1 and 9999 (2026-02-30 is not one). */
export function isValidCivil(year: number, month: number, day: number): boolean {
  return (
    Number.isInteger(year) && Number.isInteger(month) && Number.isInteger(day) &&
    year >= MIN_YEAR && year <= MAX_YEAR && month >= 1 && month <= 12 &&
    day >= 1 && day <= daysInMonth(year, month)
  );
}

/** Brands a whole number as a DayNumber. */
export function asDayNumber(days: number): DayNumber {
  if (!Number.isSafeInteger(days)) throw new RangeError(`${DATE_ERRORS.notDayNumber} (got ${days})`);
  return (days + 0) as DayNumber;
}

/** dayFromCivil without the validity check, for callers that checked already (hot loops). */
export function unsafeDayFromCivil(year: number, month: number, day: number): DayNumber {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400; // [0, 399]
  const doy = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1; // [0, 365]
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy; // [0, 146096]
  return (era * 146097 + doe - 719468) as DayNumber;
}

/**
 * Day number of a calendar date.
 *
 * @throws RangeError when the date does not exist (2026-02-30) or is outside years 1-9999.
 * @example
 * dayFromCivil(1970, 1, 1) //=> 0
 * dayFromCivil(2025, 10, 31) //=> 20392
 */
export function dayFromCivil(year: number, month: number, day: number): DayNumber {
  if (!isValidCivil(year, month, day)) {
    throw new RangeError(`${DATE_ERRORS.invalidCivil} (${year}-${month}-${day})`);
  }
  return unsafeDayFromCivil(year, month, day);
}

/**
 * Calendar date of a day number.
 *
 * @example
 * civilFromDay(20392) //=> { year: 2025, month: 10, day: 31 }
 */
export function civilFromDay(dayNumber: DayNumber): CivilDate {
  const z = dayNumber + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097; // [0, 146096]
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100)); // [0, 365]
  const mp = Math.floor((5 * doy + 2) / 153); // [0, 11], March = 0
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: yoe + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

function pad(value: number, width: number): string {
  return String(value).padStart(width, "0");
}

/**
 * ISO 8601 text of a day number.
 *
 * @example
 * isoOf(dayFromCivil(2026, 10, 31)) //=> "2026-10-31"
 */
export function isoOf(dayNumber: DayNumber): string {
  const { year, month, day } = civilFromDay(dayNumber);
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
}

/** The day `days` days after (negative: before) a day. */
export function addDays(dayNumber: DayNumber, days: number): DayNumber {
  return asDayNumber(dayNumber + days);
}

/**
 * Calendar days from `earlierDate` to `laterDate`; negative when laterDate is earlier.
 *
 * @example
 * daysBetween(asOf, dueDate) //=> days overdue (0 = due today)
 */
export function daysBetween(laterDate: DayNumber, earlierDate: DayNumber): number {
  return laterDate - earlierDate;
}

/** Day of the week, 0 = Sunday … 6 = Saturday (1970-01-01 was a Thursday). */
export function weekdayOf(dayNumber: DayNumber): number {
  return (((dayNumber + 4) % 7) + 7) % 7;
}
