/**
 * Exact conversions between decimal amounts and integer minor units. The only place (with
 * parseAmount and format) that touches decimal.js: binary fractions never decide a cent.
 */
import Decimal from "decimal.js";
import type { CurrencyCode, Minor } from "../model";
import { minorUnitsOf } from "./currency";

/** A private decimal.js configuration: enough precision for any amount × rate × factor. */
const Exact = Decimal.clone({ precision: 60, rounding: Decimal.ROUND_HALF_UP, toExpNeg: -30, toExpPos: 40 });

export const DECIMAL_ERRORS = {
  notFinite: "decimal: amount is not a finite number",
  notDecimal: "decimal: text is not a decimal number",
  tooLarge: "decimal: amount is too large to hold exactly",
  badFactor: "decimal: factor must be a safe integer and the denominator non-zero",
} as const;

/** Plain decimal text: optional sign, digits, optional fraction. No exponent, no grouping. */
const DECIMAL_TEXT = /^[+-]?(?:\d+\.?\d*|\.\d+)$/;

/** Powers of ten by minor units, to avoid Math.pow in the hot path. */
const SCALE = [1, 10, 100, 1000, 10000];

/**
 * True for plain decimal text such as `-1234.50`, `0.08`, `.5` (no grouping, no exponent).
 *
 * @example
 * isDecimalText("2.5") //=> true
 * isDecimalText("1,000") //=> false
 */
export function isDecimalText(text: string): boolean {
  return DECIMAL_TEXT.test(text.trim());
}

function checkSafe(minor: number): Minor {
  if (!Number.isSafeInteger(minor)) throw new RangeError(DECIMAL_ERRORS.tooLarge);
  return minor + 0;
}

/** Rounds a decimal.js value to whole units, half away from zero (四舍五入). */
function roundHalfAwayFromZero(value: Decimal): Minor {
  return checkSafe(value.toDecimalPlaces(0, Decimal.ROUND_HALF_UP).toNumber());
}

/**
 * Converts an amount to integer minor units of a currency, rounding half away from zero.
 *
 * A JS number is read as the decimal it prints as (`1.005` is 1.005, not the binary
 * 1.00499999…), so `toMinor(1.005, "USD")` is 101. Numbers that already are an exact amount
 * (the common case: `1234.5`) take a fast path without decimal.js.
 *
 * @param value - a number, or plain decimal text (`"-1234.505"`).
 * @param power - the amount is in units of 10^power (4 for 万元, 3 for thousands); default 0.
 * @throws RangeError for non-finite numbers, text that is not a decimal, or amounts beyond 2^53 minor units.
 * @example
 * toMinor(1234.5, "USD") //=> 123450
 * toMinor("-0.005", "USD") //=> -1
 * toMinor(1234.5, "JPY") //=> 1235
 */
export function toMinor(value: number | string, currency: CurrencyCode, power = 0): Minor {
  const units = minorUnitsOf(currency);
  if (power !== 0) {
    // An amount stated in 万元 / thousands: shifted exactly before rounding to the minor unit.
    const text = typeof value === "number" ? String(value) : value.trim();
    if (typeof value === "number" && !Number.isFinite(value)) throw new RangeError(DECIMAL_ERRORS.notFinite);
    if (typeof value === "string" && !DECIMAL_TEXT.test(text)) throw new RangeError(`${DECIMAL_ERRORS.notDecimal}: "${value}"`);
    return roundHalfAwayFromZero(new Exact(text).times(SCALE[units]).times(new Exact(10).pow(power)));
  }
  if (typeof value === "number") {
    if (!Number.isFinite(value)) throw new RangeError(DECIMAL_ERRORS.notFinite);
    const scale = SCALE[units];
    const scaled = Math.round(value * scale);
    // Exactly a k/scale double: k is the amount. Otherwise (1.005, 0.1 + 0.2) go exact.
    if (scaled / scale === value && Number.isSafeInteger(scaled)) return scaled + 0;
    return roundHalfAwayFromZero(new Exact(String(value)).times(scale));
  }
  const text = value.trim();
  if (!DECIMAL_TEXT.test(text)) throw new RangeError(`${DECIMAL_ERRORS.notDecimal}: "${value}"`);
  return roundHalfAwayFromZero(new Exact(text).times(SCALE[units]));
}

