/**
 * The "never silently smaller" sentence (DESIGN §2): how many rows were not read and their money
 * per currency, in English or Chinese. One home for the CLI's last line, the AR Summary's header
 * and the pane's banner.
 */
import type { Language, UnreadRows } from "../model";
import { formatAmount } from "../money";

/**
 * The sentence, or undefined when every row was read.
 *
 * @example
 * unreadSentence({ rows: 1, rowsWithMoney: 1, byCurrency: { USD: 50000 }, unsummed: 0 }, "en")
 * //=> "NOT READ: 1 row with money (USD 500.00) is left out of these totals"
 */
export function unreadSentence(unread: UnreadRows | undefined, language: Language): string | undefined {
  if (unread === undefined || unread.rows === 0) return undefined;
  const zh = language === "zh";
  const sums = Object.entries(unread.byCurrency).map(([ccy, minor]) => `${ccy} ${formatAmount(minor, ccy)}`);
  if (unread.unsummed > 0) {
    sums.push(zh ? `${unread.unsummed} 个金额无法识别` : `${unread.unsummed} amount${unread.unsummed === 1 ? "" : "s"} not readable`);
  }
  const n = unread.rowsWithMoney;
  if (n === 0) {
    return zh ? `未读入：${unread.rows} 行（无金额）` : `NOT READ: ${unread.rows} row${unread.rows === 1 ? "" : "s"} without an amount`;
  }
  const amounts = sums.length > 0 ? (zh ? `（${sums.join("；")}）` : ` (${sums.join("; ")})`) : "";
  return zh
    ? `未读入：${n} 行有金额的数据${amounts}未计入以上合计`
    : `NOT READ: ${n} row${n === 1 ? "" : "s"} with money${amounts} ${n === 1 ? "is" : "are"} left out of these totals`;
}
