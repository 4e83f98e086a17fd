/**
 * A reminder template rendered on a made-up customer, for the live preview while the clerk edits
 * it: subject, text and HTML exactly as a real reminder at that stage would read.
 */
import { addDays } from "../core/dates";
import type { Customer, DayNumber, Language } from "../core/model";
import { DEFAULT_TEMPLATES, placeholdersOf, renderReminder, type Reminder } from "../core/reminders";
import type { Settings } from "../core/settings";
import { reminderHtml } from "../email";

/** A reminder template for one stage in one language, with `{{placeholders}}` (core reminders/templates.ts). */
export interface MessageTemplate {
  readonly stage: string;
  readonly language: Language;
  readonly subject: string;
  readonly body: string;
}

export interface RenderedDraft {
  readonly subject: string;
  readonly text: string;
  readonly html: string;
}

/** `{{name}}` for every placeholder the default templates use, in the order they first appear. */
export const TEMPLATE_PLACEHOLDERS: readonly string[] = (() => {
  const names: string[] = [];
  for (const byLanguage of Object.values(DEFAULT_TEMPLATES)) {
    for (const t of Object.values(byLanguage)) for (const n of placeholdersOf(t.subject + "\n" + t.body)) if (!names.includes(n)) names.push(n);
  }
  return names.map((n) => `{{${n}}}`);
})();

/** The template rendered on a sample customer as of a day, with the settings' company and payment text. */
export function previewTemplate(template: MessageTemplate, settings: Settings, asOf: DayNumber): RenderedDraft {
  const current = settings.reminderTemplates[template.stage] ?? {};
  const withTemplate: Settings = {
    ...settings,
    reminderTemplates: { ...settings.reminderTemplates, [template.stage]: { ...current, [template.language]: { subject: template.subject, body: template.body } } },
  };
  const reminder = sampleReminder(template, withTemplate, asOf);
  const { subject, body } = renderReminder(reminder, withTemplate);
  return { subject, text: body, html: reminderHtml(reminder, withTemplate) };
}

/** A made-up customer for the template preview. */
function sampleReminder(template: MessageTemplate, settings: Settings, asOf: DayNumber): Reminder {
  const zh = template.language === "zh";
  const currency = zh ? "CNY" : settings.defaultCurrency || "USD";
  const customer: Customer = {
    id: zh ? "C002" : "C001",
    name: zh ? "华东贸易有限公司" : "Acme Ltd",
    email: zh ? "cw@huadong.example" : "ap@acme.example",
    termsDays: 30,
    currency,
    language: template.language,
    contact: zh ? "王经理" : "Jane Smith",
    source: { sheet: "Customers", row: 2 },
  };
  const invoice = (no: string, due: number, amount: number, open: number) => ({
    invoiceNo: no,
    invoiceDate: addDays(asOf, due - 30),
    dueDate: addDays(asOf, due),
    daysOverdue: -due,
    amount,
    open,
    stage: template.stage,
    fee: 0,
    interest: 0,
  });
  const invoices = [invoice("INV-1001", -45, 1_250_00, 1_250_00), invoice("INV-1017", -20, 830_00, 480_00)];
  const overdueTotal = invoices.reduce((a, i) => a + i.open, 0);
  return {
    customer,
    asOf,
    stage: template.stage,
    language: template.language,
    email: customer.email,
    groups: [{ currency, invoices, overdueTotal, totalDue: overdueTotal, fees: 0, interest: 0, totalToPay: overdueTotal, unapplied: 0, stage: template.stage }],
    // Past the first reminder, the sample shows what {{history}} says when the log holds a notice.
    notices: /^(upcoming|reminder 1)$/i.test(template.stage.trim()) ? [] : [{ date: addDays(asOf, -14), stage: "Reminder 1", channel: "email", invoiceNo: "INV-1001" }],
    calls: [],
  };
}
