/**
 * An aging list by due date (Oracle Receivables' Aging by Account, a collector's worklist) prints
 * no invoice date: aging by due date needs none, and the list is read with each document dated
 * from its due date. Private to the ledger.
 */
import type { Customer, DayNumber } from "../../model";
import type { Terms } from "./terms";

/**
 * The invoice date a row without one is given: an invoice's due date less its terms (the row's,
 * else its customer's: what issuing it under those terms would have made due then), so a
 * not-yet-due invoice is still in the as-of day's figures; a credit or payment is dated on its
 * due date (no terms run on it). EOM terms count back to the month end they ran from.
 *
 * @example dateFromDue(dayOf("2026-11-20"), true, undefined, { termsDays: 30 }) //=> dayOf("2026-10-21")
 */
export function dateFromDue(due: DayNumber, isInvoice: boolean, terms: Terms | undefined, customer: Pick<Customer, "termsDays">): DayNumber {
  if (!isInvoice) return due;
  return (due - (terms ? terms.days : customer.termsDays)) as DayNumber;
}
