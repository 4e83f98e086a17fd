import { civilFromDay, unsafeDayFromCivil } from "../../core/dates";
import type { DayNumber } from "../../core/model";

const asDay = (n: number): DayNumber => n as DayNumber;

/** Excel's 1900-system serial of 1970-01-01: a day number plus this is a date cell value. */
export const SERIAL_OF_EPOCH = 25569;

const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Days since 1970-01-01 of a civil date: core/dates arithmetic, no Date, no time zone. */
export function daysFromCivil(y: number, m: number, d: number): number {
  return unsafeDayFromCivil(y, m, d);
}

/** Inverse of {@link daysFromCivil}. */
export function civilFromDays(day: number): { y: number; m: number; d: number } {
  const { year, month, day: d } = civilFromDay(asDay(day));
  return { y: year, m: month, d };
}

/** Day number of an ISO date text, or undefined when it is not a real date. */
export function dayFromIso(text: string): number | undefined {
  const match = ISO.exec(text);
  if (!match) return undefined;
  const [y, m, d] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const day = daysFromCivil(y, m, d);
  const back = civilFromDays(day);
  return back.y === y && back.m === m && back.d === d ? day : undefined;
}

/** "YYYYMMDD" of a day number, for payment references. */
export function compactDate(day: number): string {
  const { y, m, d } = civilFromDays(day);
  return `${y}${String(m).padStart(2, "0")}${String(d).padStart(2, "0")}`;
}
