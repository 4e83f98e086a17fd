import { isWrittenNotice, type DunningHistory } from "../dunning/log";
import type { StageAction } from "../dunning/policy";
import type { DayNumber } from "../model";
import type { Reminder } from "./types";

/** A customer to call (or visit) because the policy says so at their stage. */
export interface CallTask {
  readonly reminder: Reminder;
  readonly action: StageAction;
  /** Latest call/visit logged for these invoices at this stage (undefined = not done yet). */
  readonly lastCall?: DayNumber;
}

/**
 * The phone/visit task list: every reminder whose stage has an action in the policy, with the
 * call already logged at that stage, if any (up to and including the as-of day).
 *
 * @example
 * callTasks(remindersDue(ledger, asOf, policy, log), history)
 * //=> [{ reminder: <C001 at Reminder 2>, action: "phone" }]
 */
export function callTasks(reminders: readonly Reminder[], history: DunningHistory): CallTask[] {
  const tasks: CallTask[] = [];
  for (const reminder of reminders) {
    if (!reminder.action) continue;
    const invoiceNos = new Set(reminder.groups.flatMap((g) => g.invoices.map((i) => i.invoiceNo)));
    const stage = reminder.stage.trim().toLowerCase();
    let lastCall: DayNumber | undefined;
    for (const contact of history.byCustomer.get(reminder.customer.id) ?? []) {
      if (isWrittenNotice(contact) || contact.date > reminder.asOf || !invoiceNos.has(contact.invoiceNo)) continue;
      if (contact.stage.trim().toLowerCase() !== stage) continue;
      if (lastCall === undefined || contact.date > lastCall) lastCall = contact.date;
    }
    tasks.push({ reminder, action: reminder.action, ...(lastCall !== undefined ? { lastCall } : {}) });
  }
  return tasks;
}
