/**
 * The `AR Summary` sheet (DESIGN §5): aging per customer with credit limit, available credit,
 * stage and bad-debt provision; totals, provision and DSO per currency (currencies are never
 * added together); one column chart of the bucket totals per currency.
 */
import type { CurrencyCode, DayNumber, Language, UnreadRows } from "../../core/model";
import { unreadSentence } from "../../core/ledger";
import { customerNumber } from "../../core/customerNumber";
import type { Statement } from "../../core/statements";
import type { Settings } from "../../core/settings";
import type { ChartSpec, SheetSpec } from "../spec";
import { Grid, a1, rangeA1 } from "./_lib/grid";
import { arFigures, provisionRatesOf, type FiguresLine } from "../../core/metrics";
import { BOLD, HEADER, NOTE, SUBTITLE, TITLE, moneyStyle, moneyValue } from "./_lib/styles";
import { bucketLabelsOf } from "./indexSheet";
import { agingLabel, dayText, notApplicable, stageLabel } from "./text";

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
  /**
   * Language of the title, notes, headers, aging labels and stage names (the sheet keeps its
   * name, which AR Desk recognises as its own). The clerk's: the CLI's or the pane's. Default "en".
   */
  readonly language?: Language;
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

/** The sheet's own words; aging labels and stage names are the core's (text.ts). */
interface SummaryWords {
  readonly title: string;
  readonly asOf: (day: string) => string;
  readonly noCharts: string;
  readonly unread: (sentence: string) => string;
  /** Table columns before the aging buckets, then after them. */
  readonly before: readonly [string, string, string];
  readonly after: readonly [string, string, string, string, string, string, string, string, string];
  readonly totalsTitle: string;
  readonly currency: string;
  readonly balance: string;
  readonly overdue: string;
  readonly provision: string;
  readonly dso: string;
  readonly provisionTitle: string;
  readonly rate: string;
  readonly total: string;
  readonly chartTitle: (ccy: string) => string;
}

const WORDS: Record<Language, SummaryWords> = {
  en: {
    title: "AR Summary",
    asOf: (day) => `As of ${day}. Every total is per currency: currencies are never added together.`,
    noCharts: "Charts appear when AR Desk writes this sheet inside Excel; this file was written without them.",
    unread: (sentence) => `${sentence}: \`ar-desk check\` lists those rows (in Excel, the task pane's issue list does).`,
    before: ["CustomerID", "Customer", "Currency"],
    after: ["Balance", "Overdue", "Credit limit", "Available credit", "Stage", "Provision", "Avg days late", "Paid late", "Grade"],
    totalsTitle: "Totals by currency",
    currency: "Currency",
    balance: "Balance",
    overdue: "Overdue",
    provision: "Provision",
    dso: "DSO (days)",
    provisionTitle: "Bad-debt provision by aging",
    rate: "Rate",
    total: "Total",
    chartTitle: (ccy) => `Aging ${ccy}`,
  },
  // The CLI's report table says the same columns in the same words (cli/i18n zh.ts report.*).
  zh: {
    title: "应收账款汇总",
    asOf: (day) => `截至 ${day}。所有合计均按币种分列：不同币种从不相加。`,
    noCharts: "图表仅在 AR Desk 于 Excel 中写入本表时生成；本文件写入时未含图表。",
    unread: (sentence) => `${sentence}：ar-desk check 列出这些行（在 Excel 中见任务窗格的问题列表）。`,
    before: ["客户编号", "客户名称", "币种"],
    after: ["余额", "逾期", "信用额度", "可用额度", "催款阶段", "坏账准备", "平均逾期天数", "逾期付款占比", "评级"],
    totalsTitle: "按币种合计",
    currency: "币种",
    balance: "余额",
    overdue: "逾期",
    provision: "坏账准备",
    dso: "周转天数（DSO）",
    provisionTitle: "按账龄计提坏账准备",
    rate: "计提比例",
    total: "合计",
    chartTitle: (ccy) => `账龄 ${ccy}`,
  },
};

/**
 * Lays out the AR summary.
 *
 * @example
 * summarySheet(summaryFromStatements(statements, { USD: 41.5 }), settings, { chartsSupported: true })
 * //=> table ARSummary, totals per currency, one ChartSpec per currency
 */
