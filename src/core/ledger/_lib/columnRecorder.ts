/**
 * Records each kept invoice and payment into columns as the readers keep it: number columns for
 * days and amounts (numberColumn.ts), typed arrays for whole numbers and flags, plain arrays for
 * the texts. The ledger's Invoice and Payment objects are made from
 * them only when asked for (see {@link RecordedColumns}): a month-end run over a million rows
 * reads the figures and makes objects only for the open items and the period's activity.
 * Private to the ledger.
 *
 * Rows are recorded in ledger order: the invoice tables one after the other, each table's
 * payment rows after its invoices' and the Payments table's in place of them all (readPayments
 * restarts the payment columns); readInvoices' later fix-up says so here too (setPaid).
 */
import type { CurrencyCode, Customer, DayNumber } from "../../model";
import { RecordedLedgerColumns, type RecordedColumns, type RecordedFields } from "../recordedColumns";
import { numberColumn, type NumberColumn } from "../numberColumn";

abstract class Growing<T extends Int32Array | Uint8Array> {
  length = 0;
  constructor(public values: T, private readonly make: (size: number) => T) {}

  abstract push(value: number): void;

  protected grow(): void {
    const more = this.make(Math.max(16, this.values.length * 2));
    more.set(this.values);
    this.values = more;
  }

  /** The recorded values, in an array of their own length. */
  done(): T {
    return this.values.length === this.length ? this.values : (this.values.slice(0, this.length) as T);
  }
}

/**
 * A text column, sized for the rows up front: a million pushes onto a growing array copy it a
 * few dozen times and leave the copies to the old-space collector. Made at its first text: a
 * ledger without the column (no Description, Reference or Method) records no array for it, and
 * the positions before the first text read as undefined (the array's holes).
 */
class Texts<T extends string | undefined> {
  length = 0;
  private values: T[] | undefined;
  constructor(private readonly size: number) {}

  push(value: T): void {
    if (value !== undefined) (this.values ??= new Array<T>(this.size))[this.length] = value;
    this.length++;
  }

  at(position: number): T {
    return (this.values === undefined ? undefined : this.values[position]) as T;
  }

  /** The recorded texts, in an array of their own length; empty when none was recorded (every position undefined). */
  done(): T[] {
    if (this.values === undefined) return [];
    if (this.values.length !== this.length) this.values.length = this.length;
    return this.values;
  }
}

const ints = (size: number): Int32Array => new Int32Array(size);
const bytes = (size: number): Uint8Array => new Uint8Array(size);

// One push per kind of typed array: a push shared by the three kinds is polymorphic at every
// store, two dozen stores per row.
class Ints extends Growing<Int32Array> {
  constructor(size: number) {
    super(ints(size), ints);
  }

  push(value: number): void {
    if (this.length === this.values.length) this.grow();
    this.values[this.length++] = value;
  }
}

/** Days and minor units: a plain {@link NumberColumn} (see numberColumn.ts), grown by the engine past its rows. */
class Floats {
  length = 0;
  values: NumberColumn;
  constructor(size: number) {
    this.values = numberColumn(size);
  }

  push(value: number): void {
    this.values[this.length++] = value;
  }

  /** The recorded values, cut to their own length (in place). */
  done(): NumberColumn {
    if (this.values.length !== this.length) this.values.length = this.length;
    return this.values;
  }
}

class Bytes extends Growing<Uint8Array> {
  constructor(size: number) {
    super(bytes(size), bytes);
  }

  push(value: number): void {
    if (this.length === this.values.length) this.grow();
    this.values[this.length++] = value;
  }
}

/** One table's payment columns (started afresh when a Payments table replaces the rows' own). */
class PaymentColumns {
  readonly customer: Ints;
  readonly currency: Ints;
  readonly day: Floats;
  readonly minor: Floats;
  readonly hash: Ints;
  readonly named: Bytes;
  readonly invoice: Ints;
  readonly sheet: Ints;
  readonly row: Ints;
  readonly numbers: Texts<string | undefined>;
  readonly references: Texts<string | undefined>;
  readonly methods: Texts<string | undefined>;

