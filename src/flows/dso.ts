import type { Account } from "../core/allocation";
import { dso } from "../core/metrics";
import type { DayNumber, Ledger } from "../core/model";

/**
 * DSO per currency as the AR Summary shows it (undefined = no credit sales in the window).
 * @param source - a ledger, or its accountsAsOf(ledger, asOf) when already settled
 */
export function dsoByCurrency(source: Ledger | readonly Account[], asOf: DayNumber, days: number): Record<string, number | undefined> {
  const out: Record<string, number | undefined> = {};
  for (const figure of dso(source, asOf, days)) out[figure.currency] = figure.dso;
  return out;
}
