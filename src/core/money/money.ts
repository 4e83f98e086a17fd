/**
 * Money values: immutable {currency, minor} pairs and the arithmetic that keeps currencies
 * apart. Adding USD to CNY throws at run time and, for literal currency types, does not compile.
 */
import type { CurrencyCode, Minor, Money } from "../model";

export type { Money } from "../model";

/** Guard messages, constant so tests can pin them. */
export const MONEY_ERRORS = {
  notInteger: "money: minor units must be a safe integer",
  mismatch: "money: cannot combine different currencies",
  noCurrency: "money: currency code is empty",
} as const;

function checkMinor(minor: number): void {
  if (!Number.isSafeInteger(minor)) throw new RangeError(`${MONEY_ERRORS.notInteger} (got ${minor})`);
}

function checkSame(a: Money, b: Money): void {
  if (a.currency !== b.currency) {
    throw new TypeError(`${MONEY_ERRORS.mismatch} (${a.currency} and ${b.currency})`);
  }
}

/**
 * Makes a Money value (readonly; never mutate it).
 *
 * @param minor - whole minor units (cents, fen, yen).
 * @example
 * money(123450, "USD") //=> { currency: "USD", minor: 123450 } (USD 1,234.50)
 */
export function money<C extends CurrencyCode>(minor: Minor, currency: C): Money<C> {
  checkMinor(minor);
  if (!currency) throw new TypeError(MONEY_ERRORS.noCurrency);
  // `+ 0` turns -0 into 0 so equal amounts compare equal in tests and Object.is. Immutability is
  // by type (readonly fields), not Object.freeze: the ledger makes a million of these.
  return { currency, minor: minor + 0 };
}

/** Zero in a currency. */
export function zero<C extends CurrencyCode>(currency: C): Money<C> {
  return money(0, currency);
}

/**
 * Sum of two amounts in the same currency.
 *
 * @throws TypeError when the currencies differ.
 * @example
 * add(money(100, "USD"), money(250, "USD")) //=> USD 3.50
 */
export function add<C extends CurrencyCode>(augend: Money<C>, addend: Money<NoInfer<C>>): Money<C> {
  checkSame(augend, addend);
  return money(augend.minor + addend.minor, augend.currency);
}

/**
 * Difference of two amounts in the same currency.
 *
 * @throws TypeError when the currencies differ.
 */
export function subtract<C extends CurrencyCode>(minuend: Money<C>, subtrahend: Money<NoInfer<C>>): Money<C> {
  checkSame(minuend, subtrahend);
  return money(minuend.minor - subtrahend.minor, minuend.currency);
}

/** The amount with its sign flipped. */
export function negate<C extends CurrencyCode>(amount: Money<C>): Money<C> {
  return money(-amount.minor, amount.currency);
}

export function isZero(amount: Money): boolean {
  return amount.minor === 0;
}

export function isPositive(amount: Money): boolean {
  return amount.minor > 0;
}

export function isNegative(amount: Money): boolean {
  return amount.minor < 0;
}

/** True when both have the same currency and amount. */
export function equalsMoney(a: Money, b: Money): boolean {
  return a.currency === b.currency && a.minor === b.minor;
}

/**
 * Sum of a list of amounts, all in `currency`. An empty list gives zero in that currency.
 *
 * @throws TypeError when an item has another currency.
 * @example
 * sumMoney([money(100, "CNY"), money(5, "CNY")], "CNY") //=> CNY 1.05
 */
export function sumMoney<C extends CurrencyCode>(list: Iterable<Money<NoInfer<C>>>, currency: C): Money<C> {
  let total = 0;
  for (const item of list) {
    if (item.currency !== currency) {
      throw new TypeError(`${MONEY_ERRORS.mismatch} (${currency} and ${item.currency})`);
    }
    total += item.minor;
  }
  return money(total, currency);
}