  constructor(rows: number) {
    this.customer = new Ints(rows);
    this.currency = new Ints(rows);
    this.day = new Floats(rows);
    this.minor = new Floats(rows);
    this.hash = new Ints(rows);
    this.named = new Bytes(rows);
    this.invoice = new Ints(rows);
    this.sheet = new Ints(rows);
    this.row = new Ints(rows);
    this.numbers = new Texts(rows);
    this.references = new Texts(rows);
    this.methods = new Texts(rows);
  }
}

/**
 * Customers are recorded by their number in the build context (position in its customers, which
 * the readers have in hand from finding the customer): no lookup here.
 */
export class ColumnRecorder {
  private readonly currencies: CurrencyCode[] = [];
  private readonly sheets: string[] = [];
  private sheetNumber = -1;

  private readonly invoiceCustomer: Ints;
  private readonly invoiceCurrency: Ints;
  private readonly invoiceDay: Floats;
  private readonly invoiceDue: Floats;
  private readonly invoiceMinor: Floats;
  private readonly invoicePaid: Floats;
  private readonly invoiceHash: Ints;
  private readonly invoiceDisputed: Bytes;
  private readonly invoiceSheet: Ints;
  private readonly invoiceRow: Ints;
  private readonly invoiceNumbers: Texts<string>;
  private readonly descriptions: Texts<string | undefined>;
  private payments = new PaymentColumns(0);

  /** @param invoiceRows - rows of the invoice tables: the invoice columns are sized for them at once. */
  constructor(invoiceRows: number) {
    this.invoiceCustomer = new Ints(invoiceRows);
    this.invoiceCurrency = new Ints(invoiceRows);
    this.invoiceDay = new Floats(invoiceRows);
    this.invoiceDue = new Floats(invoiceRows);
    this.invoiceMinor = new Floats(invoiceRows);
    this.invoicePaid = new Floats(invoiceRows);
    this.invoiceHash = new Ints(invoiceRows);
    this.invoiceDisputed = new Bytes(invoiceRows);
    this.invoiceSheet = new Ints(invoiceRows);
    this.invoiceRow = new Ints(invoiceRows);
    this.invoiceNumbers = new Texts(invoiceRows);
    this.descriptions = new Texts(invoiceRows);
  }

  /** The sheet the rows recorded next come from (their source). */
  sheet(name: string): void {
    let at = this.sheets.indexOf(name);
    if (at < 0) at = this.sheets.push(name) - 1;
    this.sheetNumber = at;
  }

  /** How many invoices are recorded: the position of the next one. */
  get invoiceCount(): number {
    return this.invoiceMinor.length;
  }

  /** How many payments are recorded (since the last restart). */
  get paymentCount(): number {
    return this.payments.minor.length;
  }

  /**
   * Records a kept invoice (the sheet is the last one named by {@link sheet}).
   * @param customer - the number of the invoice's customer (context.customers[customer]).
   * @param numberHash - textHash of the invoice number.
   * @param paid - Paid in minor units (0: none).
   */
  invoice(
    invoiceNo: string,
    customer: number,
    currency: CurrencyCode,
    invoiceDate: DayNumber,
    dueDate: DayNumber,
    minor: number,
    paid: number,
    disputed: boolean,
    description: string | undefined,
    row: number,
    numberHash: number,
  ): void {
    this.invoiceNumbers.push(invoiceNo);
    this.descriptions.push(description);
    this.invoiceCustomer.push(customer);
    this.invoiceCurrency.push(this.currencyNumber(currency));
    this.invoiceDay.push(invoiceDate);
    this.invoiceDue.push(dueDate);
    // `+ 0`: a -0 (a credit memo of 0) is recorded as the 0 the ledger's Money holds.
    this.invoiceMinor.push(minor + 0);
    this.invoicePaid.push(paid + 0);
    this.invoiceHash.push(numberHash);
    this.invoiceDisputed.push(disputed ? 1 : 0);
    this.invoiceSheet.push(this.sheetNumber);
    this.invoiceRow.push(row);
  }

  /** The invoice at this position was refiled with another Paid. */
  setPaid(position: number, minor: number): void {
    this.invoicePaid.values[position] = minor;
  }

