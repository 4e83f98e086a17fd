/**
 * Allocation (DESIGN §3): which invoices are still open at an as-of day, per customer and
 * currency, after payments and credit notes.
 */
import type { RecordedColumns } from "../ledger/recordedColumns";
import type { CurrencyCode, Customer, DayNumber, Invoice, Ledger, Minor, Payment } from "../model";
import type { Account, InvoiceStatus } from "./account";
import type { Group } from "./_lib/group";
import { ledgerIndex, slotItems } from "./_lib/ledgerIndex";
import type { LedgerIndex, SlotItems } from "./_lib/ledgerIndex";
import { newReceiptScratch, settleColumns } from "./_lib/settleColumns";
import { SettledRecorder, settledAt, type SettledAccounts } from "./_lib/settledAccounts";
import { emptyBook, fillBook, forEachReceipt, giveBack, receive, settleByPaid } from "./_lib/settle";
import type { Ledgerbook } from "./_lib/settle";

/**
 * The accounts at `asOf`: one per customer and currency with an invoice, credit note or
 * payment dated ≤ asOf, in the ledger's customer order.
 *
 * With a Payments table, credit notes and payments are applied in date order: a payment's
 * InvoiceNo settles that invoice first; the rest (and credit notes) settles the oldest open
 * invoices (due date, invoice date, InvoiceNo); what is left is unapplied credit. An invoice's
 * `settledOn` is the day of the receipt that closed it.
 * Without one, open = Amount − Paid (an overpayment becomes unapplied credit; the Paid column is
 * taken as paid by asOf, with no settling day), then credit notes settle the oldest open invoices.
 *
 * Money is conserved: per account, invoiced − credits − paid = balance.
 *
 * @example
 * const [account] = accountsAsOf(ledger, dayFromCivil(2026, 10, 31));
 * account.balance //=> 15000 (USD 150.00)
 */
export function accountsAsOf(ledger: Ledger, asOf: DayNumber): Account[] {
  return accountsAt(ledger, asOf, true);
}

/**
 * The accounts at `asOf` with their open items only (`statuses` is `openItems`): for callers that
 * show balances, aging and stages but no payment history (statements, the AR summary's rows).
 * Only the open invoices' objects are read.
 */
export function openAccountsAsOf(ledger: Ledger, asOf: DayNumber): Account[] {
  return accountsAt(ledger, asOf, false);
}

/**
 * accountsAsOf, optionally without settled statuses: with `withStatuses` false each account's
 * `statuses` is its `openItems` (for callers that only read open items, e.g. statements).
 * Internal to the core (not exported by the allocation index).
 */
export function accountsAt(ledger: Ledger, asOf: DayNumber, withStatuses: boolean): Account[] {
  const index = ledgerIndex(ledger);
  const scratch = newScratch();
  const hasPaymentsTable = ledger.hasPaymentsTable;
  const asGiven = ledger.openBalancesGiven === true;
  // Open items only, at a day this ledger was settled at last (the overview's, the AR summary's
  // figures): read from that settlement, not settled again.
  const kept = withStatuses ? undefined : settledAt(index, asOf, hasPaymentsTable, asGiven);
  if (kept !== undefined) return openAccountsOf(kept, index, ledger, scratch);

  const { slots, customers } = accountSlots(ledger, index, asOf);
  const settled = new SettledRecorder(slots, customers);
  const accounts: Account[] = [];
  const receipts = newReceiptScratch();
  for (let a = 0; a < slots.length; a++) {
    const slot = slots[a];
    const customer = customers[a];
    if (index.slotNeedsObjects[slot] === 1) {
      accounts.push(settleSlot(index, slot, asOf, customer, { ledger, withStatuses, scratch }));
      settled.addFromObjects(a);
      continue;
    }
    // Settled from the columns; the invoices are read as objects only for the statuses kept.
    const book = settleColumns(index, slot, asOf, hasPaymentsTable, asGiven, scratch.book, receipts);
    settled.add(a, book);
    const from = index.positiveStart[slot];
    accounts.push(toAccount(book, (j) => index.invoiceAt(index.positives[from + j]), customer, index.slotCurrency[slot], withStatuses));
  }
  settled.keep(index, asOf, hasPaymentsTable, asGiven);
  return accounts;
}

