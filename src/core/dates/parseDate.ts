/**
 * Reading a date cell as the clerk typed it: an Excel serial, or text such as `2026-10-31`,
 * `2026/10/31`, `2026.10.31`, `2026年10月31日`, `20261031`, `31 Oct 2026`, `31-Oct-26`, Taiwan's 民國
 * `115/10/31` and `民國115年10月31日`, a serial saved
 * as text (`46086`), `二〇二六年三月五日`, any of them with its weekday (`2026-03-05 (Thu)`,
 * `2026年3月5日 星期四`), and `10/31/2026` or `31/10/2026` when the order is unambiguous or given.
 * A month without its day (`2026-03`, `Mar-26`, `2026年3月`) is refused with a reason that says so.
 */
import type { RawCell } from "../source";
import type { DayNumber } from "../model";
import { isValidCivil, unsafeDayFromCivil, weekdayOf } from "./dayNumber";
import { dayFromSerial, PHANTOM_LEAP_SERIAL } from "./excelSerial";
import { withoutInvisible } from "../text/invisible";

export type DateResult = { ok: true; day: DayNumber } | { ok: false; reason: string };

export interface ParseDateOptions {
  /** Order of day and month in `10/31/2026`-style text; without it only unambiguous text is read. */
  readonly order?: "mdy" | "dmy";
}

/** Reasons, constant so the Data issues sheet and tests agree. */
export const DATE_REASONS = {
  empty: "empty",
  notDate: "not a date",
  notRealDate: "not a real calendar date",
  phantomLeapDay: "1900-02-29 does not exist (Excel serial 60)",
  serialOutOfRange: "date serial outside 1900-01-01..9999-12-31",
  ambiguous: "ambiguous day/month order: write the date as YYYY-MM-DD",
  boolean: "TRUE/FALSE is not a date",
  shortYear: "two-digit year (26-3-5: 2026-03-05 or 2005-03-26?): write the date as YYYY-MM-DD",
  monthOnly: "a month without a day: write the full date as YYYY-MM-DD",
  weekdayMismatch: "the weekday written beside it is not that date's weekday",
  noYear: "a day and month without the year: write the full date as YYYY-MM-DD",
  formulaError: "a formula error (#REF!, #N/A, #VALUE! …): fix the formula or type the date",
} as const;

/** Excel's error values, as a formula's saved result holds them (a lookup to a deleted column: `#REF!`). */
const FORMULA_ERROR = /^#(?:N\/A|VALUE!|REF!|DIV\/0!|NAME\?|NUM!|NULL!|SPILL!|CALC!|GETTING_DATA)$/i;

const MONTH_NAMES: Readonly<Record<string, number>> = {
  jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, oct: 10, nov: 11, dec: 12,
  january: 1, february: 2, march: 3, april: 4, june: 6, july: 7, august: 8, september: 9,
  october: 10, november: 11, december: 12,
  // German (DATEV, Lexware, SAP in German) and Austrian: `5. März 2026`, `05-Mär-2026`, `5. Mrz. 2026`.
  januar: 1, jänner: 1, jän: 1, februar: 2, märz: 3, maerz: 3, mär: 3, mrz: 3, mai: 5, juni: 6, juli: 7,
  okt: 10, oktober: 10, dez: 12, dezember: 12,
  // French (Sage, Cegid): `5 mars 2026`, `5 févr. 2026`.
  janvier: 1, janv: 1, février: 2, fevrier: 2, févr: 2, fevr: 2, fév: 2, mars: 3, avril: 4, avr: 4, juin: 6,
  juillet: 7, juil: 7, août: 8, aout: 8, septembre: 9, octobre: 10, novembre: 11, décembre: 12, decembre: 12, déc: 12,
};

