/**
 * Settling one group's invoices: open balances per invoice and the unapplied rest. Private to
 * allocation. Works on typed columns (amount, dates, open, settledOn) over the group's invoices
 * sorted oldest first, filled from Invoice objects (accountsAsOf) or from the ledger index's
 * columns (ledgerFigures): one set of rules for both.
 */
import type { DayNumber, Invoice, Minor, Payment } from "../../model";

/** Mutable state of one group while settling. Columns are reused: only the first `count` entries count. */
export interface Ledgerbook {
  count: number;
  /** The invoice amounts (0 for an invoice not yet dated at the as-of day: it takes nothing). */
  amount: Float64Array;
  invoiceDate: Float64Array;
  dueDate: Float64Array;
  open: Float64Array;
  /** Day of the receipt that closed the invoice; NaN while open or when closed without a day. */
  settledOn: Float64Array;
  /** Index of the first invoice that may still be open. */
  cursor: number;
  unapplied: Minor;
}

/** An empty book whose columns grow to the largest group it is used for. */
export function emptyBook(): Ledgerbook {
  const none = new Float64Array(0);
  return { count: 0, amount: none, invoiceDate: none, dueDate: none, open: none, settledOn: none, cursor: 0, unapplied: 0 };
}

/** Makes room for `n` invoices and starts the book afresh (nothing settled). */
export function resetBook(book: Ledgerbook, n: number): void {
  if (book.amount.length < n) {
    const size = Math.max(n, book.amount.length * 2, 16);
    book.amount = new Float64Array(size);
    book.invoiceDate = new Float64Array(size);
    book.dueDate = new Float64Array(size);
    book.open = new Float64Array(size);
    book.settledOn = new Float64Array(size);
  }
  book.count = n;
  book.cursor = 0;
  book.unapplied = 0;
  book.settledOn.fill(NaN, 0, n);
}

/** The book over `invoices` (sorted oldest first), nothing settled yet. */
export function fillBook(book: Ledgerbook, invoices: readonly Invoice[]): Ledgerbook {
  const n = invoices.length;
  resetBook(book, n);
  for (let i = 0; i < n; i++) {
    const invoice = invoices[i];
    const minor = invoice.amount.minor;
    book.amount[i] = minor;
    book.open[i] = minor;
    book.invoiceDate[i] = invoice.invoiceDate;
    book.dueDate[i] = invoice.dueDate;
  }
  return book;
}

/** Applies `amount` > 0 to invoice `index`; returns what is left. Records the settling day. */
function applyTo(book: Ledgerbook, index: number, amount: Minor, day: DayNumber | undefined): Minor {
  const open = book.open[index];
  if (open <= 0) return amount;
  const used = amount < open ? amount : open;
  book.open[index] = open - used;
  if (used === open && day !== undefined) {
    const invoiceDate = book.invoiceDate[index];
    // A payment made before the invoice existed (a prepayment) settles it on its invoice date.
    book.settledOn[index] = day > invoiceDate ? day : invoiceDate;
  }
  return amount - used;
}

/**
 * Applies money received (payment or credit note): the named invoice first, then the oldest
 * open invoices; what is left becomes unapplied credit.
 */
export function receive(book: Ledgerbook, amount: Minor, day: DayNumber | undefined, target: number | undefined): void {
  let rest = amount;
  if (target !== undefined) rest = applyTo(book, target, rest, day);
  const { open, count } = book;
  while (rest > 0 && book.cursor < count) {
    if (open[book.cursor] > 0) rest = applyTo(book, book.cursor, rest, day);
    if (open[book.cursor] === 0) book.cursor++;
  }
  book.unapplied += rest;
}

/** Reopens up to `amount` on invoice `index`; returns what is left. */
function reopen(book: Ledgerbook, index: number, amount: Minor): Minor {
  const room = book.amount[index] - book.open[index];
  if (room <= 0) return amount;
  const used = amount < room ? amount : room;
  book.open[index] += used;
  book.settledOn[index] = NaN;
  if (index < book.cursor) book.cursor = index;
  return amount - used;
}

