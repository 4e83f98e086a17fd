/**
 * Allocation-free readers for the hot columns: a number cell (the common case) is read without
 * building a result object; text goes through the full parsers. Private to the ledger.
 */
import type { RawCell } from "../../source";
import type { CurrencyCode, DayNumber, Minor } from "../../model";
import { amountMarker, parseAmount } from "../../money/parseAmount";
import { toMinor } from "../../money/decimal";
import { dayFromSerial, PHANTOM_LEAP_SERIAL } from "../../dates/excelSerial";
import { parseDate } from "../../dates/parseDate";
import type { ParseDateOptions } from "../../dates";

/** Minor units of an amount cell, or the reason it is not one (a string). */
export function amountOrReason(cell: RawCell, currency: CurrencyCode): Minor | string {
  if (typeof cell === "number" && Number.isFinite(cell) && Math.abs(cell) < 1e13) return toMinor(cell, currency);
  const result = parseAmount(cell, currency);
  return result.ok ? result.minor : result.reason;
}

/**
 * Excel serial of 1950-01-01. A ledger's dates (invoices, due dates, payments) are never older: a
 * smaller number in a date cell is a number typed there (`10.5` for 5 October, `2026` for the
 * year), which read as a serial would be a day of 1900–1949 and age the row silently as 90+.
 */
const EARLIEST_LEDGER_SERIAL = 18264;
/** The reason a number too small to be a ledger's date is refused (its Chinese text: parserReasons.ts). */
export const NUMBER_NOT_DATE = "a number, not a date (as an Excel date it would fall before 1950): type the date as YYYY-MM-DD";

/** Day of a date cell, or the reason it is not one (a string). */
export function dayOrReason(cell: RawCell, options: ParseDateOptions): DayNumber | string {
  if (typeof cell === "number") {
    // (Serial 60 keeps its own reason: Excel's phantom 1900-02-29.)
    if (cell >= 1 && cell < EARLIEST_LEDGER_SERIAL && Math.floor(cell) !== PHANTOM_LEAP_SERIAL) return NUMBER_NOT_DATE;
    const day = dayFromSerial(cell);
    if (day !== undefined) return day;
  }
  const result = parseDate(cell, options);
  return result.ok ? result.day : result.reason;
}

/**
 * True for a cell that moves no money: blank, or a zero as exports print the unused side of a
 * debit/credit pair (`0`, `0.00`, `-`, `¥0.00`). Odoo's Journal Items put 0 in Debit on every
 * payment row: that row is still a credit, never a zero invoice that swallows its payment.
 */
export function isNoMoney(cell: RawCell): boolean {
  if (cell === null || cell === "") return true;
  if (typeof cell === "number") return cell === 0;
  if (typeof cell !== "string") return false;
  if (cell.trim() === "") return true;
  const result = parseAmount(cell, amountMarker(cell)?.currency ?? "USD");
  return result.ok && result.minor === 0;
}