/** The accounts with their open items (statuses = openItems) as a kept settlement has them: what toAccount makes of the same books. */
function openAccountsOf(kept: SettledAccounts, index: LedgerIndex, ledger: Ledger, scratch: SlotScratch): Account[] {
  const { slots, customers, fromObjects, openStart, openPlace, openAmount, openSettledOn, unapplied } = kept;
  const accounts: Account[] = [];
  for (let a = 0; a < slots.length; a++) {
    const slot = slots[a];
    const customer = customers[a];
    if (fromObjects[a] === 1) {
      accounts.push(settleSlot(index, slot, kept.asOf, customer, { ledger, withStatuses: false, scratch }));
      continue;
    }
    const from = index.positiveStart[slot];
    const openItems: InvoiceStatus[] = [];
    let totalOpen = 0;
    for (let e = openStart[a], end = openStart[a + 1]; e < end; e++) {
      const invoice = index.invoiceAt(index.positives[from + openPlace[e]]);
      const open = openAmount[e];
      const settledOn = openSettledOn[e];
      openItems.push(Number.isNaN(settledOn) ? { invoice, open } : { invoice, open, settledOn: settledOn as DayNumber });
      totalOpen += open;
    }
    accounts.push({ customer, currency: index.slotCurrency[slot], statuses: openItems, openItems, unapplied: unapplied[a], balance: totalOpen - unapplied[a] });
  }
  return accounts;
}

/**
 * The accounts at `asOf` for a single pass that reads each account's open items once (the month-end
 * statements): like {@link openAccountsAsOf}, but when the day's settlement is kept (the overview
 * ran first), each account's open items are made when read and made again on each read, never
 * held by the account. A run over every customer then drops each account's statuses and invoices
 * as soon as its statement is made, instead of holding (and promoting to the old space) every
 * open item of the ledger until the last statement. Read `openItems` once per account; `statuses`
 * is the same list. With `slotsOut`, each account's slot in the ledger's columns (ledgerColumns)
 * is pushed to it, in the accounts' order. Internal to the core.
 */
export function openAccountsReadOnce(ledger: Ledger, asOf: DayNumber, slotsOut?: number[]): Account[] {
  const index = ledgerIndex(ledger);
  // Not settled at this day yet (no overview first: the CLI's statements): settled now and kept,
  // without making any account's open items.
  const kept = settledAt(index, asOf, ledger.hasPaymentsTable, ledger.openBalancesGiven === true) ?? settleAndKeep(ledger, index, asOf);
  const scratch = newScratch();
  const accounts: Account[] = [];
  const { slots, customers, fromObjects, openStart, openAmount, unapplied } = kept;
  for (let a = 0; a < slots.length; a++) {
    const slot = slots[a];
    slotsOut?.push(slot);
    if (fromObjects[a] === 1) {
      accounts.push(settleSlot(index, slot, asOf, customers[a], { ledger, withStatuses: false, scratch }));
      continue;
    }
    let totalOpen = 0;
    for (let e = openStart[a], end = openStart[a + 1]; e < end; e++) totalOpen += openAmount[e];
    accounts.push(new OpenItemsOnRead(customers[a], index.slotCurrency[slot], unapplied[a], totalOpen - unapplied[a], kept, index, a));
  }
  return accounts;
}

/** The accounts at `asOf` in account order: each one's slot and customer. */
function accountSlots(ledger: Ledger, index: LedgerIndex, asOf: DayNumber): { slots: number[]; customers: Customer[] } {
  const slots: number[] = [];
  const customers: Customer[] = [];
  forEachAccountSlot(ledger, index, asOf, (slot, customer) => {
    slots.push(slot);
    customers.push(customer);
  });
  return { slots, customers };
}

/** Settles every account at `asOf` from the columns and keeps the settlement with the index (accounts settled from the objects are marked, not settled). */
function settleAndKeep(ledger: Ledger, index: LedgerIndex, asOf: DayNumber): SettledAccounts {
  const hasPaymentsTable = ledger.hasPaymentsTable;
  const asGiven = ledger.openBalancesGiven === true;
  const { slots, customers } = accountSlots(ledger, index, asOf);
  const settled = new SettledRecorder(slots, customers);
  const scratch = newScratch();
  const receipts = newReceiptScratch();
  for (let a = 0; a < slots.length; a++) {
    if (index.slotNeedsObjects[slots[a]] === 1) settled.addFromObjects(a);
    else settled.add(a, settleColumns(index, slots[a], asOf, hasPaymentsTable, asGiven, scratch.book, receipts));
  }
  return settled.keep(index, asOf, hasPaymentsTable, asGiven);
}

