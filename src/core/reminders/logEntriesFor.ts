import type { DunningLogEntry } from "../dunning/log";
import type { DayNumber } from "../model";
import type { Reminder } from "./types";

/**
 * The dunning-log rows to append once reminders are actually sent: one per listed invoice, with
 * the stage, open amount, and the fee and interest charged with this notice. Appending them is
 * what makes the next run charge no fee twice and lets one-step-at-a-time climb.
 *
 * @example
 * logEntriesFor(remindersDue(ledger, asOf, policy, log), asOf)
 * //=> [{ date: asOf, customerId: "C001", invoiceNo: "INV-7", stage: "Reminder 1", currency: "USD", amount: 120000, fee: 0, interest: 0, channel: "email" }, …]
 */
export function logEntriesFor(reminders: readonly Reminder[], asOf: DayNumber, channel = "email"): DunningLogEntry[] {
  const entries: DunningLogEntry[] = [];
  for (const reminder of reminders) {
    for (const group of reminder.groups) {
      for (const invoice of group.invoices) {
        entries.push({
          date: asOf,
          customerId: reminder.customer.id,
          invoiceNo: invoice.invoiceNo,
          stage: invoice.stage,
          currency: group.currency,
          amount: invoice.open,
          fee: invoice.fee,
          interest: invoice.interest,
          channel,
        });
      }
    }
  }
  return entries;
}

/**
 * The log rows for a call (or visit) made about a reminder: one per listed invoice at its stage,
 * with no fee and no interest. A call is history for the letters, never a notice: it neither
 * charges a fee nor counts as the stage's notice (src/core/dunning/log.ts).
 *
 * @example
 * callLogEntries(reminder, asOf) //=> [{ …, stage: "Reminder 2", fee: 0, interest: 0, channel: "phone" }]
 */
export function callLogEntries(reminder: Reminder, date: DayNumber, channel: "phone" | "visit" = "phone"): DunningLogEntry[] {
  // The call is about the customer at its stage: every row carries that stage.
  return logEntriesFor([reminder], date, channel).map((entry) => ({ ...entry, stage: reminder.stage, fee: 0, interest: 0 }));
}
