/**
 * Default reminder templates per stage × language. Tone escalates: Upcoming courtesy →
 * Reminder 1 friendly → Reminder 2 firm with a phone follow-up → Final notice formal demand
 * (fees, interest, next steps) → Collections hand-over. Plain text; the e-mail builder makes HTML.
 *
 * Placeholders: {{customerName}} {{customerId}} (the customer number; empty when the ledger keys
 * customers by name) {{customerRef}} (the name with the customer
 * number, or the name alone when the ledger keys customers by name) {{contact}} (the customer's contact person, else
 * its name) {{companyName}} {{sender}} (the company name, else "Accounts Receivable" / "应收账款部",
 * so a letter never ends on a bare "Regards,") {{companyContact}} (our e-mail / phone) {{asOf}} {{stage}}
 * {{invoices}} (what the table lists: "invoices" / "发票", or "documents" / "单据" when the ledger
 * numbers the clerk's own documents or only its rows: core/ledger numberWords.ts) {{invoiceTable}} {{overdueTotal}} {{totalDue}} {{feesAndInterest}} {{totalToPay}}
 * {{paymentInstructions}}, and from the dunning log: {{history}} (the earlier notices with their
 * dates and stages, and calls; empty when none is logged), {{noticeCount}}, {{lastNoticeDate}},
 * {{lastNoticeStage}}, {{daysSinceLastNotice}}; also {{maxDaysOverdue}} and {{chargesNote}} (a
 * sentence on the fees/interest, only when this notice charges some).
 *
 * Honest letters (DESIGN §3): the defaults refer to earlier notices only through {{history}}, so
 * the first letter at any stage is accurate on its own, and state consequences in the future tense.
 */
import type { Language } from "../model";
import { STANDARD_STAGES, type DunningPolicy, DEFAULT_POLICY } from "../dunning/policy";
import type { ReminderTemplateOverrides } from "../settings";

/** Every placeholder a reminder template may use (renderReminder fills each one). */
export const TEMPLATE_PLACEHOLDERS = [
  "customerName", "customerId", "customerRef", "contact", "companyName", "sender", "companyContact", "asOf", "stage", "invoices", "invoiceTable",
  "overdueTotal", "totalDue", "feesAndInterest", "totalToPay", "paymentInstructions", "chargesNote", "maxDaysOverdue",
  "history", "noticeCount", "lastNoticeDate", "lastNoticeStage", "daysSinceLastNotice",
] as const;

export interface ReminderTemplate {
  readonly subject: string;
  readonly body: string;
}

export type StandardStage = (typeof STANDARD_STAGES)[number];

const SIGNATURE = "{{paymentInstructions}}\n\n";

