/**
 * "Today" for the functions whose `as_of` is omitted: the local calendar day of the clock
 * (core/dates localDay, which the CLI and the pane use too). The clock is injectable so tests pin today.
 */
import type { DayNumber } from "../core/model";
import { localDay } from "../core/dates";

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
  return localDay(clock());
}