  /**
   * Records a kept payment (the sheet is the last one named by {@link sheet}).
   * @param customer - the number of the payment's customer, as for {@link invoice}.
   * @param invoiceNo - the invoice number it quotes, its Reference and Method (undefined: none).
   * @param numberHash - textHash of the invoice number it quotes (ignored when it quotes none).
   * @param invoicePosition - the position of the invoice of the payment's customer holding the number it quotes, or -1.
   */
  payment(
    customer: number,
    currency: CurrencyCode,
    date: DayNumber,
    minor: number,
    invoiceNo: string | undefined,
    reference: string | undefined,
    method: string | undefined,
    row: number,
    numberHash: number,
    invoicePosition: number,
  ): void {
    const p = this.payments;
    const named = invoiceNo !== undefined;
    p.numbers.push(invoiceNo);
    p.references.push(reference);
    p.methods.push(method);
    p.customer.push(customer);
    p.currency.push(this.currencyNumber(currency));
    p.day.push(date);
    p.minor.push(minor + 0);
    p.hash.push(named ? numberHash : 0);
    p.named.push(named ? 1 : 0);
    p.invoice.push(named ? invoicePosition : -1);
    p.sheet.push(this.sheetNumber);
    p.row.push(row);
  }

  /** Forgets the payments recorded so far (the invoice rows' own, when a Payments table replaces them). */
  restartPayments(paymentRows: number): void {
    this.payments = new PaymentColumns(paymentRows);
  }

  // What the readers read back of an invoice kept earlier (a duplicate's first row, a quoted invoice).
  invoiceNoAt(position: number): string {
    return this.invoiceNumbers.at(position);
  }

  currencyAt(position: number): CurrencyCode {
    return this.currencies[this.invoiceCurrency.values[position]];
  }

  minorAt(position: number): number {
    return this.invoiceMinor.values[position];
  }

  paidAt(position: number): number {
    return this.invoicePaid.values[position];
  }

  dayAt(position: number): DayNumber {
    return this.invoiceDay.values[position] as DayNumber;
  }

  dueAt(position: number): DayNumber {
    return this.invoiceDue.values[position] as DayNumber;
  }

  disputedAt(position: number): boolean {
    return this.invoiceDisputed.values[position] === 1;
  }

  customerAt(position: number): number {
    return this.invoiceCustomer.values[position];
  }

  sheetAt(position: number): string {
    return this.sheets[this.invoiceSheet.values[position]];
  }

  rowAt(position: number): number {
    return this.invoiceRow.values[position];
  }

  /** The record, its objects made from the columns on demand; `customers` by number. */
  done(customers: readonly Customer[]): RecordedColumns {
    return new RecordedLedgerColumns(this.columns(customers), this.currencies.slice());
  }

  private columns(customers: readonly Customer[]): RecordedFields {
    const p = this.payments;
    return {
      customers,
      customerIds: customers.map((customer) => customer.id),
      sheets: this.sheets,
      invoiceCustomer: this.invoiceCustomer.done(),
      invoiceCurrency: this.invoiceCurrency.done(),
      invoiceDay: this.invoiceDay.done(),
      invoiceDue: this.invoiceDue.done(),
      invoiceMinor: this.invoiceMinor.done(),
      invoicePaid: this.invoicePaid.done(),
      invoiceHash: this.invoiceHash.done(),
      invoiceDisputed: this.invoiceDisputed.done(),
      invoiceSheet: this.invoiceSheet.done(),
      invoiceRow: this.invoiceRow.done(),
      invoiceNumbers: this.invoiceNumbers.done(),
      descriptions: this.descriptions.done(),
      paymentCustomer: p.customer.done(),
      paymentCurrency: p.currency.done(),
      paymentDay: p.day.done(),
      paymentMinor: p.minor.done(),
      paymentHash: p.hash.done(),
      paymentNamed: p.named.done(),
      paymentInvoice: p.invoice.done(),
      paymentSheet: p.sheet.done(),
      paymentRow: p.row.done(),
      paymentNumbers: p.numbers.done(),
      references: p.references.done(),
      methods: p.methods.done(),
    };
  }

  private currencyNumber(code: CurrencyCode): number {
    const currencies = this.currencies;
    for (let i = 0; i < currencies.length; i++) if (currencies[i] === code) return i;
    currencies.push(code);
    return currencies.length - 1;
  }
}
