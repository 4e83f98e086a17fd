/**
 * A hand-kept 台账 that lists what was billed and what came in on one list, one amount column, and
 * says which is which in its 摘要 (`开票`, `回款`, `收款`): with no Type column, such a 摘要 is the
 * row's type. Decided once per table, from the whole column, so a 明细账 whose 摘要 is free text
 * (`销售商品一批`, `收到货款`) keeps its own rules. Private to the ledger.
 */
import type { RawCell } from "../../source";
import { at } from "./context";
import { isBlankCell } from "./cells";
import { carryKind } from "./carryRows";
import { isFooterText } from "./rowKinds";

/** A document billed: 开票, 销售, 发票 … (the whole cell). */
const BILLED = /^(?:开票|开具发票|开发票|发票|销售|销货|赊销|销售开票|应收|挂账)$/;
/** Money in or a credit: 收款, 回款, 到账, 红字, 退货 … (the whole cell). */
const SETTLED = /^(?:收款|回款|到账|货款到账|收到货款|收货款|银行收款|现金收款|预收|预收款|红字|红字发票|红冲|退货|销售退货|折让)$/;

const folded = (text: string): string => text.normalize("NFKC").replace(/\s+/g, "");

/**
 * True when every text in the column (totals and carry-forward labels aside) is one of the words
 * above, with at least two rows so marked and one of them money in or a credit.
 * @example summaryIsRowType([["开票"], ["回款"], ["开票"]], 0) //=> true
 * @example summaryIsRowType([["销售商品一批"], ["收款"]], 0) //=> false
 */
export function summaryIsRowType(rows: readonly (readonly RawCell[])[], col: number): boolean {
  let marked = 0;
  let settles = false;
  for (const row of rows) {
    const cell = at(row, col);
    if (isBlankCell(cell)) continue;
    if (typeof cell !== "string") return false;
    const text = folded(cell);
    if (SETTLED.test(text)) {
      settles = true;
      marked++;
    } else if (BILLED.test(text)) marked++;
    else if (carryKind(cell) === undefined && !isFooterText(cell)) return false;
  }
  return marked >= 2 && settles;
}
