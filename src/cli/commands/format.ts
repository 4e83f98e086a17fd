/** Terminal formatting shared by the commands, in the run's language (the `t` they are given). */
import { formatAmount } from "../../core/money";
import type { DataIssue, DayNumber, Ledger, Minor } from "../../core/model";
import { isoOf } from "../../core/dates";
import { ledgerColumns } from "../../core/allocation";
import { hasFiguresOff, issueColumn, unreadSentence } from "../../core/ledger";
import { codePointWidth, displayWidth } from "../../core/text";
import { dataIssueReason } from "../../workbook/xlsx/read/readReasons";
import type { CliText } from "../i18n";

/**
 * Exit code of statements, reminders and report when rows with money in them were not read:
 * the outputs are complete for what was read, but their totals are smaller than the ledger's.
 */
export const EXIT_ROWS_NOT_READ = 4;

export function money(minor: Minor, currency: string): string {
  return `${currency} ${formatAmount(minor, currency)}`;
}

/**
 * One data issue on one line: where, which column, the value, why (the core's reason in the
 * run's language; the reader's own reasons have their Chinese beside them).
 * @example issueLine(issue, cliText("en")) //=> 'error   Invoices row 12, Amount "abc": Amount not a number: row not read'
 */
export function issueLine(issue: DataIssue, t: CliText): string {
  const where = issue.row > 0 ? t("issue.where", { sheet: issue.sheet, row: issue.row }) : t("issue.sheet", { sheet: issue.sheet });
  const named = issueColumn(issue, t.language);
  const column = named ? t("issue.column", { column: named }) : "";
  const value = issue.value !== undefined && issue.value !== "" ? t("issue.value", { value: oneLine(String(issue.value)) }) : "";
  const label = t(issue.severity === "error" ? "issue.error" : issue.severity === "info" ? "issue.info" : "issue.warning");
  const reason = dataIssueReason(issue, t.language);
  return t("issue.line", { label, where, column, value, reason: oneLine(reason) });
}

/** Control characters (CR/LF, tab, ESC…) shown escaped: one issue stays one line, and no terminal escapes. */
export function oneLine(text: string): string {
  return text.replace(/[\u0000-\u001f\u007f-\u009f]/g, (ch) =>
    ch === "\r" ? "\\r" : ch === "\n" ? "\\n" : ch === "\t" ? "\\t" : `\\u${ch.charCodeAt(0).toString(16).padStart(4, "0")}`,
  );
}

/**
 * The one line that counts the data issues. `listedAbove`: check, which printed them; `issuesSheet`:
 * statements, whose workbook has a Data issues sheet. The others (report, reminders) write none, so
 * they point to check alone.
 */
export function issuesSummary(issues: readonly DataIssue[], t: CliText, options: { readonly listedAbove?: boolean; readonly issuesSheet?: boolean } = {}): string {
  const errors = issues.filter((i) => i.severity === "error").length;
  const notes = issues.filter((i) => i.severity === "info").length;
  const warnings = issues.length - errors - notes;
  // `check` lists every issue above its summary: pointing the clerk to `check` there would be circular.
  if (errors + warnings === 0) return notes === 0 ? t("issues.none") : t(options.listedAbove ? "issues.notesAbove" : "issues.notesRunCheck", { notes });
  const noted = notes > 0 ? t("issues.andNotes", { notes }) : "";
  return t(options.listedAbove ? "issues.summaryAbove" : options.issuesSheet ? "issues.summary" : "issues.summaryRunCheck", { errors, warnings, noted });
}

/**
 * The "never silently smaller" line, or undefined when every row was read.
 *
 * @example unreadLine(ledger, cliText("en")) //=> "NOT READ: 3 rows with money (USD 1,200.00; CNY 500.00) are left out of these totals: run 'ar-desk check' to see why."
 */
export function unreadLine(ledger: Ledger, t: CliText, options: { readonly listedAbove?: boolean } = {}): string | undefined {
  const sentence = unreadSentence(ledger.unread, t.language);
  if (sentence === undefined) return undefined;
  return t(options.listedAbove ? "unread.seeAbove" : "unread.runCheck", { sentence });
}

/**
 * Why an empty result is empty when every invoice is dated after the as-of day (a mistyped year,
 * or a ledger of next year's contracts): an empty summary alone reads as "nobody owes anything".
 *
 * @example asOfLine(ledger, day("2020-01-01"), cliText("en")) //=> "Nothing is owed as of 2020-01-01: every invoice is dated later (the first on 2026-06-30). Is --as-of right?"
 */
