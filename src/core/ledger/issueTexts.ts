/**
 * The texts of the ledger's data issues, English and Chinese, in one home. An issue carries a
 * stable `code` and its `params`; its `reason` is the English text made here, and the pane (or
 * any output in Chinese) shows {@link issueText} in the clerk's language.
 */
import type { DataIssue, Language } from "../model";
import { DATE_REASONS } from "../dates/parseDate";
import { parserReasonZh } from "./parserReasons";
import { WORKBOOK_ISSUE_COLUMNS_ZH, WORKBOOK_ISSUE_TEXTS } from "./workbookIssueTexts";
import { fieldLabel } from "../fieldNames";
import { countOf, pluralEn } from "../text/plural";

export type IssueParams = Readonly<Record<string, string | number>>;

export interface Texts {
  readonly en: (p: IssueParams) => string;
  readonly zh: (p: IssueParams) => string;
}


const fieldZh = (p: IssueParams): string => fieldLabel(String(p.field), "zh");

const reasonZh = (p: IssueParams): string => parserReasonZh(String(p.reason));
/** A row named by an issue: "row 7" on the issue's own sheet, "2025!7" (sheet!row) on another. */
const rowEn = (first: string | number | undefined): string => (String(first).includes("!") ? String(first) : `row ${first}`);
const rowZh = (first: string | number | undefined): string => {
  const text = String(first);
  const bang = text.lastIndexOf("!");
  return bang < 0 ? `第 ${text} 行` : `工作表“${text.slice(0, bang)}”第 ${text.slice(bang + 1)} 行`;
};
/**
 * A value's subject and the parser's reason as one English clause: "InvoiceDate is not a real
 * calendar date", "Paid is empty", "InvoiceDate is a formula error (…)", but "Amount: TRUE/FALSE is
 * not an amount" (a reason that is a sentence of its own).
 * @example about("DueDate", "not a date") //=> "DueDate is not a date"
 */
const about = (subject: unknown, reason: unknown): string => {
  const text = String(reason);
  return /^(?:not |empty$|an? )/.test(text) ? `${subject} is ${text}` : `${subject}: ${text}`;
};
const DATE_HINT_EN = " (set --date-order mdy|dmy or ledger.dateOrder in AR Settings)";
const DATE_HINT_ZH = "（请设置 --date-order mdy|dmy 或 AR Settings 中的 ledger.dateOrder）";
const isAmbiguous = (p: IssueParams): boolean => p.reason === DATE_REASONS.ambiguous;

