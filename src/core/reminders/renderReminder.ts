/**
 * Turns a reminder into subject and body text: fills the stage's template (the clerk's override
 * or the default) with the reminder's figures, in the customer's language.
 */
import { customerNumber } from "../customerNumber";
import { civilFromDay, isoOf } from "../dates/dayNumber";
import type { DayNumber, Language, Minor, CurrencyCode } from "../model";
import { formatMoney } from "../money/format";
import { countOf } from "../text/plural";
import { displayWidth } from "../text/displayWidth";
import { DEFAULT_SETTINGS } from "../settings/defaults";
import type { CompanyHeader, PaymentInstructions, Settings } from "../settings";
import { renderTemplate, withoutEmptyLines, type TemplateValues } from "./renderTemplate";
import { templateFor, type ReminderTemplate } from "./templates";
import { isRowDocumentNo, rowDocumentNoIn } from "../ledger/rowSequence";
import type { NumberKind } from "../ledger/numberKind";
import { numberWords } from "../ledger/numberWords";
import type { Reminder, ReminderGroup } from "./types";

/** Standard stage names as a Chinese letter names them (a clerk's own stage keeps its name). */
const ZH_STAGE: Readonly<Record<string, string>> = {
  upcoming: "到期提示",
  "reminder 1": "第一次付款提醒",
  "reminder 2": "第二次付款提醒",
  "final notice": "最后催款通知",
  collections: "移交催收前通知",
};

const TEXT = {
  en: {
    /** After the number column, whose heading is the ledger's number kind's (core/ledger numberWords.ts). */
    columns: ["Due date", "Days overdue", "Balance", "Fee", "Interest"],
    byRow: (date: string, row: string) => `${date} (${row})`,
    fees: "Reminder fees",
    interest: "Late-payment interest",
    howToPay: "How to pay:",
    bank: "Bank transfer",
    alipay: "Alipay",
    wechat: "WeChat Pay",
    /** "Label: value": full-width in Chinese, as the templates write 逾期合计：. */
    labelled: (label: string, value: string) => `${label}: ${value}`,
    join: " + ",
    /** list: "2026-10-05 (Reminder 1) and 2026-10-20 (Reminder 2)" */
    wrote: (list: string, days: number, items: string) =>
      `We wrote to you about these ${items} on ${list}; our last notice was ${countOf(days, "day", "days")} ago.`,
    called: (list: string) => `We also spoke to you by phone on ${list}.`,
    visited: (list: string) => `We also visited you on ${list}.`,
    on: (date: string, stage?: string) => (stage ? `${date} (${stage})` : date),
    listJoin: (items: string[]) => (items.length <= 1 ? items.join("") : `${items.slice(0, -1).join(", ")} and ${items[items.length - 1]}`),
    stage: (name: string) => name,
    noHistory: "",
    interestAccrues: "Late-payment interest continues to accrue until payment is received.",
    feesCharged: "The charges above are made under our terms of sale.",
    /** Who signs when no company name is set in AR Settings. */
    sender: "Accounts Receivable",
  },
  zh: {
    columns: ["到期日", "逾期天数", "未付金额", "费用", "利息"],
    byRow: (date: string, row: string) => `${date}（${row}）`,
    fees: "催款费用",
    interest: "逾期利息",
    howToPay: "付款方式：",
    bank: "银行转账",
    alipay: "支付宝",
    wechat: "微信支付",
    labelled: (label: string, value: string) => `${label}：${value}`,
    join: "；",
    wrote: (list: string, days: number, items: string) => `我司已于${list}就上述${items}致函贵司，距上次通知已${days}天。`,
    called: (list: string) => `我司亦曾于${list}致电贵司。`,
    visited: (list: string) => `我司亦曾于${list}上门拜访。`,
    on: (date: string, stage?: string) => (stage ? `${date}（${stage}）` : date),
    listJoin: (items: string[]) => items.join("、"),
    stage: (name: string) => ZH_STAGE[name.trim().toLowerCase()] ?? name,
    noHistory: "",
    interestAccrues: "逾期利息将持续计算至款项付清为止。",
    feesCharged: "上述费用依据双方销售条款收取。",
    sender: "应收账款部",
  },
} as const;

/** Date as the customer reads it: 2026-10-31, or 2026年10月31日 in Chinese. */
export function dateText(day: DayNumber, language: Language): string {
  if (language === "en") return isoOf(day);
  const { year, month, day: d } = civilFromDay(day);
  return `${year}年${month}月${d}日`;
}

const amount = (minor: Minor, currency: CurrencyCode, language: Language): string => formatMoney({ minor, currency }, language);

/** The invoice table's column headings in a language (fee and interest last: shown only when charged). */
export function invoiceColumns(language: Language, numbers: NumberKind = "invoice"): readonly string[] {
  return [numberWords(language, numbers).column, ...TEXT[language].columns];
}

