import type { Flags } from "../flags";
import { loadSession } from "./load";
import { issueLine, issuesSummary, unreadLine } from "./format";
import { issuesToday } from "../../flows/farAhead";
import { localToday } from "../../flows/period";
import type { BlockShape } from "../../core/source";
import { TABLE_KINDS, type TableDetection, type TableKind } from "../../workbook/schema";
import { columnLetters } from "../../workbook/a1";
import { columnsAsRead, fieldLabel, hasFiguresOff, ledgerCounts } from "../../core/ledger";
import type { LedgerSession } from "../../flows/session";
import { customerFromTitles } from "../../flows/tableChoices";
import type { DataIssue } from "../../core/model";
import { cliText, type CliText } from "../i18n";

/** The ledger's date-order codes (model LedgerInference.dateOrders) check words in its language. */
const DATE_ORDER_CODES = ["mdy", "dmy", "option-mdy", "option-dmy"] as const;
type DateOrderCode = (typeof DATE_ORDER_CODES)[number];
const isDateOrderCode = (order: string): order is DateOrderCode => (DATE_ORDER_CODES as readonly string[]).includes(order);

/**
 * `ar-desk check`: the mapping it used (sheet, header row, each field's column, the columns it
 * ignored), what it inferred (currency, language, date order), then every data issue.
 * Exit 1 when any issue is an error, a total of the ledger is not the sum of its rows or a month's
 * carried-forward balance is not last month's closing one; warnings
 * and info notes (footer, blank rows) alone exit 0.
 */
export async function runCheck(file: string, flags: Flags): Promise<number> {
  const t = cliText(flags.lang ?? "en");
  const session = await loadSession(file, flags, t);
  const out: string[] = [...mappingLines(session, t)];
  const { ledger } = session;
  // Counted from the recorded columns: no Invoice or Payment object is made to be counted.
  const { invoices, payments } = ledgerCounts(ledger);
  const cleared = clearedByMark(session.issues);
  // Paid amounts without a date, made payments dated their invoice dates, are counted apart from the dated ones.
  const undatedCount = undatedPaid(session.issues);
  const undated = undatedCount === 0 ? "" : t("check.countsUndated", { count: undatedCount });
  const counts = { customers: ledger.customers.length, invoices, payments: payments - undatedCount, undated };
  out.push(cleared === undefined ? t("check.counts", counts) : t("check.countsCleared", { ...counts, ...cleared }));
  // check has no as-of day: an invoice dated more than a year after today is the likely mistyped year.
  const issues = issuesToday(session, localToday());
  for (const issue of issues) out.push(issueLine(issue, t));
  out.push(issuesSummary(issues, t, { listedAbove: true }));
  const unread = unreadLine(ledger, t, { listedAbove: true });
  if (unread) out.push(unread);
  process.stdout.write(out.join("\n") + "\n");
  return session.issues.some((i) => i.severity === "error") || hasFiguresOff(ledger.unread) ? 1 : 0;
}

/**
 * The payments made for invoices cleared by a 两清 / 核销 mark (one per invoice so marked, paid by
 * the receipts and credit notes marked with it, which are not payments of their own), from the
 * tables' `clearedRows` notes: the count then says what it counts, so the clerk's own count of
 * receipts can be matched. Undefined when no row was cleared by mark.
 */
function clearedByMark(issues: readonly DataIssue[]): { cleared: number; receipts: number; column: string } | undefined {
  let cleared = 0;
  let receipts = 0;
  const columns = new Set<string>();
  for (const issue of issues) {
    if (issue.code !== "clearedRows" || issue.params === undefined) continue;
    cleared += Number(issue.params.invoices);
    receipts += Number(issue.params.receipts);
    columns.add(String(issue.params.column));
  }
  return cleared + receipts === 0 ? undefined : { cleared, receipts, column: [...columns].join(", ") };
}

/**
 * How many of the payments are Paid amounts without a paid date on a sheet that has dated ones:
 * each is made a payment dated its invoice date (one per amount), said in the tables'
 * `undatedPaid` warnings, which carry the count.
 */
