import type { Account, InvoiceStatus } from "../allocation/account";
import type { DayNumber, Minor } from "../model";
import { interestAtRate, normalizedRate } from "./interest";
import { feeMinor, feeToCharge, highestLoggedRank, interestToCharge, NO_HISTORY, oneStepCap, type DunningHistory } from "./log";
import { DEFAULT_POLICY, type DunningPolicy } from "./policy";
import { invoiceStageOf, minimumMinor, stageAtRank, STAGE_NONE } from "./stage";

/** Dunning view of one open invoice. */
export interface InvoiceDunning {
  readonly status: InvoiceStatus;
  /** as-of − due date. */
  readonly daysOverdue: number;
  /** Stage name after the one-step cap (None when disputed, below minimum, or not yet due enough). */
  readonly stage: string;
  /** 0 = None, 1 = the policy's first stage, … */
  readonly rank: number;
  /** Fee to charge with a notice now (0 if this stage was already logged for the invoice). */
  readonly fee: Minor;
  /** Interest accrued to date, before deducting what was already charged. */
  readonly interestAccrued: Minor;
  /** Interest to charge with a notice now. */
  readonly interest: Minor;
}

export interface AccountDunning {
  /** Highest stage among the invoices. */
  readonly stage: string;
  readonly rank: number;
  /** One per open item, same order as account.openItems. */
  readonly invoices: readonly InvoiceDunning[];
}

/**
 * Assesses every open invoice of an account (one customer, one currency) for dunning as of a day.
 * Disputed invoices get None, no fee and no interest.
 * Interest accrues on every undisputed invoice at or above the minimum amount. With `policy.oneStepAtATime`, no invoice
 * goes above one stage past the highest stage logged for the account's open invoices.
 *
 * @example
 * accountDunning(account, dayFromCivil(2026, 10, 31), DEFAULT_POLICY, dunningHistory(log)).stage //=> "Reminder 2"
 */
export function accountDunning(
  account: Account,
  asOf: DayNumber,
  policy: DunningPolicy = DEFAULT_POLICY,
  history: DunningHistory = NO_HISTORY,
): AccountDunning {
  const customerId = account.customer.id;
  const cap = policy.oneStepAtATime
    ? oneStepCap(highestLoggedRank(history, customerId, account.openItems.map((s) => s.invoice.invoiceNo), policy), policy)
    : Number.POSITIVE_INFINITY;
  const rate = normalizedRate(policy.annualRate);
  const minimum = minimumMinor(policy, account.currency);
  const logged = history.byInvoice.size > 0;
  let best = 0;
  const invoices = account.openItems.map((status): InvoiceDunning => {
    const { invoice, open } = status;
    const daysOverdue = asOf - invoice.dueDate;
    const reached = invoiceStageOf(daysOverdue, open, account.currency, invoice.disputed, policy);
    let rank = reached ? policy.stages.indexOf(reached) + 1 : 0;
    if (rank > cap) rank = cap;
    const stage = rank > 0 ? policy.stages[rank - 1] : undefined;
    best = Math.max(best, rank);
    // Interest accrues on every owed, undisputed invoice past grace, whatever notice the cap allows.
    const dunnable = !invoice.disputed && open > 0 && open >= minimum;
    const interestAccrued = dunnable ? interestAtRate(open, account.currency, rate, daysOverdue, policy.graceDays) : 0;
    return {
      status,
      daysOverdue,
      stage: stage?.name ?? STAGE_NONE,
      rank,
      fee: stage ? (logged ? feeToCharge(stage, account.currency, history, customerId, invoice.invoiceNo) : feeMinor(stage, account.currency)) : 0,
      interestAccrued,
      interest: logged ? interestToCharge(interestAccrued, history, customerId, invoice.invoiceNo) : interestAccrued,
    };
  });
  return { stage: stageAtRank(best, policy), rank: best, invoices };
}
