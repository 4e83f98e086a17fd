/**
 * Reminder drafts: one .eml per reminder (X-Unsent, opens as an editable draft in Outlook),
 * in the customer's language, plus the problems that kept a draft from being written.
 */
import { civilFromDay } from "../core/dates";
import { issueReason } from "../core/ledger";
import type { DataIssue, Language } from "../core/model";
import { renderReminder, type Reminder } from "../core/reminders";
import type { Settings } from "../core/settings";
import { buildEml, isValidEmail, uniqueFileName, reminderHtml } from "../email";
import { stageLabel } from "../workbook/layout";

/**
 * How a reminder goes out: an .eml draft, a printable letter (no usable email), or not at all
 * (no usable email and letters turned off). Only "email" and "letter" are logged and charged.
 */
export type ReminderChannel = "email" | "letter" | "not sent";

export interface ReminderDraft {
  readonly reminder: Reminder;
  readonly channel: ReminderChannel;
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

export interface DraftOptions {
  /** A customer without a usable email gets a printable letter (default true); false = listed as not sent. */
  readonly letters?: boolean;
  /**
   * The clerk's language, for the stage in a draft's file name ("C001 Acme Ltd - 第一次提醒.eml"):
   * the file is the clerk's to find (the draft inside is in its customer's language). Default "en".
   */
  readonly language?: Language;
}

/**
 * Renders every reminder. A customer without a usable email gets no .eml: channel "letter" (the
 * caller lays out the letter), or, with letters off, "not sent" and a warning naming their row.
 */
export function reminderDrafts(reminders: readonly Reminder[], settings: Settings, options: DraftOptions = {}): DraftsResult {
  const letters = options.letters ?? true;
  const issues: DataIssue[] = [];
  const used = new Set<string>();
  const from = isValidEmail(settings.company.email) ? { name: settings.company.name || undefined, email: settings.company.email } : undefined;
  const drafts = reminders.map((reminder): ReminderDraft => {
    const { subject, body } = renderReminder(reminder, settings);
    const html = reminderHtml(reminder, settings);
    const email = (reminder.email ?? "").trim();
    if (!isValidEmail(email)) {
      const warn = (outcome: "letter" | "not sent"): void => {
        // 1 = a letter was made instead, 0 = not sent (params are strings or numbers).
        const params = { customer: reminder.customer.id, letter: outcome === "letter" ? 1 : 0 };
        issues.push({
          severity: "warning",
          sheet: reminder.customer.source.sheet,
          row: reminder.customer.source.row,
          column: "Email",
          value: email,
          reason: issueReason("noUsableEmail", params),
          code: "noUsableEmail",
          params,
        });
      };
      if (letters) {
        // A blank address is expected (a letter is the way); a filled but unusable one is a data problem worth saying.
        if (email !== "") warn("letter");
        return { reminder, channel: "letter", subject, text: body, html };
      }
      warn("not sent");
      return { reminder, channel: "not sent", subject, text: body, html };
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
    const fileName = uniqueFileName(`${customerFileLabel(reminder.customer)} - ${stageLabel(reminder.stage, options.language ?? "en")}.eml`, used);
    return { reminder, channel: "email", subject, text: body, html, fileName, eml };
  });
  return { drafts, issues };
}

/** "C001 Acme Ltd", or the name alone when the ledger keys customers by name (never "X X"). */
function customerFileLabel(customer: { readonly id: string; readonly name: string }): string {
  const id = customer.id.trim();
  const name = customer.name.trim();
  return id === name || name === "" ? id : `${id} ${name}`;
}
