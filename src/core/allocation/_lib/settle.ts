/**
 * Settling one group's invoices: open balances per invoice and the unapplied rest. Private to
 * allocation. Works on parallel arrays (open, settledOn) over invoices sorted oldest first.
 */
import type { DayNumber, Invoice, Minor, Payment } from "../../model";

/** Mutable state of one group while settling. */
export interface Ledgerbook {
  readonly invoices: readonly Invoice[];
  readonly open: Minor[];
  readonly settledOn: (DayNumber | undefined)[];
  /** Index of the first invoice that may still be open. */
  cursor: number;
  unapplied: Minor;
}

/** A book over `invoices`, nothing settled yet; `open` and `settledOn` are filled afresh when given (reused lists). */
export function newBook(invoices: readonly Invoice[], open: Minor[] = [], settledOn: (DayNumber | undefined)[] = []): Ledgerbook {
  const n = invoices.length;
  open.length = n;
  settledOn.length = n;
  for (let i = 0; i < n; i++) {
    open[i] = invoices[i].amount.minor;
    settledOn[i] = undefined;
  }
  return { invoices, open, settledOn, cursor: 0, unapplied: 0 };
}

/** Applies `amount` > 0 to invoice `index`; returns what is left. Records the settling day. */
function applyTo(book: Ledgerbook, index: number, amount: Minor, day: DayNumber | undefined): Minor {
  const open = book.open[index];
  if (open <= 0) return amount;
  const used = amount < open ? amount : open;
  book.open[index] = open - used;
  if (used === open && day !== undefined) {
    const invoiceDate = book.invoices[index].invoiceDate;
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
  const { open } = book;
  while (rest > 0 && book.cursor < open.length) {
    if (open[book.cursor] > 0) rest = applyTo(book, book.cursor, rest, day);
    if (open[book.cursor] === 0) book.cursor++;
  }
  book.unapplied += rest;
}

/** Reopens up to `amount` on invoice `index`; returns what is left. */
function reopen(book: Ledgerbook, index: number, amount: Minor): Minor {
  const room = book.invoices[index].amount.minor - book.open[index];
  if (room <= 0) return amount;
  const used = amount < room ? amount : room;
  book.open[index] += used;
  book.settledOn[index] = undefined;
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
  for (let i = book.open.length - 1; i >= 0 && rest > 0; i--) rest = reopen(book, i, rest);
  book.unapplied -= rest;
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
