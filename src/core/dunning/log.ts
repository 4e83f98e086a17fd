/**
 * The dunning log: one entry per invoice per notice actually sent. It makes re-running safe
 * (a stage's fee is charged once per invoice, interest already charged is not charged again)
 * and drives the one-step-at-a-time option.
 */
import type { CurrencyCode, DayNumber, Minor } from "../model";
import { toMinor } from "../money/decimal";
import type { DunningPolicy, DunningStage } from "./policy";
import { firstOverdueRank, stageRank } from "./stage";

export interface DunningLogEntry {
  readonly date: DayNumber;
  readonly customerId: string;
  readonly invoiceNo: string;
  readonly stage: string;
  readonly currency: CurrencyCode;
  /** Open balance of the invoice when the notice went out. */
  readonly amount: Minor;
  /** Fee charged with this notice (0 when already charged before). */
  readonly fee: Minor;
  /** Late interest charged with this notice (only the part not charged before). */
  readonly interest: Minor;
  /** e.g. "email", "letter", "phone". */
  readonly channel?: string;
}

/** Channels that are conversations, not written notices: they neither charge a fee nor climb a stage. */
const CONVERSATION_CHANNELS: ReadonlySet<string> = new Set(["phone", "visit"]);

/** True for a written notice (email, letter, or an entry without a channel, as older logs have). */
export function isWrittenNotice(entry: Pick<DunningLogEntry, "channel">): boolean {
  return !CONVERSATION_CHANNELS.has((entry.channel ?? "").trim().toLowerCase());
}

/** One logged contact with a customer (a notice or a call), as letters quote it. */
export interface LoggedContact {
  readonly date: DayNumber;
  readonly stage: string;
  /** "email", "letter", "phone", "visit", … ("" when the log row has none). */
  readonly channel: string;
  readonly invoiceNo: string;
}

interface InvoiceHistory {
  readonly stages: Set<string>;
  interest: Minor;
  fees: Minor;
  lastDate: DayNumber;
}

/** The log indexed by invoice: build once per run, then every lookup is O(1). */
export interface DunningHistory {
  readonly byInvoice: ReadonlyMap<string, InvoiceHistory>;
  /** Every logged contact per customer, in log order: the letters' history. */
  readonly byCustomer: ReadonlyMap<string, readonly LoggedContact[]>;
}

const keyOf = (customerId: string, invoiceNo: string): string => `${customerId}\u0000${invoiceNo}`;

/** An empty history (no log yet). */
export const NO_HISTORY: DunningHistory = { byInvoice: new Map(), byCustomer: new Map() };

/** Accepts the log as entries or as an already indexed history (undefined = no log). */
export function historyOf(log: DunningHistory | readonly DunningLogEntry[] | undefined): DunningHistory {
  if (log === undefined) return NO_HISTORY;
  return isHistory(log) ? log : dunningHistory(log);
}

function isHistory(log: DunningHistory | readonly DunningLogEntry[]): log is DunningHistory {
  return !Array.isArray(log);
}

/**
 * Indexes log entries by (customer, invoice).
 *
 * @example
 * const history = dunningHistory(entries);
 * wasSent(history, "C001", "INV-7", "Reminder 1") //=> true
 */
export function dunningHistory(entries: Iterable<DunningLogEntry>): DunningHistory {
  const byInvoice = new Map<string, InvoiceHistory>();
  const byCustomer = new Map<string, LoggedContact[]>();
  for (const entry of entries) {
    let contacts = byCustomer.get(entry.customerId);
    if (!contacts) byCustomer.set(entry.customerId, (contacts = []));
    contacts.push({ date: entry.date, stage: entry.stage, channel: (entry.channel ?? "").trim().toLowerCase(), invoiceNo: entry.invoiceNo });
    // A call is history, but only a written notice counts as "sent" for fees and one-step.
    if (!isWrittenNotice(entry)) continue;
    const key = keyOf(entry.customerId, entry.invoiceNo);
    let history = byInvoice.get(key);
    if (!history) {
      history = { stages: new Set(), interest: 0, fees: 0, lastDate: entry.date };
      byInvoice.set(key, history);
    }
    history.stages.add(entry.stage.trim().toLowerCase());
    history.interest += entry.interest;
    history.fees += entry.fee;
    if (entry.date > history.lastDate) history.lastDate = entry.date;
  }
  return { byInvoice, byCustomer };
}

