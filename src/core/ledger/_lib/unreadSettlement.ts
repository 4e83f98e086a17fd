/**
 * A column AR Desk does not read that looks like what was paid or what is still owed: on an
 * invoice list with no paid, open-balance, credit, status or paid-date column (and no Payments
 * table), every invoice is read as unpaid, so a settlement column whose header no rule knows
 * (a Hong Kong `結欠` before it was known) would make every figure wrong without a word. Such a
 * column is named to the clerk instead. Private to the ledger.
 *
 * The test is the values' shape, not the header: every value is an amount from 0 up to its row's
 * amount (blank counts as 0), at least one equals the row's amount and at least one is less.
 * Tax, unit price, quantity, date and ID columns fail it; a paid or open column, or an aging
 * bucket of an open-items report, passes.
 */
import type { CurrencyCode } from "../../model";
import type { RawCell } from "../../source";
import { parseAmount } from "../../money";
import { isBlankCell } from "./cells";

/**
 * The columns among `candidates` whose every value lies in [0, amount] of its row, with at least
 * one row equal to the amount and one below it (rows without a positive amount are passed over).
 * @example
 * unreadSettlementColumns([[100, 100], [50, 0], [80, ""]], 0, [1], "USD") //=> [1]
 */
export function unreadSettlementColumns(
  rows: readonly (readonly RawCell[])[],
  amountCol: number,
  candidates: readonly number[],
  currency: CurrencyCode,
): number[] {
  if (amountCol < 0 || candidates.length === 0) return [];
  const equal = new Uint8Array(candidates.length);
  const below = new Uint8Array(candidates.length);
  const outside = new Uint8Array(candidates.length);
  let open = candidates.length;
  for (let i = 0; i < rows.length && open > 0; i++) {
    const row = rows[i];
    const amount = amountOf(row[amountCol], currency);
    if (amount === undefined || amount <= 0) continue;
    for (let k = 0; k < candidates.length; k++) {
      if (outside[k] === 1) continue;
      const cell = row[candidates[k]];
      const value = isBlankCell(cell) ? 0 : amountOf(cell, currency);
      if (value === undefined || value < 0 || value > amount) {
        outside[k] = 1;
        open--;
      } else if (value === amount) equal[k] = 1;
      else below[k] = 1;
    }
  }
  return candidates.filter((_, k) => outside[k] === 0 && equal[k] === 1 && below[k] === 1);
}

function amountOf(cell: RawCell | undefined, currency: CurrencyCode): number | undefined {
  if (cell === undefined || isBlankCell(cell)) return undefined;
  const read = parseAmount(cell, currency);
  return read.ok ? read.minor : undefined;
}
