/**
 * The "never silently smaller" sentence for generated sheets (DESIGN §2): how many rows with
 * money were not read and their money per currency, so a total is never smaller without a word.
 */
import type { UnreadRows } from "../../core/model";
import { formatMoney } from "../../core/money/format";

/**
 * The sentence, or undefined when every row with money was read.
 *
 * @example
 * notReadNote({ rows: 2, rowsWithMoney: 1, unsummed: 0, byCurrency: { USD: 150000 } })
 * //=> "NOT READ: 1 row with money (USD 1,500.00) is left out of these totals: see the data issues (ar-desk check)."
 */
export function notReadNote(unread: UnreadRows | undefined): string | undefined {
  if (unread === undefined || unread.rowsWithMoney === 0) return undefined;
  const sums = Object.entries(unread.byCurrency).map(([currency, minor]) => formatMoney({ currency, minor }, "en"));
  if (unread.unsummed > 0) sums.push(`${unread.unsummed} amount${unread.unsummed === 1 ? "" : "s"} not readable`);
  const one = unread.rowsWithMoney === 1;
  return `NOT READ: ${unread.rowsWithMoney} row${one ? "" : "s"} with money (${sums.join("; ")}) ${one ? "is" : "are"} left out of these totals: see the data issues (ar-desk check).`;
}
