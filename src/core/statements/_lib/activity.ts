/**
 * Private: per (customer, currency), what a statement needs besides the closing account: the
 * opening balance and the period's invoices, credit notes and payments, in one pass over the
 * ledger. Keyed by customer id with a short array per currency, so no item builds a string key.
 */
import type { Account } from "../../allocation/account";
import { ledgerColumns, type LedgerColumns } from "../../allocation";
import type { CurrencyCode, Customer, DayNumber, Invoice, Ledger, Minor, Payment } from "../../model";
import { itemFields, type ItemFields } from "./itemFields";

export interface Activity {
  readonly customerId: string;
  readonly currency: CurrencyCode;
  /**
   * Ledger positions of the period's invoices and payments, in ledger order: this account's are
   * invoiceRows[invoiceStart .. invoiceEnd) and paymentRows[paymentStart .. paymentEnd) (one
   * list per run, shared by every account: no list per account).
   */
  readonly invoiceRows: Int32Array;
  readonly invoiceStart: number;
  readonly invoiceEnd: number;
  readonly paymentRows: Int32Array;
  readonly paymentStart: number;
  readonly paymentEnd: number;
  /** Where the rows' fields are read (the statement's lines: no object per line). */
  readonly fields: ItemFields;
  /** The period's invoices and payments as objects, made when first read. */
  readonly invoices: readonly Invoice[];
  readonly payments: readonly Payment[];
}

/** One (customer, currency) a statement may be made for. */
export interface StatementAccount extends Activity {
  readonly customer: Customer;
  /** Its account at the period end; undefined when only zero-amount items touch it. */
  readonly account: Account | undefined;
  /** Balance at the end of the day before the period (balance-forward only, else 0). */
  readonly opening: Minor;
}

const NO_ROWS = new Int32Array(0);

/** A statement account while the pass collects it; its objects are made only if asked for. */
class Entry implements StatementAccount {
  // Set when the pass has placed every row (see PeriodRows.place).
  invoiceRows: Int32Array = NO_ROWS;
  invoiceStart = 0;
  invoiceEnd = 0;
  paymentRows: Int32Array = NO_ROWS;
  paymentStart = 0;
  paymentEnd = 0;
  opening: Minor = 0;
  private invoiceList: Invoice[] | undefined;
  private paymentList: Payment[] | undefined;

  constructor(
    /** Its place in the pass's list of entries. */
    readonly ordinal: number,
    readonly customerId: string,
    readonly currency: CurrencyCode,
    readonly customer: Customer,
    readonly account: Account | undefined,
    readonly fields: ItemFields,
    private readonly columns: LedgerColumns,
  ) {}

  get invoices(): readonly Invoice[] {
    return (this.invoiceList ??= Array.from(this.invoiceRows.subarray(this.invoiceStart, this.invoiceEnd), (i) => this.columns.invoiceAt(i)));
  }

  get payments(): readonly Payment[] {
    return (this.paymentList ??= Array.from(this.paymentRows.subarray(this.paymentStart, this.paymentEnd), (p) => this.columns.paymentAt(p)));
  }
}

/**
 * The period's items of one kind as the pass meets them (ledger position and entry), then placed
 * in one list grouped by entry, ledger order kept within each (a counting sort): no list per entry.
 */
class PeriodRows {
  private positions: Int32Array = new Int32Array(1024);
  private owners: Int32Array = new Int32Array(1024);
  private size = 0;

  add(position: number, entry: number): void {
    if (this.size === this.positions.length) {
      this.positions = grown(this.positions);
      this.owners = grown(this.owners);
    }
    this.positions[this.size] = position;
    this.owners[this.size] = entry;
    this.size++;
  }

  /** Groups the rows by entry and tells each entry where its rows are. */
  place(entries: readonly Entry[], kind: "invoice" | "payment"): void {
    const start = new Int32Array(entries.length + 1);
    for (let k = 0; k < this.size; k++) start[this.owners[k] + 1]++;
    for (let e = 0; e < entries.length; e++) start[e + 1] += start[e];
    const rows = new Int32Array(this.size);
    const next = start.slice(0, entries.length);
    for (let k = 0; k < this.size; k++) rows[next[this.owners[k]]++] = this.positions[k];
    for (let e = 0; e < entries.length; e++) {
      const entry = entries[e];
      if (kind === "invoice") {
        entry.invoiceRows = rows;
        entry.invoiceStart = start[e];
        entry.invoiceEnd = start[e + 1];
      } else {
        entry.paymentRows = rows;
        entry.paymentStart = start[e];
        entry.paymentEnd = start[e + 1];
      }
    }
  }
}

function grown(list: Int32Array): Int32Array {
  const larger = new Int32Array(list.length * 2);
  larger.set(list);
  return larger;
}

export interface StatementScope {
  readonly start: DayNumber;
  readonly end: DayNumber;
  /** Accounts at `end`, already limited to the wanted customers. */
  readonly accountsAtEnd: readonly Account[];
  /** Each account's slot in the ledger's columns, same order (openAccountsReadOnce's), when known. */
  readonly slotsAtEnd?: readonly number[];
  /** Ledger customers by id (the last row of a repeated id, as the statement order uses). */
  readonly customerOf: (customerId: string) => Customer | undefined;
  readonly wanted: (customerId: string) => boolean;
  readonly withOpening: boolean;
}

