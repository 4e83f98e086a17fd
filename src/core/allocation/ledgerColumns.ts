/**
 * A read-only columnar view of a ledger (built once per ledger and cached with allocation's
 * index): for passes over every item that should not read an Invoice or Payment object for each
 * (statements' opening balances and period activity).
 */
import type { CurrencyCode, Invoice, Ledger, Payment } from "../model";
import { ledgerIndex } from "./_lib/ledgerIndex";
import type { NumberColumn } from "../ledger/numberColumn";

export interface LedgerColumns {
  /** Per customer-and-currency slot: its currency and its customer's number. */
  readonly slotCurrency: readonly CurrencyCode[];
  readonly slotCustomer: Int32Array;
  /** Customer number → CustomerID. */
  readonly customerIds: readonly string[];
  /** How many invoices and payments the ledger holds. */
  readonly invoiceCount: number;
  readonly paymentCount: number;
  /**
   * The invoice / payment at a ledger position (ledger.invoices[i]): a ledger buildLedger made
   * makes only the objects asked for.
   */
  invoiceAt(i: number): Invoice;
  paymentAt(p: number): Payment;
  /** Per ledger invoice, in ledger order: slot (-1 when amount and Paid are both zero), invoice date, amount in minor units. */
  readonly invoiceSlot: Int32Array;
  readonly invoiceDay: NumberColumn;
  readonly invoiceMinor: NumberColumn;
  /** Per ledger payment, with a Payments table (else empty): slot (-1 for a zero amount), date, amount. */
  readonly paymentSlot: Int32Array;
  readonly paymentDay: NumberColumn;
  readonly paymentMinor: NumberColumn;
}

/** The ledger's columns. @example ledgerColumns(ledger).invoiceMinor[0] //=> ledger.invoices[0].amount.minor */
export function ledgerColumns(ledger: Ledger): LedgerColumns {
  return ledgerIndex(ledger);
}
