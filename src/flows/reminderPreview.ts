/**
 * Who would get a reminder as of a day, and how (email draft, printable letter, not sent), with
 * each draft rendered and the last call logged at its stage: what the clerk reviews and picks
 * from before anything is written or logged.
 */
import { isoOf } from "../core/dates";
import { DEFAULT_POLICY, ledgerHistory } from "../core/dunning";
import type { DayNumber, Language, Money } from "../core/model";
import { callTasks } from "../core/reminders";
import { reminderDrafts, type ReminderChannel } from "./reminderDrafts";
import { remindersPreview } from "./reminders";
import type { LedgerSession } from "./session";
import type { RenderedDraft } from "./templatePreview";

export interface ReminderCandidate {
  readonly customerId: string;
  readonly name: string;
  /** Undefined = no usable address: a printable letter instead (or not sent, with letters off). */
  readonly email?: string;
  /** How the reminder will go out. */
  readonly channel: ReminderChannel;
  /** The customer's contact person, for the call list. */
  readonly contact?: string;
  /** The policy asks for a call (or visit) at this stage. */
  readonly action?: "phone" | "visit";
  /** ISO date of the last call logged at this stage, if any. */
  readonly lastCall?: string;
  readonly language: Language;
  readonly stage: string;
  /** The customer's own currency when it has overdue items in it, else the first one reminded of. */
  readonly currency: string;
  readonly overdue: Money;
  /** Invoices in the reminder, every currency. */
  readonly invoiceCount: number;
  readonly fees?: Money;
  readonly interest?: Money;
  readonly draft: RenderedDraft;
}

export interface ReminderPreview {
  readonly asOf: string;
  /** Stage names in escalation order (lowest first), for grouping. */
  readonly stages: readonly string[];
  readonly candidates: readonly ReminderCandidate[];
  /** Customers due a notice but left out: their last notice is fewer than `daysBetweenNotices` days old. */
  readonly heldBack: number;
  /** The dunning policy's interval between notices, in days (0 = none). */
  readonly daysBetweenNotices: number;
}

export interface ReminderPreviewOptions {
  readonly includeUpcoming: boolean;
  /** Printable letters for customers without a usable email (default true); false = not sent. */
  readonly letters?: boolean;
}

/** The reminders due as of a day, drafted but neither written nor logged. */
export function reminderPreview(session: LedgerSession, asOf: DayNumber, options: ReminderPreviewOptions): ReminderPreview {
  const { reminders, heldBack } = remindersPreview(session, asOf, { includeUpcoming: options.includeUpcoming });
  const { drafts } = reminderDrafts(reminders, session.settings, { letters: options.letters ?? true });
  const lastCalls = new Map(callTasks(reminders, ledgerHistory(session.ledger, session.log)).map((task) => [task.reminder.customer.id, task.lastCall]));
  const candidates = drafts.map((d): ReminderCandidate => {
    const r = d.reminder;
    const lastCall = lastCalls.get(r.customer.id);
    const group = r.groups.find((g) => g.currency === r.customer.currency) ?? r.groups[0];
    const money = (minor: number): Money => ({ currency: group.currency, minor });
    return {
      customerId: r.customer.id,
      name: r.customer.name,
      // An email draft exists only for a usable address.
      ...(d.channel === "email" ? { email: (r.email ?? "").trim() } : {}),
      channel: d.channel,
      ...(r.customer.contact ? { contact: r.customer.contact } : {}),
      ...(r.action ? { action: r.action } : {}),
      ...(lastCall !== undefined ? { lastCall: isoOf(lastCall) } : {}),
      language: r.language,
      stage: r.stage,
      currency: group.currency,
      overdue: money(group.overdueTotal),
      invoiceCount: r.groups.reduce((a, g) => a + g.invoices.length, 0),
      ...(group.fees > 0 ? { fees: money(group.fees) } : {}),
      ...(group.interest > 0 ? { interest: money(group.interest) } : {}),
      draft: { subject: d.subject, text: d.text, html: d.html },
    };
  });
  const stages = session.settings.dunning.stages.map((s) => s.name);
  return { asOf: isoOf(asOf), stages: stages.length > 0 ? stages : DEFAULT_POLICY.stages.map((s) => s.name), candidates, heldBack: heldBack.length, daysBetweenNotices: session.settings.dunning.daysBetweenNotices };
}
