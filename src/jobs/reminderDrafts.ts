/**
 * Reminder drafts: one .eml per reminder (X-Unsent, opens as an editable draft in Outlook),
 * in the customer's language, plus the problems that kept a draft from being written.
 */
import { civilFromDay } from "../core/dates";
import type { DataIssue } from "../core/model";
import { renderReminder, type Reminder } from "../core/reminders";
import type { Settings } from "../core/settings";
import { buildEml, isValidEmail, uniqueFileName } from "../email";
import { reminderHtml } from "./reminderHtml";

export interface ReminderDraft {
  readonly reminder: Reminder;
  readonly subject: string;
  readonly text: string;
  readonly html: string;
  /** Safe on Windows; unique within the run. Undefined when no draft could be written. */
  readonly fileName?: string;
  /** The .eml text (CRLF line ends). */
  readonly eml?: string;
}

export interface DraftsResult {
  readonly drafts: ReminderDraft[];
  readonly issues: DataIssue[];
}

/** Renders every reminder; customers without a usable email get no .eml and a warning naming their row. */
export function reminderDrafts(reminders: readonly Reminder[], settings: Settings): DraftsResult {
  const issues: DataIssue[] = [];
  const used = new Set<string>();
  const from = isValidEmail(settings.company.email) ? { name: settings.company.name || undefined, email: settings.company.email } : undefined;
  const drafts = reminders.map((reminder): ReminderDraft => {
    const { subject, body } = renderReminder(reminder, settings);
    const html = reminderHtml(reminder, settings);
    const email = (reminder.email ?? "").trim();
    if (!isValidEmail(email)) {
      issues.push({
        severity: "warning",
        sheet: reminder.customer.source.sheet,
        row: reminder.customer.source.row,
        column: "Email",
        value: email,
        reason: `no usable email address for ${reminder.customer.id}: the reminder is listed but no draft was written`,
      });
      return { reminder, subject, text: body, html };
    }
    const { year, month, day } = civilFromDay(reminder.asOf);
    const eml = buildEml({
      ...(from ? { from } : {}),
      to: [{ name: reminder.customer.name, email }],
      subject,
      text: body,
      html,
      date: { y: year, m: month, d: day },
    });
    const fileName = uniqueFileName(`${reminder.customer.id} ${reminder.customer.name} - ${reminder.stage}.eml`, used);
    return { reminder, subject, text: body, html, fileName, eml };
  });
  return { drafts, issues };
}
