/**
 * 两清 / 核销 marks (用友 U8 "客户往来两清", Kingdee 核销 exports): the source system settled the rows
 * so marked against each other. An invoice marked is paid in full, a receipt marked is applied to
 * them (neither unapplied credit nor settling the oldest open invoice). Private to the ledger.
 *
 * The reader asks {@link clearedMark} of each marked cell, and tells this tally what it took as
 * cleared; at the table's end each cleared invoice is paid by a payment of its own amount, dated
 * the customer's last cleared receipt (the day the source system could clear them), and the tally
 * gives the one note per table and a warning per customer whose cleared rows do not net to zero
 * (the source cleared them together, so they must).
 *
 * Beside an open-balance column (Kingdee's 未核销金额 with its 核销状态) the open amount is the
 * system's own result and decides; the marks are not tallied, and a row marked cleared whose open
 * amount still shows money is a warning naming it (`clearedButOpen`), so the clerk sees which of
 * the two to correct.
 */
import { nfkc } from "../../text/nfkc";

/** A cell saying the row was cleared: Y, √, 是, 两清, 已核销 …; N, ×, 否, 未核销, 部分核销 or blank say it was not. */
const CLEARED = /^(?:y|yes|true|1|√|✓|✔|是|两清|已两清|核销|已核销|全部核销|已全部核销|cleared)$/i;
const NOT_CLEARED = /^(?:n|no|false|0|×|✗|否|未两清|未核销|部分核销|部分两清)?$/i;

/** What a mark cell says: cleared, not cleared, or unknown (a doubt the reader says). */
export function clearedMark(text: string): "cleared" | "open" | "unknown" {
  const t = nfkc(text).trim();
  if (CLEARED.test(t)) return "cleared";
  return NOT_CLEARED.test(t) ? "open" : "unknown";
}

/** The rows of one table taken as cleared, and what they net to per customer and currency. */
export class ClearedTally {
  invoices = 0;
  receipts = 0;
  /** `customer index|currency` → minor units: cleared invoices less cleared receipts. */
  private readonly net = new Map<string, { customerAt: number; currency: string; minor: number }>();

  /** The cleared invoices' positions in the recorder and their amounts, paid at the table's end. */
  readonly positions: number[] = [];
  readonly amounts: number[] = [];
  /** `customer index|currency` → the last cleared receipt's day. */
  private readonly lastReceipt = new Map<string, number>();

  /** An invoice taken as settled in full, recorded at `position`. */
  invoice(customerAt: number, currency: string, amount: number, position: number): void {
    this.invoices++;
    this.positions.push(position);
    this.amounts.push(amount);
    this.add(customerAt, currency, amount);
  }

  /** A receipt taken as applied to the cleared invoices. */
  receipt(customerAt: number, currency: string, amount: number, day: number): void {
    this.receipts++;
    this.add(customerAt, currency, -amount);
    const key = `${customerAt}|${currency}`;
    if (!(day <= (this.lastReceipt.get(key) ?? -Infinity))) this.lastReceipt.set(key, day);
  }

  /** The day a cleared invoice was paid: the customer's last cleared receipt, never before the invoice. */
  paidOn(customerAt: number, currency: string, invoiceDay: number): number {
    return Math.max(this.lastReceipt.get(`${customerAt}|${currency}`) ?? invoiceDay, invoiceDay);
  }

  get rows(): number {
    return this.invoices + this.receipts;
  }

  /** Customers whose cleared rows do not net to zero, with the difference (invoices less receipts). */
  unbalanced(): { customerAt: number; currency: string; minor: number }[] {
    return [...this.net.values()].filter((n) => n.minor !== 0);
  }

  private add(customerAt: number, currency: string, minor: number): void {
    const key = `${customerAt}|${currency}`;
    const entry = this.net.get(key);
    if (entry) entry.minor += minor;
    else this.net.set(key, { customerAt, currency, minor });
  }
}
