/**
 * AR.DUNNING_STAGE: the dunning stage an invoice has reached under the default policy or a policy
 * range (columns stage, from-days[, fee, min amount], header optional).
 */
import type { DayNumber } from "../core/model";
import type { RawCell } from "../core/source";
import { daysOverdue } from "../core/aging";
import { DEFAULT_POLICY, invoiceStage, policyFromRows, type DunningPolicy, type PolicyError } from "../core/dunning";
import { BLANK, PLAIN_CURRENCY, amountArg, asOfArg, dateArg } from "./args";
import { isFunctionError, valueError, type FunctionError, type Output } from "./errors";
import { asMatrix, cellAt, liftedShape, mapShape, type Matrix } from "./matrix";

/** Open balance assumed when `balance` is omitted: the stage then follows the days alone. */
const UNKNOWN_BALANCE = Number.MAX_SAFE_INTEGER;

// One-entry cache: a sheet of DUNNING_STAGE formulas passes the same policy range every call.
let cachedKey: string | undefined;
let cachedPolicy: DunningPolicy | FunctionError = DEFAULT_POLICY;

/** The policy from a range, or the default when omitted. */
export function policyArg(matrix: Matrix | undefined): DunningPolicy | FunctionError {
  if (!matrix) return DEFAULT_POLICY;
  const rows: RawCell[][] = [];
  for (const row of matrix) {
    const cells: RawCell[] = [];
    for (const cell of row) {
      if (isFunctionError(cell)) return cell;
      cells.push(cell === undefined ? null : cell);
    }
    // An empty row of the range arrives as zeros from Excel desktop (nulls on the web): blank it.
    rows.push(cells.every((cell) => cell === 0 || cell === null || cell === "") ? cells.map(() => null) : cells);
  }
  const key = JSON.stringify(rows);
  if (key !== cachedKey) {
    const result = policyFromRows(rows);
    cachedPolicy = result.ok ? result.policy : policyError(result.errors[0], result.message);
    cachedKey = key;
  }
  return cachedPolicy;
}

/**
 * @example
 * dunningStageCells([[45961]], [[100]], [[45976]], null, today) //=> [["Reminder 2"]]  (15 days overdue)
 * dunningStageCells([[45961]], [[0]], [[45976]], null, today) //=> [["None"]]        (paid)
 */
export function dunningStageCells(
  dueDate: unknown,
  balance: unknown,
  asOf: unknown,
  policy: unknown,
  today: DayNumber,
): Output[][] {
  const due = asMatrix(dueDate);
  const balances = asMatrix(balance);
  const asOfs = asMatrix(asOf);
  const shape = liftedShape([due, balances, asOfs]);
  const rules = policyArg(asMatrix(policy));
  if (isFunctionError(rules)) return mapShape(shape, () => rules);
  return mapShape(shape, (r, c): Output => {
    const day = dateArg(cellAt(due, r, c), "due_date");
    if (day === BLANK) return "";
    if (isFunctionError(day)) return day;
    const at = asOfArg(cellAt(asOfs, r, c), today);
    if (isFunctionError(at)) return at;
    let open = UNKNOWN_BALANCE;
    let currency = PLAIN_CURRENCY;
    if (balances) {
      const amount = amountArg(cellAt(balances, r, c), "balance");
      if (isFunctionError(amount)) return amount;
      if (amount === BLANK) {
        open = 0; // an empty balance cell: nothing owed
      } else {
        open = amount.minor;
        currency = amount.currency;
      }
    }
    return invoiceStage(daysOverdue(day, at), open, currency, false, rules);
  });
}

/** #VALUE! for a policy range it cannot use: the first problem, coded (its Chinese from core/dunning's policy texts). */
function policyError(first: PolicyError | undefined, message: string): FunctionError {
  if (first === undefined) return valueError("badPolicy", { message, problem: "" });
  return valueError("badPolicy", { ...first.params, message, problem: first.problem, row: first.row, column: first.column, value: first.value });
}
