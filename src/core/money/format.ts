/**
 * Showing money to people: `USD 1,234.50` in English, `¥1,234.50` for yuan in Chinese, and the
 * Excel number format that shows a currency's places.
 */
import type { Language, Minor, Money, CurrencyCode } from "../model";
import { minorUnitsOf } from "./currency";
import { minorToDecimalString } from "./decimal";

/**
 * An amount with thousands separators and the currency's places, no currency.
 *
 * @example
 * formatAmount(-123450, "USD") //=> "-1,234.50"
 * formatAmount(1234567, "JPY") //=> "1,234,567"
 */
export function formatAmount(minor: Minor, currency: CurrencyCode): string {
  const text = minorToDecimalString(Math.abs(minor), currency);
  const point = text.indexOf(".");
  const whole = point < 0 ? text : text.slice(0, point);
  const fraction = point < 0 ? "" : text.slice(point);
  let grouped = "";
  for (let i = 0; i < whole.length; i++) {
    if (i > 0 && (whole.length - i) % 3 === 0) grouped += ",";
    grouped += whole[i];
  }
  return `${minor < 0 ? "-" : ""}${grouped}${fraction}`;
}

/**
 * Money for a statement or an email: the ISO code then the amount (`USD 1,234.50`,
 * `USD -5.00`); in Chinese, yuan are written `¥1,234.50` (`-¥5.00`) as a Chinese reader expects.
 * parseAmount reads every output back to the same amount.
 *
 * @example
 * formatMoney(money(123450, "USD"), "en") //=> "USD 1,234.50"
 * formatMoney(money(123450, "CNY"), "zh") //=> "¥1,234.50"
 */
export function formatMoney(amount: Money, language: Language): string {
  if (language === "zh" && amount.currency === "CNY") {
    return `${amount.minor < 0 ? "-" : ""}¥${formatAmount(Math.abs(amount.minor), "CNY")}`;
  }
  return `${amount.currency} ${formatAmount(amount.minor, amount.currency)}`;
}

/**
 * Excel number format showing a currency's places with thousands separators.
 *
 * @example
 * currencyNumberFormat("USD") //=> "#,##0.00"
 * currencyNumberFormat("JPY") //=> "#,##0"
 */
export function currencyNumberFormat(code: CurrencyCode): string {
  const units = minorUnitsOf(code);
  return units === 0 ? "#,##0" : `#,##0.${"0".repeat(units)}`;
}
