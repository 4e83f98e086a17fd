/**
 * The generated sheets' own wording, in English and Simplified Chinese. Aging labels and stage
 * names come from the engine (they are what the clerk's formulas return), so they are not
 * translated here; standard stage names get a Chinese gloss on Chinese statements.
 *
 * Dates are unambiguous in both languages: date cells carry the `yyyy-mm-dd` number format, and
 * so does the statement period beside them (`2026-10-01 至 2026-10-31`); dates inside sentences
 * read `2026-10-31` (en) or `2026年10月31日` (zh).
 */
import type { DayNumber, Language } from "../../core/model";
import { numberWords, type NumberKind, type NumberWords } from "../../core/ledger";
import { civilOf, isoOfDay } from "./_lib/core";

/** Every phrase a statement sheet prints. */
export interface StatementText {
  readonly title: string;
  readonly statementNo: string;
  readonly statementDate: string;
  readonly currency: string;
  readonly period: string;
  readonly periodRange: (from: string, to: string) => string;
  readonly customerId: string;
  readonly customer: string;
  readonly billTo: string;
  readonly address: string;
  readonly contact: string;
  readonly email: string;
  readonly phone: string;
  readonly taxId: string;
  readonly balanceForward: string;
  readonly openItem: string;
  // Line table headers
  readonly date: string;
  readonly type: string;
  readonly reference: string;
  readonly description: string;
  readonly invoiceDate: string;
  readonly dueDate: string;
  readonly daysOverdue: string;
  readonly amount: string;
  readonly charges: string;
  readonly credits: string;
  readonly balance: string;
  readonly runningBalance: string;
  readonly stage: string;
  // Line kinds
  readonly openingBalance: string;
  readonly closingBalance: string;
  readonly invoice: string;
  readonly creditNote: string;
  readonly payment: string;
  readonly disputed: string;
  // Totals
  readonly totalDue: string;
  readonly amountOverdue: string;
  readonly unappliedCredit: string;
  readonly unappliedCreditNote: string;
  /** Balance-forward: the closing balance already includes unapplied credit. */
  readonly unappliedIncludedNote: string;
  /** Total due below zero: we owe the customer. Shown as a positive credit balance, never "Total due −250.00". */
  readonly creditBalance: string;
  readonly creditBalanceNote: string;
  /** Credit notes listed under an open-item statement: they reduced the invoices above. */
  readonly creditNotesApplied: string;
  readonly creditNotesNote: string;
  /** Open balances read from the ledger: the notes as the source system applied them. */
  readonly creditNotesAsGivenNote: string;
  /** …and some credit is still unused: it is the unapplied credit, not in the open balances. */
  readonly creditNotesUnusedNote: string;
  /** Column headers of the credit notes block when some credit is still unused. */
  readonly creditAmount: string;
  readonly notYetApplied: string;
  readonly total: string;
  /** "Tel: +852 1234" / "电话：+852 1234". */
  readonly labelled: (label: string, value: string) => string;
  readonly aging: string;
  readonly earlyPaymentDiscount: string;
  readonly discountLine: (percent: string, lastDay: string) => string;
  readonly payBy: string;
  readonly terms: string;
  readonly discount: string;
  readonly amountToPay: string;
  readonly paymentInstructions: string;
  readonly bank: string;
  readonly alipay: string;
  readonly wechat: string;
  readonly fallbackNote: string;
  readonly page: string;
  readonly of: string;
  readonly nothingOpen: string;
  // Balance confirmation slip
  readonly slipTitle: string;
  readonly slipIntro: (closing: string, asOf: string) => string;
  readonly slipAgree: string;
  readonly slipDisagree: string;
  readonly slipDifference: string;
  readonly slipSignature: string;
  readonly slipStamp: string;
  readonly slipDate: string;
  readonly slipReturnTo: (company: string) => string;
}

