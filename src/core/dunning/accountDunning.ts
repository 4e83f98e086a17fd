import type { Account, InvoiceStatus } from "../allocation/account";
import type { DayNumber, Minor } from "../model";
import { interestAtRate, normalizedRate } from "./interest";
import { feeMinor, feeToCharge, highestLoggedRank, interestToCharge, NO_HISTORY, oneStepCap, type DunningHistory } from "./log";
import { DEFAULT_POLICY, type DunningPolicy } from "./policy";
import { minimumMinor, rankByDays, stageAtRank, STAGE_NONE } from "./stage";

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
  const cap = dunningCap(policy, history, customerId, () => account.openItems.map((s) => s.invoice.invoiceNo));
  const rate = normalizedRate(policy.annualRate);
  const minimum = minimumMinor(policy, account.currency);
  const logged = history.byInvoice.size > 0;
  let best = 0;
  const invoices = account.openItems.map((status): InvoiceDunning => {
    const { invoice, open } = status;
    const daysOverdue = asOf - invoice.dueDate;
    const rank = cappedRank(daysOverdue, open, minimum, invoice.disputed, policy, cap);
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

/**
 * The highest rank any of an account's open invoices may reach now: one step above the highest
 * stage logged for them with `policy.oneStepAtATime`, else no cap (Infinity). `invoiceNos` is
 * called only when there is a log to look them up in.
 */
export function dunningCap(policy: DunningPolicy, history: DunningHistory, customerId: string, invoiceNos: () => Iterable<string>): number {
  if (!policy.oneStepAtATime) return Number.POSITIVE_INFINITY;
  return oneStepCap(history.byInvoice.size > 0 ? highestLoggedRank(history, customerId, invoiceNos(), policy) : 0, policy);
}

/**
 * An open invoice's rank (0 = None, 1 = the policy's first stage, …) after the cap (see
 * {@link dunningCap}): None when disputed, paid, or below `minimum` (minimumMinor of the policy in
 * the account's currency, found once per account); its stage is `stageAtRank(rank, policy)`.
 *
 * @example
 * cappedRank(15, 10000, minimumMinor(DEFAULT_POLICY, "USD"), false, DEFAULT_POLICY, Infinity) //=> 3 (Reminder 2)
 */
export function cappedRank(daysOverdue: number, open: Minor, minimum: Minor, disputed: boolean, policy: DunningPolicy, cap: number): number {
  if (disputed || open <= 0 || open < minimum) return 0;
  const rank = rankByDays(daysOverdue, policy);
  return rank > cap ? cap : rank;
}
