/**
 * Excel's two date systems. AR Desk's engine reads and writes serials of the 1900 system (serial
 * 1 = 1900-01-01, the default of every Excel); a workbook on the 1904 system (an option in Excel,
 * the default of old Mac workbooks) counts from 1904-01-01 = 0, so the same day is 1462 less.
 * Office.js has no property for the date system, but `workbook.functions.date(1904, 1, 1)`
 * answers in the workbook's own system: 0 in a 1904 workbook, 1462 in a 1900 one.
 */

/** Days between the systems' serials of the same day (1904-01-01 is 1462 in 1900 and 0 in 1904). */
export const DATE_1904_OFFSET = 1462;

export type DateSystem = "1900" | "1904";

/** The system from DATE(1904, 1, 1) evaluated by the workbook. */
export function dateSystemOf(serialOf19040101: unknown): DateSystem {
  return serialOf19040101 === 0 ? "1904" : "1900";
}

/**
 * True for a number format that shows a date (has a day or year code outside quotes, escapes and
 * brackets). Time-only formats (`h:mm`) and plain numbers are not dates.
 * @example isDateFormat("yyyy-mm-dd") //=> true
 * @example isDateFormat("[$-804]yyyy\"年\"m\"月\"d\"日\"") //=> true
 * @example isDateFormat("#,##0.00") //=> false
 */
export function isDateFormat(format: unknown): boolean {
  if (typeof format !== "string") return false;
  const codes = format
    .replace(/"[^"]*"/g, "")
    .replace(/\\./g, "")
    .replace(/\[[^\]]*\]/g, "");
  return /[dDyY]/.test(codes);
}

/** A serial read from a workbook in `system` as a 1900-system serial. */
export function toSerial1900(serial: number, system: DateSystem): number {
  return system === "1904" ? serial + DATE_1904_OFFSET : serial;
}

/** A 1900-system serial as the serial of the same day in `system`. */
export function fromSerial1900(serial: number, system: DateSystem): number {
  return system === "1904" ? serial - DATE_1904_OFFSET : serial;
}
