/**
 * Every run starts here, in the CLI, the browser and Excel alike: what a host read from the
 * clerk's workbook becomes a ledger session (settings, detection, ledger, issues, dunning log),
 * refused when its totals could not be exact.
 */
import type { DataIssue } from "../core/model";
import type { Settings } from "../core/settings";
import type { SourceBlock } from "../workbook/port";
import { inspectWorkbook, type WorkbookInspection } from "./analysis";
import { refuseInexactTotals } from "./exactLedgerTotals";
import { openSession, type LedgerSession } from "./session";

/** What a host read from the clerk's workbook (file reader or Office.js) before any run. */
export interface WorkbookRead {
  readonly blocks: readonly SourceBlock[];
  /** Sheets AR Desk generated (statements, Index, …): never read as the clerk's input. */
  readonly generatedSheets: ReadonlySet<string>;
  /** Cells the file reader could not take as written (the .xlsx reader's issues); Excel reads its own cells: none. */
  readonly readIssues?: readonly DataIssue[];
}

export interface OpenLedgerOptions {
  /** Settings to use instead of the workbook's (the task pane's unsaved edits). */
  readonly settings?: Settings;
  /** Day/month order for ambiguous text dates such as 3/4/2026; beats the workbook's setting. */
  readonly dateOrder?: "mdy" | "dmy";
}

/**
 * The session a run works on.
 * @throws MissingTablesError when no invoice list can be found.
 * @throws InexactTotalsError when a currency's totals could not be exact.
 */
export function openLedger(read: WorkbookRead, options: OpenLedgerOptions = {}): LedgerSession {
  const session = openSession(read.blocks, { ...options, generatedSheets: read.generatedSheets, readIssues: inputReadIssues(read) });
  refuseInexactTotals(session.ledger);
  return session;
}

/**
 * The workbook as the clerk reviews it: detection always, a session only when the ledger can be
 * built (missing tables are shown, not thrown).
 * @throws InexactTotalsError when a currency's totals could not be exact.
 */
export function inspectLedger(read: WorkbookRead, options: OpenLedgerOptions = {}): WorkbookInspection {
  const inspection = inspectWorkbook(read.blocks, { ...options, generatedSheets: read.generatedSheets, readIssues: inputReadIssues(read) });
  if (inspection.session) refuseInexactTotals(inspection.session.ledger);
  return inspection;
}

/** The reader's issues on the clerk's own sheets: AR Desk's output is not the clerk's input. */
export function inputReadIssues(read: WorkbookRead): readonly DataIssue[] {
  return (read.readIssues ?? []).filter((i) => !read.generatedSheets.has(i.sheet));
}
