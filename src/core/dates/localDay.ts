/**
 * "Today" as the clerk's calendar says it. Excel's TODAY() is the user's local calendar day, so
 * this takes the local year/month/day of a `Date` and converts them with dayFromCivil: no
 * millisecond arithmetic, so no off-by-one around midnight or DST. The caller passes the `Date`
 * (the hosts' clock), so the core stays pure.
 */
import type { DayNumber } from "../model";
import { dayFromCivil } from "./dayNumber";

/**
 * The local calendar day of a moment.
 * @example isoOf(localDay(new Date(2026, 9, 31, 23, 59))) //=> "2026-10-31"
 */
export function localDay(now: Date): DayNumber {
  return dayFromCivil(now.getFullYear(), now.getMonth() + 1, now.getDate());
}
