/**
 * The AR Summary that `ar-desk report --out` writes, read back in the independent calculator's
 * terms (whole cents), for the corpus tests to compare with each ledger's expected rows.
 */
import type ExcelJS from "exceljs";
import type { ExpectedRow } from "./expectedAging";
import { cents, tableRows } from "../../cli/_lib/runCli";

const LABELS = ["Current", "1-30", "31-60", "61-90", "90+"] as const;

/** The AR Summary's rows with money. */
export function summaryRows(wb: ExcelJS.Workbook): ExpectedRow[] {
  return tableRows(wb, "AR Summary", "ARSummary")
    .filter((r) => r.Customer !== null && r.Customer !== undefined && r.Customer !== "")
    .map((r) => ({
      customer: String(r.Customer),
      currency: String(r.Currency),
      buckets: LABELS.map((label) => cents(r[label] ?? 0)) as unknown as ExpectedRow["buckets"],
      balance: cents(r.Balance),
      overdue: cents(r.Overdue),
    }))
    .filter((r) => r.balance !== 0 || r.overdue !== 0 || r.buckets.some((b) => b !== 0));
}

/** Rows in one order (customer, then currency), so two lists compare as sets. */
export const byCustomer = (a: ExpectedRow, b: ExpectedRow) => `${a.customer}|${a.currency}`.localeCompare(`${b.customer}|${b.currency}`);
