/**
 * A row holding only amounts, with no customer, number or date: an unlabelled subtotal under a
 * customer's rows (hand-kept ledgers leave the word "Total" out). It is a total when each of its
 * amounts is the sum of that column over the rows above it since the last subtotal or heading;
 * otherwise it is money the reader cannot place, and the clerk is told so. Private to the ledger.
 */
import type { CurrencyCode, Minor } from "../../model";
import type { RawCell } from "../../source";
import { parseAmount } from "../../money";
import { isBlankCell } from "./cells";

export type UnlabelledTotal =
  /** Not an amounts-only row: read as any other row. */
  | { readonly kind: "not" }
  /** Each amount is the sum of the rows above: a subtotal, skipped like a labelled one. */
  | { readonly kind: "total" }
  /** An amount that is not the sum above (`expected`): the row is not read. */
  | { readonly kind: "mismatch"; readonly col: number; readonly cell: RawCell; readonly expected: Minor };

const NOT: UnlabelledTotal = { kind: "not" };

function minorOf(cell: RawCell, currency: CurrencyCode): Minor | undefined {
  if (isBlankCell(cell)) return undefined;
  const read = parseAmount(cell, currency);
  return read.ok ? read.minor : undefined;
}

/**
 * @param summed columns whose subtotal must equal the rows above (Amount, OpenBalance, Paid …)
 * @param allowed further columns an amounts-only row may fill without being checked (a running balance)
 * @param currencyCol the Currency column: a total may state its currency there (`EUR`), as Business Central prints it
 * @example
 * // rows: [A-1, 100], [A-2, 50], [null, 150]
 * unlabelledTotal(rows, 2, 0, [1], [], "USD") //=> { kind: "total" }
 */
export function unlabelledTotal(
  rows: readonly (readonly RawCell[])[],
  index: number,
  sectionStart: number,
  summed: readonly number[],
  allowed: readonly number[],
  currency: CurrencyCode,
  currencyCol = -1,
): UnlabelledTotal {
  const row = rows[index];
  const filled: number[] = [];
  for (let col = 0; col < row.length; col++) {
    const cell = row[col];
    if (isBlankCell(cell) || (col === currencyCol && typeof cell === "string")) continue;
    if (!summed.includes(col) && !allowed.includes(col)) return NOT;
    if (minorOf(cell, currency) === undefined) return NOT;
    filled.push(col);
  }
  const checked = filled.filter((col) => summed.includes(col));
  if (checked.length === 0) return NOT;
  for (const col of checked) {
    let sum = 0;
    for (let k = sectionStart; k < index; k++) sum += minorOf(rows[k][col], currency) ?? 0;
    if (minorOf(row[col], currency) !== sum) return { kind: "mismatch", col, cell: row[col], expected: sum };
  }
  return { kind: "total" };
}
