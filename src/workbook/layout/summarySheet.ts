/**
 * The `AR Summary` sheet (DESIGN §5): aging per customer with credit limit, available credit,
 * stage and bad-debt provision; totals, provision and DSO per currency (currencies are never
 * added together); one column chart of the bucket totals per currency.
 */
import type { CurrencyCode, DayNumber, UnreadRows } from "../../core/model";
import { unreadSentence } from "../../core/ledger";
import type { Statement } from "../../core/statements";
import type { Settings } from "../../core/settings";
import type { ChartSpec, SheetSpec } from "../spec";
import { Grid, a1, rangeA1 } from "./_lib/grid";
import { arFigures, provisionRatesOf, type FiguresLine } from "../../core/metrics";
import { BOLD, HEADER, NOTE, SUBTITLE, TITLE, moneyStyle, moneyValue } from "./_lib/styles";
import { bucketLabelsOf } from "./indexSheet";
import { dayText } from "./text";

export const SUMMARY_SHEET = "AR Summary";
export const SUMMARY_TABLE = "ARSummary";

/** One customer in one currency: its figures (core metrics accountFigures) and stage. */
export interface SummaryRow extends FiguresLine {
  readonly stage: string;
}

export interface ArSummary {
  readonly asOf: DayNumber;
  readonly labels: readonly string[];
  readonly rows: readonly SummaryRow[];
  /** Days sales outstanding per currency (core metrics); missing = not available. */
  readonly dso?: Readonly<Record<CurrencyCode, number | undefined>>;
  /** Payment behaviour per customer ID (core metrics paymentBehaviour): who is slipping. */
  readonly behaviour?: ReadonlyMap<string, { readonly averageDaysLate: number; readonly shareLate: number; readonly paidCount: number; readonly grade?: string }>;
  /** Ledger rows not read (with their money): said in the header, so a smaller total is never silent. */
  readonly unread?: UnreadRows;
}

export interface SummarySheetOptions {
  /** Final sheet name, default `AR Summary`. */
  readonly name?: string;
  /** false when the writer cannot write charts (ExcelJS): a note says where the chart appears. */
  readonly chartsSupported?: boolean;
}

/** The summary rows of a set of statements (their as-of day, aging, balance and stage). */
export function summaryFromStatements(statements: readonly Statement[], dso?: ArSummary["dso"]): ArSummary {
  const labels = bucketLabelsOf(statements);
  return {
    asOf: statements[0]?.statementDate ?? (0 as DayNumber),
    labels,
    rows: statements.map((s) => ({
      customer: s.customer,
      currency: s.currency,
      aging: labels.map((label) => s.aging.amounts[s.aging.labels.indexOf(label)] ?? 0),
      balance: s.totalDue,
      overdue: s.overdue,
      unapplied: s.unapplied,
      stage: s.stage,
    })),
    dso,
  };
}

const HEADER_ROW = 5;
const NA = "n/a";

/**
 * Lays out the AR summary.
 *
 * @example
 * summarySheet(summaryFromStatements(statements, { USD: 41.5 }), settings, { chartsSupported: true })
 * //=> table ARSummary, totals per currency, one ChartSpec per currency
 */
