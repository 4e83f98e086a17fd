/**
 * AR.LATE_INTEREST: open balance × annual rate × (days overdue − grace days) / 365, only when
 * positive, rounded half away from zero to the currency's minor unit (DESIGN §3).
 */
import type { DayNumber } from "../core/model";
import { daysOverdue } from "../core/aging";
import { DEFAULT_POLICY, lateInterest } from "../core/dunning";
import { minorToNumber } from "../core/money";
import { BLANK, PLAIN_CURRENCY, amountArg, asOfArg, currencyArg, dateArg, rateArg, wholeDaysArg } from "./args";
import { errorFromThrown, isFunctionError, notAvailable, type Output } from "./errors";
import { asMatrix, cellAt, liftedShape, mapShape } from "./matrix";

/**
 * @param currency - optional ISO code (`JPY`); else the one the balance text names; else 2 places.
 * @example
 * lateInterestCells([[1000]], [[45961]], [[0.08]], [[45991]], null, null, today) //=> [[6.58]]
 */
export function lateInterestCells(
  balance: unknown,
  dueDate: unknown,
  annualRate: unknown,
  asOf: unknown,
  graceDays: unknown,
  currency: unknown,
  today: DayNumber,
): Output[][] {
  const balances = asMatrix(balance);
  const due = asMatrix(dueDate);
  const rates = asMatrix(annualRate);
  const asOfs = asMatrix(asOf);
  const graces = asMatrix(graceDays);
  const currencies = asMatrix(currency);
  const shape = liftedShape([balances, due, rates, asOfs, graces, currencies]);
  return mapShape(shape, (r, c): Output => {
    const day = dateArg(cellAt(due, r, c), "due_date");
    if (day === BLANK) return "";
    if (isFunctionError(day)) return day;
    const code = currencyArg(cellAt(currencies, r, c));
    if (isFunctionError(code)) return code;
    const amount = amountArg(cellAt(balances, r, c), "balance", code ?? PLAIN_CURRENCY);
    if (isFunctionError(amount)) return amount;
    const rate = rateArg(cellAt(rates, r, c), "annual_rate");
    if (isFunctionError(rate)) return rate;
    if (rate === BLANK) return notAvailable("rateEmpty");
    const at = asOfArg(cellAt(asOfs, r, c), today);
    if (isFunctionError(at)) return at;
    const grace = wholeDaysArg(cellAt(graces, r, c), "grace_days");
    if (isFunctionError(grace)) return grace;
    if (amount === BLANK) return 0;
    try {
      const minor = lateInterest(amount.minor, amount.currency, rate, daysOverdue(day, at), grace === BLANK ? DEFAULT_POLICY.graceDays : grace);
      return minorToNumber(minor, amount.currency);
    } catch (error) {
      return errorFromThrown(error);
    }
  });
}
