/** Terminal formatting shared by the commands. */
import { formatAmount } from "../../core/money";
import type { DataIssue, DayNumber, Ledger, Minor } from "../../core/model";
import { isoOf } from "../../core/dates";
import { unreadSentence } from "../../core/ledger";

/**
 * Exit code of statements, reminders and report when rows with money in them were not read:
 * the outputs are complete for what was read, but their totals are smaller than the ledger's.
 */
export const EXIT_ROWS_NOT_READ = 4;

/** "1 statement", "2 statements": the CLI's English counts. */
export function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

export function money(minor: Minor, currency: string): string {
  return `${currency} ${formatAmount(minor, currency)}`;
}

/** "Invoices!F12 (Amount) "abc": not a number" */
export function issueLine(issue: DataIssue): string {
  const where = issue.row > 0 ? `${issue.sheet} row ${issue.row}` : issue.sheet;
  const column = issue.column ? `, ${issue.column}` : "";
  const value = issue.value !== undefined && issue.value !== "" ? ` "${oneLine(String(issue.value))}"` : "";
  const label = issue.severity === "error" ? "error  " : issue.severity === "info" ? "info   " : "warning";
  return `${label} ${where}${column}${value}: ${issue.reason}`;
}

/** Control characters (CR/LF, tab, ESC…) shown escaped: one issue stays one line, and no terminal escapes. */
export function oneLine(text: string): string {
  return text.replace(/[\u0000-\u001f\u007f-\u009f]/g, (ch) =>
    ch === "\r" ? "\\r" : ch === "\n" ? "\\n" : ch === "\t" ? "\\t" : `\\u${ch.charCodeAt(0).toString(16).padStart(4, "0")}`,
  );
}

export function issuesSummary(issues: readonly DataIssue[], options: { readonly listedAbove?: boolean } = {}): string {
  const errors = issues.filter((i) => i.severity === "error").length;
  const notes = issues.filter((i) => i.severity === "info").length;
  const warnings = issues.length - errors - notes;
  const noteCount = `${notes} note${notes === 1 ? "" : "s"}`;
  // `check` lists every issue above its summary: pointing the clerk to `check` there would be circular.
  if (errors + warnings === 0) return notes === 0 ? "No data issues." : `No data issues (${noteCount}${options.listedAbove ? ", above" : ": run 'ar-desk check'"}).`;
  const noted = notes > 0 ? ` (and ${noteCount})` : "";
  const where = options.listedAbove ? "listed above" : "see the 'Data issues' sheet or run 'ar-desk check'";
  return `${errors} data error${errors === 1 ? "" : "s"} (rows not used) and ${warnings} warning${warnings === 1 ? "" : "s"}${noted}: ${where}.`;
}

/**
 * The "never silently smaller" line, or undefined when every row was read.
 *
 * @example unreadLine(ledger) //=> "NOT READ: 3 rows with money (USD 1,200.00; CNY 500.00) are left out of these totals: run 'ar-desk check' to see why."
 */
export function unreadLine(ledger: Ledger): string | undefined {
  const sentence = unreadSentence(ledger.unread, "en");
  return sentence === undefined ? undefined : `${sentence}: run 'ar-desk check' to see why.`;
}

/**
 * Why an empty result is empty when every invoice is dated after the as-of day (a mistyped year,
 * or a ledger of next year's contracts): an empty summary alone reads as "nobody owes anything".
 *
 * @example asOfLine(ledger, day("2020-01-01")) //=> "Nothing is owed as of 2020-01-01: every invoice is dated later (the first on 2026-06-30). Is --as-of right?"
 */
export function asOfLine(ledger: Ledger, asOf: DayNumber): string | undefined {
  if (ledger.invoices.length === 0) return undefined;
  let first = ledger.invoices[0].invoiceDate;
  for (const invoice of ledger.invoices) {
    if (invoice.invoiceDate <= asOf) return undefined;
    if (invoice.invoiceDate < first) first = invoice.invoiceDate;
  }
  return `Nothing is owed as of ${isoOf(asOf)}: every invoice is dated later (the first on ${isoOf(first)}). Is --as-of right?`;
}

/**
 * Invoices dated more than a year after the as-of day: left out of every as-of figure, and most
 * likely a mistyped year (2062 for 2026). Said once, naming the first of them.
 *
 * @example farFutureLine(ledger, day("2026-10-31")) //=> "1 invoice is dated more than a year after 2026-10-31 (2062-03-05, Invoices row 5) and is not in these figures: is its date right?"
 */
export function farFutureLine(ledger: Ledger, asOf: DayNumber): string | undefined {
  const late = ledger.invoices.filter((i) => i.invoiceDate > asOf + 366);
  if (late.length === 0 || late.length === ledger.invoices.length) return undefined;
  const first = late[0];
  const one = late.length === 1;
  return `${late.length} invoice${one ? " is" : "s are"} dated more than a year after ${isoOf(asOf)} (${one ? "" : "first: "}${isoOf(first.invoiceDate)}, ${first.source.sheet} row ${first.source.row}) and ${one ? "is" : "are"} not in these figures: ${one ? "is its date" : "are their dates"} right?`;
}

/** The as-of notes of report, statements and reminders: {@link asOfLine}, {@link farFutureLine}. */
export function asOfLines(ledger: Ledger, asOf: DayNumber): string[] {
  return [asOfLine(ledger, asOf), farFutureLine(ledger, asOf)].filter((l): l is string => l !== undefined);
}

/** 0, or {@link EXIT_ROWS_NOT_READ} when rows with money in them were not read. */
export function exitCodeFor(ledger: Ledger): number {
  return (ledger.unread?.rowsWithMoney ?? 0) > 0 ? EXIT_ROWS_NOT_READ : 0;
}

/** A plain text table with right-aligned numeric columns. */
export function textTable(rows: readonly (readonly string[])[], rightAligned: ReadonlySet<number>): string {
  // Each cell's width is measured once: the report's table has 10,000 rows.
  const cellWidths = rows.map((row) => row.map(displayWidth));
  const widths: number[] = [];
  for (const row of cellWidths) row.forEach((width, i) => (widths[i] = Math.max(widths[i] ?? 0, width)));
  return rows
    .map((row, r) => row.map((cell, i) => {
      const pad = " ".repeat(widths[i] - cellWidths[r][i]);
      return rightAligned.has(i) ? pad + cell : cell + pad;
    }).join("  ").trimEnd())
    .join("\n");
}

/**
 * Terminal columns of a text: CJK characters take two, every other code point one. By char
 * codes, not a regex per character (the report measures ~150,000 cells).
 */
export function displayWidth(text: string): number {
  let width = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x1100) width += 1;
    else if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      width += 1; // a surrogate pair is one code point, and none is wide
      i++;
    } else width += isWide(code) ? 2 : 1;
  }
  return width;
}

function isWide(code: number): boolean {
  return (
    (code >= 0x1100 && code <= 0x115f) ||
    (code >= 0x2e80 && code <= 0xa4cf) ||
    (code >= 0xac00 && code <= 0xd7a3) ||
    (code >= 0xf900 && code <= 0xfaff) ||
    (code >= 0xfe30 && code <= 0xfe4f) ||
    (code >= 0xff00 && code <= 0xff60) ||
    (code >= 0xffe0 && code <= 0xffe6)
  );
}
