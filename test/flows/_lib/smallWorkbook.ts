/** A small clerk's workbook as the readers deliver it (blocks), for the flows that start from one. */
import type { DataIssue } from "../../../src/core/model";
import type { WorkbookRead } from "../../../src/flows/openLedger";
import type { SourceBlock } from "../../../src/workbook/port";
import { block } from "../../core/builders";

/** C1 Acme (limit 300.00), C2 Beta; no Payments table. */
export const CUSTOMERS: SourceBlock = block("Customers", ["Customer ID", "Customer Name", "Email", "Credit Limit"], [
  ["C1", "Acme Ltd", "ap@acme.example", 300],
  ["C2", "Beta LLC", "ap@beta.example", null],
]);

/**
 * As of 2026-10-31: INV-1 is 30 days overdue (100.00), INV-2 not yet due (250.00), INV-3 92 days
 * overdue (40.00).
 */
export const INVOICES: SourceBlock = block("Invoices", ["Invoice No", "Customer ID", "Invoice Date", "Due Date", "Amount"], [
  ["INV-1", "C1", "2026-09-01", "2026-10-01", 100],
  ["INV-2", "C1", "2026-10-10", "2026-11-09", 250],
  ["INV-3", "C2", "2026-07-01", "2026-07-31", 40],
]);

export function readOf(blocks: readonly SourceBlock[], more: { generatedSheets?: string[]; readIssues?: DataIssue[] } = {}): WorkbookRead {
  return { blocks, generatedSheets: new Set(more.generatedSheets ?? []), readIssues: more.readIssues ?? [] };
}
