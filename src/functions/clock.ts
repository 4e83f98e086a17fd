/**
 * "Today" for the functions whose `as_of` is omitted. Excel's TODAY() is the user's local calendar
 * day, so this takes year/month/day of the local `Date` and converts them with dayFromCivil:
 * no millisecond arithmetic, so no off-by-one around midnight or DST.
 * The clock is injectable so tests pin today.
 */
import type { DayNumber } from "../core/model";
import { dayFromCivil } from "../core/dates/dayNumber";

export type Clock = () => Date;

const systemClock: Clock = () => new Date();
let clock: Clock = systemClock;

/** Replaces the clock (tests); no argument restores the system clock. */
export function setClock(next?: Clock): void {
  clock = next ?? systemClock;
}

/**
 * The user's local calendar day as a DayNumber.
 *
 * @example
 * setClock(() => new Date(2026, 9, 31, 23, 59)); // local 2026-10-31 23:59
 * isoOf(today()) //=> "2026-10-31"
 */
export function today(): DayNumber {
  const now = clock();
  return dayFromCivil(now.getFullYear(), now.getMonth() + 1, now.getDate());
}