function table(rows: string[][], rightAligned: readonly number[]): string {
  const widths = rows[0].map((_, c) => Math.max(...rows.map((row) => displayWidth(row[c]))));
  return rows
    .map((row) => row.map((cell, c) => {
      const pad = " ".repeat(widths[c] - displayWidth(cell));
      return rightAligned.includes(c) ? pad + cell : cell + pad;
    }).join("  ").trimEnd())
    .join("\n");
}

/**
 * One currency group's invoice table as cell texts: header, then a row per invoice (fee and
 * interest columns only when charged). The one home of the table's wording and amounts, so the
 * text and HTML parts of a draft show every amount the same way (¥18,800.00 in both).
 */
export function invoiceTableCells(group: ReminderGroup, language: Language, numbers: NumberKind = "invoice"): { readonly header: readonly string[]; readonly rows: readonly string[][] } {
  const t = TEXT[language];
  const charged = group.fees > 0 || group.interest > 0;
  // A number made from the ledger's row (`第12行`) means nothing to the customer alone: the invoice's date goes with it.
  const byRow = group.invoices.map((invoice) => isRowDocumentNo(invoice.invoiceNo));
  const columns = invoiceColumns(language, byRow.length > 0 && byRow.every(Boolean) ? "row" : numbers);
  const header: string[] = charged ? [...columns] : columns.slice(0, 4);
  const rows = group.invoices.map((invoice, k) => {
    // The row is the identifier; "row" is worded in the customer's language (Row 12 → 第12行).
    const row = [byRow[k] ? t.byRow(dateText(invoice.invoiceDate, language), rowDocumentNoIn(invoice.invoiceNo, language)) : invoice.invoiceNo, dateText(invoice.dueDate, language), String(invoice.daysOverdue), amount(invoice.open, group.currency, language)];
    if (charged) row.push(amount(invoice.fee, group.currency, language), amount(invoice.interest, group.currency, language));
    return row;
  });
  return { header, rows };
}

/** The invoices of each currency group as a plain-text table (fee/interest columns only when charged). */
export function invoiceTableText(groups: readonly ReminderGroup[], language: Language, numbers: NumberKind = "invoice"): string {
  return groups
    .map((group) => {
      const { header, rows } = invoiceTableCells(group, language, numbers);
      return table([[...header], ...rows], header.length > 4 ? [2, 3, 4, 5] : [2, 3]);
    })
    .join("\n\n");
}

/**
 * "How to pay" text from the settings; empty when no payment text is set. Its last line asks for
 * what identifies the listed documents: their numbers, or their dates when the ledger numbers them
 * by its rows (core/ledger numberWords.ts).
 */
export function paymentInstructionsText(payment: PaymentInstructions, language: Language, numbers: NumberKind = "invoice"): string {
  const t = TEXT[language];
  const lines: string[] = [];
  if (payment.bank) lines.push(t.labelled(t.bank, payment.bank));
  if (payment.alipay) lines.push(t.labelled(t.alipay, payment.alipay));
  if (payment.wechat) lines.push(t.labelled(t.wechat, payment.wechat));
  if (lines.length === 0) return "";
  return [t.howToPay, ...lines, numberWords(language, numbers).quote].join("\n");
}

const sumText = (groups: readonly ReminderGroup[], pick: (g: ReminderGroup) => Minor, language: Language): string =>
  groups.map((g) => amount(pick(g), g.currency, language)).join(TEXT[language].join);

/**
 * What the log shows, as one or two sentences: the earlier written notices with their dates and
 * stages, days since the last one, and any calls. Empty when the log holds nothing: a letter
 * never claims a notice that was not logged.
 *
 * @example
 * historyText(reminder, "en")
 * //=> "We wrote to you about these invoices on 2026-10-05 (Reminder 1) and 2026-10-20 (Reminder 2); our last notice was 11 days ago."
 */
export function historyText(reminder: Pick<Reminder, "notices" | "calls" | "asOf">, language: Language, numbers: NumberKind = "invoice"): string {
  const t = TEXT[language];
  const sentences: string[] = [];
  const { notices, calls } = reminder;
  if (notices.length > 0) {
    const list = t.listJoin(notices.map((n) => t.on(dateText(n.date, language), t.stage(n.stage))));
    sentences.push(t.wrote(list, reminder.asOf - notices[notices.length - 1].date, numberWords(language, numbers).many));
  }
  const phoned = calls.filter((c) => c.channel !== "visit");
  const visited = calls.filter((c) => c.channel === "visit");
  if (phoned.length > 0) sentences.push(t.called(t.listJoin(phoned.map((c) => t.on(dateText(c.date, language))))));
  if (visited.length > 0) sentences.push(t.visited(t.listJoin(visited.map((c) => t.on(dateText(c.date, language))))));
  return sentences.join(language === "en" ? " " : "");
}

/**
 * The customer as a letter names it: "Acme Ltd (C001)", "华通科技，客户编号 C001". A ledger keyed by
 * name (or with no name column) has the same text for both: it is said once, never "X (X)".
 */