export const DEFAULT_TEMPLATES: Readonly<Record<StandardStage, Readonly<Record<Language, ReminderTemplate>>>> = {
  Upcoming: {
    en: {
      subject: "Friendly note: payment due soon – {{companyName}}",
      body:
        "Dear {{contact}},\n\nThis is a courtesy note that the following {{invoices}} for {{customerName}} fall due shortly:\n\n{{invoiceTable}}\n\nAmount due: {{totalDue}}\n\n" +
        "If you have already arranged payment, thank you, and please disregard this message.\n\n" + SIGNATURE + "Kind regards,\n{{sender}}\n{{companyContact}}",
    },
    zh: {
      subject: "温馨提示：款项即将到期 – {{companyName}}",
      body:
        "{{contact}}，您好：\n\n温馨提示，贵司（{{customerName}}）以下{{invoices}}即将到期：\n\n{{invoiceTable}}\n\n应付金额：{{totalDue}}\n\n" +
        "如贵司已安排付款，请忽略本提示，谢谢！\n\n" + SIGNATURE + "顺颂商祺！\n\n{{sender}}\n{{companyContact}}",
    },
  },
  "Reminder 1": {
    en: {
      subject: "Payment reminder: {{overdueTotal}} overdue – {{companyName}}",
      body:
        "Dear {{contact}},\n\nWe hope all is well. According to our records, the following {{invoices}} for {{customerName}} are past due as of {{asOf}}:\n\n{{invoiceTable}}\n\nOverdue total: {{overdueTotal}}\n{{feesAndInterest}}\nTotal now payable: {{totalToPay}}\n\n{{history}}\n\n" +
        "Perhaps this has simply been overlooked; we would be grateful if you could arrange payment at your earliest convenience. If payment is already on its way, thank you, and please disregard this reminder.\n\n" +
        SIGNATURE + "Kind regards,\n{{sender}}\n{{companyContact}}",
    },
    zh: {
      subject: "付款提醒：逾期款项 {{overdueTotal}} – {{companyName}}",
      body:
        "{{contact}}，您好：\n\n根据我司记录，截至{{asOf}}，贵司（{{customerName}}）以下{{invoices}}已逾期未付：\n\n{{invoiceTable}}\n\n逾期合计：{{overdueTotal}}\n{{feesAndInterest}}\n现应付总额：{{totalToPay}}\n\n{{history}}\n\n" +
        "或因一时疏忽未及付款，烦请尽快安排。如款项已付出，请忽略本提醒，谢谢！\n\n" + SIGNATURE + "顺颂商祺！\n\n{{sender}}\n{{companyContact}}",
    },
  },
  "Reminder 2": {
    en: {
      subject: "Payment overdue: {{overdueTotal}} – please pay within 7 days – {{companyName}}",
      body:
        "Dear {{contact}},\n\nThe following {{invoices}} for {{customerName}} remain unpaid as of {{asOf}}, the oldest {{maxDaysOverdue}} days after its due date:\n\n{{invoiceTable}}\n\nOverdue total: {{overdueTotal}}\n{{feesAndInterest}}\nTotal now payable: {{totalToPay}}\n\n{{history}}\n\n{{chargesNote}}\n\n" +
        "Please arrange payment within 7 days. We will call you in the next few days to follow up; if there is a problem with any of these {{invoices}}, please tell us so we can resolve it.\n\n" +
        SIGNATURE + "Regards,\n{{sender}}\n{{companyContact}}",
    },
    zh: {
      subject: "逾期付款提醒：{{overdueTotal}}，请于7日内付款 – {{companyName}}",
      body:
        "{{contact}}，您好：\n\n截至{{asOf}}，贵司（{{customerName}}）以下{{invoices}}仍未付款，最早一笔已逾期{{maxDaysOverdue}}天：\n\n{{invoiceTable}}\n\n逾期合计：{{overdueTotal}}\n{{feesAndInterest}}\n现应付总额：{{totalToPay}}\n\n{{history}}\n\n{{chargesNote}}\n\n" +
        "请于7日内安排付款。我司将于近日致电跟进；如对相关{{invoices}}有任何疑问，请及时告知，以便尽快解决。\n\n" + SIGNATURE + "此致\n敬礼！\n\n{{sender}}\n{{companyContact}}",
    },
  },
  "Final notice": {
    en: {
      subject: "FINAL NOTICE: payment of {{totalToPay}} required – {{companyName}}",
      body:
        "Dear {{contact}},\n\nThe following {{invoices}} for {{customerName}} remain unpaid as of {{asOf}}, the oldest {{maxDaysOverdue}} days after its due date:\n\n{{invoiceTable}}\n\nOverdue total: {{overdueTotal}}\n{{feesAndInterest}}\nTotal now payable: {{totalToPay}}\n\n{{history}}\n\n" +
        "We formally demand payment of this amount within 10 days of this notice. " +
        "If we neither receive payment nor hear from you within this period, we will hand the matter to collections and may suspend deliveries on credit. {{chargesNote}}\n\n" +
        SIGNATURE + "Sincerely,\n{{sender}}\n{{companyContact}}",
    },
    zh: {
      subject: "最后催款通知：请支付 {{totalToPay}} – {{companyName}}",
      body:
        "{{contact}}：\n\n截至{{asOf}}，贵司（{{customerName}}）以下{{invoices}}仍未付款，最早一笔已逾期{{maxDaysOverdue}}天：\n\n{{invoiceTable}}\n\n逾期合计：{{overdueTotal}}\n{{feesAndInterest}}\n现应付总额：{{totalToPay}}\n\n{{history}}\n\n" +
        "现正式要求贵司自本通知发出之日起10日内付清上述款项。{{chargesNote}}如逾期仍未付款或未与我司联系，我司将把此事移交催收处理，并可能暂停赊销供货。\n\n" +
        SIGNATURE + "此致\n敬礼！\n\n{{sender}}\n{{companyContact}}",
    },
  },
  Collections: {
    en: {
      subject: "Notice before referral to collections – {{customerRef}}",
      body:
        "Dear {{contact}},\n\nThe {{invoices}} below for {{customerRef}} remain unpaid as of {{asOf}}, the oldest {{maxDaysOverdue}} days after its due date:\n\n{{invoiceTable}}\n\nOverdue total: {{overdueTotal}}\n{{feesAndInterest}}\nTotal now payable: {{totalToPay}}\n\n{{history}}\n\n" +
        "Unless we receive the full amount within 7 days of this notice, we will hand the account to our collections agency / legal counsel, and further collection costs may then be added to the amount owed. To avoid this, pay the full amount now or contact us. {{chargesNote}}\n\n" +
        SIGNATURE + "{{sender}}\n{{companyContact}}",
    },
    zh: {
      subject: "移交催收前通知 – {{customerName}}",
      body:
        "{{contact}}：\n\n截至{{asOf}}，贵司（{{customerRef}}）以下款项仍未支付，最早一笔已逾期{{maxDaysOverdue}}天：\n\n{{invoiceTable}}\n\n逾期合计：{{overdueTotal}}\n{{feesAndInterest}}\n现应付总额：{{totalToPay}}\n\n{{history}}\n\n" +
        "如自本通知发出之日起7日内仍未收到全部款项，我司将把贵司账户移交催收机构/法律顾问处理，由此产生的催收费用可能计入应付款项。{{chargesNote}}为避免上述处理，请立即全额付款或与我司联系。\n\n" + SIGNATURE + "{{sender}}\n{{companyContact}}",
    },
  },
};

