/**
 * The ledger's field names as a Chinese clerk reads them, in one home: the core's issue texts, the
 * CLI (`check`) and the pane's Ledger screen all name a field from here. A file of its own, with
 * no imports, so the pane's message catalogue can take it without loading the ledger engine.
 */
import type { Language } from "./model";

/** Every canonical field of the three input tables (and the ledger's derived columns), in Chinese. */
export const FIELD_NAMES_ZH = {
  CustomerID: "客户编号", Name: "客户名称", CustomerName: "客户名称", InvoiceNo: "发票号", InvoiceDate: "开票日期",
  DueDate: "到期日", Amount: "金额", Paid: "已收金额", OpenBalance: "未收金额", PaidDate: "收款日期", Date: "日期",
  Currency: "币种", Terms: "账期", TermsDays: "账期", Credited: "已冲销", Credit: "贷方", RunningBalance: "余额", Type: "类型",
  Note: "备注", Disputed: "争议", Email: "邮箱", CreditLimit: "信用额度", DiscountTerms: "现金折扣条件", Language: "语言",
  Address: "地址", Contact: "联系人", Description: "摘要", Reference: "参考号", Method: "付款方式", Status: "状态",
  Cleared: "两清标志",
} as const satisfies Readonly<Record<string, string>>;

export type NamedField = keyof typeof FIELD_NAMES_ZH;

/**
 * A ledger field's name as a clerk reads it: the canonical name in English, its Chinese name in
 * Chinese (the name as given when it has none).
 * @example fieldLabel("InvoiceNo", "zh") //=> "发票号"
 */
export function fieldLabel(field: string, language: Language): string {
  return language === "zh" ? ((FIELD_NAMES_ZH as Readonly<Record<string, string>>)[field] ?? field) : field;
}

/**
 * Headers of aging buckets, as exporting systems print them: Current, Future, At Date / As of: …
 * (Odoo's not yet due), 1-30, 31-60 days, 1-30 Days Past Due (Oracle),
 * 91 and over, 90+, Period 1, Older, 未到期, 1-30天, 90天以上, 1年以上, 1-2年. For the workbook's detection (an
 * aging summary cannot be aged again) and the ledger (an aging detail's buckets may be its open
 * amounts). Matched folded: NFKC, lower case, no spaces; dashes kept, as "1 - 30" must not read as 130.
 */
const BUCKET_HEADER = /^(?:current|future|notdue|notyetdue|atdate|asof(?::.*)?|period\d+|month\d+|older|\d+[-–~]\d+(?:days?(?:pastdue|late|overdue)?|天)?|\d+(?:\+|andover|ormore|days?andover|天以上)(?:days?(?:pastdue|late|overdue)?)?|(?:over|>)\d+(?:days?)?|未到期|账龄.*|\d+年以[上内]|[一二三]年以[上内]|\d+[-–~]\d+年)$/;

/**
 * True for an aging bucket's header.
 * @example isBucketHeader("31 - 60 Days") //=> true
 * @example isBucketHeader("Amount") //=> false
 */
export function isBucketHeader(header: string): boolean {
  return BUCKET_HEADER.test(header.normalize("NFKC").toLowerCase().replace(/\s+/g, ""));
}