function undatedPaid(issues: readonly DataIssue[]): number {
  let count = 0;
  for (const issue of issues) if (issue.code === "undatedPaid" && issue.params !== undefined) count += Number(issue.params.count);
  return count;
}

/** The tables found and how each field was mapped, then the inferred defaults. */
export function mappingLines(session: LedgerSession, t: CliText): string[] {
  const out: string[] = [];
  const list = (items: readonly string[]) => items.join(t("check.listSeparator"));
  const field = (name: string, letter: string, header: string) => t("check.field", { field: fieldLabel(name, t.language), column: letter, header });
  for (const kind of TABLE_KINDS) {
    const table = t(`table.${kind}`);
    const found: TableDetection<TableKind, BlockShape> | undefined = session.detection[kind];
    if (!found) {
      out.push(t(kind === "payments" ? "check.paymentsFromInvoices" : kind === "customers" ? "check.customersFromInvoices" : "check.notFound", { table }));
      continue;
    }
    const { block } = found;
    const where = block.tableName
      ? t("check.table", { name: block.tableName, sheet: block.sheet, row: block.headerRow })
      : t("check.sheet", { sheet: block.sheet, row: block.headerRow });
    out.push(t("check.found", { table, where, method: t(`check.method.${found.method}`), confidence: Math.round(found.confidence * 100), rows: block.rowCount }));
    // What the reader does with each column: a 已收 in a list numbered by its rows is read as a credit.
    const hasPaymentsTable = session.detection.payments !== undefined;
    const asRead = (columns: object): Record<string, number | undefined> =>
      kind === "invoices" ? columnsAsRead(columns as Record<string, number | undefined>, hasPaymentsTable) : (columns as Record<string, number | undefined>);
    const fields = Object.entries(asRead(found.columns))
      .flatMap(([name, index]): [string, number][] => (index === undefined ? [] : [[name, index]]))
      .sort((a, b) => a[1] - b[1]);
    for (const [name, index] of fields) out.push(field(name, columnLetters(block.firstColumn + index), block.headers[index]));
    const paidColumn = kind === "invoices" && found.columns.Paid !== undefined && asRead(found.columns).Credit === found.columns.Paid ? block.headers[found.columns.Paid] : undefined;
    if (paidColumn !== undefined) out.push(t("check.paidAsCredit", { header: paidColumn }));
    const fromTitles = customerFromTitles(kind, found.missing);
    if (fromTitles) out.push(t("check.customerFromTitles"));
    else if (found.missing.length > 0) out.push(t("check.missing", { fields: list(found.missing.map((name) => fieldLabel(name, t.language))) }));
    if (found.unmapped.length > 0) out.push(t("check.ignored", { headers: list(found.unmapped.map((h) => `"${h}"`)) }));
    if (kind === "invoices") {
      const layout = (columns: object) => Object.keys(columns).sort().join(",");
      for (const more of session.detection.moreInvoices ?? []) {
        const same = layout(more.columns) === layout(found.columns);
        out.push(t(same ? "check.moreSame" : "check.moreOther", { table, sheet: more.block.sheet, row: more.block.headerRow, rows: more.block.rowCount }));
        // Another layout is read with its own columns: show them, as for the main list.
        if (!same) {
          for (const [name, index] of Object.entries(asRead(more.columns)).flatMap(([n, i]): [string, number][] => (i === undefined ? [] : [[n, i]])).sort((a, b) => a[1] - b[1])) {
            out.push(field(name, columnLetters(more.block.firstColumn + index), more.block.headers[index]));
          }
        }
      }
    }
  }
  const inferred = session.ledger.inferred;
  if (inferred) {
    out.push(t("check.currency", { currency: inferred.currency, how: t(`check.currency.${inferred.currencySource}`) }));
    out.push(t("check.language", { language: t(`check.languageName.${inferred.language}`), how: t(inferred.languageSource === "setting" ? "check.language.setting" : "check.language.headers") }));
    for (const [column, order] of Object.entries(inferred.dateOrders)) {
      if (order === "undecided") out.push(t("check.dateOrderUndecided", { column }));
      else out.push(t("check.dateOrder", { column, order: isDateOrderCode(order) ? t(`check.dateOrder.${order}`) : order }));
    }
  }
  return out;
}
