/**
 * The reasons the cell parsers (parseDate, parseAmount) give, in Chinese: the ledger's issue texts
 * and the dunning log's both say why a date or an amount could not be read.
 */
import { AMOUNT_REASONS } from "../money/parseAmount";
import { DATE_REASONS } from "../dates/parseDate";
import { NUMBER_NOT_DATE } from "./_lib/readCell";

/** The parsers' reasons (parseDate, parseAmount) in Chinese. */
const REASON_ZH: Readonly<Record<string, string>> = {
  [DATE_REASONS.empty]: "为空",
  [DATE_REASONS.notDate]: "不是日期",
  [DATE_REASONS.notRealDate]: "不是真实的日历日期",
  [DATE_REASONS.phantomLeapDay]: "1900-02-29 不存在（Excel 序号 60）",
  [DATE_REASONS.serialOutOfRange]: "日期序号超出 1900-01-01..9999-12-31",
  [DATE_REASONS.ambiguous]: "日/月顺序不明：请写成 YYYY-MM-DD",
  [DATE_REASONS.boolean]: "TRUE/FALSE 不是日期",
  [DATE_REASONS.shortYear]: "两位数年份（26-3-5 是 2026-03-05 还是 2005-03-26？无法确定）：请写成 YYYY-MM-DD",
  [DATE_REASONS.monthOnly]: "只有年月、没有日：请写出完整日期 YYYY-MM-DD",
  [DATE_REASONS.weekdayMismatch]: "所注星期与该日期不符",
  [DATE_REASONS.noYear]: "只有月日、没有年份：请写出完整日期 YYYY-MM-DD",
  [DATE_REASONS.formulaError]: "是公式错误值（#REF!、#N/A、#VALUE! 等）：请修正公式或直接填写日期",
  [NUMBER_NOT_DATE]: "是数字而不是日期（按 Excel 日期序号读将是 1950 年以前）：请写成 YYYY-MM-DD",
  // Said after the field: "金额无法读成数字", never "金额不是金额".
  [AMOUNT_REASONS.notAmount]: "无法读成数字",
  [AMOUNT_REASONS.notFinite]: "不是有限数字",
  // Said after the field ("金额数额过大"), never "金额金额过大".
  [AMOUNT_REASONS.tooLarge]: "数额过大，无法精确计算",
  [AMOUNT_REASONS.boolean]: "TRUE/FALSE 不是金额",
  [AMOUNT_REASONS.currencyMismatch]: "金额中的币种与该行币种不同",
  [AMOUNT_REASONS.formulaError]: "是公式错误值（#N/A、#VALUE!、#REF! 等）：请修正公式或直接填写金额",
};

/**
 * A parser's reason in Chinese (the reason as given when it is not one of theirs).
 * @example parserReasonZh("not a date") //=> "不是日期"
 */
export function parserReasonZh(reason: string): string {
  return REASON_ZH[reason] ?? reason;
}