/**
 * Applies money paid back (a negative payment: refund or reversal): reopens the named invoice,
 * then uses up unapplied credit, then reopens the newest settled invoices. A refund larger than
 * everything received leaves unapplied credit negative, so the total is still kept.
 */
export function giveBack(book: Ledgerbook, amount: Minor, target: number | undefined): void {
  let rest = amount;
  if (target !== undefined) rest = reopen(book, target, rest);
  const fromCredit = rest < book.unapplied ? rest : Math.max(book.unapplied, 0);
  book.unapplied -= fromCredit;
  rest -= fromCredit;
  for (let i = book.count - 1; i >= 0 && rest > 0; i--) rest = reopen(book, i, rest);
  book.unapplied -= rest;
}

/**
 * The Paid-column path: open = Amount − Paid per invoice (an overpayment becomes unapplied
 * credit); then each credit note's rest (−Amount + Paid, oldest note first) settles the oldest
 * open invoices, or stays unapplied when the open balances were given by the source system.
 * @param paid - Paid per invoice of the book, same positions.
 * @param creditRests - the credit notes' rests, already oldest first (stable by date).
 */
export function settleByPaid(book: Ledgerbook, paid: (i: number) => Minor, creditRests: Iterable<Minor>, openBalancesGiven: boolean): void {
  for (let i = 0; i < book.count; i++) {
    const p = paid(i);
    if (p <= 0) continue;
    const open = book.open[i];
    book.open[i] = p < open ? open - p : 0;
    if (p > open) book.unapplied += p - open;
  }
  for (const rest of creditRests) {
    if (rest <= 0) continue;
    if (openBalancesGiven) book.unapplied += rest;
    else receive(book, rest, undefined, undefined);
  }
}

/** Events of the Payments-table path: credit notes and payments, in date order. */
export interface Receipt {
  readonly day: DayNumber;
  readonly minor: Minor;
  readonly invoiceNo?: string;
  readonly order: number;
}

/** Receipts in date order, credit notes before payments on a day; ties keep ledger order. */
export function receiptsOf(credits: readonly Invoice[], payments: readonly Payment[]): Receipt[] {
  const receipts: Receipt[] = [];
  for (const credit of credits) receipts.push({ day: credit.invoiceDate, minor: -credit.amount.minor, order: receipts.length });
  for (const payment of payments) {
    receipts.push({ day: payment.date, minor: payment.amount.minor, invoiceNo: payment.invoiceNo, order: receipts.length });
  }
  receipts.sort((a, b) => a.day - b.day || a.order - b.order);
  return receipts;
}

/**
 * Calls `visit` for each receipt in {@link receiptsOf} order. Credit notes and payments are usually
 * already in date order (the ledger lists them so): then a merge gives that order without a
 * Receipt object or a sort per receipt; otherwise it falls back to receiptsOf.
 */
export function forEachReceipt(
  credits: readonly Invoice[],
  payments: readonly Payment[],
  visit: (day: DayNumber, minor: Minor, invoiceNo: string | undefined) => void,
): void {
  if (!creditsInDateOrder(credits) || !paymentsInDateOrder(payments)) {
    for (const receipt of receiptsOf(credits, payments)) visit(receipt.day, receipt.minor, receipt.invoiceNo);
    return;
  }
  let c = 0;
  let p = 0;
  while (c < credits.length || p < payments.length) {
    // On the same day the credit note comes first: it has the lower order in receiptsOf.
    if (p === payments.length || (c < credits.length && credits[c].invoiceDate <= payments[p].date)) {
      const credit = credits[c++];
      visit(credit.invoiceDate, -credit.amount.minor, undefined);
    } else {
      const payment = payments[p++];
      visit(payment.date, payment.amount.minor, payment.invoiceNo);
    }
  }
}

function creditsInDateOrder(credits: readonly Invoice[]): boolean {
  for (let i = 1; i < credits.length; i++) if (credits[i].invoiceDate < credits[i - 1].invoiceDate) return false;
  return true;
}

function paymentsInDateOrder(payments: readonly Payment[]): boolean {
  for (let i = 1; i < payments.length; i++) if (payments[i].date < payments[i - 1].date) return false;
  return true;
}