/** An account of a kept settlement whose open items are made on each read (see {@link openAccountsReadOnce}). */
class OpenItemsOnRead implements Account {
  constructor(
    readonly customer: Customer,
    readonly currency: CurrencyCode,
    readonly unapplied: Minor,
    readonly balance: Minor,
    private readonly kept: SettledAccounts,
    private readonly index: LedgerIndex,
    private readonly a: number,
  ) {}

  get openItems(): InvoiceStatus[] {
    const { openStart, openPlace, openAmount, openSettledOn, slots } = this.kept;
    const index = this.index;
    const record = index.record;
    const from = index.positiveStart[slots[this.a]];
    const openItems: InvoiceStatus[] = [];
    for (let e = openStart[this.a], end = openStart[this.a + 1]; e < end; e++) {
      // Not kept by the record: dropped with the statement that reads it.
      const at = index.positives[from + openPlace[e]];
      const invoice = record !== undefined ? record.invoiceReadOnceAt(at) : index.invoiceAt(at);
      const open = openAmount[e];
      const settledOn = openSettledOn[e];
      openItems.push(Number.isNaN(settledOn) ? { invoice, open } : { invoice, open, settledOn: settledOn as DayNumber });
    }
    return openItems;
  }

  get statuses(): InvoiceStatus[] {
    return this.openItems;
  }

  /** Its open items' ledger positions and open amounts, in openItems' order, into `rows` (emptied first). */
  fillOpenRows(rows: OpenRows): void {
    const { openStart, openPlace, openAmount, slots } = this.kept;
    const { positions, open } = rows;
    positions.length = 0;
    open.length = 0;
    const from = this.index.positiveStart[slots[this.a]];
    for (let e = openStart[this.a], end = openStart[this.a + 1]; e < end; e++) {
      positions.push(this.index.positives[from + openPlace[e]]);
      open.push(openAmount[e]);
    }
  }

  /** The recorded columns its invoices are read from; undefined for a ledger built from objects. */
  get record(): RecordedColumns | undefined {
    return this.index.record;
  }
}

/** An account's open items by ledger position: the invoices' fields are read from the recorded columns, no object per item. Reused from one account to the next. */
export interface OpenRows {
  /** Ledger positions of the open invoices (ledger.invoices[position]), oldest first as openItems lists them. */
  readonly positions: number[];
  /** The open amount of each, same order. */
  readonly open: number[];
}

export function newOpenRows(): OpenRows {
  return { positions: [], open: [] };
}

/**
 * For an account of {@link openAccountsReadOnce} on a ledger buildLedger recorded: fills `rows`
 * with its open items (positions and open amounts) and returns the record to read their fields
 * in, so a pass that only copies those fields (the statements' open-item lines) makes no Invoice
 * or InvoiceStatus per item. Otherwise undefined, `rows` untouched: read `account.openItems`.
 * Internal to the core.
 *
 * @example
 * const record = openRowsOf(account, rows);
 * record?.invoiceNumbers[rows.positions[0]] //=> account.openItems[0].invoice.invoiceNo
 */
export function openRowsOf(account: Account, rows: OpenRows): RecordedColumns | undefined {
  if (!(account instanceof OpenItemsOnRead)) return undefined;
  const record = account.record;
  if (record !== undefined) account.fillOpenRows(rows);
  return record;
}

/**
 * Visits the slots (customer and currency) with an item dated ≤ asOf, in account order: the
 * ledger's customer order, a customer's groups in the order they were opened; then the items'
 * customers missing from ledger.customers, in the order of their first item. Shared by the
 * object path (accountsAt) and the columnar one (ledgerFigures), so both list accounts alike.
 * Internal to the core.
 */