export function summarySheet(summary: ArSummary, settings: Pick<Settings, "provisionRates">, options: SummarySheetOptions = {}): SheetSpec {
  const { labels } = summary;
  const n = labels.length;
  // Every figure comes from the core (provision, credit, totals): this layout only places cells.
  const rates = provisionRatesOf(n, settings.provisionRates);
  const figures = arFigures(summary.rows, rates);
  const grid = new Grid();
  grid.put(1, 1, "AR Summary", TITLE);
  grid.put(2, 1, `As of ${dayText(summary.asOf, "en")}. Every total is per currency: currencies are never added together.`, NOTE);
  if (options.chartsSupported === false) {
    grid.put(3, 1, "Charts appear when AR Desk writes this sheet inside Excel; this file was written without them.", NOTE);
  }
  const unread = unreadSentence(summary.unread, "en");
  if (unread !== undefined) grid.put(4, 1, `${unread}: see the Data issues (ar-desk check).`, BOLD);
  const top = HEADER_ROW;
  const headers = ["CustomerID", "Customer", "Currency", ...labels, "Balance", "Overdue", "Credit limit", "Available credit", "Stage", "Provision", "Avg days late", "Paid late", "Grade"];
  grid.line(top, 1, headers, HEADER);

  figures.lines.forEach(({ line: item, provisionTotal, credit }, i) => {
    const row = top + 1 + i;
    const ccy = item.currency;
    const money = moneyStyle(ccy);
    const limit = credit.limit;
    const hasLimit = limit !== undefined;
    grid.put(row, 1, item.customer.id);
    grid.put(row, 2, item.customer.name);
    grid.put(row, 3, ccy);
    item.aging.forEach((amount, b) => grid.put(row, 4 + b, moneyValue(amount, ccy), money));
    grid.put(row, 4 + n, moneyValue(item.balance, ccy), money);
    grid.put(row, 5 + n, moneyValue(item.overdue, ccy), money);
    // No limit set = not applicable: never "unlimited", never zero (DESIGN §3 Credit).
    grid.put(row, 6 + n, hasLimit ? moneyValue(limit.minor, ccy) : NA, hasLimit ? money : { align: "right" });
    const available = credit.available?.minor;
    grid.put(row, 7 + n, available === undefined ? NA : moneyValue(available, ccy), available === undefined ? { align: "right" } : moneyStyle(ccy, available < 0 ? { color: "C00000", bold: true } : {}));
    grid.put(row, 8 + n, item.stage);
    grid.put(row, 9 + n, moneyValue(provisionTotal, ccy), money);
    // No settled invoices = no history to grade: "n/a", never a flattering A.
    const habit = summary.behaviour?.get(item.customer.id);
    const graded = habit !== undefined && habit.paidCount > 0;
    grid.put(row, 10 + n, graded ? Math.round(habit.averageDaysLate * 10) / 10 : NA, graded ? { numberFormat: "0.0", align: "right" } : { align: "right" });
    grid.put(row, 11 + n, graded ? habit.shareLate : NA, graded ? { numberFormat: "0%", align: "right" } : { align: "right" });
    grid.put(row, 12 + n, graded && habit.grade ? habit.grade : NA, { align: "center" });
  });
  const rowCount = Math.max(1, summary.rows.length); // Excel tables need one data row

  // Totals by currency: the label row doubles as the charts' categories.
  let row = top + rowCount + 2;
  grid.put(row, 1, "Totals by currency", SUBTITLE);
  row += 1;
  const labelRow = row;
  grid.line(row, 1, ["Currency", ...labels, "Balance", "Overdue", "Provision", "DSO (days)"], HEADER);
  row += 1;
  const totalRows = new Map<CurrencyCode, number>();
  for (const sum of figures.totals) {
    const ccy = sum.currency;
    const money = moneyStyle(ccy, BOLD);
    totalRows.set(ccy, row);
    grid.put(row, 1, ccy, BOLD);
    sum.aging.forEach((amount, b) => grid.put(row, 2 + b, moneyValue(amount, ccy), money));
    grid.put(row, 2 + n, moneyValue(sum.balance, ccy), money);
    grid.put(row, 3 + n, moneyValue(sum.overdue, ccy), money);
    grid.put(row, 4 + n, moneyValue(sum.provisionTotal, ccy), money);
    const dso = summary.dso?.[ccy];
    grid.put(row, 5 + n, dso === undefined || !Number.isFinite(dso) ? NA : Math.round(dso * 10) / 10, { numberFormat: "0.0", align: "right" });
    row += 1;
  }

  // Bad-debt provision per bucket (账龄分析法): the rate row, then each currency.
  row += 1;
  grid.put(row, 1, "Bad-debt provision by aging", SUBTITLE);
  row += 1;
  grid.line(row, 1, ["Currency", ...labels, "Total"], HEADER);
  row += 1;
  grid.put(row, 1, "Rate", { italic: true });
  rates.forEach((rate, b) => grid.put(row, 2 + b, Number(rate), { numberFormat: "0%", italic: true }));
  row += 1;
  for (const sum of figures.totals) {
    const ccy = sum.currency;
    const money = moneyStyle(ccy);
    grid.put(row, 1, ccy, BOLD);
    sum.provision.forEach((amount, b) => grid.put(row, 2 + b, moneyValue(amount, ccy), money));
    grid.put(row, 2 + n, moneyValue(sum.provisionTotal, ccy), moneyStyle(ccy, BOLD));
    row += 1;
  }

  // One chart per currency, stacked below.
  const charts: ChartSpec[] = [];
  row += 1;
  for (const { currency: ccy } of figures.totals) {
    const valuesRow = totalRows.get(ccy)!;
    charts.push({
      kind: "column",
      title: `Aging ${ccy}`,
      categoriesRange: rangeA1(labelRow, 2, labelRow, 1 + n),
      valuesRange: rangeA1(valuesRow, 2, valuesRow, 1 + n),
      seriesName: ccy,
      top: row,
      left: 1,
      widthCols: 8,
      heightRows: 15,
    });
    row += 16;
  }
  const lastCol = headers.length;
  return {
    name: options.name ?? SUMMARY_SHEET,
    role: "summary",
    cells: grid.cells,
    columnWidths: [12, 30, 9, ...labels.map(() => 13), 14, 14, 14, 15, 13, 13, 12, 10, 7],
    tables: [{ name: SUMMARY_TABLE, top, left: 1, headers, rowCount, style: "TableStyleMedium2" }],
    charts,
    freezeRows: top,
    print: { area: `A1:${a1(row - 1, lastCol)}`, fitToWidth: true, landscape: true, repeatRows: [top, top] },
  };
}
