/**
 * The ledger's hot columns as buildLedger recorded them while reading the rows, so the ledger
 * index (allocation) builds its per-item columns from typed arrays instead of visiting a million
 * Invoice and Payment objects (and their Money) again. Core-internal: not a part of the Ledger
 * type; a ledger built any other way (by hand, in a test, or a copy with other arrays) has none
 * and is read from its objects.
 *
 * Position i of each invoice column is ledger.invoices[i], position p of each payment column is
 * ledger.payments[p]: the record is kept for a ledger only when its arrays are the very arrays
 * recorded, of the recorded lengths (checked again on every read, as the index cache does).
 */
import type { CurrencyCode, Invoice, Ledger, Payment } from "../model";

export interface RecordedColumns {
  readonly invoices: readonly Invoice[];
  readonly payments: readonly Payment[];
  /** Recorded customer number → CustomerID; recorded currency number → code. */
  readonly customerIds: readonly string[];
  readonly currencies: readonly CurrencyCode[];
  /** Per invoice: customer and currency numbers, invoice and due days, amount and Paid in minor units, hash of the InvoiceNo (textHash). */
  readonly invoiceCustomer: Int32Array;
  readonly invoiceCurrency: Int32Array;
  readonly invoiceDay: Float64Array;
  readonly invoiceDue: Float64Array;
  readonly invoiceMinor: Float64Array;
  readonly invoicePaid: Float64Array;
  readonly invoiceHash: Int32Array;
  /**
   * Per payment: customer and currency numbers, date, amount, hash of the InvoiceNo it quotes and 1
   * when it quotes one, and the position of the invoice the reader matched that number to (same
   * customer and number; -1 when none). Another invoice of the customer may hold the number too
   * (an opening item): the index checks that before taking the match.
   */
  readonly paymentCustomer: Int32Array;
  readonly paymentCurrency: Int32Array;
  readonly paymentDay: Float64Array;
  readonly paymentMinor: Float64Array;
  readonly paymentHash: Int32Array;
  readonly paymentNamed: Uint8Array;
  readonly paymentInvoice: Int32Array;
}

const records = new WeakMap<Ledger, RecordedColumns>();

/** Keeps the record for this ledger, when it matches the ledger's arrays (else nothing: the objects are read). */
export function keepRecordedColumns(ledger: Ledger, record: RecordedColumns): void {
  if (matches(ledger, record)) records.set(ledger, record);
}

/** The ledger's recorded columns, or undefined (never recorded, or its arrays were replaced or grown). */
export function recordedColumns(ledger: Ledger): RecordedColumns | undefined {
  const record = records.get(ledger);
  return record !== undefined && matches(ledger, record) ? record : undefined;
}

function matches(ledger: Ledger, record: RecordedColumns): boolean {
  return (
    record.invoices === ledger.invoices &&
    record.payments === ledger.payments &&
    record.invoiceMinor.length === ledger.invoices.length &&
    record.paymentMinor.length === ledger.payments.length
  );
}