/** Year first: 2026-10-31, 2026/10/31, 2026.10.31, 2026年10月31日, each with an optional time. */
const YEAR_FIRST = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?(?:[T\s]+\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?\s*(?:Z|[+-]\d{2}:?\d{2})?)?$/;
/** Year last: 10/31/2026, 31.10.2026, 31-10-2026, optionally with a time. */
const YEAR_LAST = /^(\d{1,2})\s*[-/.]\s*(\d{1,2})\s*[-/.]\s*(\d{4})(?:\s+\d{1,2}:\d{2}(?::\d{2})?(?:\s*[AaPp][Mm])?)?$/;
const COMPACT = /^(\d{4})(\d{2})(\d{2})$/;
/** Letters of a month name: English, German (`März`) and French (`févr`, `août`, `déc`). */
const MONTH_LETTERS = "[A-Za-zÄäÉéÈèÛû]{3,9}";
/**
 * 31 Oct 2026, 31-Oct-2026, German `5. März 2026` / `05-Mär-2026`, and Tally's 31-Oct-26 (a
 * two-digit year is 20yy: the month name leaves no doubt about the order).
 */
const DAY_MONTH_NAME = new RegExp(`^(\\d{1,2})(?:er)?\\.?[\\s-]+(${MONTH_LETTERS})\\.?[\\s-,]+(\\d{4}|\\d{2})$`);
/**
 * An Excel date serial saved as text (`46086`): five digits are 1927-05-18..2173-10-14. A fraction
 * is its time of day (`46086.5833`, a CSV of date-time cells in General format): the day is kept.
 */
const SERIAL_TEXT = /^\d{5}(?:\.\d+)?$/;
/** Three numbers with a two-digit year at either end. */
const SHORT_YEAR = /^\d{1,2}\s*[-/.]\s*\d{1,2}\s*[-/.]\s*\d{1,2}$/;
/** Oct 31, 2026. */
const MONTH_NAME_DAY = new RegExp(`^(${MONTH_LETTERS})\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})$`);
/**
 * A two-digit year at the end after `/` or `.` (`05/03/26`, `5.3.26`): the year is the last part,
 * as Excel reads it when typed (00–29 → 20yy, 30–99 → 19yy). With dashes (`26-3-5`) the year may be
 * first, so those stay refused.
 */
const SHORT_YEAR_LAST = /^(\d{1,2})\s*([/.])\s*(\d{1,2})\s*\2\s*(\d{2})$/;

/** `05/03/26` → `05/03/2026`; undefined for anything else. */
function withFullYear(text: string): string | undefined {
  // Most text is no such date: `/` or `.` right before two final digits is checked first, by char codes.
  const sep = text.charCodeAt(text.length - 3);
  if (text.length > 14 || (sep !== 47 && sep !== 46)) return undefined;
  const m = SHORT_YEAR_LAST.exec(text);
  if (!m) return undefined;
  const yy = +m[4];
  return `${m[1]}${m[2]}${m[3]}${m[2]}${yy < 30 ? 2000 + yy : 1900 + yy}`;
}

/**
 * A weekday printed beside the date (`2026-03-05 (Thu)`, `Thu 05/03/2026`, `Thursday, March 5,
 * 2026`, `2026年3月5日 星期四`, `2026-03-05（周四）`). The name is looked up, so `Sunny` is no weekday.
 */
const WEEKDAYS: Readonly<Record<string, number>> = {
  sun: 0, sunday: 0, mon: 1, monday: 1, tue: 2, tues: 2, tuesday: 2, wed: 3, wednesday: 3,
  thu: 4, thur: 4, thurs: 4, thursday: 4, fri: 5, friday: 5, sat: 6, saturday: 6,
  so: 0, sonntag: 0, mo: 1, montag: 1, di: 2, dienstag: 2, mi: 3, mittwoch: 3, do: 4, donnerstag: 4,
  fr: 5, freitag: 5, sa: 6, samstag: 6, sonnabend: 6,
  日: 0, 天: 0, 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6,
};
/** No date with its weekday is longer; longer text is kept off the backtracking patterns below. */
const RARE_FORM_MAX_LENGTH = 64;
/** English and German (`Do 05.03.2026`, `Donnerstag, 5. März 2026`) weekday names; the lookup decides. */
const EN_WEEKDAY = "(?:mon|tue|wed|thu|fri|sat|sun|mo|di|mi|do|fr|sa|so)[a-z]{0,8}";
const ZH_WEEKDAY = "(?:星期|周|週|礼拜|禮拜)([一二三四五六日天])";
const WEEKDAY_FORMS: readonly { readonly pattern: RegExp; readonly rest: number }[] = [
  { pattern: new RegExp(`^(${EN_WEEKDAY})\\.?\\s*,?\\s+(.+)$`, "i"), rest: 2 },
  { pattern: new RegExp(`^${ZH_WEEKDAY}[\\s,]*(.+)$`), rest: 2 },
  { pattern: new RegExp(`^(.+?)\\s*\\(\\s*(?:(${EN_WEEKDAY})\\.?|(?:星期|周|週|礼拜|禮拜)?([一二三四五六日天]))\\s*\\)$`, "i"), rest: 1 },
  { pattern: new RegExp(`^(.+?)[\\s,]+(${EN_WEEKDAY})\\.?$`, "i"), rest: 1 },
  { pattern: new RegExp(`^(.+?)[\\s,]*${ZH_WEEKDAY}$`), rest: 1 },
];

