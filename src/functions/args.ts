/**
 * Coercing one cell argument: Excel serials, text dates, amounts, whole days, rates, aging edges.
 * Each reader returns the value, {@link BLANK} for an empty cell, or a {@link FunctionError}
 * whose message names the argument (`due_date: "2026-02-30" is not a date`).
 */
import type { CurrencyCode, DayNumber, Minor } from "../core/model";
import { parseDate } from "../core/dates";
import { DEFAULT_AGING_EDGES, validateEdges } from "../core/aging";
import { normalizeCurrency, parseAmount, toMinor } from "../core/money";
import { errorFromThrown, isFunctionError, valueError, type FunctionError } from "./errors";
import { cellsOf, type Cell, type Matrix } from "./matrix";
import type { MessageParams } from "./messages";

/** An argument as its messages name it: its name, or for one cell of a range also its row (and column). */
export type ArgName = string | { readonly arg: string; readonly row: number; readonly column?: number };

function named(name: ArgName): MessageParams {
  return typeof name === "string" ? { arg: name } : name;
}

/** An empty cell (null, "", or only spaces). */
export const BLANK: unique symbol = Symbol("blank");
export type Blank = typeof BLANK;

/**
 * Currency used when an amount does not name one: plain numbers in cells. ISO "XXX" (no currency)
 * has the default 2 decimal places.
 */
export const PLAIN_CURRENCY: CurrencyCode = "XXX";

/** True for an empty cell as the web passes it (null, "", spaces). Desktop's 0 is judged per argument. */
export function isBlank(cell: Cell | FunctionError): cell is null | undefined | "" {
  return cell === null || cell === undefined || (typeof cell === "string" && cell.trim() === "");
}

function shown(cell: Cell): string {
  if (isFunctionError(cell)) return cell.kind;
  return typeof cell === "string" ? `"${cell}"` : String(cell);
}

/**
 * A date argument: an Excel serial (time of day ignored) or date text.
 * Serials are read in the 1900 date system, the default of every Excel; a custom function is not
 * told its workbook's date system, so in a 1904 workbook give dates as text (`2026-10-31`) or
 * add 1462 to the serial (README "Worksheet functions").
 * Serial 0 is a blank cell: Excel desktop passes an empty cell of a range as 0 (the web passes
 * null), and 0 is no date in the 1900 system (it would be "1900-01-00"). Serial 60 is Excel's
 * phantom 1900-02-29 and is refused, as are negative serials.
 *
 * @example
 * dateArg(45961, "due_date") //=> DayNumber of 2025-10-31
 * dateArg(0, "due_date") //=> BLANK
 * dateArg("2026-02-30", "due_date") //=> #VALUE! 'due_date: "2026-02-30" is not a date: not a real calendar date'
 */
export function dateArg(cell: Cell | FunctionError, name: ArgName): DayNumber | Blank | FunctionError {
  if (isFunctionError(cell)) return cell;
  if (isBlank(cell) || cell === 0) return BLANK;
  const parsed = parseDate(cell);
  if (parsed.ok) return parsed.day;
  return valueError("notDate", { ...named(name), value: shown(cell), reason: parsed.reason });
}

/** The as-of date: blank or omitted means today. */
export function asOfArg(cell: Cell | FunctionError, today: DayNumber): DayNumber | FunctionError {
  const day = dateArg(cell, "as_of");
  return day === BLANK ? today : day;
}

/** The currency an amount's text names (`JPY 1,000`, `1000 円`, `$5`), if any. */
export function currencyInText(text: string): CurrencyCode | undefined {
  const t = text.trim();
  const head = /^([A-Za-z]{3}|[^\d\s.,()+-]+)/.exec(t);
  const tail = /([A-Za-z]{3}|[^\d\s.,()+-]+)$/.exec(t);
  for (const match of [head, tail]) {
    if (!match) continue;
    const code = normalizeCurrency(match[1]);
    if (code) return code;
  }
  return undefined;
}

export interface Amount {
  readonly minor: Minor;
  readonly currency: CurrencyCode;
}

/**
 * An amount argument: a number, or text such as `1,234.50`, `(100.00)`, `JPY 120,000`. Text that
 * names a currency is read in that currency (so JPY rounds to whole yen); otherwise `currency`
 * (default {@link PLAIN_CURRENCY}, 2 places).
 */
export function amountArg(
  cell: Cell | FunctionError,
  name: ArgName,
  currency: CurrencyCode = PLAIN_CURRENCY,
): Amount | Blank | FunctionError {
  if (isFunctionError(cell)) return cell;
  if (isBlank(cell)) return BLANK;
  if (typeof cell === "number") {
    if (!Number.isFinite(cell)) return valueError("notNumber", { ...named(name), value: String(cell) });
    try {
      return { minor: toMinor(cell, currency), currency };
    } catch (error) {
      return errorFromThrown(error);
    }
  }
  if (typeof cell === "boolean") return valueError("notAmount", { ...named(name), value: shown(cell) });
  const inText = currencyInText(cell);
  const used = inText ?? currency;
  if (inText && currency !== PLAIN_CURRENCY && inText !== currency) {
    return valueError("otherCurrency", { ...named(name), value: shown(cell), named: inText, currency });
  }
  const parsed = parseAmount(cell, used);
  if (!parsed.ok) return valueError("notAmount", { ...named(name), value: shown(cell), reason: parsed.reason });
  return { minor: parsed.minor, currency: used };
}

