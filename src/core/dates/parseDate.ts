/**
 * Reading a date cell as the clerk typed it: an Excel serial, or text such as `2026-10-31`,
 * `2026/10/31`, `2026.10.31`, `2026年10月31日`, `20261031`, `31 Oct 2026`, `31-Oct-26`, a serial saved
 * as text (`46086`), and `10/31/2026`
 * or `31/10/2026` when the order is unambiguous or given.
 */
import type { RawCell } from "../source";
import type { DayNumber } from "../model";
import { isValidCivil, unsafeDayFromCivil } from "./dayNumber";
import { dayFromSerial, PHANTOM_LEAP_SERIAL } from "./excelSerial";

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
} as const;

const MONTH_NAMES: Readonly<Record<string, number>> = {
  jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, oct: 10, nov: 11, dec: 12,
  january: 1, february: 2, march: 3, april: 4, june: 6, july: 7, august: 8, september: 9,
  october: 10, november: 11, december: 12,
};

/** Year first: 2026-10-31, 2026/10/31, 2026.10.31, 2026年10月31日, each with an optional time. */
const YEAR_FIRST = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?(?:[T\s]+\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?\s*(?:Z|[+-]\d{2}:?\d{2})?)?$/;
/** Year last: 10/31/2026, 31.10.2026, 31-10-2026, optionally with a time. */
const YEAR_LAST = /^(\d{1,2})\s*[-/.]\s*(\d{1,2})\s*[-/.]\s*(\d{4})(?:\s+\d{1,2}:\d{2}(?::\d{2})?(?:\s*[AaPp][Mm])?)?$/;
const COMPACT = /^(\d{4})(\d{2})(\d{2})$/;
/** 31 Oct 2026, 31-Oct-2026, and Tally's 31-Oct-26 (a two-digit year is 20yy: the month name leaves no doubt about the order). */
const DAY_MONTH_NAME = /^(\d{1,2})[\s-]+([A-Za-z]{3,9})\.?[\s-,]+(\d{4}|\d{2})$/;
/** An Excel date serial saved as text (`46086`): five digits are 1927-05-18..2173-10-14. */
const SERIAL_TEXT = /^\d{5}$/;
/** Three numbers with a two-digit year at either end. */
const SHORT_YEAR = /^\d{1,2}\s*[-/.]\s*\d{1,2}\s*[-/.]\s*\d{1,2}$/;
/** Oct 31, 2026. */
const MONTH_NAME_DAY = /^([A-Za-z]{3,9})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})$/;

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

function parseText(raw: string, order: ParseDateOptions["order"]): DateResult {
  const text = toHalfWidth(raw).trim();
  if (text === "") return { ok: false, reason: DATE_REASONS.empty };
  const iso = fastIso(text);
  if (iso) return iso;
  let m = YEAR_FIRST.exec(text) ?? COMPACT.exec(text);
  if (m) return civil(+m[1], +m[2], +m[3]);
  m = YEAR_LAST.exec(text);
  if (m) {
    const first = +m[1];
    const second = +m[2];
    const year = +m[3];
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
  return { ok: false, reason: DATE_REASONS.notDate };
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
  const m = YEAR_LAST.exec(toHalfWidth(raw).trim());
  if (!m) return "none";
  const first = +m[1];
  const second = +m[2];
  if (first > 12 && second <= 12) return "dmy";
  if (second > 12 && first <= 12) return "mdy";
  return first === second || first > 12 ? "none" : "either";
}