/**
 * What the log shows for a customer's invoices before a day: the written notices (one per day and
 * stage, oldest first) and the calls. Notices of the day itself are left out, so a same-day
 * re-run does not quote the notice it is re-making.
 *
 * @example
 * contactsBefore(history, "C001", ["INV-7"], asOf).notices //=> [{ date: …, stage: "Reminder 1", channel: "email", invoiceNo: "INV-7" }]
 */
export function contactsBefore(
  history: DunningHistory,
  customerId: string,
  invoiceNos: Iterable<string>,
  before: DayNumber,
): { notices: LoggedContact[]; calls: LoggedContact[] } {
  const wanted = new Set(invoiceNos);
  const notices = new Map<string, LoggedContact>();
  const calls = new Map<string, LoggedContact>();
  for (const contact of history.byCustomer.get(customerId) ?? []) {
    if (contact.date >= before || !wanted.has(contact.invoiceNo)) continue;
    const written = isWrittenNotice(contact);
    const into = written ? notices : calls;
    const key = `${contact.date}\u0000${written ? contact.stage.toLowerCase() : ""}`;
    if (!into.has(key)) into.set(key, contact);
  }
  const byDate = (a: LoggedContact, b: LoggedContact): number => a.date - b.date;
  return { notices: [...notices.values()].sort(byDate), calls: [...calls.values()].sort(byDate) };
}

/** True when a notice at `stage` was already logged for this invoice. */
export function wasSent(history: DunningHistory, customerId: string, invoiceNo: string, stage: string): boolean {
  return history.byInvoice.get(keyOf(customerId, invoiceNo))?.stages.has(stage.trim().toLowerCase()) ?? false;
}

/** Late interest already charged on this invoice, in minor units. */
export function interestCharged(history: DunningHistory, customerId: string, invoiceNo: string): Minor {
  return history.byInvoice.get(keyOf(customerId, invoiceNo))?.interest ?? 0;
}

/** Fees already charged on this invoice, in minor units. */
export function feesCharged(history: DunningHistory, customerId: string, invoiceNo: string): Minor {
  return history.byInvoice.get(keyOf(customerId, invoiceNo))?.fees ?? 0;
}

/**
 * The fee to charge now for a notice at `stage`: the stage's fee, or 0 when this invoice already had
 * a notice at this stage (re-running never charges twice).
 */
export function feeToCharge(
  stage: DunningStage,
  currency: CurrencyCode,
  history: DunningHistory,
  customerId: string,
  invoiceNo: string,
): Minor {
  if (wasSent(history, customerId, invoiceNo, stage.name)) return 0;
  return feeMinor(stage, currency);
}

const feeCache = new WeakMap<DunningStage, Map<CurrencyCode, Minor>>();

/** A stage's fee in minor units of `currency` (cached: decimal parsing once per stage and currency). */
export function feeMinor(stage: DunningStage, currency: CurrencyCode): Minor {
  let perCurrency = feeCache.get(stage);
  if (!perCurrency) {
    perCurrency = new Map();
    feeCache.set(stage, perCurrency);
  }
  let fee = perCurrency.get(currency);
  if (fee === undefined) {
    fee = toMinor(stage.fee, currency);
    perCurrency.set(currency, fee);
  }
  return fee;
}

/** Interest to charge now: what has accrued minus what was already charged, never negative. */
export function interestToCharge(accrued: Minor, history: DunningHistory, customerId: string, invoiceNo: string): Minor {
  return Math.max(0, accrued - interestCharged(history, customerId, invoiceNo));
}

/** Highest stage rank logged for any of these invoices (0 = none logged). */
export function highestLoggedRank(
  history: DunningHistory,
  customerId: string,
  invoiceNos: Iterable<string>,
  policy: DunningPolicy,
): number {
  let best = 0;
  for (const invoiceNo of invoiceNos) {
    const entry = history.byInvoice.get(keyOf(customerId, invoiceNo));
    if (!entry) continue;
    for (const stage of entry.stages) best = Math.max(best, stageRank(stage, policy));
  }
  return best;
}

/**
 * One step at a time: the highest rank a customer may reach now, given the highest rank logged for
 * its open invoices. Pre-due stages (Upcoming) are optional courtesy notices, so the first overdue
 * stage (Reminder 1) is always reachable; after that, one stage above the last one logged.
 *
 * @example
 * oneStepCap(0, DEFAULT_POLICY) //=> 2 (Reminder 1)
 * oneStepCap(2, DEFAULT_POLICY) //=> 3 (Reminder 2)
 */
export function oneStepCap(loggedRank: number, policy: DunningPolicy): number {
  return Math.max(loggedRank + 1, firstOverdueRank(policy));
}
