/**
 * Amounts written in Chinese capital numerals (大写金额), as on a cheque, an invoice or a hand-kept
 * 台账: `壹万贰仟元整`, `人民币贰仟零伍拾元伍角`, `叁佰元零伍分`. The words name the yuan (元 / 圆),
 * so the amount is renminbi in fen, read exactly (whole numbers, no float arithmetic on fractions).
 */

/** 零 壹 贰 … 玖 (and 〇 for 零, 貳 / 參 / 陸 in Traditional forms). */
const DIGITS: Readonly<Record<string, number>> = {
  零: 0, 〇: 0, 壹: 1, 贰: 2, 貳: 2, 叁: 3, 參: 3, 肆: 4, 伍: 5, 陆: 6, 陸: 6, 柒: 7, 捌: 8, 玖: 9,
};
/** 拾 佰 仟 inside a section of four digits. */
const SMALL_UNITS: Readonly<Record<string, number>> = { 拾: 10, 佰: 100, 仟: 1000 };

/** The whole shape: a yuan part ending in 元, then 角 and 分, then 整 / 正; or only 角 / 分. */
const SHAPE = /^(?:人民币|人民幣|RMB|[¥￥])?\s*([零〇壹贰貳叁參肆伍陆陸柒捌玖拾佰仟万萬亿億]+[元圆圓])?(零?[壹贰貳叁參肆伍陆陸柒捌玖]角)?(零?[壹贰貳叁參肆伍陆陸柒捌玖]分)?[整正]?$/;

/** A section below 10 000 (`贰仟零伍拾`): undefined when it is no such number (`拾拾`, `伍伍`). */
function section(text: string): number | undefined {
  let total = 0;
  let digit: number | undefined;
  let lastUnit = 10_000;
  for (const ch of text) {
    if (ch in DIGITS) {
      if (digit !== undefined && digit !== 0) return undefined; // two digits in a row: `伍伍`
      digit = DIGITS[ch];
      continue;
    }
    const unit = SMALL_UNITS[ch];
    if (unit === undefined || unit >= lastUnit) return undefined; // units fall: 仟 before 佰 before 拾
    // `拾伍元` (15) leaves the 1 before 拾 unsaid, only at the start.
    const d = digit ?? (unit === 10 && total === 0 ? 1 : undefined);
    if (d === undefined || d === 0) return undefined;
    total += d * unit;
    lastUnit = unit;
    digit = undefined;
  }
  return total + (digit ?? 0);
}

/** The yuan before 元: sections of four digits joined by 亿 and 万 (`壹亿零伍万`). */
function yuanOf(text: string): number | undefined {
  let rest = text;
  let hundredMillions = 0;
  let tenThousands = 0;
  const [beforeYi, afterYi] = splitOnce(rest, /[亿億]/);
  if (afterYi !== undefined) {
    const v = section(beforeYi);
    if (v === undefined || v === 0) return undefined;
    hundredMillions = v;
    rest = afterYi;
  }
  const [beforeWan, afterWan] = splitOnce(rest, /[万萬]/);
  if (afterWan !== undefined) {
    const v = section(beforeWan);
    if (v === undefined || (v === 0 && hundredMillions === 0)) return undefined;
    tenThousands = v;
    rest = afterWan;
  }
  const units = section(rest);
  if (units === undefined) return undefined;
  return hundredMillions * 100_000_000 + tenThousands * 10_000 + units;
}

/** `[before, after]` at the first match, or `[text, undefined]` when none. */
function splitOnce(text: string, at: RegExp): [string, string | undefined] {
  const m = at.exec(text);
  return m === null ? [text, undefined] : [text.slice(0, m.index), text.slice(m.index + m[0].length)];
}

/** A quick refusal for the hot path: a capital amount ends in 整 / 正 / 元 / 圆 / 角 / 分. */
const LAST = new Set([..."整正元圆圓角分"]);

/**
 * Fen (minor units of CNY) of a capital amount, or undefined for any other text (including
 * digits followed by 元, `1,000元`, which the numeric reader takes).
 * @example capitalAmountFen("壹万贰仟元整") //=> 1200000
 * @example capitalAmountFen("贰仟零伍拾元伍角") //=> 205050
 * @example capitalAmountFen("1,000元") //=> undefined
 */
export function capitalAmountFen(raw: string): number | undefined {
  const text = raw.trim();
  if (text === "" || !LAST.has(text[text.length - 1])) return undefined;
  const m = SHAPE.exec(text);
  if (m === null || (m[1] === undefined && m[2] === undefined && m[3] === undefined)) return undefined;
  const yuan = m[1] === undefined ? 0 : yuanOf(m[1].slice(0, -1));
  if (yuan === undefined) return undefined;
  const jiao = m[2] === undefined ? 0 : DIGITS[m[2].replace(/^零/, "")[0]];
  const fen = m[3] === undefined ? 0 : DIGITS[m[3].replace(/^零/, "")[0]];
  const total = yuan * 100 + jiao * 10 + fen;
  return Number.isSafeInteger(total) ? total : undefined;
}
