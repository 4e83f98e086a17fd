/**
 * Allocation-free readers for the hot columns: a number cell (the common case) is read without
 * building a result object; text goes through the full parsers. Private to the ledger.
 */
import type { RawCell } from "../../source";
import type { CurrencyCode, DayNumber, Minor } from "../../model";
import { amountMarker, parseAmount } from "../../money/parseAmount";
import { toMinor } from "../../money/decimal";
import { dayFromSerial } from "../../dates/excelSerial";
import { parseDate } from "../../dates/parseDate";
import type { ParseDateOptions } from "../../dates";

/** Minor units of an amount cell, or the reason it is not one (a string). */
export function amountOrReason(cell: RawCell, currency: CurrencyCode): Minor | string {
  if (typeof cell === "number" && Number.isFinite(cell) && Math.abs(cell) < 1e13) return toMinor(cell, currency);
  const result = parseAmount(cell, currency);
  return result.ok ? result.minor : result.reason;
}

/** Day of a date cell, or the reason it is not one (a string). */
export function dayOrReason(cell: RawCell, options: ParseDateOptions): DayNumber | string {
  if (typeof cell === "number") {
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
