/**
 * What a reminders run adds up to: how many reminders at each stage, and the amount overdue they
 * chase per currency (never added across currencies). Stages in the policy's order (the ladder a
 * clerk reads: Upcoming, Reminder 1 … Collections), currencies by code, as the statements' totals.
 */
import type { Money } from "../core/model";
import type { Reminder } from "../core/reminders";

export interface ReminderTotals {
  readonly byStage: readonly { readonly stage: string; readonly count: number }[];
  readonly overdue: readonly Money[];
}

/**
 * @param stageOrder the policy's stage names, lowest first; a stage not in it (none in practice)
 *   follows them in the order first met.
 * @example reminderTotals(run.reminders, ["Reminder 1", "Reminder 2"]).overdue //=> [{ currency: "CNY", minor: 657768147 }, { currency: "USD", minor: 246706545 }]
 */
export function reminderTotals(reminders: readonly Reminder[], stageOrder: readonly string[] = []): ReminderTotals {
  const byStage = new Map<string, number>();
  const overdue = new Map<string, number>();
  for (const r of reminders) {
    byStage.set(r.stage, (byStage.get(r.stage) ?? 0) + 1);
    for (const g of r.groups) overdue.set(g.currency, (overdue.get(g.currency) ?? 0) + g.overdueTotal);
  }
  const rank = (stage: string): number => {
    const at = stageOrder.indexOf(stage);
    return at < 0 ? stageOrder.length : at;
  };
  return {
    // Array.prototype.sort is stable: stages outside the order keep the order first met.
    byStage: [...byStage].map(([stage, count]) => ({ stage, count })).sort((a, b) => rank(a.stage) - rank(b.stage)),
    overdue: [...overdue].map(([currency, minor]) => ({ currency, minor })).sort((a, b) => (a.currency < b.currency ? -1 : a.currency > b.currency ? 1 : 0)),
  };
}
