/**
 * The month-end job: statements for every customer and currency, laid out as sheets
 * (Index first, then one per statement, then Data issues when there are any).
 */
import { statementsFor, type Statement, type StatementPeriod, type StatementType } from "../core/statements";
import { currencyTotals } from "../core/metrics";
import type { DataIssue, DayNumber, Language, Minor } from "../core/model";
import { dataIssuesSheet, layoutStatementsLazily, type SheetSpec } from "../workbook/layout";
import { issuesToday, type FarAheadSession } from "./farAhead";
import type { LedgerSession } from "./session";
import { whileWorkingOn } from "../core/workingSet";

export interface StatementsRun {
  readonly period: StatementPeriod;
  readonly statements: Statement[];
  /** Index, statements, then Data issues when there are issues. */
  readonly sheets: SheetSpec[];
  /** The ledger's issues the Data issues sheet lists (and the CLI's and the pane's counts say). */
  readonly issues: readonly DataIssue[];
  /** Total due and overdue per currency (never added across currencies). */
  readonly totals: { currency: string; totalDue: Minor; overdue: Minor; count: number }[];
}

export interface StatementsJobOptions {
  readonly type?: StatementType;
  /** Sheet names the clerk already uses (Excel host): statements never take them. */
  readonly takenSheetNames?: Iterable<string>;
  /** The clerk's language (the pane's, or the CLI's --lang/locale) for the Index and Data issues sheets. Default "en". */
  readonly language?: Language;
  /**
   * The day the statements are made (the CLI's and the pane's today, not the statement date):
   * invoices dated more than a year after it are listed on Data issues too, by the one rule of
   * flows/farAhead (`check` and the pane's issue list name them). Without it, the session's issues alone.
   */
  readonly today?: DayNumber;
}

export function statementsJob(session: LedgerSession, period: StatementPeriod, options: StatementsJobOptions = {}): StatementsRun {
  const plan = planStatements(session, period, options);
  return { period, statements: plan.statements, sheets: [...plan.sheets()], totals: plan.totals, issues: plan.issues };
}

/** The job's result with the sheets laid out only when asked, one at a time (see {@link planStatements}). */
export interface StatementsPlan extends Omit<StatementsRun, "sheets"> {
  /** How many sheets {@link StatementsPlan.sheets} yields. */
  readonly sheetCount: number;
  /** Index, statements, then Data issues: the same sheets as statementsJob, each laid out as it is taken. */
  sheets(): Iterable<SheetSpec>;
}

/**
 * The statements, their sheet names and totals, with the sheets laid out lazily: a writer that
 * writes each sheet before taking the next holds one statement's layout at a time, whatever
 * the number of customers (the CLI's streaming writer). Same sheets, names and order as
 * {@link statementsJob}, which is this plan laid out in full.
 */
export function planStatements(session: Pick<LedgerSession, "settings" | "ledger" | "log"> & FarAheadSession, period: StatementPeriod, options: StatementsJobOptions = {}): StatementsPlan {
  return whileWorkingOn(session, () => statementsPlanOf(session, period, options));
}

function statementsPlanOf(session: Pick<LedgerSession, "settings" | "ledger" | "log"> & FarAheadSession, period: StatementPeriod, options: StatementsJobOptions): StatementsPlan {
  const { settings } = session;
  const statements = statementsFor(session.ledger, period, {
    type: options.type ?? settings.statement.type,
    agingEdges: settings.agingEdges,
    agingBasis: settings.agingBasis,
    policy: settings.dunning,
    log: session.log,
    confirmationSlip: settings.statement.confirmationSlip,
  });
  const issues = options.today === undefined ? session.issues : issuesToday(session, options.today);
  function* sheets(): Generator<SheetSpec> {
    yield* layoutStatementsLazily(statements, settings, { taken: options.takenSheetNames, language: options.language ?? "en" });
    if (issues.length > 0) yield dataIssuesSheet(issues, { language: options.language ?? "en" });
  }
  return { period, statements, issues, totals: totalsByCurrency(statements), sheetCount: statements.length + 1 + (issues.length > 0 ? 1 : 0), sheets };
}

export function totalsByCurrency(statements: readonly Statement[]): StatementsRun["totals"] {
  const lines = statements.map((s) => ({ currency: s.currency, aging: s.aging.amounts, balance: s.totalDue, overdue: s.overdue, unapplied: s.unapplied }));
  return currencyTotals(lines).map((t) => ({ currency: t.currency, totalDue: t.balance, overdue: t.overdue, count: t.accounts }));
}
