/**
 * The AR.* functions' error messages, in English and Chinese, by a stable code: a function returns
 * a coded {@link FunctionError} (its `message` is the English text), and the edge says it in
 * Excel's display language (language.ts). Argument names (`due_date`, `annual_rate`) stay as the
 * function's signature spells them in both languages: they are what the clerk types.
 */
import { AGING_ERRORS } from "../core/aging";
import { POLICY_COLUMN_ZH, POLICY_PROBLEMS, type PolicyProblem } from "../core/dunning";
import { parserReasonZh } from "../core/ledger";
import type { Language } from "../core/model";
import { DECIMAL_ERRORS } from "../core/money";

export type MessageParams = Readonly<Record<string, string | number>>;
type Texts = { readonly en: (p: MessageParams) => string; readonly zh: (p: MessageParams) => string };

/**
 * An argument as a message names it: its name, and for one cell of a range its row (and column).
 * @example argText({ arg: "balances", row: 3, column: 2 }, "zh") //=> "balances（第 3 行第 2 列）"
 */
export function argText(p: MessageParams, language: Language): string {
  if (p.row === undefined) return String(p.arg);
  if (language === "zh") return `${p.arg}（第 ${p.row} 行${p.column !== undefined ? `第 ${p.column} 列` : ""}）`;
  return `${p.arg} row ${p.row}${p.column !== undefined ? `, column ${p.column}` : ""}`;
}

const en = (p: MessageParams): string => argText(p, "en");
const zh = (p: MessageParams): string => argText(p, "zh");
const size = (rows: unknown, columns: unknown): string => `${rows}×${columns}`;

/** The core's guard messages the functions pass on (aging edges), in Chinese. */
const THROWN_ZH: Readonly<Record<string, string>> = {
  [AGING_ERRORS.empty]: "账龄分段：至少需要一个分段点",
  [AGING_ERRORS.notPositiveInteger]: "账龄分段：分段点必须是大于 0 的整数天数",
  [AGING_ERRORS.notAscending]: "账龄分段：分段点必须递增且不重复",
  [DECIMAL_ERRORS.notFinite]: "金额不是有限数字",
  [DECIMAL_ERRORS.tooLarge]: "金额过大，无法精确保存",
};

export const FUNCTION_MESSAGES = {
  notDate: {
    en: (p) => `${en(p)}: ${p.value} is not a date: ${p.reason}`,
    zh: (p) => `${zh(p)}：${p.value} 不是日期：${parserReasonZh(String(p.reason))}`,
  },
  notNumber: { en: (p) => `${en(p)}: ${p.value} is not a number`, zh: (p) => `${zh(p)}：${p.value} 不是数字` },
  notAmount: {
    en: (p) => `${en(p)}: ${p.value} is ${p.reason === "empty" ? "empty" : p.reason === undefined ? "not an amount" : `not an amount (${p.reason})`}`,
    zh: (p) => `${zh(p)}：${p.value} ${p.reason === "empty" ? "为空" : p.reason === undefined ? "不是金额" : `不是金额（${parserReasonZh(String(p.reason))}）`}`,
  },
  otherCurrency: {
    en: (p) => `${en(p)}: ${p.value} is in ${p.named}, not ${p.currency}`,
    zh: (p) => `${zh(p)}：${p.value} 的币种是 ${p.named}，不是 ${p.currency}`,
  },
  notCurrency: {
    en: (p) => `currency: ${p.value} is not a currency code such as USD, CNY or JPY`,
    zh: (p) => `currency：${p.value} 不是币种代码（如 USD、CNY 或 JPY）`,
  },
  notWholeDays: {
    en: (p) => `${en(p)}: ${p.value} is not a whole number of days ≥ ${p.min}`,
    zh: (p) => `${zh(p)}：${p.value} 不是 ≥ ${p.min} 的整数天数`,
  },
  notRate: {
    en: (p) => `${en(p)}: ${p.value} is not a rate ≥ 0 such as 0.08 or 8%`,
    zh: (p) => `${zh(p)}：${p.value} 不是 ≥ 0 的利率（如 0.08 或 8%）`,
  },
  rateEmpty: {
    en: () => "annual_rate: empty; give a rate such as 0.08 or 8%",
    zh: () => "annual_rate：为空；请填写利率，如 0.08 或 8%",
  },
  notEdge: { en: (p) => `edges: ${p.value} is not a number of days`, zh: (p) => `edges：${p.value} 不是天数` },
  mixedCurrencies: {
    en: (p) => `${en(p)}: amounts in different currencies (${p.found} and ${p.code}) cannot be added`,
    zh: (p) => `${zh(p)}：不同币种（${p.found} 和 ${p.code}）的金额不能相加`,
  },
  sizesDiffer: {
    en: (p) => `${p.a} (${size(p.aRows, p.aColumns)}) and ${p.b} (${size(p.bRows, p.bColumns)}) must be the same size`,
    zh: (p) => `${p.a}（${size(p.aRows, p.aColumns)}）和 ${p.b}（${size(p.bRows, p.bColumns)}）的大小必须相同`,
  },
  rangesDiffer: { en: () => "the ranges given are not the same size", zh: () => "所给的区域大小不同" },
  asOfRange: { en: () => "as_of: give one date, not a range", zh: () => "as_of：请给一个日期，而不是一个区域" },
  dueEmpty: {
    en: (p) => `${en(p)}: empty, but its balance is ${p.balance}`,
    zh: (p) => `${zh(p)}：为空，但其余额为 ${p.balance}`,
  },
  needsBalanceCustomers: {
    en: () => "balance_customers: needed with customer, to know whose balances to add",
    zh: () => "balance_customers：给出 customer 时必须同时给出，才能知道要加总哪位客户的余额",
  },
  needsCustomer: {
    en: () => "customer: needed with balance_customers, to know which customer to add up",
    zh: () => "customer：给出 balance_customers 时必须同时给出，才能知道要加总哪位客户",
  },
  negativeLimit: {
    en: (p) => `credit_limit: ${p.limit} is negative; a limit is 0 or more`,
    zh: (p) => `credit_limit：${p.limit} 是负数；信用额度应为 0 或以上`,
  },
  noLimit: {
    en: () => "no credit limit set (an empty cell or 0; for a limit of zero type '0 as text)",
    zh: () => "未设信用额度（单元格为空或为 0；额度确为零时请输入文本 '0）",
  },
  badPolicy: {
    en: (p) => `policy: ${p.message}`,
    zh: (p) =>
      p.row === undefined
        ? `policy：${p.message}`
        : p.problem === "noStages"
        ? "policy：催款政策没有任何阶段：请至少添加一行阶段名称和起始逾期天数"
        : `policy：第 ${p.row} 行，${POLICY_COLUMN_ZH[String(p.column)] ?? p.column}“${p.value}”${(POLICY_PROBLEMS[String(p.problem) as PolicyProblem]?.zh ?? (() => String(p.problem)))(p)}`,
  },
  cellHolds: { en: (p) => `the cell holds ${p.error}`, zh: (p) => `该单元格是错误值 ${p.error}` },
  thrown: { en: (p) => String(p.message), zh: (p) => THROWN_ZH[String(p.message)] ?? String(p.message) },
} satisfies Record<string, Texts>;

export type FunctionMessage = keyof typeof FUNCTION_MESSAGES;
