/**
 * The "never silently smaller" sentence (DESIGN §2): how many rows were not read and their money
 * per currency, and the ledger's own totals its rows do not add up to, in English or Chinese. One
 * home for the CLI's last line, the AR Summary's header and the pane's banner.
 */
import type { Language, UnreadRows } from "../model";
import { formatAmount } from "../money";
import { countOf, pluralEn } from "../text/plural";

/**
 * The sentence, or undefined when every row was read and every total of the ledger adds up.
 *
 * @example
 * unreadSentence({ rows: 1, rowsWithMoney: 1, byCurrency: { USD: 50000 }, unsummed: 0 }, "en")
 * //=> "NOT READ: 1 row with money (USD 500.00) is left out of these totals"
 */
export function unreadSentence(unread: UnreadRows | undefined, language: Language): string | undefined {
  if (unread === undefined) return undefined;
  const rows = rowsSentence(unread, language);
  const totals = totalsOffSentence(unread, language);
  if (rows === undefined || totals === undefined) return rows ?? totals;
  return `${rows}${language === "zh" ? "；" : "; "}${totals}`;
}

/**
 * The ledger's own totals that are off, as a sentence (undefined: none).
 * @example
 * unreadSentence({ rows: 0, rowsWithMoney: 0, byCurrency: {}, unsummed: 0, totalsOff: { count: 1, byCurrency: { CNY: -226000 } } }, "en")
 * //=> "TOTALS OFF: 1 of the ledger's own totals differs from the sum of the rows it closes (by CNY -2,260.00); the rows are counted as they stand"
 */
function totalsOffSentence(unread: UnreadRows, language: Language): string | undefined {
  const off = unread.totalsOff;
  if (off === undefined || off.count === 0) return undefined;
  const sums = Object.entries(off.byCurrency).map(([ccy, minor]) => `${ccy} ${formatAmount(minor, ccy)}`);
  if (language === "zh") return `合计不符：表中自带的 ${off.count} 处合计与其所合计的各行之和不符（相差 ${sums.join("；")}）；以上数字按各行实际金额计算`;
  const one = off.count === 1;
  return `TOTALS OFF: ${off.count} of the ledger's own totals ${one ? "differs" : "differ"} from the sum of the rows ${one ? "it closes" : "they close"} (by ${sums.join("; ")}); the rows are counted as they stand`;
}

function rowsSentence(unread: UnreadRows, language: Language): string | undefined {
  if (unread.rows === 0) return undefined;
  const zh = language === "zh";
  const sums = Object.entries(unread.byCurrency).map(([ccy, minor]) => `${ccy} ${formatAmount(minor, ccy)}`);
  if (unread.unsummed > 0) {
    sums.push(zh ? `${unread.unsummed} 个金额无法识别` : `${countOf(unread.unsummed, "amount", "amounts")} not readable`);
  }
  const n = unread.rowsWithMoney;
  if (n === 0) {
    return zh ? `未读入：${unread.rows} 行（无金额）` : `NOT READ: ${countOf(unread.rows, "row", "rows")} without an amount`;
  }
  const amounts = sums.length > 0 ? (zh ? `（${sums.join("；")}）` : ` (${sums.join("; ")})`) : "";
  return zh
    ? `未读入：${n} 行有金额的数据${amounts}未计入以上合计`
    : `NOT READ: ${countOf(n, "row", "rows")} with money${amounts} ${pluralEn(n, "is", "are")} left out of these totals`;
}
