/**
 * The texts of the issues about the workbook beyond the ledger's tables, English and Chinese: the
 * AR Settings sheet (values, keys, the dunning policy, table and column choices), the Dunning log
 * read back, reminders that could not be emailed, and merged cells Excel could not list. Coded as the ledger's own issues are (see
 * issueTexts.ts, which takes these in): the `reason` is the English text, {@link issueText} the
 * clerk's language.
 */
import { POLICY_COLUMN_ZH, POLICY_PROBLEMS, type PolicyProblem } from "../dunning/policyTexts";
import { fieldLabel } from "../fieldNames";
import { countOf } from "../text/plural";
import { parserReasonZh } from "./parserReasons";
import type { IssueParams, Texts } from "./issueTexts";

/** What an AR Settings value must look like, per kind of key (keys.ts says which kind a key is). */
export const SETTING_EXPECTED = {
  wholeNumber: { en: (p: IssueParams) => `must be a whole number ≥ ${p.min}`, zh: (p: IssueParams) => `必须是 ≥ ${p.min} 的整数` },
  onOff: { en: () => 'must be "on" or "off"', zh: () => "必须是“on”（开）或“off”（关）" },
  decimal: { en: () => "must be a decimal ≥ 0 such as 0.08 or 8%", zh: () => "必须是 ≥ 0 的小数，如 0.08 或 8%" },
  edges: { en: () => "must be whole days > 0, ascending, e.g. 30, 60, 90", zh: () => "必须是递增的正整数天数，如 30, 60, 90" },
  basis: { en: () => 'must be "due" or "invoice"', zh: () => "必须是“due”（按到期日）或“invoice”（按开票日期）" },
  statementType: { en: () => 'must be "balance-forward" or "open-item"', zh: () => "必须是“balance-forward”（余额结转）或“open-item”（未清明细）" },
  slip: { en: () => 'must be "auto", "on" or "off"', zh: () => "必须是“auto”（自动）、“on”（开）或“off”（关）" },
  rates: { en: () => "must be decimals ≥ 0 separated by commas", zh: () => "必须是以逗号分隔的 ≥ 0 的小数" },
  currency: { en: () => "is not a currency code such as USD or CNY", zh: () => "不是币种代码（如 USD 或 CNY）" },
  dateOrder: { en: () => "is not mdy or dmy", zh: () => "不是 mdy（月/日/年）或 dmy（日/月/年）" },
  language: { en: () => "is not en or zh", zh: () => "不是 en（英文）或 zh（中文）" },
} satisfies Record<string, Texts>;

export type SettingExpected = keyof typeof SETTING_EXPECTED;

/** A code these texts do not know (a newer file's?) is named as it is rather than failing. */
const unknown = (name: unknown): Texts => ({ en: () => String(name), zh: () => String(name) });
const expected = (p: IssueParams): Texts => SETTING_EXPECTED[String(p.expected) as SettingExpected] ?? unknown(p.expected);
const policy = (p: IssueParams): Texts => POLICY_PROBLEMS[String(p.problem) as PolicyProblem] ?? unknown(p.problem);
/** The Dunning log's columns, named in the issue's language (the log's reader gives both: dunningLog/columns.ts). */
const columns = (p: IssueParams): string => String(p.columns);
const columnsZh = (p: IssueParams): string => String(p.columnsZh ?? p.columns);
const TABLE_ZH: Readonly<Record<string, string>> = { customers: "客户表", invoices: "发票表", payments: "收款表" };
const tableZh = (p: IssueParams): string => TABLE_ZH[String(p.table)] ?? String(p.table);

