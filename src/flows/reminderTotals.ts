/**
 * What a reminders run adds up to: how many reminders at each stage, and the amount overdue they
 * chase per currency (never added across currencies). Both in the order first met in the run.
 */
import type { Money } from "../core/model";
import type { Reminder } from "../core/reminders";

export interface ReminderTotals {
  readonly byStage: readonly { readonly stage: string; readonly count: number }[];
  readonly overdue: readonly Money[];
}

/** @example reminderTotals(run.reminders).overdue //=> [{ currency: "CNY", minor: 657768147 }, { currency: "USD", minor: 246706545 }] */
export function reminderTotals(reminders: readonly Reminder[]): ReminderTotals {
  const byStage = new Map<string, number>();
  const overdue = new Map<string, number>();
  for (const r of reminders) {
    byStage.set(r.stage, (byStage.get(r.stage) ?? 0) + 1);
    for (const g of r.groups) overdue.set(g.currency, (overdue.get(g.currency) ?? 0) + g.overdueTotal);
  }
  return {
    byStage: [...byStage].map(([stage, count]) => ({ stage, count })),
    overdue: [...overdue].map(([currency, minor]) => ({ currency, minor })),
  };
}
