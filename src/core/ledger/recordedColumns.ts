/**
 * The ledger as buildLedger recorded it while reading the rows: columns (number columns for days
 * and amounts, see numberColumn.ts; typed arrays for whole numbers; arrays for the texts), from which the ledger's Invoice and Payment objects are made
 * only when asked for. The ledger index and the statements' activity read the columns and ask
 * for the objects they show (open items, the period's lines); `ledger.invoices` asks for all.
 * Core-internal: not a part of the Ledger type; a ledger built any other way (by hand, in a
 * test, or a copy with other arrays) has none and is read from its objects.
 *
 * Position i of each invoice column is ledger.invoices[i], position p of each payment column is
 * ledger.payments[p], and invoiceAt(i) is that very object.
 */
import type { CurrencyCode, Customer, DayNumber, Invoice, Ledger, Money, Payment } from "../model";
import { money } from "../money";
import type { NumberColumn } from "./numberColumn";

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
  readonly invoiceDay: NumberColumn;
  readonly invoiceDue: NumberColumn;
  readonly invoiceMinor: NumberColumn;
  readonly invoicePaid: NumberColumn;
  readonly invoiceHash: Int32Array;
  /**
   * 1 = disputed; the source's sheet number and row; the InvoiceNo and Description texts. A text
   * column no row filled (the payments' too) is an empty array: read by position, never by length.
   */
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
  readonly paymentDay: NumberColumn;
  readonly paymentMinor: NumberColumn;
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
  /**
   * The invoice at a position for a pass that reads it once and drops it (the month-end
   * statements' open items): the kept object when it was made already, else one made as invoiceAt
   * makes it but not kept, so it dies young instead of being held by the record.
   */
  invoiceReadOnceAt(i: number): Invoice;
  paymentAt(p: number): Payment;
  /** Every invoice / payment, made on first asking. */
  invoices(): readonly Invoice[];
  payments(): readonly Payment[];
  /** The lists when they were made already, else undefined (nothing is made). */
  madeInvoices(): readonly Invoice[] | undefined;
  madePayments(): readonly Payment[] | undefined;
}

/** The columns as recorded, without what the record makes of them. */
export type RecordedFields = Omit<RecordedColumns, "currencies" | "invoiceCount" | "paymentCount" | "invoiceAt" | "invoiceReadOnceAt" | "paymentAt" | "invoices" | "payments" | "madeInvoices" | "madePayments">;

/**
 * The recorded columns with the objects made from them on demand, one object per position, kept:
 * the same position always gives the same object, whether asked for alone or in the whole list.
 */
export class RecordedLedgerColumns implements RecordedColumns {
  readonly invoiceCount: number;
  readonly paymentCount: number;
  /**
   * Per position, where its object is in `invoicesMade` / `paymentsMade` (-1: not made yet). A
   * typed array, not a holey array of a million slots. Made at the first object made: a run that
   * reads only the columns (the overview, read-once statements) makes none.
   */
  private invoiceMade: Int32Array | undefined;
  private paymentMade: Int32Array | undefined;
  private readonly invoicesMade: Invoice[] = [];
  private readonly paymentsMade: Payment[] = [];
  private invoiceList: Invoice[] | undefined;
  private paymentList: Payment[] | undefined;
  /** One zero per currency number, shared by the invoices without a Paid amount. */
  private readonly zeros: Money[];

  // The fields of RecordedFields, copied in by the constructor.
  declare readonly customers: readonly Customer[];
  declare readonly customerIds: readonly string[];
  declare readonly sheets: readonly string[];
  declare readonly invoiceCustomer: Int32Array;
  declare readonly invoiceCurrency: Int32Array;
  declare readonly invoiceDay: NumberColumn;
  declare readonly invoiceDue: NumberColumn;
  declare readonly invoiceMinor: NumberColumn;
  declare readonly invoicePaid: NumberColumn;
  declare readonly invoiceHash: Int32Array;
  declare readonly invoiceDisputed: Uint8Array;
  declare readonly invoiceSheet: Int32Array;
  declare readonly invoiceRow: Int32Array;
  declare readonly invoiceNumbers: readonly string[];
  declare readonly descriptions: readonly (string | undefined)[];
  declare readonly paymentCustomer: Int32Array;
  declare readonly paymentCurrency: Int32Array;
  declare readonly paymentDay: NumberColumn;
  declare readonly paymentMinor: NumberColumn;
  declare readonly paymentHash: Int32Array;
  declare readonly paymentNamed: Uint8Array;
  declare readonly paymentInvoice: Int32Array;
  declare readonly paymentSheet: Int32Array;
  declare readonly paymentRow: Int32Array;
  declare readonly paymentNumbers: readonly (string | undefined)[];
  declare readonly references: readonly (string | undefined)[];
  declare readonly methods: readonly (string | undefined)[];

