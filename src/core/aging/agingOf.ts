/**
 * Days overdue and aging totals of open items.
 */
import type { Account, InvoiceStatus } from "../allocation/account";
import type { DayNumber, Minor } from "../model";
import { agingBucket, DEFAULT_AGING_EDGES, validateEdges } from "./edges";
import type { AgingOptions } from "./edges";

/**
 * Days overdue = as-of − due date. 0 on the due date (not overdue), negative before it.
 *
 * @example
 * daysOverdue(dayFromCivil(2026, 10, 31), dayFromCivil(2026, 11, 30)) //=> 30
 */
export function daysOverdue(dueDate: DayNumber, asOf: DayNumber): number {
  return asOf - dueDate;
}

/**
 * Open balance per aging bucket, in the order of {@link agingLabels}. The totals add up to the
 * sum of the items' open balances, always.
 *
 * @param items - open items of one currency (e.g. `account.openItems`).
 * @example
 * agingOf(account.openItems, asOf) //=> [12000, 0, 5000, 0, 0]
 */
export function agingOf(items: readonly InvoiceStatus[], asOf: DayNumber, options?: AgingOptions): Minor[] {
  const edges = options?.edges ?? DEFAULT_AGING_EDGES;
  const basis = options?.basis ?? "due";
  validateEdges(edges);
  const totals: Minor[] = new Array(edges.length + (basis === "due" ? 2 : 1)).fill(0);
  for (const item of items) {
    const from = basis === "due" ? item.invoice.dueDate : item.invoice.invoiceDate;
    totals[agingBucket(asOf - from, edges, basis)] += item.open;
  }
  return totals;
}

/**
 * An account's balance per aging bucket: its open items aged, with unapplied credit (which has
 * no due date to age by) netted in the first bucket, as most ledgers show it. The totals add up
 * to the account's balance, always (DESIGN §3).
 *
 * @example
 * agingOfAccount({ openItems, unapplied: 2000, … }, asOf) //=> [10000, 0, 5000, 0, 0]
 */
export function agingOfAccount(account: Pick<Account, "openItems" | "unapplied">, asOf: DayNumber, options?: AgingOptions): Minor[] {
  const totals = agingOf(account.openItems, asOf, options);
  totals[0] -= account.unapplied;
  return totals;
}