export function forEachAccountSlot(ledger: Ledger, index: LedgerIndex, asOf: DayNumber, visit: (slot: number, customer: Customer) => void): void {
  const { slotCount, firstItem, firstItemDay } = index;
  // Each slot's group at asOf: the first item dated ≤ asOf that opens it (ledger order), or -1.
  // Mostly the slot's first item; the lists of items are read only for a slot opened later.
  const keys = new Float64Array(slotCount);
  let lists: SlotItems | undefined;
  for (let s = 0; s < slotCount; s++) {
    if (!(firstItemDay[s] > asOf)) {
      keys[s] = firstItem[s];
      continue;
    }
    lists ??= slotItems(index);
    let key = -1;
    for (let k = lists.itemStart[s], end = lists.itemStart[s + 1]; k < end; k++) {
      if (!(lists.itemDays[k] > asOf)) {
        key = lists.items[k];
        break;
      }
    }
    keys[s] = key;
  }
  const done = new Uint8Array(index.customerIds.length);
  for (const customer of ledger.customers) {
    const c = index.customerNumber.get(customer.id);
    if (c === undefined || done[c] === 1) continue;
    const slots = slotsAt(index.customerSlots[c], keys);
    if (slots.length === 0) continue;
    done[c] = 1;
    for (const slot of slots) visit(slot, customer);
  }
  // Items whose customer is not in ledger.customers (a hand-built ledger): still accounted for,
  // in the order their first item dated ≤ asOf appears.
  const rest: { c: number; key: number }[] = [];
  for (let c = 0; c < index.customerIds.length; c++) {
    if (done[c] === 1) continue;
    let first = -1;
    for (const slot of index.customerSlots[c]) if (keys[slot] >= 0 && (first < 0 || keys[slot] < first)) first = keys[slot];
    if (first >= 0) rest.push({ c, key: first });
  }
  rest.sort((a, b) => a.key - b.key);
  for (const { c } of rest) {
    const customerId = index.customerIds[c];
    for (const slot of slotsAt(index.customerSlots[c], keys)) visit(slot, placeholder(customerId, index.slotCurrency[slot]));
  }
}

/** The customer's slots with a group at asOf, in the order the groups were opened. */
function slotsAt(slots: readonly number[], keys: Float64Array): number[] {
  if (slots.length === 1) return keys[slots[0]] >= 0 ? [slots[0]] : [];
  const present: number[] = [];
  for (const slot of slots) if (keys[slot] >= 0) present.push(slot);
  if (present.length > 1) present.sort((a, b) => keys[a] - keys[b]);
  return present;
}

/** One slot's account object (the object model); `scratch` is reused, the account keeps none of it. Internal to the core. */
export function settleSlot(
  index: LedgerIndex,
  slot: number,
  asOf: DayNumber,
  customer: Customer,
  how: { readonly ledger: Ledger; readonly withStatuses: boolean; readonly scratch: SlotScratch },
): Account {
  const { ledger, scratch } = how;
  const book = settledBook(index, slot, asOf, customer.id, ledger.hasPaymentsTable, ledger.openBalancesGiven === true, scratch);
  return toAccount(book, (i) => scratch.invoices[i], customer, index.slotCurrency[slot], how.withStatuses);
}

/** Lists and a book reused from one slot to the next by a pass that keeps nothing of them. */
export interface SlotScratch {
  /** The book's invoices, same positions (object path). */
  readonly invoices: Invoice[];
  readonly credits: Invoice[];
  readonly payments: Payment[];
  readonly book: Ledgerbook;
}

export function newScratch(): SlotScratch {
  return { invoices: [], credits: [], payments: [], book: emptyBook() };
}

/**
 * One slot's invoices settled at asOf (DESIGN §3 allocation), from the Invoice and Payment
 * objects: the book's open balances, settling days and unapplied credit. The book and
 * `scratch.invoices` (its invoices, same positions) are reused: read them before the next call.
 * Internal to the core.
 */
export function settledBook(
  index: LedgerIndex,
  slot: number,
  asOf: DayNumber,
  customerId: string,
  hasPaymentsTable: boolean,
  openBalancesGiven: boolean,
  scratch: SlotScratch,
): Ledgerbook {
  const { invoices, credits, payments } = scratch;
  invoices.length = 0;
  credits.length = 0;
  payments.length = 0;
  for (let k = index.positiveStart[slot], end = index.positiveStart[slot + 1]; k < end; k++) {
    if (!(index.positiveDays[k] > asOf)) invoices.push(index.invoiceAt(index.positives[k]));
  }
  for (let k = index.creditStart[slot], end = index.creditStart[slot + 1]; k < end; k++) {
    if (!(index.creditDays[k] > asOf)) credits.push(index.invoiceAt(index.credits[k]));
  }
  if (hasPaymentsTable) {
    for (let k = index.paymentStart[slot], end = index.paymentStart[slot + 1]; k < end; k++) {
      if (!(index.paymentDays[k] > asOf)) payments.push(index.paymentAt(index.paymentList[k]));
    }
  }
  const group: Group = { customerId, currency: index.slotCurrency[slot], invoices, credits, payments };
  const book = fillBook(scratch.book, invoices);
  if (hasPaymentsTable) settleFromPayments(book, group);
  else settleFromPaidColumn(book, group, openBalancesGiven);
  return book;
}

