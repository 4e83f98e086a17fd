import { dso } from "../core/metrics";
import type { DayNumber, Ledger } from "../core/model";

/** DSO per currency as the AR Summary shows it (undefined = no credit sales in the window). */
export function dsoByCurrency(ledger: Ledger, asOf: DayNumber, days: number): Record<string, number | undefined> {
  const out: Record<string, number | undefined> = {};
  for (const figure of dso(ledger, asOf, days)) out[figure.currency] = figure.dso;
  return out;
}