const LEDGER_ISSUE_TEXTS = {
  rowsSkipped: {
    en: (p) => `skipped ${[
      Number(p.footers) > 0 ? `${countOf(p.footers, "total/footer row", "total/footer rows")} (first: row ${p.firstFooter})` : "",
      Number(p.notes) > 0 ? countOf(p.notes, "title or note row", "title or note rows") : "",
      Number(p.blank) > 0 ? countOf(p.blank, "blank row", "blank rows") : "",
    ].filter((s) => s !== "").join(", ")}: not invoices`,
    // "已跳过 8 行合计/表尾、2 行标题或备注": one space after 已跳过, none after the 、.
    zh: (p) => `已跳过 ${[
      Number(p.footers) > 0 ? `${p.footers} 行合计/表尾（第一行：第 ${p.firstFooter} 行）` : "",
      Number(p.notes) > 0 ? `${p.notes} 行标题或备注` : "",
      Number(p.blank) > 0 ? `${p.blank} 行空行` : "",
    ].filter((s) => s !== "").join("、")}：不是发票`,
  },
  requiredColumnMissing: {
    en: (p) => `required column ${p.field}${p.or ? ` (or ${p.or})` : ""} not found: the table's ${countOf(p.rows, "row was", "rows were")} not read`,
    zh: (p) => `找不到必需的列“${fieldZh(p)}”${p.or ? `（或“${fieldLabel(String(p.or), "zh")}”）` : ""}：该表 ${p.rows} 行均未读入`,
  },
  emptyRequired: {
    en: (p) => `${p.field} is empty: row not read`,
    zh: (p) => `${fieldZh(p)}为空：该行未读入`,
  },
  badRequired: {
    en: (p) => `${about(p.field, p.reason)}${isAmbiguous(p) ? DATE_HINT_EN : ""}: row not read`,
    zh: (p) => `${fieldZh(p)}${reasonZh(p)}${isAmbiguous(p) ? DATE_HINT_ZH : ""}：该行未读入`,
  },
  numberDigitsLost: {
    en: (p) => `${p.field} is a number of ${p.digits} digits: Excel keeps only 15, so its last ${Number(p.digits) - 15} are lost and two documents may show the same number (read apart, by their rows); format the column as Text and export or type the numbers again`,
    zh: (p) => `${fieldZh(p)}是 ${p.digits} 位的数字：Excel 只保留 15 位有效数字，后 ${Number(p.digits) - 15} 位已丢失，两张单据可能显示成同一号码（已按行分开读入）；请把该列设为文本格式后重新导出或录入号码`,
  },
  duplicate: {
    en: (p) => p.differs
      ? `duplicate ${p.field}: ${rowEn(p.first)} has it already with a different ${String(p.differs).split(",").join(", ")}: this row was not read; check which of the two rows is right`
      : `duplicate ${p.field}: ${rowEn(p.first)} has it already, this row was not read`,
    zh: (p) => p.differs
      ? `${fieldZh(p)}重复：${rowZh(p.first)}已有，但${String(p.differs).split(",").map((f) => fieldLabel(f, "zh")).join("、")}不同：该行未读入，请核对两行中哪一行正确`
      : `${fieldZh(p)}重复：${rowZh(p.first)}已有，该行未读入`,
  },
  duplicateCopy: {
    en: (p) => `the same invoice as ${rowEn(p.first)} (customer, ${p.field}, dates and amounts alike): read once, from ${rowEn(p.first)}`,
    zh: (p) => `与${rowZh(p.first)}为同一张发票（客户、${fieldZh(p)}、日期和金额均相同）：只读入一次（${rowZh(p.first)}）`,
  },
  unlabelledSubtotal: {
    en: (p) => `only an amount (${p.value}) on this row, no customer, number or date: it looks like an unlabelled subtotal, but the rows above it since the last subtotal or heading add up to ${p.expected}: row not read`,
    zh: (p) => `该行只有金额（${p.value}），没有客户、单号或日期：像是未标注的小计，但上方自上一个小计或标题以来各行合计为 ${p.expected}，与之不符：该行未读入`,
  },
  totalNotSum: {
    en: (p) => `the ledger's own total ${p.value} in ${p.field} is not the sum of the rows it closes: rows ${p.from}–${p.to} add up to ${p.sum}, a difference of ${p.difference}; a row is missing or typed wrong, and the outputs count the rows as they stand`,
    zh: (p) => `表中自带的合计 ${p.value}（${fieldZh(p)}）与其所合计的各行不符：第 ${p.from}–${p.to} 行合计为 ${p.sum}，相差 ${p.difference}；有漏记或录错的行，输出按各行实际金额计算`,
  },
  totalMixedCurrencies: {
    en: (p) => `${p.count} of the ledger's own ${pluralEn(p.count, "total closes", "totals close")} rows in several currencies and ${pluralEn(p.count, "states", "state")} no currency: not checked (first: row ${p.first}); a total that states its currency (\`USD 2,000.00\`) is checked against that currency's rows`,
    zh: (p) => `表中自带的合计有 ${p.count} 个所合计的各行含多种币种、且未注明币种：未核对（第一个：第 ${p.first} 行）；注明币种的合计（如 \`USD 2,000.00\`）按该币种的各行核对`,
  },
  customerDitto: {
    en: (p) => `${countOf(p.count, "row says", "rows say")} “same as above” (同上, 〃) for the customer: read as the customer of the row above (first: row ${p.first})`,
    zh: (p) => `${p.count} 行客户写作“同上”或“〃”：按上一行的客户读入（第一行：第 ${p.first} 行）`,
  },
  customerFromAbove: {
    en: (p) => p.id
      ? `${countOf(p.count, "row", "rows")} without a customer ID or name ${pluralEn(p.count, "is", "are")} the customer of the row right above, whose running balance they go on with (a ledger printing the customer on its first line only; first: row ${p.first})`
      : `${countOf(p.count, "row", "rows")} without a customer name ${pluralEn(p.count, "is", "are")} the customer of the row above (a merged cell, or left blank as “same as above”; first: row ${p.first})`,
    zh: (p) => p.id
      ? `${p.count} 行客户编号和名称为空，按紧邻上一行的客户读入，余额与之连续（账簿只在首行打印客户；第一行：第 ${p.first} 行）`
      : `${p.count} 行客户名称为空，按上一行的客户读入（合并单元格或“同上”留空；第一行：第 ${p.first} 行）`,
  },
  mergedAmount: {
    en: (p) => `${Number(p.count) === 1 ? "an amount is" : `${p.count} amounts are`} merged down over several rows (rows ${p.rows}): each is one amount, read once on its first row; the rows under it have none of their own`,
    zh: (p) => `${Number(p.count) === 1 ? "有一个金额" : `有 ${p.count} 个金额`}合并了多行（第 ${String(p.rows).replace(/, /g, "、")} 行）：每个合并金额只算一笔，记在其第一行；其下各行本身没有该金额`,
  },
  mergedPaidSpread: {
    en: (p) => `${Number(p.count) === 1 ? "a paid amount is" : `${p.count} paid amounts are`} merged down over several invoices (rows ${p.rows}): each is one payment for them, spread over them in row order, each invoice up to its amount, any rest on the last`,
    zh: (p) => `${Number(p.count) === 1 ? "有一个已收金额" : `有 ${p.count} 个已收金额`}合并了多张发票（第 ${String(p.rows).replace(/, /g, "、")} 行）：每个视为这些发票的一笔收款，按行序分摊，每张发票以其金额为限，余额记在最后一张`,
  },
  invoiceDateFromDue: {
    en: (p) => `no invoice date column: aged by ${p.column} as printed; each invoice is dated its due date less its terms (the row's, else the customer's, else ${countOf(p.days, "day", "days")}) and each credit or payment on its due date, so those invoice dates (on statements, and aging by invoice date) are estimates`,
    zh: (p) => `没有开票日期列：按“${p.column}”计算账龄；各发票的开票日期按到期日减去账期（该行的，否则客户的，否则 ${p.days} 天）推算，贷项和收款记在其到期日，因此这些开票日期（对账单上的及按开票日期的账龄）为推算值`,
  },
  amountDashZero: {
    en: () => "the amount is a dash: read as 0.00 (an invoice of nothing); if the amount is not known yet, type it or leave the row out",
    zh: () => "金额为“-”：按 0.00 读入（一张金额为零的发票）；如金额尚未确定，请填写金额或删除该行",
  },
  monthCarried: {
    en: (p) => `${countOf(p.count, "carried-forward line", "carried-forward lines")} (上月结转, first: row ${p.first}) bring over the balance of the sheet "${p.sheet}", which is read too: not counted again`,
    zh: (p) => `${p.count} 行上月结转（第一行：第 ${p.first} 行）为工作表“${p.sheet}”的余额结转，该表已读入：不重复计入`,
  },
  monthCarryDiffers: {
    en: (p) => `carries ${p.value}, but the sheet "${p.sheet}" closes at ${p.closing}: the rows are counted as they stand; check which is right`,
    zh: (p) => `结转 ${p.value}，但工作表“${p.sheet}”的期末余额为 ${p.closing}：各行按原样计算，请核对哪一个正确`,
  },
  namesAlike: {
    en: (p) => `may be the same customer as "${p.other}" (${rowEn(p.first)}): counted apart as written, not merged; if they are one customer, write the name one way`,
    zh: (p) => `可能与${rowZh(p.first)}的“${p.other}”是同一客户：已按所写名称分开计算，未合并；如是同一客户，请统一名称`,
  },
  typeFromSummary: {
    en: (p) => `no type column: ${p.column} says what each row is (开票 an invoice; 回款 / 收款 money received, on the invoice the row names, else on the customer's oldest open invoices; 红字 / 退货 a credit)`,
    zh: (p) => `没有类型列：按“${p.column}”区分各行（开票为发票；回款、收款为收到的款项，填了发票号的冲该发票，否则冲该客户最早的未结发票；红字、退货为贷项）`,
  },
  openFromBuckets: {
    en: (p) => `no open-balance column, and the aging columns ${p.columns} disagree with Amount: they are read as each document's open amount (Amount is what it was first)`,
    zh: (p) => `没有未收金额列，而账龄列 ${p.columns} 与金额不一致：按各单据的未收金额读入（金额为原始金额）`,
  },
  noCustomer: {
    en: () => "no customer on this row (CustomerID and customer name empty, no group title above): row not read",
    zh: () => "该行没有客户（客户编号和客户名称均为空，上方也没有分组标题）：该行未读入",
  },
  customerNotListed: {
    en: (p) => `customer not in the Customers table: ${p.what} kept under a customer named by its ID`,
    zh: (p) => `客户不在客户表中：该${p.what === "payment" ? "收款" : "发票"}归入以其编号命名的客户`,
  },
  mixedDateOrder: {
    en: (p) => `holds dates in both orders: row ${p.dmyRow} is day/month/year, row ${p.mdyRow} is month/day/year` +
      (p.used ? `; ${p.used} used as set by --date-order / ledger.dateOrder` : "; ambiguous dates in it are not read: fix the column, or set --date-order / ledger.dateOrder"),
    zh: (p) => `该列日期有两种顺序：第 ${p.dmyRow} 行是“日/月/年”，第 ${p.mdyRow} 行是“月/日/年”` +
      (p.used ? `；按 --date-order / ledger.dateOrder 使用 ${p.used}` : "；其中顺序不明的日期未读入：请修正该列，或设置 --date-order / ledger.dateOrder"),
  },
  runningBalanceMismatch: {
    en: (p) => `the running balance ${p.value} disagrees with debit − credit so far (${p.expected}): the debits and credits are used; check this row`,
    zh: (p) => `余额 ${p.value} 与截至本行的借方减贷方（${p.expected}）不符：以借贷发生额为准，请核对本行`,
  },
  badRunningBalance: {
    en: (p) => `${about("running balance", p.reason)}: this row's balance is not checked`,
    zh: (p) => `余额${reasonZh(p)}：本行余额未核对`,
  },
  paidDisagreesOpen: {
    en: (p) => `Paid${p.credited ? " + Credited" : ""} disagrees with the open balance ${p.open}: the open balance is used`,
    zh: (p) => `已收金额${p.credited ? "加已冲销" : ""}与未收金额 ${p.open} 不符：以未收金额为准`,
  },
  undatedPaid: {
    en: (p) => `${countOf(p.count, "paid amount has", "paid amounts have")} no paid date: taken as paid on ${pluralEn(p.count, "its", "their")} invoice date`,
    zh: (p) => `${p.count} 个已收金额没有收款日期：按开票当日收款计`,
  },
  badTerms: {
    en: (p) => `terms not like 30, Net 30, 30天, 月结30天, EOM 30 or Due on receipt: ${countOf(p.days, "day", "days")} used`,
    zh: (p) => `账期无法识别（应如 30、Net 30、30天、月结30天、EOM 30、Due on receipt）：按 ${p.days} 天计`,
  },
  badDueDate: {
    en: (p) => `${about("DueDate", p.reason)}: InvoiceDate + ${countOf(p.days, "day", "days")} used`,
    zh: (p) => `到期日${reasonZh(p)}：按开票日期加 ${p.days} 天计`,
  },
  unknownStatus: {
    en: () => "status is neither paid nor unpaid (e.g. Paid, Unpaid, 已收, 未收): taken as unpaid",
    zh: () => "状态既不是已收也不是未收（如 Paid、Unpaid、已收、未收）：按未收计",
  },
  partPaidUnknown: {
    en: () => "status says partly paid, but no column says how much: counted as owed in full (map the paid or open amount column if the sheet has one)",
    zh: () => "状态为部分收款，但没有列注明收了多少：按全额未收计（如表中有已收金额或未收金额列，请指定该列）",
  },
  writtenOffSkipped: {
    en: (p) => `skipped ${countOf(p.count, "document", "documents")} written off as bad debt (${p.column} "${p.value}"; first: row ${p.first}): no longer counted as owed`,
    zh: (p) => `已跳过 ${p.count} 张已核销为坏账的单据（${p.column}“${p.value}”；第一行：第 ${p.first} 行）：不再计入应收`,
  },
  voidSkipped: {
    en: (p) => `skipped ${countOf(p.count, "void, cancelled, draft or unapproved document", "void, cancelled, draft or unapproved documents")} (${p.column}; first: row ${p.first}): not owed`,
    zh: (p) => `已跳过 ${p.count} 张作废、取消、草稿或未审核单据（${p.column}；第一行：第 ${p.first} 行）：不构成应收`,
  },
  nameEmpty: {
    en: () => "Name is empty: the CustomerID is used as the name",
    zh: () => "客户名称为空：以客户编号作为名称",
  },
  unknownCurrency: {
    en: (p) => `unknown currency code ${p.code}: kept as written`,
    zh: (p) => `未知的币种代码 ${p.code}：按原样保留`,
  },
  notCurrency: {
    en: (p) => `not a currency: ${p.used} used`,
    zh: (p) => `不是币种：按 ${p.used} 计`,
  },
  badCreditLimit: {
    en: (p) => `${about("credit limit", p.reason)}: no limit applied`,
    zh: (p) => `信用额度${reasonZh(p)}：不设额度`,
  },
  negativeCreditLimit: {
    en: () => "credit limit is negative: no limit applied",
    zh: () => "信用额度为负数：不设额度",
  },
  badDiscountTerms: {
    en: () => "discount terms not like 2/10 (2 % within 10 days): ignored",
    zh: () => "折扣条件无法识别（应如 2/10，即 10 天内付款折扣 2%）：已忽略",
  },
  unknownLanguage: {
    en: (p) => `language not en or zh: ${p.used} used`,
    zh: (p) => `语言不是 en 或 zh：按${p.used === "zh" ? "中文" : "英文"}计`,
  },
  badEmail: {
    en: () => "does not look like an email address",
    zh: () => "不是有效的电子邮箱地址",
  },
  disputedNotYesNo: {
    en: () => "Disputed is not yes or no: taken as disputed",
    zh: () => "争议栏既不是“是”也不是“否”：按有争议计",
  },
  badPaidDate: {
    en: (p) => `${about("paid date", p.reason)}: the payment is taken as undated`,
    zh: (p) => `收款日期${reasonZh(p)}：该笔收款按无日期计`,
  },
  settlementColumnUnread: {
    en: (p) => `column "${p.column}" holds amounts from 0 up to each row's amount, like a paid amount or an open balance, but is not read: every invoice of this table is taken as unpaid. If it says what was paid or is still owed, map it (AR Settings: mapping.Invoices.Paid or mapping.Invoices.OpenBalance)`,
    zh: (p) => `“${p.column}”列的金额都在 0 与本行金额之间，像是已收金额或未收余额，但未读入：本表每张发票都按未收计。若它是已收或未收金额，请在 AR Settings 中映射（mapping.Invoices.Paid 或 mapping.Invoices.OpenBalance）`,
  },
  paidIgnored: {
    en: (p) => `${p.withDate ? "Paid and paid date" : "Paid column"} ignored on ${countOf(p.count, "row", "rows")}: payments come from the Payments table`,
    zh: (p) => `${p.count} 行的${p.withDate ? "已收金额和收款日期" : "已收金额"}未使用：收款以收款表为准`,
  },
  badPaid: {
    en: (p) => `${about("Paid", p.reason)}: taken as 0`,
    zh: (p) => `已收金额${reasonZh(p)}：按 0 计`,
  },
  paidOppositeSign: {
    en: () => "Paid has the opposite sign of Amount: taken as 0",
    zh: () => "已收金额与金额符号相反：按 0 计",
  },
  paidOverAmount: {
    en: (p) => `Paid is more than the invoice's Amount (${p.amount}): the excess ${p.dated ? "settles the customer's oldest open invoices, any rest kept as unapplied credit" : "is kept as the customer's unapplied credit"} (check whether this row's payment also covers another invoice)`,
    zh: (p) => `已收金额超过本发票金额（${p.amount}）：多出部分${p.dated ? "冲抵该客户最早的未清发票，仍有剩余的作为未核销预收款" : "作为该客户的未核销预收款"}（请核对这笔收款是否也付了其他发票）`,
  },
  creditPaidCapped: {
    en: () => "Paid on a credit note exceeds its amount: capped at the amount",
    zh: () => "红字发票的已收金额超过其金额：以其金额为限",
  },
  paymentInvoiceUnknown: {
    en: () => "no invoice of this customer has this InvoiceNo: applied to the customer's oldest open invoices",
    zh: () => "该客户没有此发票号的发票：冲抵该客户最早的未清发票",
  },
  negativePayment: {
    en: () => "negative payment: taken as a refund or reversal",
    zh: () => "收款为负数：按退款或冲回计",
  },
  dueBeforeInvoice: {
    en: (p) => `DueDate is before InvoiceDate ${p.invoiceDate}: as of ${p.invoiceDate} or later aged from the due date as written; as of an earlier day in no figure`,
    zh: (p) => `到期日早于开票日期 ${p.invoiceDate}：截止日在 ${p.invoiceDate} 及以后时按所填到期日计算账龄；截止日更早时不计入任何数字`,
  },
  invoiceNoFromRow: {
    en: (p) => `no document-number column: each debit row is an invoice numbered by its row (${p.example} …), each credit row a receipt applied to the customer's oldest open invoices; statements show each row's date, description and amount beside it`,
    zh: (p) => `没有单据号列：每个借方行作为一张发票，以行号编号（${p.example}……），每个贷方行作为收款冲抵该客户最早的未清发票；对账单在行号旁列出各行的日期、摘要和金额`,
  },
  paymentsNested: {
    en: (p) => `${countOf(p.count, "payment", "payments")} with no number of ${p.count === 1 ? "its" : "their"} own, indented under an invoice, settle${p.count === 1 ? "s" : ""} the invoice above (first: row ${p.first}), not the customer's oldest`,
    zh: (p) => `${p.count} 笔收款无单号、缩进列在发票下方：冲抵其上方的发票（第一行：第 ${p.first} 行），而非该客户最早的发票`,
  },
  invoiceNoRowSequence: {
    en: (p) => `the invoice numbers in ${p.column} are the row sequence 1, 2, 3 …: a payment quoting "3" settles the invoice on the third row; if the document numbers are in another column, choose it for InvoiceNo`,
    zh: (p) => `“${p.column}”中的发票号就是行序号 1、2、3……：收款注明“3”将冲抵第三行的发票；如单据号在其他列，请将该列指定为发票号`,
  },
  clearedRows: {
    en: (p) => `${countOf(p.count, "row", "rows")} marked cleared in ${p.column} (${countOf(p.invoices, "invoice", "invoices")}, ${countOf(p.receipts, "receipt or credit note", "receipts or credit notes")}): settled against each other in the source system, so each invoice so marked is paid in full and each receipt or credit note so marked is applied to them (no unapplied credit)`,
    zh: (p) => `${p.count} 行在“${p.column}”中标为两清/已核销（${p.invoices} 张发票，${p.receipts} 笔收款或红字发票）：已在源系统中相互核销，标记的发票按全额已收，标记的收款或红字发票已冲抵这些发票（不计为未冲抵预收）`,
  },
  clearedNotNetted: {
    en: (p) => `the rows of ${p.customer} marked cleared do not net to zero (${p.currency} ${p.difference}, invoices less receipts): the marked invoices are still taken as paid in full; check the marks`,
    zh: (p) => `${p.customer} 标为两清的各行合计不为零（${p.currency} ${p.difference}，发票减收款）：标记的发票仍按全额已收；请核对两清标志`,
  },
  clearedButOpen: {
    en: (p) => `marked cleared, yet the open balance still shows ${p.open}: the open balance is read (the row stays open for ${p.open}); check the mark or the open amount`,
    zh: (p) => `标为两清/已核销，但未收金额仍为 ${p.open}：以未收金额为准（此行仍按 ${p.open} 未收）；请核对两清标志或未收金额`,
  },
  clearedMarkUnknown: {
    en: () => "not a cleared mark (Y / √ / 是 / 两清 or N / 否 / blank): taken as not cleared",
    zh: () => "不是两清标志（Y / √ / 是 / 两清，或 N / 否 / 空白）：按未两清计",
  },
  invoiceDateFarAhead: {
    en: (p) => `InvoiceDate ${p.invoiceDate} is more than a year after today (${p.today}), a mistyped year?: as of today this invoice is in no figure (report, statements, reminders); the date is kept as written`,
    zh: (p) => `开票日期 ${p.invoiceDate} 比今天（${p.today}）晚一年以上，年份是否输错？截至今天此发票不计入任何数字（报表、对账单、催款）；日期按原样保留`,
  },
  invoiceDateFarAfterDue: {
    en: (p) => `InvoiceDate ${p.invoiceDate} is more than a year after its DueDate ${p.dueDate} (a mistyped year?): kept as written, so as of any day before ${p.invoiceDate} this invoice is in no figure (report, statements, reminders)`,
    zh: (p) => `开票日期 ${p.invoiceDate} 比到期日 ${p.dueDate} 晚一年以上（年份是否输错？）：按原样保留，因此截止日早于 ${p.invoiceDate} 时，此发票不计入任何数字（报表、对账单、催款）`,
  },
  noteSaysPaid: {
    en: (p) => `the note says it is settled, but ${p.open} is still open on this row: counted as open (correct Paid / the open balance if it was paid)`,
    zh: (p) => `备注写明已结清，但该行仍有 ${p.open} 未收：按未收计算（如已收款，请更正已收金额或未收金额）`,
  },
  noteSaysWrittenOff: {
    en: () => "the note says it was written off as a bad debt, but it is still counted as owed: remove the row or record the write-off as a credit if it is no longer collected",
    zh: () => "备注写明坏账，但该行仍计入应收：如已不再催收，请删除该行或以红字/贷项冲销",
  },
  amountsInUnit: {
    en: (p) => `the header states the unit ${p.unit}: amounts read × ${Number(p.factor).toLocaleString("en-US")} (1.5 → ${(1.5 * Number(p.factor)).toLocaleString("en-US")})`,
    zh: (p) => `表头注明单位为${p.unit === "thousands" ? "千" : p.unit === "millions" ? "百万" : p.unit}：金额已乘以 ${Number(p.factor).toLocaleString("en-US")} 读入（1.5 → ${(1.5 * Number(p.factor)).toLocaleString("en-US")}）`,
  },
} satisfies Record<string, Texts>;