export const WORKBOOK_ISSUE_TEXTS = {
  settingNoKey: {
    en: () => "has a value but no key; ignored",
    zh: () => "有值但没有键：已忽略",
  },
  settingRepeated: {
    en: (p) => `repeats the key on row ${p.first}; the first is used`,
    zh: (p) => `与第 ${p.first} 行的键重复：使用第一个`,
  },
  settingBadValue: {
    en: (p) => `${expected(p).en(p)}; the default is used`,
    zh: (p) => `${expected(p).zh(p)}：使用默认值`,
  },
  settingAddressLine: {
    en: () => "address lines are numbered 1 to 20; ignored",
    zh: () => "地址行的编号只能是 1 到 20：已忽略",
  },
  settingUnknownKey: {
    en: () => "is not a setting AR Desk knows; ignored",
    zh: () => "不是 AR Desk 认识的设置：已忽略",
  },
  policyValue: {
    en: (p) => policy(p).en(p),
    // "has no stages" is about the whole table, not a column of it.
    zh: (p) => `${p.problem === "noStages" ? "" : (POLICY_COLUMN_ZH[String(p.column)] ?? p.column)}${policy(p).zh(p)}：使用默认催款政策`,
  },
  overrideColumnMissing: {
    en: (p) => `${p.table}.${p.field}: column "${p.header}" not found on sheet "${p.sheet}"`,
    zh: (p) => `${tableZh(p)}的“${fieldLabel(String(p.field), "zh")}”：工作表“${p.sheet}”上找不到列“${p.header}”`,
  },
  overrideSourceMissing: {
    en: (p) => `${p.table}: ${p.tableName !== undefined ? `table "${p.tableName}"` : `sheet "${p.sheet}"`} not found`,
    zh: (p) => `${tableZh(p)}：找不到${p.tableName !== undefined ? `表“${p.tableName}”` : `工作表“${p.sheet}”`}`,
  },
  logNotUsed: {
    en: (p) => `dunning log not used: it has no ${columns(p)} column; its ${countOf(p.rows, "row is", "rows are")} not read`,
    zh: (p) => `催款记录未使用：缺少“${columnsZh(p)}”列；其中 ${p.rows} 行均未读入`,
  },
  logColumnMissing: {
    en: (p) => `dunning log has no ${columns(p)} column: read as 0 (or empty) on its ${countOf(p.rows, "row", "rows")}`,
    zh: (p) => `催款记录缺少“${columnsZh(p)}”列：其 ${p.rows} 行按 0（或空）读入`,
  },
  logRowNotUsed: {
    en: (p) => `dunning log row not used: ${p.reason}`,
    zh: (p) => `该催款记录行未使用：${parserReasonZh(String(p.reason))}`,
  },
  logRowIncomplete: {
    en: () => "dunning log row not used: CustomerID, InvoiceNo and Stage are required",
    zh: () => "该催款记录行未使用：客户编号、发票号和催款阶段均为必填",
  },
  mergesNotRead: {
    // The pane in an Excel that cannot list merged areas (office/mergedCells.ts): said once a read.
    en: (p) => `merged cells not read in this Excel: ${p.why === "noApi" ? "it lacks ExcelApi 1.13 (update Excel, or open the file with AR Desk in a browser or the ar-desk CLI)" : `Excel did not list them${p.detail ? ` (${p.detail})` : ""}`}; a value merged down over several rows counts on its first row only`,
    zh: (p) => `此版本 Excel 中未读取合并单元格：${p.why === "noApi" ? "缺少 ExcelApi 1.13（请更新 Excel，或在浏览器中用 AR Desk 或用 ar-desk 命令行打开该文件）" : `Excel 未能列出合并区域${p.detail ? `（${p.detail}）` : ""}`}；向下合并到多行的值只计入第一行`,
  },
  noUsableEmail: {
    en: (p) => `no usable email address for ${p.customer}: ${Number(p.letter) ? "a printable letter was made instead" : "not sent (letters are off), nothing logged or charged"}`,
    zh: (p) => `客户 ${p.customer} 没有可用的邮箱地址：${Number(p.letter) ? "已改为生成可打印的信函" : "未发送（信函已关闭），不记录、不收费"}`,
  },
} satisfies Record<string, Texts>;

/**
 * An issue's column in Chinese where the issue names it by AR Desk's own key rather than by the
 * clerk's header: a dunning policy column (`DunningPolicy.from days`) is named as the policy
 * table's column in Chinese. Other issues name the column as it stands on the clerk's sheet.
 */
export const WORKBOOK_ISSUE_COLUMNS_ZH: Readonly<Partial<Record<keyof typeof WORKBOOK_ISSUE_TEXTS, (p: IssueParams) => string>>> = {
  // "has no stages" is about the whole table, not a column of it.
  policyValue: (p) => (p.problem === "noStages" ? "催款政策表" : `催款政策表“${POLICY_COLUMN_ZH[String(p.column)] ?? p.column}”列`),
  // The log's missing columns, named by their Chinese headers.
  logNotUsed: columnsZh,
  logColumnMissing: columnsZh,
};
