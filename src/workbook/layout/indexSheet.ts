/**
 * The `Index` sheet: one row per statement in the Excel table `StatementIndex` (DESIGN §5), with
 * the statement's totals, its aging, stage and a link to its sheet; then totals per currency
 * (currencies are never added together).
 */
import type { Statement } from "../../core/statements";
import type { CurrencyCode, Minor } from "../../core/model";
import type { SheetSpec } from "../spec";
import { Grid, rangeA1, sheetLink } from "./_lib/grid";
import { BOLD, HEADER, NOTE, SUBTITLE, TITLE, moneyStyle, moneyValue } from "./_lib/styles";
import { dayText } from "./text";

export const INDEX_SHEET = "Index";
export const INDEX_TABLE = "StatementIndex";

export interface IndexSheetOptions {
  /** Final sheet name, default `Index`. */
  readonly name?: string;
}

/** Row of the table's header. */
export const INDEX_HEADER_ROW = 4;

/** Bucket labels of all statements, in first-seen order (they normally share one set). */
export function bucketLabelsOf(statements: readonly Statement[]): string[] {
  const labels: string[] = [];
  for (const statement of statements) for (const label of statement.aging.labels) if (!labels.includes(label)) labels.push(label);
  return labels;
}

/** The `StatementIndex` column headers for these bucket labels. */
export function indexHeaders(labels: readonly string[]): string[] {
  return ["CustomerID", "Customer", "Currency", "Opening", "Invoiced", "Paid", "Credits", "Closing", ...labels, "Overdue", "Stage", "Sheet"];
}

/**
 * Lays out the index of statements.
 *
 * @param sheetNames - the final name of each statement's sheet, same order as `statements`
 * @example
 * indexSheet([statement], ["C001 Acme Ltd"])
 * //=> table StatementIndex; the Sheet cell reads "C001 Acme Ltd" and links to #'C001 Acme Ltd'!A1
 */
export function indexSheet(statements: readonly Statement[], sheetNames: readonly string[], options: IndexSheetOptions = {}): SheetSpec {
  if (sheetNames.length !== statements.length) throw new RangeError("indexSheet: one sheet name per statement is required");
  const labels = bucketLabelsOf(statements);
  const headers = indexHeaders(labels);
  const grid = new Grid();
  const top = INDEX_HEADER_ROW;
  const first = statements[0];
  grid.put(1, 1, first?.period.label ? `Statements ${first.period.label}` : "Statements", TITLE);
  grid.put(
    2,
    1,
    first
      ? `As of ${dayText(first.statementDate, "en")}. One row per statement; click a sheet name to open it. Amounts are in each row's currency.`
      : "No customer has anything open or any activity in the period: no statements.",
    NOTE,
  );
  grid.line(top, 1, headers, HEADER);

  const totals = new Map<CurrencyCode, Minor[]>();
  const overdueCol = 9 + labels.length;
  statements.forEach((statement, i) => {
    const row = top + 1 + i;
    const ccy = statement.currency;
    const money = moneyStyle(ccy);
    const put = (col: number, minor: Minor | undefined): void => grid.put(row, col, minor === undefined ? null : moneyValue(minor, ccy), money);
    const t = statement.totals;
    grid.put(row, 1, statement.customer.id);
    grid.put(row, 2, statement.customer.name);
    grid.put(row, 3, ccy);
    put(4, t?.opening);
    put(5, t?.invoiced);
    put(6, t?.paid);
    put(7, t?.credits);
    put(8, t?.closing ?? statement.totalDue);
    const buckets = labels.map((label) => {
      const at = statement.aging.labels.indexOf(label);
      return at < 0 ? 0 : statement.aging.amounts[at] ?? 0;
    });
    buckets.forEach((amount, b) => put(9 + b, amount));
    put(overdueCol, statement.overdue);
    grid.put(row, overdueCol + 1, statement.stage);
    grid.put(row, overdueCol + 2, sheetNames[i], { color: "0563C1" }, sheetLink(sheetNames[i]));

    const sum = totals.get(ccy) ?? new Array<Minor>(labels.length + 2).fill(0);
    sum[0] += t?.closing ?? statement.totalDue;
    buckets.forEach((amount, b) => (sum[1 + b] += amount));
    sum[labels.length + 1] += statement.overdue;
    totals.set(ccy, sum);
  });

  const rowCount = Math.max(1, statements.length); // Excel tables need one data row
  let row = top + rowCount + 2;
  if (totals.size > 0) {
    grid.put(row, 1, "Totals by currency", SUBTITLE);
    row += 1;
    grid.line(row, 3, ["Currency", null, null, null, null, "Closing", ...labels, "Overdue"], HEADER);
    row += 1;
    for (const [ccy, sum] of [...totals].sort(([a], [b]) => a.localeCompare(b))) {
      const money = moneyStyle(ccy, BOLD);
      grid.put(row, 3, ccy, BOLD);
      grid.put(row, 8, moneyValue(sum[0], ccy), money);
      labels.forEach((_, b) => grid.put(row, 9 + b, moneyValue(sum[1 + b], ccy), money));
      grid.put(row, overdueCol, moneyValue(sum[labels.length + 1], ccy), money);
      row += 1;
    }
  }
  const lastCol = headers.length;
  return {
    name: options.name ?? INDEX_SHEET,
    role: "index",
    cells: grid.cells,
    columnWidths: [12, 30, 9, 13, 13, 13, 13, 14, ...labels.map(() => 13), 14, 13, 30],
    tables: [{ name: INDEX_TABLE, top, left: 1, headers, rowCount, style: "TableStyleMedium2" }],
    freezeRows: top,
    print: { area: rangeA1(1, 1, Math.max(row - 1, top + rowCount), lastCol), fitToWidth: true, landscape: true, repeatRows: [top, top] },
  };
}