/**
 * The candidate statement accounts with their activity, unordered: every account at the period
 * end, plus any known, wanted customer and currency with activity in the period (e.g. only
 * zero-amount invoices). Which of them get a statement, and in which order, is the public
 * statementAccounts' rule (../statementAccounts.ts).
 *
 * The opening balance is not a second allocation: allocation conserves money, so the balance at a
 * day is what was invoiced (credit notes negative) less what was paid, up to that day.
 */
export function accountActivity(ledger: Ledger, scope: StatementScope): StatementAccount[] {
  const { start, end } = scope;
  const columns = ledgerColumns(ledger);
  const fields = itemFields(ledger);
  const all: Entry[] = [];
  // The entries by customer id, made only when an item's entry must be found by its customer
  // (an account whose slot was not given, an item in no slot, activity without an account).
  let byCustomer: Map<string, Entry[]> | undefined;
  const listed = (map: Map<string, Entry[]>, entry: Entry): void => {
    const list = map.get(entry.customerId);
    if (list === undefined) map.set(entry.customerId, [entry]);
    else list.push(entry);
  };
  const add = (customer: Customer, customerId: string, currency: CurrencyCode, account: Account | undefined): Entry => {
    const entry = new Entry(all.length, customerId, currency, customer, account, fields, columns);
    all.push(entry);
    if (byCustomer !== undefined) listed(byCustomer, entry);
    return entry;
  };
  // Items are routed by the ledger's columns (slot, day, amount): an item before the period only
  // adds to an opening balance and is never read as an object. An account's slot, when given,
  // is its entry's; any other slot's entry is looked up by customer id once. Items in no slot
  // (all-zero invoices, zero payments) take the lookup by id.
  const slotEntry: (Entry | undefined)[] = new Array(columns.slotCurrency.length);
  const { accountsAtEnd, slotsAtEnd } = scope;
  for (let k = 0; k < accountsAtEnd.length; k++) {
    const account = accountsAtEnd[k];
    const entry = add(account.customer, account.customer.id, account.currency, account);
    if (slotsAtEnd !== undefined) slotEntry[slotsAtEnd[k]] = entry;
  }

  const entryOf = (customerId: string, currency: CurrencyCode, inPeriod: boolean): Entry | undefined => {
    if (byCustomer === undefined) {
      byCustomer = new Map();
      for (const entry of all) listed(byCustomer, entry);
    }
    const list = byCustomer.get(customerId);
    if (list !== undefined) for (let i = 0; i < list.length; i++) if (list[i].currency === currency) return list[i];
    // Only activity opens a new statement account; before the period it would have an account at the end.
    if (!inPeriod || !scope.wanted(customerId)) return undefined;
    const customer = scope.customerOf(customerId);
    return customer === undefined ? undefined : add(customer, customerId, currency, undefined);
  };
  const ofSlot = (slot: number, inPeriod: boolean): Entry | undefined => {
    const known = slotEntry[slot];
    if (known !== undefined) return known;
    const entry = entryOf(columns.customerIds[columns.slotCustomer[slot]], columns.slotCurrency[slot], inPeriod);
    if (entry !== undefined) slotEntry[slot] = entry;
    return entry;
  };

  // Opening balances are summed per slot in a typed array (not on each item's entry object, which
  // would be a visit to one of thousands of objects per item) and handed to the entries at the end.
  // An item in no slot has a zero amount: it adds nothing to an opening balance.
  const slotOpening = new Float64Array(columns.slotCurrency.length);
  const { invoiceSlot, invoiceDay, invoiceMinor } = columns;
  const invoiceRows = new PeriodRows();
  const paymentRows = new PeriodRows();
  for (let i = 0; i < columns.invoiceCount; i++) {
    const day = invoiceDay[i];
    if (day > end || (day < start && !scope.withOpening)) continue;
    const slot = invoiceSlot[i];
    if (day < start) {
      if (slot >= 0) slotOpening[slot] += invoiceMinor[i];
      continue;
    }
    // An item in no slot is read as an object for its customer and currency (zero amounts: rare).
    const invoice = slot >= 0 ? undefined : columns.invoiceAt(i);
    const entry = invoice === undefined ? ofSlot(slot, true) : entryOf(invoice.customerId, invoice.amount.currency, true);
    if (entry !== undefined) invoiceRows.add(i, entry.ordinal);
  }
  if (ledger.hasPaymentsTable) {
    const { paymentSlot, paymentDay, paymentMinor } = columns;
    for (let i = 0; i < columns.paymentCount; i++) {
      const day = paymentDay[i];
      if (day > end || (day < start && !scope.withOpening)) continue;
      const slot = paymentSlot[i];
      if (day < start) {
        if (slot >= 0) slotOpening[slot] -= paymentMinor[i];
        continue;
      }
      const payment = slot >= 0 ? undefined : columns.paymentAt(i);
      const entry = payment === undefined ? ofSlot(slot, true) : entryOf(payment.customerId, payment.amount.currency, true);
      if (entry !== undefined) paymentRows.add(i, entry.ordinal);
    }
  }
  invoiceRows.place(all, "invoice");
  paymentRows.place(all, "payment");
  // Before the period only an account at the end (or one opened by activity) takes an opening balance.
  if (scope.withOpening) {
    for (let slot = 0; slot < slotOpening.length; slot++) {
      if (slotOpening[slot] === 0) continue;
      const entry = ofSlot(slot, false);
      if (entry !== undefined) entry.opening += slotOpening[slot];
    }
  }
  return all;
}
