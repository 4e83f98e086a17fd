/**
 * The AR summary as of a day: aging per customer, credit, stage, provision, totals per currency, DSO.
 */
import { statementsFor } from "../core/statements";
import { monthStart } from "../core/dates";
import type { DayNumber } from "../core/model";
import { summaryFromStatements, summarySheet, type ArSummary, type SheetSpec } from "../workbook/layout";
import type { LedgerSession } from "./session";
import { dsoByCurrency } from "./dso";

export interface ReportRun {
  readonly summary: ArSummary;
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
  const withAsOf: ArSummary = { ...summary, asOf };
  return { summary: withAsOf, sheet: summarySheet(withAsOf, settings, { chartsSupported: options.chartsSupported }) };
}
