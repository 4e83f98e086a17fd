/**
 * Records each kept invoice and payment into growable typed arrays as the readers keep it (the
 * values are in hand then, the object just made), for {@link RecordedColumns}. Private to the ledger.
 *
 * Rows are recorded in the order they are pushed onto the readers' arrays, which buildLedger
 * concatenates in the same order; readInvoices' later fix-ups say so here too (setPaid), and
 * readPayments, whose payments replace the rows' own, starts the payment columns afresh.
 */
import type { CurrencyCode, Customer, Invoice, Payment } from "../../model";
import type { RecordedColumns } from "../recordedColumns";

class Growing<T extends Int32Array | Float64Array | Uint8Array> {
  length = 0;
  constructor(public values: T, private readonly make: (size: number) => T) {}

  push(value: number): void {
    if (this.length === this.values.length) {
      const more = this.make(Math.max(16, this.values.length * 2));
      more.set(this.values);
      this.values = more;
    }
    this.values[this.length++] = value;
  }

  /** The recorded values, in an array of their own length. */
  done(): T {
    return this.values.length === this.length ? this.values : (this.values.slice(0, this.length) as T);
  }
}

const ints = (size: number): Int32Array => new Int32Array(size);
const floats = (size: number): Float64Array => new Float64Array(size);
const bytes = (size: number): Uint8Array => new Uint8Array(size);

/**
 * Customers are recorded by their number in the build context (position in its customers, which
 * the readers have in hand from finding the customer): no lookup here.
 */
export class ColumnRecorder {
  private readonly currencies: CurrencyCode[] = [];

  private readonly invoiceCustomer: Growing<Int32Array>;
  private readonly invoiceCurrency: Growing<Int32Array>;
  private readonly invoiceDay: Growing<Float64Array>;
  private readonly invoiceDue: Growing<Float64Array>;
  private readonly invoiceMinor: Growing<Float64Array>;
  private readonly invoicePaid: Growing<Float64Array>;
  private readonly invoiceHash: Growing<Int32Array>;
  private paymentCustomer = new Growing(ints(0), ints);
  private paymentCurrency = new Growing(ints(0), ints);
  private paymentDay = new Growing(floats(0), floats);
  private paymentMinor = new Growing(floats(0), floats);
  private paymentHash = new Growing(ints(0), ints);
  private paymentNamed = new Growing(bytes(0), bytes);
  private paymentInvoice = new Growing(ints(0), ints);

  /** @param invoiceRows - rows of the invoice tables: the invoice columns are sized for them at once. */
  constructor(invoiceRows: number) {
    this.invoiceCustomer = new Growing(ints(invoiceRows), ints);
    this.invoiceCurrency = new Growing(ints(invoiceRows), ints);
    this.invoiceDay = new Growing(floats(invoiceRows), floats);
    this.invoiceDue = new Growing(floats(invoiceRows), floats);
    this.invoiceMinor = new Growing(floats(invoiceRows), floats);
    this.invoicePaid = new Growing(floats(invoiceRows), floats);
    this.invoiceHash = new Growing(ints(invoiceRows), ints);
  }

  /** How many invoices are recorded: where the next invoice table's first invoice goes. */
  get invoiceCount(): number {
    return this.invoiceMinor.length;
  }

  /**
   * @param numberHash - textHash of invoice.invoiceNo.
   * @param customer - the number of the invoice's customer (context.customers[customer].id === invoice.customerId).
   */
  invoice(invoice: Invoice, numberHash: number, customer: number): void {
    this.invoiceCustomer.push(customer);
    this.invoiceCurrency.push(this.currencyNumber(invoice.amount.currency));
    this.invoiceDay.push(invoice.invoiceDate);
    this.invoiceDue.push(invoice.dueDate);
    this.invoiceMinor.push(invoice.amount.minor);
    this.invoicePaid.push(invoice.paid.minor);
    this.invoiceHash.push(numberHash);
  }

  /** The invoice at this position was refiled with another Paid. */
  setPaid(position: number, minor: number): void {
    this.invoicePaid.values[position] = minor;
  }

  /**
   * @param numberHash - textHash of payment.invoiceNo when it quotes one (else ignored).
   * @param customer - the number of the payment's customer, as for {@link invoice}.
   * @param invoicePosition - the ledger position of the invoice of the payment's customer holding the number it quotes, or -1.
   */
  payment(payment: Payment, numberHash: number, customer: number, invoicePosition: number): void {
    this.paymentCustomer.push(customer);
    this.paymentCurrency.push(this.currencyNumber(payment.amount.currency));
    this.paymentDay.push(payment.date);
    this.paymentMinor.push(payment.amount.minor);
    const named = payment.invoiceNo !== undefined;
    this.paymentHash.push(named ? numberHash : 0);
    this.paymentNamed.push(named ? 1 : 0);
    this.paymentInvoice.push(named ? invoicePosition : -1);
  }

  /** Forgets the payments recorded so far (the invoice rows' own, when a Payments table replaces them). */
  restartPayments(paymentRows: number): void {
    this.paymentCustomer = new Growing(ints(paymentRows), ints);
    this.paymentCurrency = new Growing(ints(paymentRows), ints);
    this.paymentDay = new Growing(floats(paymentRows), floats);
    this.paymentMinor = new Growing(floats(paymentRows), floats);
    this.paymentHash = new Growing(ints(paymentRows), ints);
    this.paymentNamed = new Growing(bytes(paymentRows), bytes);
    this.paymentInvoice = new Growing(ints(paymentRows), ints);
  }

  /** The record for the ledger's final arrays (which must be the rows recorded, in order) and customers (by number). */
  done(invoices: readonly Invoice[], payments: readonly Payment[], customers: readonly Customer[]): RecordedColumns {
    return {
      invoices,
      payments,
      customerIds: customers.map((customer) => customer.id),
      currencies: this.currencies,
      invoiceCustomer: this.invoiceCustomer.done(),
      invoiceCurrency: this.invoiceCurrency.done(),
      invoiceDay: this.invoiceDay.done(),
      invoiceDue: this.invoiceDue.done(),
      invoiceMinor: this.invoiceMinor.done(),
      invoicePaid: this.invoicePaid.done(),
      invoiceHash: this.invoiceHash.done(),
      paymentCustomer: this.paymentCustomer.done(),
      paymentCurrency: this.paymentCurrency.done(),
      paymentDay: this.paymentDay.done(),
      paymentMinor: this.paymentMinor.done(),
      paymentHash: this.paymentHash.done(),
      paymentNamed: this.paymentNamed.done(),
      paymentInvoice: this.paymentInvoice.done(),
    };
  }

  private currencyNumber(code: CurrencyCode): number {
    const currencies = this.currencies;
    for (let i = 0; i < currencies.length; i++) if (currencies[i] === code) return i;
    currencies.push(code);
    return currencies.length - 1;
  }
}