const EN: FixedText = {
  title: "Statement of account",
  statementNo: "Statement no.",
  statementDate: "Statement date",
  currency: "Currency",
  period: "Period",
  periodRange: (from, to) => `${from} to ${to}`,
  customerId: "Customer ID",
  customer: "Customer",
  billTo: "Bill to",
  address: "Address",
  contact: "Contact",
  email: "Email",
  phone: "Tel",
  taxId: "Tax ID",
  balanceForward: "Balance forward",
  openItem: "Open items",
  date: "Date",
  type: "Type",
  reference: "Reference",
  description: "Description",
  dueDate: "Due date",
  daysOverdue: "Days overdue",
  amount: "Amount",
  charges: "Charges",
  credits: "Credits",
  balance: "Balance",
  runningBalance: "Balance",
  stage: "Stage",
  openingBalance: "Opening balance",
  closingBalance: "Closing balance",
  payment: "Payment",
  disputed: "Disputed",
  totalDue: "Total due",
  amountOverdue: "Amount overdue",
  unappliedCredit: "Unapplied credit",
  creditBalance: "Credit balance in your favour",
  creditBalanceNote: "Nothing is due: we owe you this amount. We will refund it or set it against your next invoices, as you prefer.",
  creditAmount: "Credit",
  notYetApplied: "Not yet applied",
  total: "Total",
  labelled: (label, value) => `${label}: ${value}`,
  aging: "Aging",
  earlyPaymentDiscount: "Early-payment discount",
  discountLine: (percent, lastDay) => `${percent}% if paid by ${lastDay}`,
  payBy: "Pay by",
  terms: "Terms",
  discount: "Discount",
  amountToPay: "Amount to pay",
  paymentInstructions: "Payment instructions",
  bank: "Bank",
  alipay: "Alipay",
  wechat: "WeChat Pay",
  fallbackNote: "No payment dates: shown as open items",
  page: "Page",
  of: "of",
  nothingOpen: "Nothing open.",
  slipTitle: "Balance confirmation",
  slipIntro: (closing, asOf) =>
    `Please confirm that the balance you owe us as of ${asOf} is ${closing}, or state any difference, then sign and return this slip.`,
  slipAgree: "☐ The balance above is correct.",
  slipDisagree: "☐ The balance is not correct. Our records show:",
  slipDifference: "Difference and details:",
  slipSignature: "Authorised signature:",
  slipStamp: "Company stamp:",
  slipDate: "Date:",
  slipReturnTo: (company) => `Please return to ${company}.`,
};

const ZH: FixedText = {
  title: "对账单",
  statementNo: "对账单编号",
  statementDate: "对账日期",
  currency: "币种",
  period: "对账期间",
  periodRange: (from, to) => `${from} 至 ${to}`,
  customerId: "客户编号",
  customer: "客户名称",
  billTo: "客户",
  address: "地址",
  contact: "联系人",
  email: "邮箱",
  phone: "电话",
  taxId: "税号",
  balanceForward: "余额结转",
  openItem: "未清项目",
  date: "日期",
  type: "类型",
  reference: "单号",
  description: "摘要",
  dueDate: "到期日",
  daysOverdue: "逾期天数",
  amount: "金额",
  charges: "应收",
  credits: "已收/贷项",
  balance: "余额",
  runningBalance: "余额",
  stage: "催款阶段",
  openingBalance: "期初余额",
  closingBalance: "期末余额",
  payment: "收款",
  disputed: "有争议",
  totalDue: "应付总额",
  amountOverdue: "逾期金额",
  unappliedCredit: "未核销款项",
  creditBalance: "贵司贷方余额",
  creditBalanceNote: "贵司无应付款项，我司尚欠贵司上述金额，可按贵司意愿退还或抵扣后续发票。",
  creditAmount: "贷项金额",
  notYetApplied: "尚未核销",
  total: "合计",
  labelled: (label, value) => `${label}：${value}`,
  aging: "账龄",
  earlyPaymentDiscount: "提前付款折扣",
  discountLine: (percent, lastDay) => `${lastDay}前付款可享 ${percent}% 折扣`,
  payBy: "付款截止日",
  terms: "付款条件",
  discount: "折扣",
  amountToPay: "应付金额",
  paymentInstructions: "付款方式",
  bank: "银行",
  alipay: "支付宝",
  wechat: "微信支付",
  fallbackNote: "无付款日期：按未清项目列示",
  page: "第",
  of: "页，共",
  nothingOpen: "无未清项目。",
  slipTitle: "对账确认函",
  slipIntro: (closing, asOf) =>
    `截至${asOf}，贵公司尚欠我公司 ${closing}。如核对无误，请在下方签字盖章后寄回；如有不符，请注明差异。`,
  slipAgree: "☐ 上述余额核对无误。",
  slipDisagree: "☐ 上述余额不符，我方记录为：",
  slipDifference: "差异及说明：",
  slipSignature: "经办人签字：",
  slipStamp: "单位盖章：",
  slipDate: "日期：",
  slipReturnTo: (company) => `请寄回：${company}`,
};

/** The phrases that name what the ledger lists: by its number kind (core/ledger numberWords.ts). */
type NumberedKeys = "invoiceDate" | "invoice" | "creditNote" | "unappliedCreditNote" | "unappliedIncludedNote" | "creditNotesApplied" | "creditNotesNote" | "creditNotesAsGivenNote" | "creditNotesUnusedNote";
type FixedText = Omit<StatementText, NumberedKeys>;
type NumberedText = Pick<StatementText, NumberedKeys>;

