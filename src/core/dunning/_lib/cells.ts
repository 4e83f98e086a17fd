/** Private: reading policy and settings cells without decimal.js (exact text handling only). */
import type { RawCell } from "../../source";

/** Cell as trimmed text; numbers in plain (non-exponent) notation where possible. */
export function cellText(cell: RawCell | undefined): string {
  if (cell === null || cell === undefined) return "";
  if (typeof cell === "number") {
    if (!Number.isFinite(cell)) return String(cell);
    const text = String(cell);
    // 1e-7 style: fall back to a fixed rendering so the decimal parser can read it.
    return /e/i.test(text) ? cell.toFixed(12).replace(/\.?0+$/, "") : text;
  }
  if (typeof cell === "boolean") return cell ? "TRUE" : "FALSE";
  return cell.trim();
}

export function isBlankRow(row: readonly RawCell[]): boolean {
  return row.every((cell) => cellText(cell) === "");
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
