/**
 * A report that prints each customer as a heading line carrying its totals, above its documents
 * (Odoo's Aged Receivable: `Azure Interior | | 1,500.00 | 3,000.00 | 4,500.00`, then its move lines).
 * With no customer column, such a line names the rows under it; it is told from an invoice that
 * lost its date by what it holds: its amounts are the sums of the dated rows under it, down to the
 * next undated row. Private to the ledger.
 */
import type { CurrencyCode } from "../../model";
import type { RawCell } from "../../source";
import { parseAmount } from "../../money/parseAmount";
import { isBlankCell } from "./cells";

/**
 * True when row `index` (undated) holds amounts in `cols`, each one the sum of that column over
 * the dated rows right under it (one at least), stopping at the first undated row.
 */
export function isHeadingTotal(rows: readonly (readonly RawCell[])[], index: number, dateCol: number, cols: readonly number[], currency: CurrencyCode): boolean {
  const stated = cols.map((col) => {
    const cell = rows[index][col] ?? null;
    if (isBlankCell(cell)) return undefined;
    const read = parseAmount(cell, currency);
    return read.ok ? read.minor : null;
  });
  if (stated.every((s) => s === undefined) || stated.includes(null)) return false;
  const sums = cols.map(() => 0);
  let dated = 0;
  for (let k = index + 1; k < rows.length && !isBlankCell(rows[k][dateCol] ?? null); k++) {
    dated++;
    cols.forEach((col, j) => {
      const cell = rows[k][col] ?? null;
      if (isBlankCell(cell)) return;
      const read = parseAmount(cell, currency);
      sums[j] += read.ok ? read.minor : Number.NaN;
    });
  }
  return dated > 0 && stated.every((s, j) => s === undefined || s === sums[j]);
}