/** Every coded issue: the ledger's tables', and the workbook's beyond them (AR Settings, Dunning log, reminders). */
export const ISSUE_TEXTS = { ...LEDGER_ISSUE_TEXTS, ...WORKBOOK_ISSUE_TEXTS };

export type IssueCode = keyof typeof ISSUE_TEXTS;

/** The English text of a coded issue (what its `reason` holds). */
export function issueReason(code: IssueCode, params: IssueParams): string {
  return ISSUE_TEXTS[code].en(params);
}

/**
 * An issue's text in the clerk's language: the Chinese text of its code, else its reason.
 *
 * @example issueText({ severity: "error", sheet: "发票", row: 7, reason: "…", code: "emptyRequired", params: { field: "InvoiceNo" } }, "zh") //=> "发票号为空：该行未读入"
 */
export function issueText(issue: DataIssue, language: Language): string {
  if (language === "en" || issue.code === undefined) return issue.reason;
  const texts = (ISSUE_TEXTS as Record<string, Texts>)[issue.code];
  return texts ? texts.zh(issue.params ?? {}) : issue.reason;
}

/**
 * An issue's column in the clerk's language: as the issue names it, unless its code names it by
 * AR Desk's own key, which is then said in Chinese (a dunning policy column).
 *
 * @example issueColumn({ severity: "error", sheet: "AR Settings", row: 20, column: "DunningPolicy.from days", reason: "…", code: "policyValue", params: { problem: "notWholeDays", column: "from days" } }, "zh") //=> "催款政策表“起始逾期天数”列"
 */
export function issueColumn(issue: DataIssue, language: Language): string | undefined {
  if (language === "en" || issue.column === undefined || issue.code === undefined) return issue.column;
  // A column not found is named by its field (`InvoiceNo`): in Chinese, its Chinese name (发票号).
  if (issue.code === "requiredColumnMissing") return fieldLabel(issue.column, "zh");
  const zh = (WORKBOOK_ISSUE_COLUMNS_ZH as Record<string, ((p: IssueParams) => string) | undefined>)[issue.code];
  return zh ? zh(issue.params ?? {}) : issue.column;
}