export function summarySheet(summary: ArSummary, settings: Pick<Settings, "provisionRates">, options: SummarySheetOptions = {}): SheetSpec {
  const language = options.language ?? "en";
  const words = WORDS[language];
  // Not applicable (no limit, no history): never "unlimited", never zero.
  const na = notApplicable(language);
  // The labels as the clerk reads them; the figures stay in the summary's bucket order.
  const labels = summary.labels.map((label) => agingLabel(label, language));
  const n = labels.length;
  // Every figure comes from the core (provision, credit, totals): this layout only places cells.
  const rates = provisionRatesOf(n, settings.provisionRates);
  const figures = arFigures(summary.rows, rates);
  const grid = new Grid();
  grid.put(1, 1, words.title, TITLE);
  grid.put(2, 1, words.asOf(dayText(summary.asOf, language)), NOTE);
  if (options.chartsSupported === false) grid.put(3, 1, words.noCharts, NOTE);
  const unread = unreadSentence(summary.unread, language);
  if (unread !== undefined) grid.put(4, 1, words.unread(unread), BOLD);
  const top = HEADER_ROW;
  const headers = [...words.before, ...labels, ...words.after];
  grid.line(top, 1, headers, HEADER);

  figures.lines.forEach(({ line: item, provisionTotal, credit }, i) => {
    const row = top + 1 + i;
    const ccy = item.currency;
    const money = moneyStyle(ccy);
    const limit = credit.limit;
    const hasLimit = limit !== undefined;
    // A customer keyed by name has no number: the cell stays blank, its name is under Customer.
    grid.put(row, 1, customerNumber(item.customer) ?? null);
    grid.put(row, 2, item.customer.name);
    grid.put(row, 3, ccy);
    item.aging.forEach((amount, b) => grid.put(row, 4 + b, moneyValue(amount, ccy), money));
    grid.put(row, 4 + n, moneyValue(item.balance, ccy), money);
    grid.put(row, 5 + n, moneyValue(item.overdue, ccy), money);
    // No limit set = not applicable: never "unlimited", never zero (DESIGN §3 Credit).
    grid.put(row, 6 + n, hasLimit ? moneyValue(limit.minor, ccy) : na, hasLimit ? money : { align: "right" });
    const available = credit.available?.minor;
    grid.put(row, 7 + n, available === undefined ? na : moneyValue(available, ccy), available === undefined ? { align: "right" } : moneyStyle(ccy, available < 0 ? { color: "C00000", bold: true } : {}));
    grid.put(row, 8 + n, stageLabel(item.stage, language));
    grid.put(row, 9 + n, moneyValue(provisionTotal, ccy), money);
    // No settled invoices = no history to grade: "n/a", never a flattering A.
    const habit = summary.behaviour?.get(item.customer.id);
    const graded = habit !== undefined && habit.paidCount > 0;
    grid.put(row, 10 + n, graded ? Math.round(habit.averageDaysLate * 10) / 10 : na, graded ? { numberFormat: "0.0", align: "right" } : { align: "right" });
    grid.put(row, 11 + n, graded ? habit.shareLate : na, graded ? { numberFormat: "0%", align: "right" } : { align: "right" });
    grid.put(row, 12 + n, graded && habit.grade ? habit.grade : na, { align: "center" });
  });
  const rowCount = Math.max(1, summary.rows.length); // Excel tables need one data row

  // Totals by currency: the label row doubles as the charts' categories.
  let row = top + rowCount + 2;
  grid.put(row, 1, words.totalsTitle, SUBTITLE);
  row += 1;
  const labelRow = row;
  grid.line(row, 1, [words.currency, ...labels, words.balance, words.overdue, words.provision, words.dso], HEADER);
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
    grid.put(row, 5 + n, dso === undefined || !Number.isFinite(dso) ? na : Math.round(dso * 10) / 10, { numberFormat: "0.0", align: "right" });
    row += 1;
  }

  // Bad-debt provision per bucket (账龄分析法): the rate row, then each currency.
  row += 1;
  grid.put(row, 1, words.provisionTitle, SUBTITLE);
  row += 1;
  grid.line(row, 1, [words.currency, ...labels, words.total], HEADER);
  row += 1;
  grid.put(row, 1, words.rate, { italic: true });
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
      title: words.chartTitle(ccy),
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
    language,
    cells: grid.cells,
    columnWidths: [12, 30, 9, ...labels.map(() => 13), 14, 14, 14, 15, 13, 13, 12, 10, 7],
    tables: [{ name: SUMMARY_TABLE, top, left: 1, headers, rowCount, style: "TableStyleMedium2" }],
    charts,
    freezeRows: top,
    print: { area: `A1:${a1(row - 1, lastCol)}`, fitToWidth: true, landscape: true, repeatRows: [top, top] },
  };
}
