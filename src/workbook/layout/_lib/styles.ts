/** Shared cell styles of the generated sheets. Private to layout/. */
import type { CellStyle, SpecValue } from "../../spec";
import type { CurrencyCode, DayNumber, Minor } from "../../../core/model";
import { currencyNumberFormat, minorToNumber } from "./core";
import { DATE_FORMAT } from "../text";

export const TITLE: CellStyle = { bold: true, size: 16 };
export const SUBTITLE: CellStyle = { bold: true, size: 12 };
export const BOLD: CellStyle = { bold: true };
export const NOTE: CellStyle = { italic: true, color: "595959" };
export const HEADER: CellStyle = { bold: true, fill: "D9E1F2", border: "thin-bottom", wrap: true, valign: "bottom" };
export const DATE: CellStyle = { numberFormat: DATE_FORMAT, align: "left" };

/** A date cell value. */
export function dateValue(day: DayNumber): SpecValue {
  return { date: day };
}

/** The number format of a currency's amounts (JPY 0 places). */
export function moneyStyle(currency: CurrencyCode, extra?: CellStyle): CellStyle {
  return { ...extra, numberFormat: currencyNumberFormat(currency) };
}

/** Minor units as the number a cell holds. */
export function moneyValue(minor: Minor, currency: CurrencyCode): number {
  return minorToNumber(minor, currency);
}