/**
 * What the customer owes on an account: open invoices less unapplied credit.
 *
 * @example
 * openBalance(account) //=> account.balance
 */
export function openBalance(account: Account): Minor {
  let total = 0;
  for (const item of account.openItems) total += item.open;
  return total - account.unapplied;
}

function settleFromPayments(book: Ledgerbook, group: Group): void {
  const find = invoiceFinder(group.invoices);
  forEachReceipt(group.credits, group.payments, (day, minor, invoiceNo) => {
    const target = invoiceNo === undefined ? undefined : find(invoiceNo);
    if (minor > 0) receive(book, minor, day, target);
    else giveBack(book, -minor, target);
  });
}

/** Most accounts hold a few dozen invoices: a backward scan beats building a map per account. */
const SCAN_LIMIT = 64;

/** Index of the (last) invoice with a number, or undefined; a map only for large accounts. */
function invoiceFinder(invoices: readonly Invoice[]): (invoiceNo: string) => number | undefined {
  if (invoices.length <= SCAN_LIMIT) {
    return (invoiceNo) => {
      for (let i = invoices.length - 1; i >= 0; i--) if (invoices[i].invoiceNo === invoiceNo) return i;
      return undefined;
    };
  }
  let indexByNo: Map<string, number> | undefined;
  return (invoiceNo) => {
    if (indexByNo === undefined) {
      indexByNo = new Map();
      for (let i = 0; i < invoices.length; i++) indexByNo.set(invoices[i].invoiceNo, i);
    }
    return indexByNo.get(invoiceNo);
  };
}

/**
 * Open = Amount − Paid per invoice. A credit note's remaining credit settles the oldest open
 * invoices, unless the open balances were given by the source system (`openBalancesGiven`): then
 * it stays unapplied credit as the export shows it, with no re-allocation (DESIGN §2).
 */
function settleFromPaidColumn(book: Ledgerbook, group: Group, openBalancesGiven: boolean): void {
  // A credit note's Paid is the part already used or refunded; the rest settles old invoices.
  const credits = group.credits.slice().sort((a, b) => a.invoiceDate - b.invoiceDate);
  const rests = credits.map((credit) => -credit.amount.minor + credit.paid.minor);
  settleByPaid(book, (i) => group.invoices[i].paid.minor, rests, openBalancesGiven);
}

/**
 * The account of a settled book. Positions with amount 0 are invoices not yet dated at the
 * as-of day (the columnar book keeps them): they are no status.
 */
function toAccount(book: Ledgerbook, invoiceAt: (i: number) => Invoice, customer: Customer, currency: CurrencyCode, withStatuses: boolean): Account {
  const openItems: InvoiceStatus[] = [];
  let totalOpen = 0;
  const statuses: InvoiceStatus[] = withStatuses ? [] : openItems;
  for (let i = 0; i < book.count; i++) {
    const open = book.open[i];
    if (withStatuses ? book.amount[i] === 0 : open <= 0) continue;
    const settledOn = book.settledOn[i];
    const invoice = invoiceAt(i);
    const status: InvoiceStatus = Number.isNaN(settledOn) ? { invoice, open } : { invoice, open, settledOn: settledOn as DayNumber };
    if (withStatuses) statuses.push(status);
    if (open > 0) {
      openItems.push(status);
      totalOpen += open;
    }
  }
  return { customer, currency, statuses, openItems, unapplied: book.unapplied, balance: totalOpen - book.unapplied };
}

function placeholder(id: string, currency: CurrencyCode): Customer {
  return { id, name: id, termsDays: 30, currency, language: "en", source: { sheet: "", row: 0 } };
}