const EN_NUMBERED = (w: NumberWords): NumberedText => ({
  invoiceDate: w.date,
  invoice: w.one,
  creditNote: w.credit,
  unappliedCreditNote: `Payments and credits not yet matched to ${w.oneInSentence}; deducted from the total due.`,
  unappliedIncludedNote: `Payments and credits not yet matched to ${w.oneInSentence}; already deducted in the closing balance.`,
  creditNotesApplied: "Credit notes",
  creditNotesNote: `Credit notes are set against your oldest open ${w.many}; the open balances above already include them.`,
  creditNotesAsGivenNote: "Credit notes as applied in our accounts; the open balances above already include them.",
  creditNotesUnusedNote:
    "Credit notes as applied in our accounts: the part applied is already in the open balances above; the part not yet applied is the unapplied credit deducted from the total due.",
});

const ZH_NUMBERED = (w: NumberWords): NumberedText => ({
  invoiceDate: w.date,
  invoice: w.one,
  creditNote: w.credit,
  unappliedCreditNote: `尚未对应到${w.one}的收款及贷项，已从应付总额中扣除。`,
  unappliedIncludedNote: `尚未对应到${w.one}的收款及贷项，已在期末余额中扣除。`,
  creditNotesApplied: `${w.credit}（贷项）`,
  creditNotesNote: `${w.credit}已按时间顺序冲抵贵司最早的未付${w.many}，上表未付金额已扣除。`,
  creditNotesAsGivenNote: `${w.credit}按我司账面核销情况列示，上表未付金额已扣除。`,
  creditNotesUnusedNote: `${w.credit}按我司账面核销情况列示：已核销部分已在上表未付金额中扣除；尚未核销部分列为未核销款项，已从应付总额中扣除。`,
});

// Made once per language and kind (six), not once per statement.
const TEXTS = new Map<string, StatementText>();

/**
 * Statement wording for a language and the ledger's number kind: a ledger of vouchers or documents
 * (凭证号, 单据编号) lists 单据 / Documents, never 发票 / Invoices the customer cannot find.
 * @example statementText("zh", "document").invoice //=> "单据"
 */
export function statementText(language: Language, numbers: NumberKind = "invoice"): StatementText {
  const key = `${language}.${numbers}`;
  let text = TEXTS.get(key);
  if (!text) {
    const words = numberWords(language, numbers);
    text = language === "zh" ? { ...ZH, ...ZH_NUMBERED(words) } : { ...EN, ...EN_NUMBERED(words) };
    TEXTS.set(key, text);
  }
  return text;
}

/** Chinese gloss of the standard stage names; other names are shown as the clerk wrote them. */
const STAGE_ZH: Readonly<Record<string, string>> = {
  none: "无",
  upcoming: "即将到期",
  "reminder 1": "第一次提醒",
  "reminder 2": "第二次提醒",
  "final notice": "最后通知",
  collections: "催收",
};

/**
 * A stage name as printed on a statement.
 *
 * @example
 * stageLabel("Reminder 1", "zh") //=> "第一次提醒"
 * stageLabel("Reminder 1", "en") //=> "Reminder 1"
 */
export function stageLabel(stage: string, language: Language): string {
  if (language !== "zh") return stage;
  return STAGE_ZH[stage.trim().toLowerCase()] ?? stage;
}

/**
 * An aging bucket label as printed on a statement: as is in English, with 天 in Chinese.
 *
 * @example
 * agingLabel("Current", "zh") //=> "未到期"
 * agingLabel("31-60", "zh")   //=> "31-60天"
 * agingLabel("90+", "zh")     //=> "90天以上"
 */
export function agingLabel(label: string, language: Language): string {
  if (language !== "zh") return label;
  if (label.trim().toLowerCase() === "current") return "未到期";
  const range = /^(\d+)-(\d+)$/.exec(label.trim());
  if (range) return `${range[1]}-${range[2]}天`;
  const over = /^(\d+)\+$/.exec(label.trim());
  if (over) return `${over[1]}天以上`;
  return label;
}

/**
 * "Not applicable" where a figure has no meaning (no credit limit set, no paid invoice to grade,
 * no DSO): one word for the AR Summary sheet and the CLI's report table alike.
 *
 * @example
 * notApplicable("zh") //=> "不适用"
 * notApplicable("en") //=> "n/a"
 */
export function notApplicable(language: Language): string {
  return language === "zh" ? "不适用" : "n/a";
}

/**
 * A date inside running text: ISO in English, 年月日 in Chinese. Never ambiguous.
 *
 * @example
 * dayText(dayFromCivil(2026, 10, 31), "en") //=> "2026-10-31"
 * dayText(dayFromCivil(2026, 10, 31), "zh") //=> "2026年10月31日"
 */
export function dayText(day: DayNumber, language: Language): string {
  if (language !== "zh") return isoOfDay(day);
  const { year, month, day: d } = civilOf(day);
  return `${year}年${month}月${d}日`;
}

/** The number format of every date cell, in both languages. */
export const DATE_FORMAT = "yyyy-mm-dd";

/** Page footer in Excel header/footer codes (&P = page, &N = pages). */
export const PAGE_FOOTER: Readonly<Record<Language, string>> = {
  en: "Page &P of &N",
  zh: "第 &P 页，共 &N 页",
};
