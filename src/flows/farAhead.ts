/**
 * Invoices dated more than a year after today: in no figure as of today, and most likely a
 * mistyped year (2099 for 2026). One rule for the CLI's `check` and the task pane's issue list,
 * which both have today's date and the session (the ledger's reader has neither).
 */
import { isoOf } from "../core/dates";
import { ledgerColumns } from "../core/allocation";
import { issueReason } from "../core/ledger";
import type { DataIssue, DayNumber } from "../core/model";
import type { LedgerSession } from "./session";

/** What the rule reads of a session: the ledger, its issues, and where its invoice tables' InvoiceDate columns stand. */
export type FarAheadSession = Pick<LedgerSession, "ledger" | "issues"> & { readonly detection?: LedgerSession["detection"] };

/**
 * A warning per invoice dated more than a year after `today`, naming its InvoiceDate cell. A row
 * the reader already named for it (an invoice date a year past its due date) is not named twice.
 * @example farAheadIssues(session, day("2026-12-05"))[0].reason //=> "InvoiceDate 2099-10-05 is more than a year after today (2026-12-05), a mistyped year?: as of today this invoice is in no figure (report, statements, reminders); the date is kept as written"
 */
export function farAheadIssues(session: FarAheadSession, today: DayNumber): DataIssue[] {
  const columns = ledgerColumns(session.ledger);
  const named = new Set(session.issues.filter((i) => i.code === "invoiceDateFarAfterDue").map((i) => `${i.sheet}!${i.row}`));
  // No detection (a ledger built in code, the bench): the issue names the field, without a cell to jump to.
  const { invoices, moreInvoices = [] } = session.detection ?? {};
  // The InvoiceDate column per sheet: its header, and its place for the pane's link to the cell.
  const dateColumn = new Map<string, { readonly header: string; readonly index: number }>();
  for (const table of [...(invoices ? [invoices] : []), ...moreInvoices]) {
    const at = table.columns.InvoiceDate;
    if (at !== undefined && !dateColumn.has(table.block.sheet)) dateColumn.set(table.block.sheet, { header: table.block.headers[at], index: table.block.firstColumn + at });
  }
  const out: DataIssue[] = [];
  for (let i = 0; i < columns.invoiceCount; i++) {
    if (!(columns.invoiceDay[i] > today + 366)) continue;
    const invoice = columns.invoiceAt(i);
    if (named.has(`${invoice.source.sheet}!${invoice.source.row}`)) continue;
    const params = { invoiceDate: isoOf(invoice.invoiceDate), today: isoOf(today) };
    const column = dateColumn.get(invoice.source.sheet);
    out.push({
      severity: "warning", sheet: invoice.source.sheet, row: invoice.source.row, column: column?.header ?? "InvoiceDate",
      ...(column ? { columnIndex: column.index } : {}),
      value: params.invoiceDate, reason: issueReason("invoiceDateFarAhead", params), code: "invoiceDateFarAhead", params,
    });
  }
  return out;
}

/** The session's issues followed by {@link farAheadIssues}: what the clerk is shown of the ledger today. */
export function issuesToday(session: FarAheadSession, today: DayNumber): DataIssue[] {
  return [...session.issues, ...farAheadIssues(session, today)];
}