/**
 * The standard stage whose template a stage uses: itself when it is a standard name
 * (case-insensitive), else the standard stage with the nearest default threshold at or below
 * the stage's from-days (a clerk's "Legal" at 90 days uses Collections).
 */
export function templateStageOf(stage: string, policy: DunningPolicy = DEFAULT_POLICY): StandardStage {
  const standard = STANDARD_STAGES.find((name) => name.toLowerCase() === stage.trim().toLowerCase());
  if (standard) return standard;
  const fromDays = policy.stages.find((s) => s.name.toLowerCase() === stage.trim().toLowerCase())?.fromDays ?? 1;
  let chosen: StandardStage = "Upcoming";
  for (const s of DEFAULT_POLICY.stages) if (s.fromDays <= fromDays) chosen = s.name as StandardStage;
  return chosen;
}

/**
 * The template for a stage and language: the clerk's override where set (subject and body
 * separately), else the default.
 *
 * @example
 * templateFor("Reminder 2", "zh").subject //=> "逾期付款提醒：{{overdueTotal}}，请于7日内付款 – {{companyName}}"
 */
export function templateFor(
  stage: string,
  language: Language,
  overrides: ReminderTemplateOverrides = {},
  policy: DunningPolicy = DEFAULT_POLICY,
): ReminderTemplate {
  const base = DEFAULT_TEMPLATES[templateStageOf(stage, policy)][language];
  const key = Object.keys(overrides).find((name) => name.trim().toLowerCase() === stage.trim().toLowerCase());
  const override = key === undefined ? undefined : overrides[key]?.[language];
  return { subject: override?.subject ?? base.subject, body: override?.body ?? base.body };
}