export function asOfLine(ledger: Ledger, asOf: DayNumber, t: CliText, option: DayOption = "--as-of"): string | undefined {
  // The invoice dates from the ledger's columns: no invoice object is made for this check.
  const { invoiceCount, invoiceDay } = ledgerColumns(ledger);
  if (invoiceCount === 0) return undefined;
  let first = invoiceDay[0];
  for (let i = 0; i < invoiceCount; i++) {
    if (invoiceDay[i] <= asOf) return undefined;
    if (invoiceDay[i] < first) first = invoiceDay[i];
  }
  return t("asOf.nothingOwed", { asOf: isoOf(asOf), first: isoOf(first as DayNumber), option });
}

/** The option that chose the day, named in the question: `statements --month 2020-01` asks about --month. */
export type DayOption = "--as-of" | "--month";

/**
 * Invoices dated more than a year after the as-of day: left out of every as-of figure, and most
 * likely a mistyped year (2062 for 2026). Said once, naming the first of them.
 *
 * @example farFutureLine(ledger, day("2026-10-31"), cliText("en")) //=> "1 invoice is dated more than a year after 2026-10-31 (2062-03-05, Invoices row 5) and is not in these figures: is its date right?"
 */
export function farFutureLine(ledger: Ledger, asOf: DayNumber, t: CliText): string | undefined {
  const columns = ledgerColumns(ledger);
  let count = 0;
  let firstAt = -1;
  for (let i = 0; i < columns.invoiceCount; i++) {
    if (!(columns.invoiceDay[i] > asOf + 366)) continue;
    if (firstAt < 0) firstAt = i;
    count++;
  }
  if (count === 0 || count === columns.invoiceCount) return undefined;
  const first = columns.invoiceAt(firstAt);
  const date = isoOf(first.invoiceDate);
  return t("asOf.farFuture", {
    count,
    asOf: isoOf(asOf),
    first: count === 1 ? date : t("asOf.farFutureFirst", { date }),
    sheet: first.source.sheet,
    row: first.source.row,
  });
}

/** The as-of notes of report, statements and reminders: {@link asOfLine}, {@link farFutureLine}. */
export function asOfLines(ledger: Ledger, asOf: DayNumber, t: CliText, option: DayOption = "--as-of"): string[] {
  return [asOfLine(ledger, asOf, t, option), farFutureLine(ledger, asOf, t)].filter((l): l is string => l !== undefined);
}

/** 0, or {@link EXIT_ROWS_NOT_READ} when rows with money in them were not read or a total of the ledger is not the sum of its rows. */
export function exitCodeFor(ledger: Ledger): number {
  return (ledger.unread?.rowsWithMoney ?? 0) > 0 || hasFiguresOff(ledger.unread) ? EXIT_ROWS_NOT_READ : 0;
}

/** A plain text table with right-aligned numeric columns. */
export function textTable(rows: readonly (readonly string[])[], rightAligned: ReadonlySet<number>): string {
  // Each cell's width is measured once: the report's table has 10,000 rows (150,000 cells).
  const cellWidths = rows.map((row) => row.map(displayWidth));
  const widths: number[] = [];
  for (const row of cellWidths) row.forEach((width, i) => (widths[i] = Math.max(widths[i] ?? 0, width)));
  const right = widths.map((_, i) => rightAligned.has(i));
  // the padding of each width made once, not a repeat() per cell
  const pads = Array.from({ length: Math.max(0, ...widths) + 1 }, (_, n) => " ".repeat(n));
  const lines: string[] = new Array(rows.length);
  for (let r = 0; r < rows.length; r++) {
    const row = rows[r];
    let line = "";
    for (let i = 0; i < row.length; i++) {
      const pad = pads[widths[i] - cellWidths[r][i]];
      line += (i > 0 ? "  " : "") + (right[i] ? pad + row[i] : row[i] + pad);
    }
    lines[r] = line.trimEnd();
  }
  return lines.join("\n");
}

/**
 * The text cut to at most `columns` terminal columns, ending with "…" when cut, so a column of
 * names keeps one width whatever the script: a Chinese name takes two columns a character.
 * Never cuts a surrogate pair in two.
 * @example
 * cutToWidth("Northwind Traders International", 12) //=> "Northwind T…"
 * cutToWidth("深圳市华南精密电子有限公司", 12)         //=> "深圳市华南…"
 */
export function cutToWidth(text: string, columns: number): string {
  if (displayWidth(text) <= columns) return text;
  let width = 0;
  let end = 0;
  while (end < text.length) {
    const code = text.codePointAt(end) ?? 0;
    const pair = code > 0xffff;
    const w = codePointWidth(code);
    if (width + w > columns - 1) break; // one column stays for the "…"
    width += w;
    end += pair ? 2 : 1;
  }
  return text.slice(0, end) + "…";
}
