/**
 * Reading the clerk's raw cells as text: the one home of `cellText` and the blank tests, for the
 * ledger, the dunning policy and the settings rows alike.
 */
import type { RawCell } from "./types";

/** Trimmed text of a cell; "" for blank. Numbers print as JS does (1001 → "1001"). */
export function cellText(cell: RawCell | undefined): string {
  if (cell === null || cell === undefined) return "";
  if (typeof cell === "string") return cell.trim();
  if (typeof cell === "number") return Number.isFinite(cell) ? String(cell) : "";
  return cell ? "TRUE" : "FALSE";
}

/**
 * As {@link cellText}, but a number in plain (non-exponent) notation where JS would print
 * 1e-7, so that {@link parseDecimalText} can read it.
 * @example decimalCellText(1e-7) //=> "0.0000001"
 */
export function decimalCellText(cell: RawCell | undefined): string {
  if (typeof cell === "number" && Number.isFinite(cell)) {
    const text = String(cell);
    return /e/i.test(text) ? cell.toFixed(12).replace(/\.?0+$/, "") : text;
  }
  return cellText(cell);
}

export function isBlankCell(cell: RawCell | undefined): boolean {
  return cell === null || cell === undefined || (typeof cell === "string" && cell.trim() === "");
}

export function isBlankRow(row: readonly RawCell[]): boolean {
  for (let i = 0; i < row.length; i++) if (!isBlankCell(row[i])) return false;
  return true;
}

/**
 * Non-negative decimal text, normalized ("1,000.50" → "1000.50", "+3" → "3", ".5" → "0.5").
 * A trailing `%` divides by 100 ("8%" → "0.08"). Undefined when not a plain non-negative decimal.
 */
export function parseDecimalText(text: string): string | undefined {
  let t = text.trim().replace(/,/g, "");
  let percent = false;
  if (t.endsWith("%")) {
    percent = true;
    t = t.slice(0, -1).trim();
  }
  if (t.startsWith("+")) t = t.slice(1);
  if (!/^(\d+(\.\d*)?|\.\d+)$/.test(t)) return undefined;
  let [whole, fraction = ""] = t.split(".");
  if (percent) {
    const digits = whole.padStart(3, "0");
    fraction = digits.slice(-2) + fraction;
    whole = digits.slice(0, -2);
  }
  whole = whole.replace(/^0+(?=\d)/, "") || "0";
  fraction = fraction.replace(/0+$/, "");
  return fraction === "" ? whole : `${whole}.${fraction}`;
}

/** A whole number (optionally ≥ min), accepting "15", "-3", 15, 15.0. */
export function parseWholeNumber(text: string, min = Number.NEGATIVE_INFINITY): number | undefined {
  const t = text.trim().replace(/^\+/, "");
  if (!/^-?\d+(\.0*)?$/.test(t)) return undefined;
  const value = Number.parseInt(t, 10);
  if (!Number.isSafeInteger(value) || value < min) return undefined;
  return value === 0 ? 0 : value;
}
