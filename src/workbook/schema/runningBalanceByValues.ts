/**
 * A 明细账 printed with 应收 / 实收 / 余额 (金蝶 KIS's 应收账款明细表, a hand-kept 往来账) rather than
 * 借方 / 贷方: its 余额 is the customer's running balance (the one above plus 应收 less 实收), not
 * each row's open amount; read as open amounts, every row would owe the whole balance so far. The
 * headers cannot tell (余额 is an open balance on many a 台账): the values decide.
 */
import { amountMarker, parseAmount } from "../../core/money";
import type { RawCell, SourceBlock } from "../port";
import { finishMapping, type ColumnMatch, type HeaderMapping } from "./matchHeaders";

/** Rows looked at: enough to decide, few enough to cost nothing on a large ledger. */
const SCAN_ROWS = 400;

const isBlank = (cell: RawCell | undefined): boolean => cell === null || cell === undefined || (typeof cell === "string" && cell.trim() === "");

/** Minor units of an amount cell (blank: 0), or undefined when it is no amount. */
function minorOf(cell: RawCell | undefined): number | undefined {
  if (isBlank(cell)) return 0;
  const read = parseAmount(cell ?? null, amountMarker(cell ?? null)?.currency ?? "USD");
  return read.ok ? read.minor : undefined;
}

/**
 * The mapping with a generic Balance / 余额 taken as the running balance and the paid column as the
 * credit (a receipt on its own row, settling the oldest), when its values run: on at least two
 * dated rows that move money the balance is the row above's plus the amount less the paid, and not
 * the row's own amount less paid, three times as often as the other way round. Without a paid
 * column, the same with signed amounts (QuickBooks' Customer Balance Detail: Type / Amount /
 * Balance, a payment negative): the balance is the row above's plus the amount. The first row of a
 * block (no balance above it) tells neither way. With a customer column, "the row above" is the
 * customer's last row: a 台账 kept by date interleaves its customers, each balance running on its own.
 * A row that runs with a balance of the other sign than its own movement (a payment's row still
 * owing) counts twice: no open amount of that row could be it.
 * Unchanged otherwise.
 */
export function runningBalanceByValues(block: SourceBlock, mapping: HeaderMapping<"invoices">): HeaderMapping<"invoices"> {
  const m = mapping.matches as Record<string, ColumnMatch | undefined>;
  const balance = m.OpenBalance;
  if (!balance || balance.quality >= 1 || !m.Amount || m.Credit || m.RunningBalance) return mapping;
  const paidCol = m.Paid?.index;
  let running = 0;
  let ownRow = 0;
  let above: number | undefined;
  const customerCol = (m.CustomerID ?? m.CustomerName)?.index;
  /** Each customer's last stated balance (with a customer column). */
  const lastOf = new Map<string, number | undefined>();
  let customer = "";
  const rows = block.rows.length > SCAN_ROWS ? block.rows.slice(0, SCAN_ROWS) : block.rows;
  for (const row of rows) {
    if (customerCol !== undefined) {
      // A blank customer cell goes on with the customer above (a merged cell, a hand-kept “same”).
      const text = isBlank(row[customerCol]) ? customer : String(row[customerCol]).trim();
      if (text !== customer) {
        lastOf.set(customer, above);
        customer = text;
        above = lastOf.get(customer);
      }
    }
    const cell = row[balance.index];
    const stated = isBlank(cell) ? undefined : minorOf(cell);
    const amount = minorOf(row[m.Amount.index]);
    const paid = paidCol === undefined ? 0 : minorOf(row[paidCol]);
    // Only dated rows that move money count: an opening line moves none, and a total's own
    // debit − credit (本年累计) can equal the balance by the ledger's arithmetic, not by its shape.
    const dated = m.InvoiceDate === undefined || !isBlank(row[m.InvoiceDate.index]);
    if (dated && stated !== undefined && amount !== undefined && paid !== undefined && (amount !== 0 || paid !== 0)) {
      const runs = above !== undefined && stated === above + amount - paid;
      // Signed amounts alone: the first row of a block states its own amount either way. So does a
      // customer's first row when a customer column keys the balances (nothing of its own above it).
      const own = stated === amount - paid && (above !== undefined || (paidCol !== undefined && customerCol === undefined));
      // A payment's row stating a balance still owed (or an invoice's a balance in credit) cannot be that
      // row's own open amount: one such row that runs weighs as two (a customer of one invoice and one
      // payment under a title row gives no other).
      if (runs && !own) running += stated !== 0 && Math.sign(stated) === -Math.sign(amount - paid) ? 2 : 1;
      if (own && !runs) ownRow++;
    }
    above = stated;
  }
  if (running < 2 || running < 3 * ownRow) return mapping;
  const rest: Record<string, ColumnMatch | undefined> = { ...m, RunningBalance: balance, ...(m.Paid ? { Credit: m.Paid } : {}) };
  delete rest.OpenBalance;
  delete rest.Paid;
  return finishMapping("invoices", block.headers, rest as HeaderMapping<"invoices">["matches"]);
}