function customerRef(customer: { readonly id: string; readonly name: string }, language: Language): string {
  const id = customer.id.trim();
  const name = customer.name.trim();
  if (id === "" || name === "" || id === name) return name || id;
  return language === "zh" ? `${name}，客户编号 ${id}` : `${name} (${id})`;
}

/**
 * What the reminder's numbers are (core/ledger numberKind.ts): "row" when every listed document is
 * numbered by the ledger's row, else the kind of the ledger's number column. The template's
 * `{{invoices}}`, the table's first column, the quote line and the history sentence say so.
 */
export function reminderNumberKind(reminder: Pick<Reminder, "groups" | "numbersAreDocuments">): NumberKind {
  const invoices = reminder.groups.flatMap((g) => g.invoices);
  if (invoices.length > 0 && invoices.every((i) => isRowDocumentNo(i.invoiceNo))) return "row";
  return reminder.numbersAreDocuments ? "document" : "invoice";
}

/** Every placeholder value for a reminder (see templates.ts for the list). */
export function reminderValues(reminder: Reminder, company: CompanyHeader, payment: PaymentInstructions): TemplateValues {
  const language = reminder.language;
  const t = TEXT[language];
  const numbers = reminderNumberKind(reminder);
  const charges: string[] = [];
  const withFees = reminder.groups.filter((g) => g.fees > 0);
  const withInterest = reminder.groups.filter((g) => g.interest > 0);
  if (withFees.length > 0) charges.push(t.labelled(t.fees, sumText(withFees, (g) => g.fees, language)));
  if (withInterest.length > 0) charges.push(t.labelled(t.interest, sumText(withInterest, (g) => g.interest, language)));
  // Only what this notice really charges is explained; no fee or interest, no sentence about them.
  const chargesNote = [withFees.length > 0 ? t.feesCharged : "", withInterest.length > 0 ? t.interestAccrues : ""].filter(Boolean).join(language === "en" ? " " : "");
  const lastNotice = reminder.notices[reminder.notices.length - 1];
  const maxDaysOverdue = Math.max(0, ...reminder.groups.flatMap((g) => g.invoices.map((i) => i.daysOverdue)));
  return {
    customerName: reminder.customer.name,
    // The customer number, blank for a customer keyed by name (its name is {{customerName}}).
    customerId: customerNumber(reminder.customer) ?? "",
    customerRef: customerRef(reminder.customer, language),
    contact: reminder.customer.contact || reminder.customer.name,
    companyName: company.name,
    // A letter always ends with who sent it: the company, else the department, never a bare "Regards,".
    sender: company.name.trim() || t.sender,
    companyContact: [company.email, company.phone].filter((part) => part !== "").join(" · "),
    asOf: dateText(reminder.asOf, language),
    stage: reminder.stage,
    invoices: numberWords(language, numbers).many,
    invoiceTable: invoiceTableText(reminder.groups, language, numbers),
    overdueTotal: sumText(reminder.groups, (g) => g.overdueTotal, language),
    totalDue: sumText(reminder.groups, (g) => g.totalDue, language),
    feesAndInterest: charges.join("\n"),
    totalToPay: sumText(reminder.groups, (g) => g.totalToPay, language),
    paymentInstructions: paymentInstructionsText(payment, language, numbers),
    chargesNote,
    maxDaysOverdue: String(maxDaysOverdue),
    history: historyText(reminder, language, numbers),
    noticeCount: String(reminder.notices.length),
    lastNoticeDate: lastNotice ? dateText(lastNotice.date, language) : "",
    lastNoticeStage: lastNotice ? t.stage(lastNotice.stage) : "",
    daysSinceLastNotice: lastNotice ? String(reminder.asOf - lastNotice.date) : "",
  };
}

/**
 * Subject and plain-text body of a reminder draft, in the customer's language, from the
 * settings' template override for its stage or the default template. Lines left empty by an
 * empty value (no fees, no payment text) do not leave gaps of blank lines.
 *
 * @example
 * renderReminder(reminder, settings).subject //=> "Payment reminder: USD 1,200.00 overdue – Acme Ltd"
 */
export function renderReminder(reminder: Reminder, settings: Settings = DEFAULT_SETTINGS): ReminderTemplate {
  const template = templateFor(reminder.stage, reminder.language, settings.reminderTemplates, settings.dunning);
  const values = reminderValues(reminder, settings.company, settings.payment);
  // Trailing spaces go (an empty sentence at a paragraph's end), then runs of blank lines.
  const body = renderTemplate(withoutEmptyLines(template.body, values), values).replace(/[ \t]+$/gm, "").replace(/\n{3,}/g, "\n\n").trim() + "\n";
  // A subject is one line: a value with a line break must not split it (header injection).
  // An empty value (no company name yet) must not leave a dangling "–" at the end.
  const subject = renderTemplate(template.subject, values).replace(/[\r\n]+/g, " ").trim().replace(/\s*[–—-]$/, "").trim();
  return { subject, body };
}