/**
 * A number times 10^power as plain decimal text, exactly (the number read as the decimal it
 * prints as): for amounts a header states in 万元 or thousands.
 *
 * @example shiftDecimal(12.3456, 4) //=> "123456"
 * @example shiftDecimal(-0.125, 3) //=> "-125"
 */
export function shiftDecimal(value: number, power: number): string {
  if (!Number.isFinite(value)) throw new RangeError(DECIMAL_ERRORS.notFinite);
  return new Exact(String(value)).times(new Exact(10).pow(power)).toFixed();
}

/**
 * Minor units as plain decimal text with the currency's places, for storage and parsing.
 *
 * @example
 * minorToDecimalString(123450, "USD") //=> "1234.50"
 * minorToDecimalString(-5, "USD") //=> "-0.05"
 * minorToDecimalString(1200, "JPY") //=> "1200"
 */
export function minorToDecimalString(minor: Minor, currency: CurrencyCode): string {
  const units = minorUnitsOf(currency);
  const digits = String(Math.abs(minor));
  const sign = minor < 0 ? "-" : "";
  if (units === 0) return sign + digits;
  const padded = digits.padStart(units + 1, "0");
  return `${sign}${padded.slice(0, -units)}.${padded.slice(-units)}`;
}

/**
 * Minor units as a JS number in major units, for writing into a cell. The nearest double to the
 * exact amount, so Excel shows it exactly with the currency's places.
 *
 * @example
 * minorToNumber(123450, "USD") //=> 1234.5
 */
export function minorToNumber(minor: Minor, currency: CurrencyCode): number {
  return minor / SCALE[minorUnitsOf(currency)] + 0;
}

/**
 * Multiplies an amount by a decimal rate and an optional integer fraction, rounding the result
 * half away from zero to the minor unit. Used for interest, discounts and provisions.
 *
 * @param minor - the amount in minor units.
 * @param rateText - decimal text, e.g. `"0.08"` (8 %) or `"2"` with factorDen 100 for 2 %.
 * @param factorNum - integer numerator (e.g. days overdue).
 * @param factorDen - integer denominator (e.g. 365), non-zero.
 * @throws RangeError for a rate that is not decimal text or a bad factor.
 * @example
 * applyRate(100000, "0.08", "USD", 30, 365) //=> 658 (USD 6.58 interest on USD 1,000 for 30 days at 8 %)
 * applyRate(12345, "0.05", "USD") //=> 617 (617.25 rounds down)
 */
export function applyRate(
  minor: Minor,
  rateText: string,
  currency: CurrencyCode,
  factorNum = 1,
  factorDen = 1,
): Minor {
  void currency; // minor units are already in the currency's unit; kept for call-site clarity.
  const rate = rateText.trim();
  if (!DECIMAL_TEXT.test(rate)) throw new RangeError(`${DECIMAL_ERRORS.notDecimal}: "${rateText}"`);
  if (!Number.isSafeInteger(factorNum) || !Number.isSafeInteger(factorDen) || factorDen === 0) {
    throw new RangeError(DECIMAL_ERRORS.badFactor);
  }
  if (minor === 0 || factorNum === 0) return 0;
  return roundHalfAwayFromZero(new Exact(minor).times(rate).times(factorNum).dividedBy(factorDen));
}

/**
 * Compares two plain decimal texts exactly.
 *
 * @returns negative, zero or positive like a sort comparator.
 * @example
 * compareDecimalText("0.10", "0.1") //=> 0
 */
export function compareDecimalText(a: string, b: string): number {
  if (!DECIMAL_TEXT.test(a.trim()) || !DECIMAL_TEXT.test(b.trim())) {
    throw new RangeError(`${DECIMAL_ERRORS.notDecimal}: "${a}" / "${b}"`);
  }
  return new Exact(a.trim()).comparedTo(b.trim());
}
