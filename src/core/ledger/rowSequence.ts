/**
 * A column of row numbers (序号, No., #, or no header at all): 1, 2, 3 … down the rows. Taken for
 * invoice numbers, a payment quoting "3" would settle whatever stands on the third row. The schema
 * prefers a real document-number column beside it; the reader says so when it is the only one.
 */
import type { RawCell } from "../source";
import { normalizeHeader } from "../text";

/** Headers a row-number column goes by (folded by normalizeHeader: `No.` → `no`, `Sr. No.` → `srno`). */
const ROW_NUMBER_HEADERS = new Set(["", "no", "#", "序号", "行号", "行次", "s/n", "sn", "srno", "line", "lineno", "row", "item", "itemno"]);

/** True for a header a column of row numbers goes by (`序号`, `No.`, `#`, `行号`, none). */
export function isRowNumberHeader(header: string): boolean {
  return ROW_NUMBER_HEADERS.has(normalizeHeader(header));
}

/**
 * True when the column's filled cells count up from 1 by one, three of them at least (blank
 * cells, such as a total row's, are passed over). Stops at the first cell that breaks the count:
 * a column of document numbers costs one cell.
 * @example holdsRowSequence([[1], [2], [null], [3]], 0) //=> true
 * @example holdsRowSequence([["INV-1"], ["INV-2"], ["INV-3"]], 0) //=> false
 */
export function holdsRowSequence(rows: readonly (readonly RawCell[])[], col: number): boolean {
  let next = 1;
  for (const row of rows) {
    const cell = row[col];
    if (cell === null || cell === undefined || (typeof cell === "string" && cell.trim() === "")) continue;
    const value = typeof cell === "number" ? cell : typeof cell === "string" && /^\s*\d{1,7}\s*$/.test(cell) ? Number(cell) : Number.NaN;
    if (value !== next) return false;
    next++;
  }
  return next > 3;
}