/** A currency argument (`JPY`, `¥`, `人民币`); blank gives undefined. */
export function currencyArg(cell: Cell | FunctionError): CurrencyCode | undefined | FunctionError {
  if (isFunctionError(cell)) return cell;
  if (isBlank(cell) || cell === 0) return undefined; // 0: an empty cell as Excel desktop passes it
  const code = typeof cell === "string" ? normalizeCurrency(cell) : undefined;
  return code ?? valueError("notCurrency", { value: shown(cell) });
}

/** A plain number from a number cell or numeric text (`1,000`, `15`). */
function numberOf(cell: Cell): number | undefined {
  if (typeof cell === "number") return Number.isFinite(cell) ? cell : undefined;
  if (typeof cell !== "string") return undefined;
  const text = cell.trim().replace(/,/g, "");
  if (!/^[+-]?(\d+\.?\d*|\.\d+)$/.test(text)) return undefined;
  return Number(text);
}

/** A whole number of days ≥ `min` (grace days). */
export function wholeDaysArg(cell: Cell | FunctionError, name: string, min = 0): number | Blank | FunctionError {
  if (isFunctionError(cell)) return cell;
  if (isBlank(cell)) return BLANK;
  const value = numberOf(cell);
  if (value === undefined || !Number.isInteger(value) || value < min) {
    return valueError("notWholeDays", { arg: name, value: shown(cell), min });
  }
  return value + 0;
}

/** A number as plain decimal text (Excel keeps 15 significant digits; no exponent). */
export function plainDecimal(value: number): string {
  const rounded = Number(value.toPrecision(15));
  const text = String(rounded);
  if (!/e/i.test(text)) return text;
  return rounded.toFixed(20).replace(/0+$/, "").replace(/\.$/, "");
}

/**
 * An annual rate ≥ 0 as decimal text: 0.08, or text `8%` / `0.08`.
 *
 * @example
 * rateArg(0.08) //=> "0.08"
 * rateArg("8%") //=> "0.08"
 */
export function rateArg(cell: Cell | FunctionError, name: string): string | Blank | FunctionError {
  if (isFunctionError(cell)) return cell;
  if (isBlank(cell)) return BLANK;
  let value: number | undefined;
  if (typeof cell === "string" && cell.trim().endsWith("%")) {
    const percent = numberOf(cell.trim().slice(0, -1));
    value = percent === undefined ? undefined : percent / 100;
  } else {
    value = numberOf(cell as Cell);
  }
  if (value === undefined || value < 0) {
    return valueError("notRate", { arg: name, value: shown(cell as Cell) });
  }
  return plainDecimal(value);
}

/**
 * Aging edges: a range of numbers (any shape, blanks skipped) or one text such as `15,30,45`.
 * Omitted → the default 30, 60, 90. Checked by the core's validateEdges.
 */
export function edgesArg(matrix: Matrix | undefined): readonly number[] | FunctionError {
  if (!matrix) return DEFAULT_AGING_EDGES;
  // A column of AR.AGING formulas passes the same edges every call: parse once per distinct value.
  const key = edgesKey(matrix);
  if (key !== undefined && key === cachedEdgesKey) return cachedEdges;
  const parsed = parseEdges(matrix);
  if (key !== undefined) {
    cachedEdgesKey = key;
    cachedEdges = parsed;
  }
  return parsed;
}

let cachedEdgesKey: string | undefined;
let cachedEdges: readonly number[] | FunctionError = DEFAULT_AGING_EDGES;

/** The edges' cells as one string (numbers and texts kept apart), or undefined when a cell is neither. */
function edgesKey(matrix: Matrix): string | undefined {
  let key = "";
  for (const row of matrix) {
    for (const cell of row) {
      if (typeof cell === "number") key += `n${cell};`;
      else if (typeof cell === "string") key += `s${cell.length}:${cell}`;
      else if (cell === null || cell === undefined) key += "_;";
      else return undefined;
    }
    key += "|";
  }
  return key;
}

function parseEdges(matrix: Matrix): readonly number[] | FunctionError {
  const edges: number[] = [];
  for (const cell of cellsOf(matrix)) {
    if (isFunctionError(cell)) return cell;
    // A blank cell of an edges range: skipped (desktop passes it as 0, and 0 is no edge).
    if (isBlank(cell) || cell === 0) continue;
    const parts = typeof cell === "string" ? cell.split(/[,;，、\s]+/).filter((part) => part !== "") : [cell];
    for (const part of parts) {
      const value = numberOf(part as Cell);
      if (value === undefined) return valueError("notEdge", { value: shown(part as Cell) });
      edges.push(value);
    }
  }
  if (edges.length === 0) return DEFAULT_AGING_EDGES;
  try {
    validateEdges(edges);
  } catch (error) {
    return errorFromThrown(error);
  }
  return edges;
}