/** A character that every weekday form has: a Latin letter, or the first of 星期 / 周 / 週 / 礼拜 / 禮拜, or a bracket. */
const MAY_NAME_WEEKDAY = /[A-Za-z星周週礼禮(]/;

/** The date text without its weekday, and the weekday (0 = Sunday); undefined when there is none. */
function splitWeekday(text: string): { rest: string; weekday: number } | undefined {
  // Most date text (`2026-03-05`, `5/3/2026`) has no letter at all: one cheap test keeps it off the patterns.
  if (text.length > RARE_FORM_MAX_LENGTH || !MAY_NAME_WEEKDAY.test(text)) return undefined;
  for (const { pattern, rest } of WEEKDAY_FORMS) {
    const m = pattern.exec(text);
    if (!m) continue;
    const name = m.slice(1).find((part, i) => part !== undefined && i + 1 !== rest);
    const weekday = name === undefined ? undefined : WEEKDAYS[name.toLowerCase()];
    if (weekday !== undefined) return { rest: m[rest].trim(), weekday };
  }
  return undefined;
}

/**
 * Chinese-numeral dates as printed on contracts and 对账函: `二〇二六年三月五日`, `二零二六年十二月三十一日`,
 * `二○二六年三月廿五日` (○ is the circle clerks type for 〇).
 */
const CHINESE_NUMERAL_DATE = /^([〇零○一二三四五六七八九]{4}|\d{4})\s*年\s*([〇零○一二三四五六七八九十]{1,3}|\d{1,2})\s*月\s*([〇零○一二三四五六七八九十廿卅]{1,3}|\d{1,2})\s*[日号號]?$/;
const CHINESE_DIGITS: Readonly<Record<string, number>> = { 〇: 0, 零: 0, "○": 0, 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

/** `二〇二六` → 2026 (digit by digit), `十二` → 12, `三十一` → 31, `廿五` → 25; undefined when malformed. */
function chineseNumber(text: string): number | undefined {
  if (/^\d+$/.test(text)) return +text;
  const spelled = text.replace(/^廿/, "二十").replace(/^卅/, "三十");
  const ten = spelled.indexOf("十");
  if (ten < 0) {
    let value = 0;
    for (const ch of spelled) value = value * 10 + CHINESE_DIGITS[ch];
    return Number.isNaN(value) ? undefined : value;
  }
  const [tens, units] = [spelled.slice(0, ten), spelled.slice(ten + 1)];
  if (tens.length > 1 || units.length > 1) return undefined;
  const t = tens === "" ? 1 : CHINESE_DIGITS[tens];
  const u = units === "" ? 0 : CHINESE_DIGITS[units];
  return t === undefined || t === 0 || u === undefined ? undefined : t * 10 + u;
}

/**
 * A month with no day (`Mar-26`, `2026-03`, `2026/3`, `03/2026`, `2026年3月`, `March 2026`,
 * `2026年三月`): a due date or invoice date needs its day, so it is refused rather than read as the 1st.
 */
const MONTH_ONLY = new RegExp(`^(?:(\\d{4})\\s*[-/.]\\s*(\\d{1,2})|(\\d{1,2})\\s*[-/.]\\s*\\d{4}|\\d{4}\\s*年\\s*(\\d{1,2}|[一二三四五六七八九十]{1,3})\\s*月份?|(${MONTH_LETTERS})\\.?[\\s-,]+(?:\\d{4}|\\d{2}))$`);

/**
 * A day and month with no year (`10月5日`, `05-Oct`, `5 Oct`, `Oct 5`): which year is a guess (the
 * sheet's title may say 2026, but a December ledger runs into January), so it is refused saying so.
 */
const NO_YEAR = new RegExp(`^(?:\\d{1,2}\\s*月\\s*\\d{1,2}\\s*[日号號]?|(?:0?[1-9]|1[0-2])[./](?:0?[1-9]|[12]\\d|3[01])|\\d{1,2}\\.?[\\s-]+(${MONTH_LETTERS})\\.?|(${MONTH_LETTERS})\\.?\\s+\\d{1,2}(?:st|nd|rd|th)?)$`);

/** True for a day of a month written without its year (a real month name: `5 Sunny` is just not a date). */
function isNoYear(text: string): boolean {
  const m = NO_YEAR.exec(text);
  if (!m) return false;
  const name = m[1] ?? m[2];
  return name === undefined || MONTH_NAMES[name.toLowerCase()] !== undefined;
}

/** True for a month of a year written without its day (a real month: `2026-13` is just not a date). */
function isMonthOnly(text: string): boolean {
  const m = MONTH_ONLY.exec(text);
  if (!m) return false;
  const month = m[5] !== undefined ? MONTH_NAMES[m[5].toLowerCase()] : chineseNumber(m[2] ?? m[3] ?? m[4]);
  return month !== undefined && month >= 1 && month <= 12;
}

function civil(year: number, month: number, day: number): DateResult {
  return isValidCivil(year, month, day)
    ? { ok: true, day: unsafeDayFromCivil(year, month, day) }
    : { ok: false, reason: DATE_REASONS.notRealDate };
}

/** Reads `YYYY-MM-DD` by char codes: the common text form, kept off the regex path. */
function fastIso(text: string): DateResult | undefined {
  if (text.length !== 10 || text.charCodeAt(4) !== 45 || text.charCodeAt(7) !== 45) return undefined;
  let year = 0;
  let month = 0;
  let day = 0;
  for (let i = 0; i < 10; i++) {
    if (i === 4 || i === 7) continue;
    const digit = text.charCodeAt(i) - 48;
    if (digit < 0 || digit > 9) return undefined;
    if (i < 4) year = year * 10 + digit;
    else if (i < 7) month = month * 10 + digit;
    else day = day * 10 + digit;
  }
  return civil(year, month, day);
}

/** Full-width digits and punctuation to ASCII. The prefix below U+3000 is kept as it is (no copy per char). */
function toHalfWidth(text: string): string {
  let i = 0;
  while (i < text.length && text.charCodeAt(i) < 0x3000) i++;
  if (i === text.length) return text;
  let out = text.slice(0, i);
  for (; i < text.length; i++) {
    const code = text.charCodeAt(i);
    out += code >= 0xff01 && code <= 0xff5e ? String.fromCharCode(code - 0xfee0) : code === 0x3000 ? " " : text[i];
  }
  return out;
}

/** `05.03.2026`: year-last text with dots between its parts. */
function isDotted(text: string): boolean {
  return text.indexOf(".") >= 0 && text.indexOf("/") < 0 && text.indexOf("-") < 0;
}

function parseText(raw: string, order: ParseDateOptions["order"]): DateResult {
  const text = toHalfWidth(raw).trim();
  if (text === "") return { ok: false, reason: DATE_REASONS.empty };
  const iso = fastIso(text);
  if (iso) return iso;
  let m = YEAR_FIRST.exec(text) ?? COMPACT.exec(text);
  if (m) return civil(+m[1], +m[2], +m[3]);
  m = YEAR_LAST.exec(text);
  if (!m) {
    const full = withFullYear(text);
    if (full !== undefined) return parseText(full, order);
  }
  if (m) {
    const first = +m[1];
    const second = +m[2];
    const year = +m[3];
    // Dots (`05.03.2026`) are the German, Swiss, Russian and Chinese day-first form; nobody writes month.day.year.
    if (isDotted(text)) return civil(year, second, first);
    if (order === "mdy") return civil(year, first, second);
    if (order === "dmy") return civil(year, second, first);
    if (first === second || first > 12) return civil(year, second, first);
    if (second > 12) return civil(year, first, second);
    return { ok: false, reason: DATE_REASONS.ambiguous };
  }
  m = DAY_MONTH_NAME.exec(text);
  if (m) {
    const month = MONTH_NAMES[m[2].toLowerCase()];
    const year = m[3].length === 2 ? 2000 + +m[3] : +m[3];
    return month ? civil(year, month, +m[1]) : { ok: false, reason: DATE_REASONS.notDate };
  }
  m = MONTH_NAME_DAY.exec(text);
  if (m) {
    const month = MONTH_NAMES[m[1].toLowerCase()];
    return month ? civil(+m[3], month, +m[2]) : { ok: false, reason: DATE_REASONS.notDate };
  }
  // `26-3-5`, `5/3/26`: which part is the year is a guess; say what to write instead of "not a date".
  if (SHORT_YEAR.test(text)) return { ok: false, reason: DATE_REASONS.shortYear };
  if (SERIAL_TEXT.test(text)) {
    const day = dayFromSerial(+text);
    if (day !== undefined) return { ok: true, day };
  }
  return rarerForms(text, order);
}

/**
 * Taiwan's 民國 calendar (year 1 = 1912): `115/10/05`, `115.10.05`, `115-10-05`, `115年10月5日`,
 * `民國115年10月5日`. A year of three digits (100–199, i.e. 2011–2110) written first is read as a
 * 民國 year: no ledger dates an invoice in the year 115, so reading it as 0115 would be wrong and
 * refusing it would refuse every Taiwanese ledger. Two-digit 民國 years need their 民國 prefix.
 */
const ROC_DATE = /^(?:(?:中華)?民[國国]\s*(\d{2,3})|(1\d{2}))\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*[日号號]?$/;
const ROC_OFFSET = 1911;

/** The forms tried last (the common ones above stay fast): weekdays, Chinese numerals, months alone. */
function rarerForms(text: string, order: ParseDateOptions["order"]): DateResult {
  if (text.length > RARE_FORM_MAX_LENGTH) return { ok: false, reason: DATE_REASONS.notDate };
  const roc = ROC_DATE.exec(text);
  if (roc) return civil(+(roc[1] ?? roc[2]) + ROC_OFFSET, +roc[3], +roc[4]);
  // Invisible characters copied from a web page or PDF (`\u200e2026-03-05`): read without them.
  const visible = withoutInvisible(text);
  if (visible !== text) return parseText(visible, order);
  // `März` typed on a Mac may arrive decomposed (a + U+0308): composed, the month name reads.
  const composed = text.normalize("NFC");
  if (composed !== text) return parseText(composed, order);
  const weekday = splitWeekday(text);
  if (weekday) return withWeekday(weekday.rest, weekday.weekday, order);
  const m = CHINESE_NUMERAL_DATE.exec(text);
  if (m) {
    const [year, month, day] = [chineseNumber(m[1]), chineseNumber(m[2]), chineseNumber(m[3])];
    if (year === undefined || month === undefined || day === undefined) return { ok: false, reason: DATE_REASONS.notDate };
    return civil(year, month, day);
  }
  if (isMonthOnly(text)) return { ok: false, reason: DATE_REASONS.monthOnly };
  if (isNoYear(text)) return { ok: false, reason: DATE_REASONS.noYear };
  if (text.charCodeAt(0) === 35 && FORMULA_ERROR.test(text)) return { ok: false, reason: DATE_REASONS.formulaError };
  return { ok: false, reason: DATE_REASONS.notDate };
}

/**
 * A date printed with its weekday: the weekday must be the date's (a mismatch means one of them
 * was mistyped, and which one is a guess). When day and month could be either way round
 * (`Thu 05/03/2026`), the weekday decides if exactly one reading falls on it.
 */
function withWeekday(rest: string, weekday: number, order: ParseDateOptions["order"]): DateResult {
  if (splitWeekday(rest)) return { ok: false, reason: DATE_REASONS.notDate }; // two weekdays
  const result = parseText(rest, order);
  if (result.ok) return weekdayOf(result.day) === weekday ? result : { ok: false, reason: DATE_REASONS.weekdayMismatch };
  if (result.reason !== DATE_REASONS.ambiguous) return result;
  const fitting = (["dmy", "mdy"] as const).map((o) => parseText(rest, o)).filter((r) => r.ok && weekdayOf(r.day) === weekday);
  return fitting.length === 1 ? fitting[0] : result;
}

/**
 * Parses a date cell. Numbers are Excel serials (time of day dropped); text is read in the forms
 * above. Dates that do not exist (2026-02-30, serial 60) are refused, never rolled over.
 *
 * @example
 * parseDate(45961) //=> { ok: true, day: 20392 } (2025-10-31)
 * parseDate("2026年10月31日") //=> { ok: true, day: 20757 }
 * parseDate("2026-02-30") //=> { ok: false, reason: "not a real calendar date" }
 * parseDate("03/04/2026") //=> { ok: false, reason: "ambiguous day/month order: …" }
 * parseDate("03/04/2026", { order: "dmy" }) //=> 2026-04-03
 */
export function parseDate(raw: RawCell, options?: ParseDateOptions): DateResult {
  if (typeof raw === "number") {
    const day = dayFromSerial(raw);
    if (day !== undefined) return { ok: true, day };
    if (Math.floor(raw) === PHANTOM_LEAP_SERIAL) return { ok: false, reason: DATE_REASONS.phantomLeapDay };
    return { ok: false, reason: DATE_REASONS.serialOutOfRange };
  }
  if (raw === null) return { ok: false, reason: DATE_REASONS.empty };
  if (typeof raw === "boolean") return { ok: false, reason: DATE_REASONS.boolean };
  return parseText(raw, options?.order);
}

/** What one text date says about day/month order: `13/1/2026` → dmy, `1/13/2026` → mdy. */
export type OrderEvidence = "mdy" | "dmy" | "either" | "none";

/**
 * The day/month order a date cell decides, if any: `none` for anything that is not
 * `a/b/yyyy`-style text, `either` when both parts could be the month (`3/4/2026`).
 *
 * @example dateOrderEvidence("13/1/2026") //=> "dmy"
 * @example dateOrderEvidence("1/26/2013") //=> "mdy"
 * @example dateOrderEvidence("3/4/2026") //=> "either"
 */
export function dateOrderEvidence(raw: RawCell): OrderEvidence {
  if (typeof raw !== "string") return "none";
  const trimmed = toHalfWidth(raw).trim();
  const text = YEAR_LAST.test(trimmed) ? trimmed : withFullYear(trimmed) ?? trimmed;
  const m = YEAR_LAST.exec(text);
  if (!m) return weekdayEvidence(text);
  const first = +m[1];
  const second = +m[2];
  if (isDotted(text)) return "dmy";
  if (first > 12 && second <= 12) return "dmy";
  if (second > 12 && first <= 12) return "mdy";
  return first === second || first > 12 ? "none" : "either";
}

/** `Thu 05/03/2026`: the order its weekday decides (5 March is a Thursday, 3 May is not). */
function weekdayEvidence(text: string): OrderEvidence {
  const weekday = splitWeekday(text);
  if (!weekday || !YEAR_LAST.test(weekday.rest)) return "none";
  const evidence = dateOrderEvidence(weekday.rest);
  if (evidence !== "either") return evidence;
  const result = withWeekday(weekday.rest, weekday.weekday, undefined);
  if (!result.ok) return "either";
  const dmy = parseText(weekday.rest, "dmy");
  return dmy.ok && dmy.day === result.day ? "dmy" : "mdy";
}
