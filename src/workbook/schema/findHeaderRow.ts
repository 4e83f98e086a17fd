/**
 * Finds the header row of a plain range that may carry title rows above it.
 */
import type { RawCell } from "../port";
import { mapHeaders } from "./matchHeaders";
import { TABLE_KINDS } from "./tableFields";

/** How many non-empty rows from the top are considered as the header row. */
export const HEADER_SCAN_ROWS = 10;

/** Header-like score below which the first non-empty row is taken instead. */
const MIN_HEADER_SCORE = 0.25;

const LABEL_COLON = /[:：]\s*$/;
const isLabel = (cell: RawCell): boolean => typeof cell === "string" && LABEL_COLON.test(cell);

/** A cell as header text: trimmed string, numbers as written, empty for null. */
export function headerText(cell: RawCell): string {
  if (cell === null) return "";
  return typeof cell === "string" ? cell.trim() : String(cell);
}

function isEmptyRow(row: readonly RawCell[]): boolean {
  return row.every((c) => c === null || (typeof c === "string" && c.trim() === ""));
}

/**
 * How header-like a row is: the best mapping score over the three tables.
 * @example headerRowScore(["Invoice No", "Customer ID", "Date", "Amount"]) > 0.8 //=> true
 */
export function headerRowScore(row: readonly RawCell[]): number {
  // `Customer ID:` with a colon labels the value beside it (a report's `Sorted By: | Customer ID`,
  // `Customer ID: | First`): neither is a column header.
  const texts = row.map((c, i) => (typeof c === "string" && !LABEL_COLON.test(c) && !(i > 0 && isLabel(row[i - 1])) ? c : ""));
  let best = 0;
  for (const kind of TABLE_KINDS) best = Math.max(best, mapHeaders(kind, texts).score);
  return best;
}

/**
 * Index (0-based, into `rows`) of the header row: among the first {@link HEADER_SCAN_ROWS}
 * non-empty rows, the one whose cells best match the synonyms (earliest on a tie); when none
 * looks like a header, the first non-empty row. -1 when every row is empty.
 * @example findHeaderRow([["AR ledger 2026"], [], ["Customer ID", "Name"], ["C1", "Acme"]]) //=> 2
 */
export function findHeaderRow(rows: readonly (readonly RawCell[])[], maxScan = HEADER_SCAN_ROWS): number {
  let first = -1;
  let best = -1;
  let bestScore = MIN_HEADER_SCORE;
  let scanned = 0;
  for (let i = 0; i < rows.length && scanned < maxScan; i++) {
    if (isEmptyRow(rows[i])) continue;
    scanned++;
    if (first < 0) first = i;
    const score = headerRowScore(rows[i]);
    if (score > bestScore) {
      bestScore = score;
      best = i;
    }
  }
  return best >= 0 ? best : first;
}
