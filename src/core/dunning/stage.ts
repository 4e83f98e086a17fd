/**
 * Dunning stages of invoices and customers (DESIGN §3): an invoice's stage is the last stage whose
 * threshold (+ grace days) ≤ its days overdue; paid, disputed or below-minimum invoices are None;
 * a customer's stage is the highest of its invoices.
 */
import type { CurrencyCode, Minor } from "../model";
import { toMinor } from "../money/decimal";
import { DEFAULT_POLICY, type DunningPolicy, type DunningStage } from "./policy";

export const STAGE_NONE = "None";

const minimumCache = new WeakMap<DunningPolicy, Map<CurrencyCode, Minor>>();

/** The policy's minimum amount in `currency`'s minor units (cached: the functions call this a million times). */
export function minimumMinor(policy: DunningPolicy, currency: CurrencyCode): Minor {
  let perCurrency = minimumCache.get(policy);
  if (!perCurrency) {
    perCurrency = new Map();
    minimumCache.set(policy, perCurrency);
  }
  let minimum = perCurrency.get(currency);
  if (minimum === undefined) {
    minimum = toMinor(policy.minAmount, currency);
    perCurrency.set(currency, minimum);
  }
  return minimum;
}

/** The stage (object) an invoice has reached, or undefined for None. */
export function invoiceStageOf(
  daysOverdue: number,
  openMinor: Minor,
  currency: CurrencyCode,
  disputed: boolean,
  policy: DunningPolicy = DEFAULT_POLICY,
): DunningStage | undefined {
  if (disputed || openMinor <= 0 || openMinor < minimumMinor(policy, currency)) return undefined;
  const rank = rankByDays(daysOverdue, policy);
  return rank > 0 ? policy.stages[rank - 1] : undefined;
}

/**
 * The rank (0 = None, 1 = the first stage, …) of the last stage whose threshold (+ grace days) ≤
 * daysOverdue, whatever the amount or a dispute (invoiceStageOf weighs those).
 *
 * @example
 * rankByDays(15, DEFAULT_POLICY) //=> 3 (Reminder 2)
 */
export function rankByDays(daysOverdue: number, policy: DunningPolicy): number {
  const { stages, graceDays } = policy;
  let rank = 0;
  for (let k = 0; k < stages.length; k++) {
    if (stages[k].fromDays + graceDays <= daysOverdue) rank = k + 1;
    else break; // stages ascend by fromDays
  }
  return rank;
}

/**
 * The dunning stage name of one invoice.
 *
 * @param daysOverdue - as-of − due date (negative before the due date)
 * @param openMinor - open balance in minor units; ≤ 0 (paid) gives None
 * @param disputed - a disputed invoice is never dunned
 * @example
 * invoiceStage(0, 10000, "USD", false)  //=> "Upcoming"
 * invoiceStage(15, 10000, "USD", false) //=> "Reminder 2"
 * invoiceStage(90, 10000, "USD", true)  //=> "None"
 */
export function invoiceStage(
  daysOverdue: number,
  openMinor: Minor,
  currency: CurrencyCode,
  disputed: boolean,
  policy: DunningPolicy = DEFAULT_POLICY,
): string {
  return invoiceStageOf(daysOverdue, openMinor, currency, disputed, policy)?.name ?? STAGE_NONE;
}

/**
 * Rank of a stage in the policy: None = 0, the first stage 1, and so on; -1 when the policy has no
 * such stage. Case-insensitive.
 */
export function stageRank(name: string, policy: DunningPolicy = DEFAULT_POLICY): number {
  const key = name.trim().toLowerCase();
  if (key === STAGE_NONE.toLowerCase() || key === "") return 0;
  const index = policy.stages.findIndex((stage) => stage.name.toLowerCase() === key);
  return index < 0 ? -1 : index + 1;
}

/** Name of the stage with this rank (0 = None). */
export function stageAtRank(rank: number, policy: DunningPolicy = DEFAULT_POLICY): string {
  return rank <= 0 ? STAGE_NONE : policy.stages[Math.min(rank, policy.stages.length) - 1].name;
}

/**
 * A customer's stage: the highest stage among its invoices' stages (names not in the policy are ignored).
 *
 * @example
 * customerStage(["None", "Reminder 2", "Upcoming"]) //=> "Reminder 2"
 */
export function customerStage(stages: Iterable<string>, policy: DunningPolicy = DEFAULT_POLICY): string {
  let best = 0;
  for (const name of stages) best = Math.max(best, stageRank(name, policy));
  return stageAtRank(best, policy);
}

/** Rank of the first stage that starts after the due date (Reminder 1 by default): where dunning proper begins. */
export function firstOverdueRank(policy: DunningPolicy = DEFAULT_POLICY): number {
  const index = policy.stages.findIndex((stage) => stage.fromDays >= 1);
  return index < 0 ? policy.stages.length + 1 : index + 1;
}
