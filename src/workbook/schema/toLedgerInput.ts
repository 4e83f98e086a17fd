/**
 * Turns a detection into the ledger builder's input (src/core/ledger/buildLedger.ts).
 */
import type { LedgerInput } from "../../core/ledger";
import type { AgingReportBlock, Detection } from "./detectTables";
import type { TableKind } from "./tableFields";

export type { LedgerInput, MappedTable } from "../../core/ledger";

/** Thrown when a required table (Customers, Invoices) was not found. */
export class MissingTablesError extends Error {
  constructor(readonly missingTables: readonly TableKind[], readonly agingReport?: AgingReportBlock) {
    super(agingReport ? agingReportText(agingReport) : `ARDesk schema: no ${missingTables.map(label).join(" or ")} table found: no sheet has a header row with an invoice number, a customer, a date and an amount. Name an Excel table or a sheet "${missingTables.map(label).join('" / "')}", or choose it in AR Settings (source.Invoices).`);
    this.name = "MissingTablesError";
  }
}

/** An aging summary cannot be aged again: say so, and which export to use instead. */
function agingReportText(report: AgingReportBlock): string {
  if (report.kind === "statement") {
    return (
      `ARDesk schema: sheet "${report.sheet}" (row ${report.headerRow}) is a customer statement's summary (对账单): ` +
      `${report.buckets.map((b) => `"${b}"`).join(", ")} are one period's totals for one customer, with no document or date, ` +
      "so AR Desk cannot age them, chase them or put them on statements. Compare its closing balance with the statement AR Desk " +
      "makes for that customer; to read the receivables, open your own invoice list or customer ledger, one row per document " +
      "with its number, customer, date and amount; or choose such a sheet in AR Settings (source.Invoices)."
    );
  }
  if (report.kind === "balances") {
    return (
      `ARDesk schema: sheet "${report.sheet}" (header row ${report.headerRow}) is a balance summary: its columns ` +
      `${report.buckets.map((b) => `"${b}"`).join(", ")} give each customer's balances for the period, with no document or date, ` +
      "so AR Desk cannot age them, chase them or put them on statements. Export the customer ledger detail instead, one row per " +
      "document with its number, customer, date and amount (用友 / 畅捷通 \"客户往来明细账\", 金蝶 \"应收款明细表\"), and open that file; " +
      "or choose such a sheet in AR Settings (source.Invoices)."
    );
  }
  return (
    `ARDesk schema: sheet "${report.sheet}" (header row ${report.headerRow}) is an aging summary: its columns ` +
    `${report.buckets.map((b) => `"${b}"`).join(", ")} hold amounts already put in buckets, and it has no invoice or due date, ` +
    "so AR Desk cannot age them, chase them or put them on statements. Export the open-item detail instead, one row per " +
    "invoice with its number, customer, invoice date (or due date) and amount or open balance (Sage \"Aged Debtors Detailed\", " +
    "Xero \"Aged Receivables Detail\", QuickBooks \"A/R Aging Detail\", 金蝶/用友 \"应收账款明细表\"), and open that file; " +
    "or choose such a sheet in AR Settings (source.Invoices)."
  );
}

function label(kind: TableKind): string {
  return kind[0].toUpperCase() + kind.slice(1);
}

/**
 * The ledger input for a detection. Required columns that are missing stay unmapped: the ledger
 * builder reports them as data issues. Without Customers (a one-sheet ledger) the builder derives
 * the customers from the invoice rows. Throws {@link MissingTablesError} without Invoices.
 * @example buildLedger(toLedgerInput(detectTables(await port.readBlocks())))
 */
export function toLedgerInput(detection: Detection): LedgerInput {
  const { customers, invoices, payments } = detection;
  if (!invoices) throw new MissingTablesError(["invoices"], detection.agingReport);
  return {
    ...(customers ? { customers: { block: customers.block, columns: { ...customers.columns } } } : {}),
    invoices: { block: invoices.block, columns: { ...invoices.columns } },
    ...(detection.moreInvoices && detection.moreInvoices.length > 0
      ? { moreInvoices: detection.moreInvoices.map((d) => ({ block: d.block, columns: { ...d.columns } })) }
      : {}),
    ...(payments ? { payments: { block: payments.block, columns: { ...payments.columns } } } : {}),
  };
}
