/**
 * The running Balance / 余额 of a debit/credit ledger (明细账) is a check, never data (DESIGN §2):
 * per customer and currency it must equal the running sum of debit − credit. Private to the ledger.
 */
import type { CurrencyCode, Minor } from "../../model";

export interface BalanceMismatch {
  /** What the running debit − credit comes to on this row (minor units). */
  readonly expected: Minor;
}

/**
 * Follows each customer's running balance. After a mismatch it continues from the balance the
 * ledger states, so one wrong entry is reported once, not on every row below it.
 */
export class RunningBalances {
  private readonly sums = new Map<string, Minor>();

  /**
   * Adds the row's debit − credit and compares with the stated balance (undefined = the cell is
   * blank or not an amount: nothing to check). A balance printed without its sign beside a
   * direction column (用友 方向 借/贷) is accepted as the absolute value.
   */
  add(customerId: string, currency: CurrencyCode, delta: Minor, stated: Minor | undefined): BalanceMismatch | undefined {
    const key = `${customerId}\u0000${currency}`;
    const expected = (this.sums.get(key) ?? 0) + delta;
    this.sums.set(key, expected);
    if (stated === undefined || stated === expected || stated === Math.abs(expected)) return undefined;
    this.sums.set(key, stated);
    return { expected };
  }

  /** Starts the customer's balance afresh from a carried-forward one (a month's 上月结转 on its own sheet). */
  restart(customerId: string, currency: CurrencyCode, balance: Minor): void {
    this.sums.set(`${customerId}\u0000${currency}`, balance);
  }

  /** The customer's balance after the last row read; undefined when no row of it was checked. */
  closing(customerId: string, currency: CurrencyCode): Minor | undefined {
    return this.sums.get(`${customerId}\u0000${currency}`);
  }
}
