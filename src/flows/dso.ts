import type { Account, LedgerFigures } from "../core/allocation";
import { dso, dsoFigure } from "../core/metrics";
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

/**
 * DSO per currency from every account's figures at the same as-of (the overview's and the AR Summary's; allocation's
 * ledgerFigures, given the window's `salesFrom`): open AR and credit sales added per currency.
 */
export function dsoOfFigures(figures: LedgerFigures, days: number): Record<string, number | undefined> {
  const openAR = new Map<string, number>();
  const sales = new Map<string, number>();
  for (let a = 0; a < figures.count; a++) {
    const currency = figures.currencies[figures.currencyIndex[a]];
    openAR.set(currency, (openAR.get(currency) ?? 0) + figures.balance[a]);
    sales.set(currency, (sales.get(currency) ?? 0) + (figures.sales?.[a] ?? 0));
  }
  const out: Record<string, number | undefined> = {};
  for (const currency of [...openAR.keys()].sort()) out[currency] = dsoFigure(currency, openAR.get(currency) ?? 0, sales.get(currency) ?? 0, days).dso;
  return out;
}
