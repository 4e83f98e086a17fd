/**
 * The AR summary as of a day: aging per customer, credit, stage, provision, totals per currency, DSO.
 */
import { statementsFor } from "../core/statements";
import { monthStart } from "../core/dates";
import type { DayNumber } from "../core/model";
import { summaryFromStatements, summarySheet, type ArSummary, type SheetSpec } from "../workbook/layout";
import type { LedgerSession } from "./session";
import { dsoByCurrency } from "./dso";
import { paymentBehaviour } from "../core/metrics";

export interface ReportRun {
  readonly summary: ArSummary;
  /** The AR Summary sheet, laid out on first use (the terminal table does without it). */
  readonly sheet: SheetSpec;
}

export function reportJob(session: LedgerSession, asOf: DayNumber, options: { chartsSupported?: boolean } = {}): ReportRun {
  const { settings } = session;
  const statements = statementsFor(session.ledger, { start: monthStart(asOf), end: asOf }, {
    type: "open-item",
    agingEdges: settings.agingEdges,
    agingBasis: settings.agingBasis,
    policy: settings.dunning,
    log: session.log,
    confirmationSlip: false,
  });
  const summary = summaryFromStatements(statements, dsoByCurrency(session.ledger, asOf, settings.dsoDays));
  const grades = settings.creditGrades;
  const thresholds = {
    A: { maxAverageDaysLate: grades.A.maxAverageDaysLate, maxShareLate: Number(grades.A.maxShareLate) },
    B: { maxAverageDaysLate: grades.B.maxAverageDaysLate, maxShareLate: Number(grades.B.maxShareLate) },
    C: { maxAverageDaysLate: grades.C.maxAverageDaysLate, maxShareLate: Number(grades.C.maxShareLate) },
  };
  const behaviour = new Map(paymentBehaviour(session.ledger, asOf, thresholds).map((b) => [b.customer.id, b]));
  const withAsOf: ArSummary = { ...summary, asOf, behaviour, ...(session.ledger.unread ? { unread: session.ledger.unread } : {}) };
  // Laying out 10,000 customers' cells costs as much as the aging itself: only when asked.
  let sheet: SheetSpec | undefined;
  return {
    summary: withAsOf,
    get sheet() {
      return (sheet ??= summarySheet(withAsOf, settings, { chartsSupported: options.chartsSupported }));
    },
  };
}
