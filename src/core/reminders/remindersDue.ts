import type { Account } from "../allocation/account";
import { accountsAsOf } from "../allocation/allocate";
import { accountDunning } from "../dunning/accountDunning";
import { contactsBefore, isWrittenNotice, type DunningHistory, type DunningLogEntry } from "../dunning/log";
import { ledgerHistory } from "../dunning/logForLedger";
import { DEFAULT_POLICY, type DunningPolicy } from "../dunning/policy";
import { firstOverdueRank, stageAtRank, stageRank } from "../dunning/stage";
import type { DayNumber, Ledger } from "../model";
import type { Reminder, ReminderGroup, ReminderInvoice, RemindersOptions } from "./types";

/**
 * The reminders to draft as of a day: one per customer with an invoice at Reminder 1 or later
 * (or at Upcoming, when `includeUpcoming`), in the customer's language, grouped per currency.
 * Each group lists the invoices being dunned (disputed and below-minimum invoices never are) with
 * the fee and interest to charge now, knowing from the log what was charged before. A currency
 * group whose balance is not positive (unapplied credit covers it) is left out.
 *
 * @example
 * remindersDue(ledger, dayFromCivil(2026, 10, 31), DEFAULT_POLICY, log).map((r) => [r.customer.id, r.stage])
 * //=> [["C001", "Reminder 2"], ["C007", "Final notice"]]
 */
export function remindersDue(
  ledger: Ledger,
  asOf: DayNumber,
  policy: DunningPolicy = DEFAULT_POLICY,
  log?: DunningHistory | readonly DunningLogEntry[],
  options: RemindersOptions = {},
): Reminder[] {
  return remindersChosen(ledger, asOf, policy, log, options).reminders;
}

/** The reminders due, and the customers left out because they were written to too recently. */
export interface RemindersChosen {
  readonly reminders: Reminder[];
  /** Customer ids held back by `policy.daysBetweenNotices`, in ledger order. */
  readonly heldBack: string[];
}

/**
 * The last written notice to a customer before a day (any invoice): its day and the highest stage
 * rank written that day. Calls don't count; notices of the day itself are left out, so a same-day
 * re-run re-makes its own notices instead of being held back by them.
 */
export function lastWrittenNotice(
  history: DunningHistory,
  customerId: string,
  before: DayNumber,
  policy: DunningPolicy,
): { readonly date: DayNumber; readonly rank: number } | undefined {
  let last: { date: DayNumber; rank: number } | undefined;
  for (const contact of history.byCustomer.get(customerId) ?? []) {
    if (contact.date >= before || !isWrittenNotice(contact)) continue;
    const rank = stageRank(contact.stage, policy);
    if (!last || contact.date > last.date) last = { date: contact.date, rank };
    else if (contact.date === last.date) last.rank = Math.max(last.rank, rank);
  }
  return last;
}

/**
 * {@link remindersDue} with the dunning interval applied and reported: a customer whose last
 * written notice is fewer than `policy.daysBetweenNotices` days before `asOf` is held back, unless
 * its stage has risen above that notice's stage (a higher stage always goes out).
 *
 * @example
 * remindersChosen(ledger, asOf, { ...DEFAULT_POLICY, daysBetweenNotices: 7 }, log).heldBack //=> ["C001"]
 */
export function remindersChosen(
  ledger: Ledger,
  asOf: DayNumber,
  policy: DunningPolicy = DEFAULT_POLICY,
  log?: DunningHistory | readonly DunningLogEntry[],
  options: RemindersOptions = {},
): RemindersChosen {
  // Rows of a log keyed by name find their customer in a ledger that now has IDs (logForLedger).
  const history = ledgerHistory(ledger, log);
  const interval = policy.daysBetweenNotices ?? 0;
  const heldBack: string[] = [];
  const minRank = options.includeUpcoming ? 1 : firstOverdueRank(policy);
  const byCustomer = new Map<string, { account: Account; group: ReminderGroup; rank: number }[]>();
  for (const account of accountsAsOf(ledger, asOf)) {
    if (account.balance <= 0) continue;
    const dunning = accountDunning(account, asOf, policy, history);
    if (dunning.rank < minRank) continue;
    const invoices: ReminderInvoice[] = [];
    let overdueTotal = 0;
    let totalDue = 0;
    let fees = 0;
    let interest = 0;
    let rank = 0;
    for (const item of dunning.invoices) {
      if (item.rank < minRank) continue; // None, or Upcoming when not requested
      const { invoice, open } = item.status;
      invoices.push({
        invoiceNo: invoice.invoiceNo,
        invoiceDate: invoice.invoiceDate,
        dueDate: invoice.dueDate,
        daysOverdue: item.daysOverdue,
        amount: invoice.amount.minor,
        open,
        stage: item.stage,
        fee: item.fee,
        interest: item.interest,
      });
      if (item.daysOverdue >= 1) overdueTotal += open;
      totalDue += open;
      fees += item.fee;
      interest += item.interest;
      rank = Math.max(rank, item.rank);
    }
    if (invoices.length === 0) continue;
    invoices.sort((a, b) => a.dueDate - b.dueDate || a.invoiceDate - b.invoiceDate || (a.invoiceNo < b.invoiceNo ? -1 : a.invoiceNo > b.invoiceNo ? 1 : 0));
    const group: ReminderGroup = {
      currency: account.currency,
      invoices,
      overdueTotal,
      totalDue,
      fees,
      interest,
      totalToPay: totalDue + fees + interest,
      unapplied: account.unapplied,
      stage: stageAtRank(rank, policy),
    };
    const list = byCustomer.get(account.customer.id) ?? [];
    list.push({ account, group, rank });
    byCustomer.set(account.customer.id, list);
  }

  const reminders: Reminder[] = [];
  const order = new Map(ledger.customers.map((customer, index) => [customer.id, index]));
  const customerIds = [...byCustomer.keys()].sort((a, b) => (order.get(a) ?? Infinity) - (order.get(b) ?? Infinity) || (a < b ? -1 : a > b ? 1 : 0));
  for (const id of customerIds) {
    const entries = byCustomer.get(id)!;
    entries.sort((a, b) => (a.group.currency < b.group.currency ? -1 : a.group.currency > b.group.currency ? 1 : 0));
    const customer = entries[0].account.customer;
    const rank = Math.max(...entries.map((e) => e.rank));
    if (interval > 0) {
      const last = lastWrittenNotice(history, id, asOf, policy);
      if (last && asOf - last.date < interval && rank <= last.rank) {
        heldBack.push(id);
        continue;
      }
    }
    const invoiceNos = entries.flatMap((e) => e.group.invoices.map((i) => i.invoiceNo));
    const { notices, calls } = contactsBefore(history, id, invoiceNos, asOf);
    const action = rank > 0 ? policy.stages[Math.min(rank, policy.stages.length) - 1].action : undefined;
    reminders.push({
      customer,
      asOf,
      stage: stageAtRank(rank, policy),
      language: customer.language,
      ...(customer.email ? { email: customer.email } : {}),
      groups: entries.map((e) => e.group),
      notices,
      calls,
      ...(action ? { action } : {}),
      ...(ledger.numbersAreDocuments ? { numbersAreDocuments: true } : {}),
    });
  }
  return { reminders, heldBack };
}
