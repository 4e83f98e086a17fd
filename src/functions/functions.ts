/**
 * The AR.* worksheet functions as Excel registers them. Only thin wrappers live here: the
 * custom-functions-metadata plugin reads this file's JSDoc to write functions.json, and its loader
 * appends `CustomFunctions.associate(id, fn)` for each. Arguments are declared `any[][]` so a cell
 * or a range may be given; a range gives a same-shaped spilled result. The work is in the
 * neighbouring modules, which return plain values and FunctionErrors; `toExcel` converts those.
 *
 * Volatility: the functions with an `as_of` date default it to today, so they are @volatile and
 * Excel recalculates them on every recalculation (and on open): a workbook opened tomorrow never
 * shows yesterday's aging. CREDIT_AVAILABLE does not depend on the date and is not volatile.
 */
/* eslint-disable @typescript-eslint/no-explicit-any -- Excel hands over untyped cells: the I/O edge */
import { agingCells, agingSummaryCells } from "./aging";
import { today } from "./clock";
import { creditAvailableCells } from "./creditAvailable";
import { daysOverdueCells } from "./daysOverdue";
import { dunningStageCells } from "./dunningStage";
import { toExcel } from "./errors";
import { lateInterestCells } from "./lateInterest";
import { agingFast, agingRangeFast, daysOverdueFast } from "./fastPath";
import { serialFromDay } from "../core/dates";

/** Today's serial, computed only when a fast path needs it (as_of omitted). */
const todaySerial = (): number => serialFromDay(today());

/**
 * Aging bucket of a due date: Current, 1-30, 31-60, 61-90 or 90+ (days past due, as of today or as_of).
 * @customfunction AGING
 * @volatile
 * @param due_date Due date (a date or date text such as 2026-10-31), or a range of them.
 * @param [as_of] Date to age at. Default: today.
 * @param [edges] Bucket edges in days, e.g. 30,60,90 (default) or a range such as {15,30,45,60,90,120}.
 * @returns The bucket label; empty when the due date is empty.
 */
export function aging(due_date: any[][], as_of?: any[][], edges?: any[][]): any[][] {
  return (
    agingFast(due_date, as_of, edges, todaySerial) ??
    agingRangeFast(due_date, as_of, edges, todaySerial, (cell) => toExcel(agingCells([[cell]], as_of, edges, today()))[0][0]) ??
    toExcel(agingCells(due_date, as_of, edges, today()))
  );
}

/**
 * Days past the due date: positive when overdue, 0 on the due date, negative before it.
 * @customfunction DAYS_OVERDUE
 * @volatile
 * @param due_date Due date, or a range of them.
 * @param [as_of] Date to count to. Default: today.
 * @returns Whole days overdue; empty when the due date is empty.
 */
export function daysOverdue(due_date: any[][], as_of?: any[][]): any[][] {
  return daysOverdueFast(due_date, as_of, todaySerial) ?? toExcel(daysOverdueCells(due_date, as_of, today()));
}

/**
 * Dunning stage of an invoice: None, Upcoming, Reminder 1, Reminder 2, Final notice or Collections.
 * @customfunction DUNNING_STAGE
 * @volatile
 * @param due_date Due date, or a range of them.
 * @param [balance] Open balance; 0, empty or negative means nothing to dun (None). Default: owed.
 * @param [as_of] Date to judge at. Default: today.
 * @param [policy] Policy range: stage, from days overdue[, fee, min amount], with or without a header row. Default: AR Desk's policy.
 * @returns The stage name; empty when the due date is empty.
 */
export function dunningStage(due_date: any[][], balance?: any[][], as_of?: any[][], policy?: any[][]): any[][] {
  return toExcel(dunningStageCells(due_date, balance, as_of, policy, today()));
}

/**
 * Credit still available: credit limit minus the balances (only the customer's when customer is given).
 * @customfunction CREDIT_AVAILABLE
 * @param credit_limit Credit limit, or a range of them (one per customer). Empty: #N/A, no limit set.
 * @param balances Open balances to add up (negative ones, credit notes, reduce the exposure).
 * @param [customer] Customer ID, or a range of them, whose balances count.
 * @param [balance_customers] Customer ID of each balance, the same size as balances.
 * @returns Limit minus exposure; negative when over the limit.
 */
export function creditAvailable(
  credit_limit: any[][],
  balances: any[][],
  customer?: any[][],
  balance_customers?: any[][],
): any[][] {
  return toExcel(creditAvailableCells(credit_limit, balances, customer, balance_customers));
}

/**
 * Late interest: balance × annual rate × (days overdue − grace days) / 365, rounded to the currency's unit.
 * @customfunction LATE_INTEREST
 * @volatile
 * @param balance Open balance, or a range of them.
 * @param due_date Due date, or a range of them.
 * @param annual_rate Annual rate, e.g. 0.08 or 8%.
 * @param [as_of] Date to charge to. Default: today.
 * @param [grace_days] Days after the due date that earn no interest. Default: 0.
 * @param [currency] Currency code, e.g. JPY for whole yen. Default: the one the balance names, else 2 decimals.
 * @returns The interest; 0 when not overdue beyond the grace days.
 */
export function lateInterest(
  balance: any[][],
  due_date: any[][],
  annual_rate: any[][],
  as_of?: any[][],
  grace_days?: any[][],
  currency?: any[][],
): any[][] {
  return toExcel(lateInterestCells(balance, due_date, annual_rate, as_of, grace_days, currency, today()));
}

/**
 * Aging table: a row of bucket labels over a row of balance totals per bucket.
 * @customfunction AGING_SUMMARY
 * @volatile
 * @param due_dates Due dates (a range).
 * @param balances Open balances, the same size as due_dates.
 * @param [as_of] Date to age at. Default: today.
 * @param [edges] Bucket edges in days. Default: 30,60,90.
 * @returns Two rows: labels, then totals (they add up to the sum of the balances).
 */
export function agingSummary(due_dates: any[][], balances: any[][], as_of?: any[][], edges?: any[][]): any[][] {
  return toExcel(agingSummaryCells(due_dates, balances, as_of, edges, today()));
}
