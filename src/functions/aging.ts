/**
 * AR.AGING and AR.AGING_SUMMARY: the aging bucket of due dates (DESIGN §3, due-date basis) and the
 * bucket totals of a list of balances.
 */
import type { CurrencyCode, DayNumber, Minor } from "../core/model";
import { DEFAULT_AGING_EDGES, agingBucket, agingLabels, daysOverdue } from "../core/aging";
import { minorToNumber } from "../core/money";
import { BLANK, PLAIN_CURRENCY, amountArg, asOfArg, currencyInText, dateArg, edgesArg } from "./args";
import { isFunctionError, notAvailable, valueError, type FunctionError, type Output } from "./errors";
import { asMatrix, cellAt, cellsOf, liftedShape, mapShape, shapeOf, type Matrix } from "./matrix";

const DEFAULT_LABELS = agingLabels(DEFAULT_AGING_EDGES, "due");

let lastEdges: readonly number[] | undefined;
let lastLabels: readonly string[] = DEFAULT_LABELS;

/** Due-basis labels; computed once per edges list (edgesArg hands back the same list for the same edges). */
function labelsOf(edges: readonly number[]): readonly string[] {
  if (edges === DEFAULT_AGING_EDGES) return DEFAULT_LABELS;
  if (edges !== lastEdges) {
    lastLabels = agingLabels(edges, "due");
    lastEdges = edges;
  }
  return lastLabels;
}

/**
 * Bucket label per due date: `Current`, `1-30`, `31-60`, `61-90`, `90+` with the default edges.
 * An empty due date gives "".
 *
 * @example
 * agingCells([[45961]], [[45991]], null, today) //=> [["1-30"]]   (2025-10-31 due, 30 days later)
 */
export function agingCells(dueDate: unknown, asOf: unknown, edges: unknown, today: DayNumber): Output[][] {
  const due = asMatrix(dueDate);
  const asOfs = asMatrix(asOf);
  const shape = liftedShape([due, asOfs]);
  const edgeList = edgesArg(asMatrix(edges));
  if (isFunctionError(edgeList)) return mapShape(shape, () => edgeList);
  const labels = labelsOf(edgeList);
  return mapShape(shape, (r, c): Output => {
    const day = dateArg(cellAt(due, r, c), "due_date");
    if (day === BLANK) return "";
    if (isFunctionError(day)) return day;
    const at = asOfArg(cellAt(asOfs, r, c), today);
    if (isFunctionError(at)) return at;
    return labels[agingBucket(daysOverdue(day, at), edgeList, "due")];
  });
}

/** The one currency the balances name in their text, or PLAIN_CURRENCY; an error when they name two. */
export function currencyOfAmounts(matrix: Matrix | undefined, name: string): CurrencyCode | FunctionError {
  let found: CurrencyCode | undefined;
  for (const cell of cellsOf(matrix)) {
    if (typeof cell !== "string") continue;
    const code = currencyInText(cell);
    if (!code || code === found) continue;
    if (found) return valueError("mixedCurrencies", { arg: name, found, code });
    found = code;
  }
  return found ?? PLAIN_CURRENCY;
}

/**
 * A 2-row table: bucket labels, then the total balance per bucket (totals add up to the sum of the
 * balances). Rows whose due date is empty are skipped when their balance is empty or zero; an
 * empty due date with a balance is missing data (#N/A).
 *
 * @example
 * agingSummaryCells([[45961], [45990]], [[100], [50]], [[45991]], null, today)
 * //=> [["Current", "1-30", "31-60", "61-90", "90+"], [50, 100, 0, 0, 0]]
 */
export function agingSummaryCells(
  dueDates: unknown,
  balances: unknown,
  asOf: unknown,
  edges: unknown,
  today: DayNumber,
): Output[][] {
  const due = asMatrix(dueDates) ?? [[null]];
  const amounts = asMatrix(balances) ?? [[null]];
  const dueShape = shapeOf(due);
  const amountShape = shapeOf(amounts);
  if (dueShape.rows !== amountShape.rows || dueShape.columns !== amountShape.columns) {
    return [[valueError("sizesDiffer", { a: "due_dates", aRows: dueShape.rows, aColumns: dueShape.columns, b: "balances", bRows: amountShape.rows, bColumns: amountShape.columns })]];
  }
  const asOfs = asMatrix(asOf);
  if (asOfs && cellsOf(asOfs).length > 1) return [[valueError("asOfRange")]];
  const at = asOfArg(cellAt(asOfs, 0, 0), today);
  if (isFunctionError(at)) return [[at]];
  const edgeList = edgesArg(asMatrix(edges));
  if (isFunctionError(edgeList)) return [[edgeList]];
  const currency = currencyOfAmounts(amounts, "balances");
  if (isFunctionError(currency)) return [[currency]];

  const labels = [...labelsOf(edgeList)];
  const totals: Minor[] = labels.map(() => 0);
  for (let r = 0; r < dueShape.rows; r++) {
    for (let c = 0; c < dueShape.columns; c++) {
      const where: { row: number; column?: number } = dueShape.columns === 1 ? { row: r + 1 } : { row: r + 1, column: c + 1 };
      const amount = amountArg(amounts[r][c], { arg: "balances", ...where }, currency);
      if (isFunctionError(amount)) return [[amount]];
      const minor = amount === BLANK ? 0 : amount.minor;
      const day = dateArg(due[r][c], { arg: "due_dates", ...where });
      if (isFunctionError(day)) return [[day]];
      if (day === BLANK) {
        if (minor === 0) continue;
        return [[notAvailable("dueEmpty", { arg: "due_dates", row: where.row, ...(where.column !== undefined ? { column: where.column } : {}), balance: minorToNumber(minor, currency) })]];
      }
      totals[agingBucket(daysOverdue(day, at), edgeList, "due")] += minor;
    }
  }
  return [labels, totals.map((minor) => minorToNumber(minor, currency))];
}
