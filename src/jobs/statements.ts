/**
 * The month-end job: statements for every customer and currency, laid out as sheets
 * (Index first, then one per statement, then Data issues when there are any).
 */
import { statementsFor, type Statement, type StatementPeriod, type StatementType } from "../core/statements";
import type { Minor } from "../core/model";
import { dataIssuesSheet, layoutStatements, type SheetSpec } from "../workbook/layout";
import type { LedgerSession } from "./session";

export interface StatementsRun {
  readonly period: StatementPeriod;
  readonly statements: Statement[];
  /** Index, statements, then Data issues when the session has issues. */
  readonly sheets: SheetSpec[];
  /** Total due and overdue per currency (never added across currencies). */
  readonly totals: { currency: string; totalDue: Minor; overdue: Minor; count: number }[];
}

export interface StatementsJobOptions {
  readonly type?: StatementType;
  /** Sheet names the clerk already uses (Excel host): statements never take them. */
  readonly takenSheetNames?: Iterable<string>;
}

export function statementsJob(session: LedgerSession, period: StatementPeriod, options: StatementsJobOptions = {}): StatementsRun {
  const { settings } = session;
  const statements = statementsFor(session.ledger, period, {
    type: options.type ?? settings.statement.type,
    agingEdges: settings.agingEdges,
    agingBasis: settings.agingBasis,
    policy: settings.dunning,
    log: session.log,
    confirmationSlip: settings.statement.confirmationSlip,
  });
  const sheets = layoutStatements(statements, settings, { taken: options.takenSheetNames });
  if (session.issues.length > 0) sheets.push(dataIssuesSheet(session.issues));
  return { period, statements, sheets, totals: totalsByCurrency(statements) };
}

export function totalsByCurrency(statements: readonly Statement[]): StatementsRun["totals"] {
  const map = new Map<string, { currency: string; totalDue: Minor; overdue: Minor; count: number }>();
  for (const s of statements) {
    const t = map.get(s.currency) ?? { currency: s.currency, totalDue: 0, overdue: 0, count: 0 };
    t.totalDue += s.totalDue;
    t.overdue += s.overdue;
    t.count += 1;
    map.set(s.currency, t);
  }
  return [...map.values()].sort((a, b) => a.currency.localeCompare(b.currency));
}
