/**
 * The "never silently smaller" sentence (DESIGN §2): how many rows were not read and their money
 * per currency, and the ledger's own totals its rows do not add up to, in English or Chinese. One
 * home for the CLI's last line, the AR Summary's header and the pane's banner.
 */
import type { CarryOff, Language, UnreadRows } from "../model";
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
  const parts = [rowsSentence(unread, language), totalsOffSentence(unread, language), carriesOffSentence(unread.carriesOff, language)]
    .filter((part): part is string => part !== undefined);
  return parts.length === 0 ? undefined : parts.join(language === "zh" ? "；" : "; ");
}

/**
 * True when the ledger's figures disagree with themselves: a total of its own not the sum of its
 * rows, or a month's carried-forward balance not last month's closing one (the CLI's exit 1 / 3).
 */
export function hasFiguresOff(unread: UnreadRows | undefined): boolean {
  return unread?.totalsOff !== undefined || (unread?.carriesOff?.length ?? 0) > 0;
}

/** Carries named one by one up to this many; the rest counted (check lists each as an issue). */
const CARRIES_NAMED = 3;

/**
 * The month sheets' carried-forward balances that are not last month's closing balance, each with
 * both sheets and both amounts (undefined: none).
 * @example
 * carriesOffSentence([{ sheet: "10月", from: "9月", customer: "甲公司", currency: "CNY", carried: 90000, closing: 70000 }], "en")
 * //=> "CARRIED FORWARD OFF: on sheet \"10月\" 甲公司's carried-forward balance (上月结转) is CNY 900.00, but last month's sheet \"9月\" closes at CNY 700.00; the rows are counted as they stand"
 */
function carriesOffSentence(carries: readonly CarryOff[] | undefined, language: Language): string | undefined {
  if (carries === undefined || carries.length === 0) return undefined;
  const money = (minor: number, ccy: string) => `${ccy} ${formatAmount(minor, ccy)}`;
  const named = carries.slice(0, CARRIES_NAMED);
  const more = carries.length - named.length;
  if (language === "zh") {
    const each = named.map((c) => `工作表“${c.sheet}”中${c.customer}的上月结转为 ${money(c.carried, c.currency)}，而上月工作表“${c.from}”的期末余额为 ${money(c.closing, c.currency)}`);
    return `结转不符：${each.join("；")}${more > 0 ? `；另有 ${more} 处` : ""}；以上数字按各行实际金额计算`;
  }
  const each = named.map((c) => `on sheet "${c.sheet}" ${c.customer}'s carried-forward balance (上月结转) is ${money(c.carried, c.currency)}, but last month's sheet "${c.from}" closes at ${money(c.closing, c.currency)}`);
  return `CARRIED FORWARD OFF: ${each.join("; ")}${more > 0 ? `; ${more} more` : ""}; the rows are counted as they stand`;
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
