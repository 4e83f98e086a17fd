/**
 * The ledger as buildLedger recorded it while reading the rows: columns (typed arrays for the
 * figures, arrays for the texts), from which the ledger's Invoice and Payment objects are made
 * only when asked for. The ledger index and the statements' activity read the columns and ask
 * for the objects they show (open items, the period's lines); `ledger.invoices` asks for all.
 * Core-internal: not a part of the Ledger type; a ledger built any other way (by hand, in a
 * test, or a copy with other arrays) has none and is read from its objects.
 *
 * Position i of each invoice column is ledger.invoices[i], position p of each payment column is
 * ledger.payments[p], and invoiceAt(i) is that very object.
 */
import type { CurrencyCode, Customer, Invoice, Ledger, Payment } from "../model";

export interface RecordedColumns {
  /** The ledger's customers; recorded customer number → the customer, and its CustomerID. */
  readonly customers: readonly Customer[];
  readonly customerIds: readonly string[];
  /** Recorded currency number → code; sheet number → sheet name. */
  readonly currencies: readonly CurrencyCode[];
  readonly sheets: readonly string[];
  readonly invoiceCount: number;
  readonly paymentCount: number;
  /** Per invoice: customer and currency numbers, invoice and due days, amount and Paid in minor units, hash of the InvoiceNo (textHash). */
  readonly invoiceCustomer: Int32Array;
  readonly invoiceCurrency: Int32Array;
  readonly invoiceDay: Float64Array;
  readonly invoiceDue: Float64Array;
  readonly invoiceMinor: Float64Array;
  readonly invoicePaid: Float64Array;
  readonly invoiceHash: Int32Array;
  /** 1 = disputed; the source's sheet number and row; the InvoiceNo and Description texts. */
  readonly invoiceDisputed: Uint8Array;
  readonly invoiceSheet: Int32Array;
  readonly invoiceRow: Int32Array;
  readonly invoiceNumbers: readonly string[];
  readonly descriptions: readonly (string | undefined)[];
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
  /** The source's sheet number and row; the InvoiceNo quoted, Reference and Method texts. */
  readonly paymentSheet: Int32Array;
  readonly paymentRow: Int32Array;
  readonly paymentNumbers: readonly (string | undefined)[];
  readonly references: readonly (string | undefined)[];
  readonly methods: readonly (string | undefined)[];
  /** The invoice at a position, made on first asking and kept (ledger.invoices[i] is the same object). */
  invoiceAt(i: number): Invoice;
  paymentAt(p: number): Payment;
  /** Every invoice / payment, made on first asking. */
  invoices(): readonly Invoice[];
  payments(): readonly Payment[];
  /** The lists when they were made already, else undefined (nothing is made). */
  madeInvoices(): readonly Invoice[] | undefined;
  madePayments(): readonly Payment[] | undefined;
}

const records = new WeakMap<Ledger, RecordedColumns>();

/**
 * The ledger of a record: its invoices and payments are the record's, made when first read.
 * `fields` are the ledger's other fields.
 */
export function recordedLedger(fields: Omit<Ledger, "invoices" | "payments">, record: RecordedColumns): Ledger {
  const ledger: Ledger = {
    customers: fields.customers,
    get invoices() {
      return record.invoices();
    },
    get payments() {
      return record.payments();
    },
    ...withoutLists(fields),
  };
  records.set(ledger, record);
  return ledger;
}

function withoutLists(fields: Omit<Ledger, "invoices" | "payments">): Omit<Ledger, "invoices" | "payments" | "customers"> {
  const { customers: _customers, ...rest } = fields;
  return rest;
}

/**
 * The ledger's recorded columns, or undefined (a ledger not made by {@link recordedLedger}, or
 * whose made lists were grown since: read from the objects).
 */
export function recordedColumns(ledger: Ledger): RecordedColumns | undefined {
  const record = records.get(ledger);
  if (record === undefined) return undefined;
  const invoices = record.madeInvoices();
  const payments = record.madePayments();
  if ((invoices !== undefined && invoices.length !== record.invoiceCount) || (payments !== undefined && payments.length !== record.paymentCount)) return undefined;
  return record;
}
