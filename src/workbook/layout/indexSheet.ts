/**
 * The `Index` sheet: one row per statement in the Excel table `StatementIndex` (DESIGN §5), with
 * the statement's totals, its aging, stage and a link to its sheet; then totals per currency
 * (currencies are never added together).
 */
import type { Statement } from "../../core/statements";
import { FIELD_NAMES_ZH } from "../../core/fieldNames";
import { customerNumber } from "../../core/customerNumber";
import type { CurrencyCode, Language, Minor } from "../../core/model";
import type { SheetSpec } from "../spec";
import { Grid, rangeA1, sheetLink } from "./_lib/grid";
import { BOLD, HEADER, NOTE, SUBTITLE, TITLE, moneyStyle, moneyValue } from "./_lib/styles";
import { agingLabel, dayText, stageLabel } from "./text";

export const INDEX_SHEET = "Index";
export const INDEX_TABLE = "StatementIndex";

export interface IndexSheetOptions {
  /** Final sheet name, default `Index`. */
  readonly name?: string;
  /**
   * The clerk's language (the CLI's --lang/locale, the pane's): title, note, headers, aging
   * labels, stages, totals. Sheet and table names stay. Default "en".
   */
  readonly language?: Language;
}

/** Every word the sheet prints, per language. */
interface IndexWords {
  readonly title: (period: string | undefined) => string;
  readonly note: (asOf: string) => string;
  readonly none: string;
  /** The columns before the aging buckets, and after them. */
  readonly before: readonly string[];
  readonly after: readonly string[];
  readonly totalsTitle: string;
  readonly currency: string;
  readonly closing: string;
  readonly overdue: string;
}

const Z = FIELD_NAMES_ZH;
const WORDS: Readonly<Record<Language, IndexWords>> = {
  en: {
    title: (period) => (period ? `Statements ${period}` : "Statements"),
    note: (asOf) => `As of ${asOf}. One row per statement; click a sheet name to open it. Amounts are in each row's currency.`,
    none: "No customer has anything open or any activity in the period: no statements.",
    before: ["CustomerID", "Customer", "Currency", "Opening", "Invoiced", "Paid", "Credits", "Closing"],
    after: ["Overdue", "Stage", "Sheet"],
    totalsTitle: "Totals by currency",
    currency: "Currency",
    closing: "Closing",
    overdue: "Overdue",
  },
  // The statement's own words (layout/text.ts: 期初余额, 期末余额, 逾期金额) and the field names.
  zh: {
    title: (period) => (period ? `对账单 ${period}` : "对账单"),
    note: (asOf) => `截至 ${asOf}。每份对账单一行；点击工作表名称即可打开。金额均为该行的币种。`,
    none: "本期没有客户有未结款项或往来记录：未生成对账单。",
    before: [Z.CustomerID, Z.CustomerName, Z.Currency, "期初余额", "本期开票", "本期收款", "贷项", "期末余额"],
    after: ["逾期金额", "催款阶段", "工作表"],
    totalsTitle: "按币种合计",
    currency: Z.Currency,
    closing: "期末余额",
    overdue: "逾期金额",
  },
};

/** Row of the table's header. */
export const INDEX_HEADER_ROW = 4;

/** Bucket labels of all statements, in first-seen order (they normally share one set). */
export function bucketLabelsOf(statements: readonly Statement[]): string[] {
  const labels: string[] = [];
  for (const statement of statements) for (const label of statement.aging.labels) if (!labels.includes(label)) labels.push(label);
  return labels;
}

/** The `StatementIndex` column headers for these bucket labels, in `language` (default English). */
export function indexHeaders(labels: readonly string[], language: Language = "en"): string[] {
  const words = WORDS[language];
  return [...words.before, ...labels.map((label) => agingLabel(label, language)), ...words.after];
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
  const language = options.language ?? "en";
  const words = WORDS[language];
  const labels = bucketLabelsOf(statements);
  const headers = indexHeaders(labels, language);
  const grid = new Grid();
  const top = INDEX_HEADER_ROW;
  const first = statements[0];
  grid.put(1, 1, words.title(first?.period.label || undefined), TITLE);
  grid.put(2, 1, first ? words.note(dayText(first.statementDate, language)) : words.none, NOTE);
  grid.line(top, 1, headers, HEADER);

  const totals = new Map<CurrencyCode, Minor[]>();
  const overdueCol = 9 + labels.length;
  statements.forEach((statement, i) => {
    const row = top + 1 + i;
    const ccy = statement.currency;
    const money = moneyStyle(ccy);
    const put = (col: number, minor: Minor | undefined): void => grid.put(row, col, minor === undefined ? null : moneyValue(minor, ccy), money);
    const t = statement.totals;
    // A customer keyed by name has no number: the cell stays blank, its name is under Customer.
    grid.put(row, 1, customerNumber(statement.customer) ?? null);
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
    grid.put(row, overdueCol + 1, stageLabel(statement.stage, language));
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
    grid.put(row, 1, words.totalsTitle, SUBTITLE);
    row += 1;
    grid.line(row, 3, [words.currency, null, null, null, null, words.closing, ...labels.map((label) => agingLabel(label, language)), words.overdue], HEADER);
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
    language,
    cells: grid.cells,
    columnWidths: [12, 30, 9, 13, 13, 13, 13, 14, ...labels.map(() => 13), 14, 13, 30],
    tables: [{ name: INDEX_TABLE, top, left: 1, headers, rowCount, style: "TableStyleMedium2" }],
    freezeRows: top,
    print: { area: rangeA1(1, 1, Math.max(row - 1, top + rowCount), lastCol), fitToWidth: true, landscape: true, repeatRows: [top, top] },
  };
}
