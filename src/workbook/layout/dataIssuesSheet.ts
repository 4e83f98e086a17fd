/**
 * The `Data issues` sheet: every skipped or doubtful row the ledger builder reported (DESIGN §8),
 * as a filterable table with a link to the offending cell in the clerk's sheet.
 */
import type { DataIssue, Language } from "../../core/model";
import type { SheetSpec } from "../spec";
import { issueColumn } from "../../core/ledger";
import { dataIssueReason } from "../xlsx/read/readReasons";
import { Grid, a1, sheetLink } from "./_lib/grid";
import { HEADER, NOTE, TITLE } from "./_lib/styles";

export const DATA_ISSUES_SHEET = "Data issues";
export const DATA_ISSUES_TABLE = "DataIssues";
export const DATA_ISSUES_HEADERS = ["Severity", "Sheet", "Row", "Column", "Value", "Reason", "Cell"] as const;
/** The headers in Chinese, column for column. */
export const DATA_ISSUES_HEADERS_ZH = ["级别", "工作表", "行", "列", "值", "原因", "单元格"] as const;

export interface DataIssuesLayoutOptions {
  /** Final sheet name, default `Data issues`. */
  readonly name?: string;
  /**
   * Language of the title, headers, severities and reasons (the sheet keeps its name, which
   * AR Desk recognises as its own). The clerk's: the pane's or the CLI's. Default "en".
   */
  readonly language?: Language;
}

const TITLE_TEXT: Record<Language, string> = { en: "Data issues", zh: "数据问题" };
const SEVERITY: Record<Language, Record<DataIssue["severity"], string>> = {
  en: { error: "error", warning: "warning", info: "info" },
  zh: { error: "错误", warning: "警告", info: "提示" },
};

const EXPLAIN: Record<Language, (errors: number, warnings: number) => string> = {
  en: (e, w) =>
    e + w === 0
      ? "No data issues: every row was read."
      : `${e} error(s): rows skipped; ${w} warning(s): rows used with a doubtful value. Click a cell address to go there.`,
  zh: (e, w) =>
    e + w === 0 ? "没有数据问题：所有行均已读取。" : `${e} 个错误（该行已跳过），${w} 个警告（该行已使用，但数值存疑）。点击单元格地址可跳转。`,
};

/**
 * Lays out the data issues. The "Cell" column links to the clerk's cell when sheet, row and
 * column are known (row 0 = an issue about a whole table: no link).
 *
 * @example
 * dataIssuesSheet([{ severity: "error", sheet: "Invoices", row: 7, column: "Amount", columnIndex: 5, value: "abc", reason: "not a number" }])
 * //=> table DataIssues with one row; G4 = "E7" linking to #'Invoices'!E7
 */
export function dataIssuesSheet(issues: readonly DataIssue[], options: DataIssuesLayoutOptions = {}): SheetSpec {
  const name = options.name ?? DATA_ISSUES_SHEET;
  const language = options.language ?? "en";
  const headers = language === "zh" ? DATA_ISSUES_HEADERS_ZH : DATA_ISSUES_HEADERS;
  const grid = new Grid();
  const errors = issues.filter((issue) => issue.severity === "error").length;
  grid.put(1, 1, TITLE_TEXT[language], TITLE);
  grid.put(2, 1, EXPLAIN[language](errors, issues.length - errors), NOTE);
  const top = 4;
  grid.line(top, 1, headers, HEADER);
  issues.forEach((issue, i) => {
    const row = top + 1 + i;
    grid.put(row, 1, SEVERITY[language][issue.severity]);
    grid.put(row, 2, issue.sheet);
    grid.put(row, 3, issue.row > 0 ? issue.row : null);
    grid.put(row, 4, issueColumn(issue, language) ?? null);
    grid.put(row, 5, issue.value ?? null);
    grid.put(row, 6, dataIssueReason(issue, language));
    if (issue.sheet !== "" && issue.row > 0 && issue.columnIndex !== undefined && issue.columnIndex > 0) {
      const address = a1(issue.row, issue.columnIndex);
      grid.put(row, 7, address, { color: "0563C1" }, sheetLink(issue.sheet, address));
    }
  });
  const rowCount = Math.max(1, issues.length); // Excel tables need one data row; an empty one reads as blank
  return {
    name,
    role: "data-issues",
    language,
    cells: grid.cells,
    columnWidths: [10, 16, 7, 16, 24, 60, 8],
    tables: [{ name: DATA_ISSUES_TABLE, top, left: 1, headers, rowCount, style: "TableStyleLight9" }],
    freezeRows: top,
    print: { area: `A1:G${top + rowCount}`, fitToWidth: true, landscape: true, repeatRows: [top, top] },
  };
}