  constructor(fields: RecordedFields, readonly currencies: readonly CurrencyCode[]) {
    Object.assign(this, fields);
    this.invoiceCount = fields.invoiceMinor.length;
    this.paymentCount = fields.paymentMinor.length;
    this.zeros = currencies.map((code) => money(0, code));
  }

  invoiceAt(i: number): Invoice {
    const made = (this.invoiceMade ??= new Int32Array(this.invoiceCount).fill(-1));
    if (made[i] >= 0) return this.invoicesMade[made[i]];
    const invoice = this.makeInvoice(i);
    made[i] = this.invoicesMade.push(invoice) - 1;
    return invoice;
  }

  invoiceReadOnceAt(i: number): Invoice {
    const made = this.invoiceMade === undefined ? -1 : this.invoiceMade[i];
    return made >= 0 ? this.invoicesMade[made] : this.makeInvoice(i);
  }

  private makeInvoice(i: number): Invoice {
    const number = this.invoiceCurrency[i];
    const currency = this.currencies[number];
    const paid = this.invoicePaid[i];
    return {
      invoiceNo: this.invoiceNumbers[i],
      customerId: this.customerIds[this.invoiceCustomer[i]],
      invoiceDate: this.invoiceDay[i] as DayNumber,
      dueDate: this.invoiceDue[i] as DayNumber,
      amount: money(this.invoiceMinor[i], currency),
      paid: paid === 0 ? this.zeros[number] : money(paid, currency),
      disputed: this.invoiceDisputed[i] === 1,
      description: this.descriptions[i],
      source: { sheet: this.sheets[this.invoiceSheet[i]], row: this.invoiceRow[i] },
    };
  }

  paymentAt(p: number): Payment {
    const made = (this.paymentMade ??= new Int32Array(this.paymentCount).fill(-1));
    if (made[p] >= 0) return this.paymentsMade[made[p]];
    const payment: Payment = {
      date: this.paymentDay[p] as DayNumber,
      customerId: this.customerIds[this.paymentCustomer[p]],
      amount: money(this.paymentMinor[p], this.currencies[this.paymentCurrency[p]]),
      invoiceNo: this.paymentNumbers[p],
      reference: this.references[p],
      method: this.methods[p],
      source: { sheet: this.sheets[this.paymentSheet[p]], row: this.paymentRow[p] },
    };
    made[p] = this.paymentsMade.push(payment) - 1;
    return payment;
  }

  invoices(): readonly Invoice[] {
    if (this.invoiceList === undefined) {
      // Pushed, not sized up front: a sized array of a million would be a dictionary too.
      const list: Invoice[] = [];
      for (let i = 0; i < this.invoiceCount; i++) list.push(this.invoiceAt(i));
      this.invoiceList = list;
    }
    return this.invoiceList;
  }

  payments(): readonly Payment[] {
    if (this.paymentList === undefined) {
      const list: Payment[] = [];
      for (let p = 0; p < this.paymentCount; p++) list.push(this.paymentAt(p));
      this.paymentList = list;
    }
    return this.paymentList;
  }

  madeInvoices(): readonly Invoice[] | undefined {
    return this.invoiceList;
  }

  madePayments(): readonly Payment[] | undefined {
    return this.paymentList;
  }
}

const records = new WeakMap<Ledger, RecordedColumns>();

/**
 * The ledger of a record: its invoices and payments are the record's, made when first read.
 * `fields` are the ledger's other fields.
 */
export function recordedLedger(fields: Omit<Ledger, "invoices" | "payments">, record: RecordedColumns): Ledger {
  const ledger: Ledger = {
    ...fields,
    get invoices() {
      return record.invoices();
    },
    get payments() {
      return record.payments();
    },
  };
  records.set(ledger, record);
  return ledger;
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
