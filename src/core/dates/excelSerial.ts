/**
 * Excel date serials (1900 date system) ↔ day numbers. Excel counts 1900-02-29, a day that never
 * existed (a Lotus 1-2-3 bug kept for compatibility), as serial 60; serials from 61 on are one
 * ahead of a plain count.
 */
import type { DayNumber } from "../model";

/** Serial of 1970-01-01 (day 0) for serials ≥ 61. */
const UNIX_EPOCH_SERIAL = 25569;
/** Excel's phantom 1900-02-29. */
export const PHANTOM_LEAP_SERIAL = 60;
/** Serial of 9999-12-31, Excel's last date. */
export const MAX_SERIAL = 2958465;
/** Day number of 1900-03-01 (serial 61) and 1900-01-01 (serial 1). */
const MARCH_1_1900 = -25508;
const JANUARY_1_1900 = -25567;

/**
 * Day number of an Excel serial. The time of day (fraction) is dropped.
 *
 * @returns undefined for serials below 1, serial 60 (1900-02-29 never existed), beyond 9999-12-31
 *   or not finite.
 * @example
 * isoOf(dayFromSerial(45961)!) //=> "2025-10-31"
 * dayFromSerial(60) //=> undefined
 */
export function dayFromSerial(serial: number): DayNumber | undefined {
  if (!(serial >= 1 && serial < MAX_SERIAL + 1)) return undefined; // also rejects NaN
  const whole = Math.floor(serial);
  if (whole > PHANTOM_LEAP_SERIAL) return (whole - UNIX_EPOCH_SERIAL) as DayNumber;
  if (whole < PHANTOM_LEAP_SERIAL) return (whole - UNIX_EPOCH_SERIAL + 1) as DayNumber;
  return undefined;
}

/**
 * Excel serial of a day number (for writing date cells).
 *
 * @throws RangeError for days before 1900-01-01 or after 9999-12-31, which Excel cannot show.
 * @example
 * serialFromDay(dayFromCivil(2025, 10, 31)) //=> 45961
 */
export function serialFromDay(dayNumber: DayNumber): number {
  if (dayNumber >= MARCH_1_1900 && dayNumber <= MAX_SERIAL - UNIX_EPOCH_SERIAL) return dayNumber + UNIX_EPOCH_SERIAL;
  if (dayNumber >= JANUARY_1_1900 && dayNumber < MARCH_1_1900) return dayNumber + UNIX_EPOCH_SERIAL - 1;
  throw new RangeError("dates: outside Excel's date range 1900-01-01..9999-12-31");
}
