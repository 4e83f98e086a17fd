/**
 * A 台账 kept a sheet per month (`9月`, `10月`, `2026年10月`, `2026-10`) starts each month with a
 * `上月结转` / `期初余额` line: last month's closing balance, carried onto the new sheet. Where last
 * month's sheet is in the ledger too, that line is a carry-forward (its money is on the sheet before),
 * never a second opening item; only the first month's opening is money owed from before the ledger.
 * Decided once per ledger from the sheet names. Private to the ledger.
 */
import type { CurrencyCode, Minor } from "../../model";

/** A month a sheet is named for: its year when the name gives one. */
export interface SheetMonth {
  readonly year?: number;
  readonly month: number;
}

const ZH_MONTH = /^(?:(\d{4})\s*年\s*)?(\d{1,2})\s*月份?$/;
const ZH_NUMERAL_MONTH = /^(?:(\d{4})\s*年\s*)?([一二三四五六七八九十]{1,3})\s*月份?$/;
const ISO_MONTH = /^(\d{4})\s*[-./]\s*(\d{1,2})$/;
const NUMERALS = "一二三四五六七八九";

/** `十二` → 12, `十` → 10, `三` → 3; undefined for anything else. */
function numeralMonth(text: string): number | undefined {
  if (text === "十") return 10;
  if (text.length === 1) return NUMERALS.indexOf(text) + 1 || undefined;
  if (text.length === 2 && text[0] === "十") return 10 + (NUMERALS.indexOf(text[1]) + 1);
  return undefined;
}

/**
 * The month a sheet's name gives, or undefined.
 * @example sheetMonth("10月") //=> { month: 10 }
 * @example sheetMonth("2026年9月") //=> { year: 2026, month: 9 }
 * @example sheetMonth("汇总") //=> undefined
 */
export function sheetMonth(name: string): SheetMonth | undefined {
  const text = name.normalize("NFKC").trim();
  const zh = ZH_MONTH.exec(text) ?? ISO_MONTH.exec(text);
  const numeral = zh === null ? ZH_NUMERAL_MONTH.exec(text) : null;
  const month = zh !== null ? Number(zh[2]) : numeral !== null ? numeralMonth(numeral[2]) : undefined;
  if (month === undefined || month < 1 || month > 12) return undefined;
  const year = (zh ?? numeral)![1];
  return year === undefined ? { month } : { year: Number(year), month };
}

/**
 * For each sheet whose previous month's sheet is among them, that sheet's name: the sheet the
 * month's carry-forward comes from. Years count when both names give one; `1月` follows a `12月`
 * only when the years say so.
 * @example previousMonthSheets(["9月", "10月", "汇总"]) //=> Map { "10月" => "9月" }
 */
export function previousMonthSheets(sheets: readonly string[]): Map<string, string> {
  const months = sheets.map((sheet) => [sheet, sheetMonth(sheet)] as const).filter((e): e is readonly [string, SheetMonth] => e[1] !== undefined);
  const previous = new Map<string, string>();
  for (const [sheet, m] of months) {
    const before = months.find(([, p]) => (p.month === m.month - 1 && (p.year === undefined || m.year === undefined || p.year === m.year))
      || (m.month === 1 && p.month === 12 && p.year !== undefined && m.year !== undefined && p.year === m.year - 1));
    if (before !== undefined) previous.set(sheet, before[0]);
  }
  return previous;
}

/** A carry-forward line on a month's sheet, to be checked against last month's closing balance. */
export interface MonthCarry {
  readonly customerId: string;
  readonly currency: CurrencyCode;
  /** The balance it carries (minor units). */
  readonly stated: Minor;
  /** The sheet it carries from. */
  readonly from: string;
  /** Says the line disagrees with that sheet's closing balance (formatted). */
  readonly differs: (closing: string) => void;
}
