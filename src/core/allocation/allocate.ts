/**
 * Allocation (DESIGN §3): which invoices are still open at an as-of day, per customer and
 * currency, after payments and credit notes.
 */
import type { CurrencyCode, Customer, DayNumber, Invoice, Ledger, Minor } from "../model";
import type { Account, InvoiceStatus } from "./account";
import { compareInvoices, groupLedger } from "./_lib/group";
import type { Group } from "./_lib/group";
import { forEachReceipt, giveBack, newBook, receive } from "./_lib/settle";
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
  const groups = groupLedger(ledger, asOf);
  const accounts: Account[] = [];
  const done = new Set<string>();
  for (const customer of ledger.customers) {
    const list = groups.get(customer.id);
    if (list === undefined || done.has(customer.id)) continue;
    done.add(customer.id);
    for (const group of list) accounts.push(settleGroup(group, customer, ledger.hasPaymentsTable));
  }
  // Items whose customer is not in ledger.customers (a hand-built ledger): still accounted for.
  for (const [customerId, list] of groups) {
    if (done.has(customerId)) continue;
    for (const group of list) accounts.push(settleGroup(group, placeholder(customerId, group.currency), ledger.hasPaymentsTable));
  }
  return accounts;
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

function settleGroup(group: Group, customer: Customer, hasPaymentsTable: boolean): Account {
  const invoices = group.invoices.sort(compareInvoices);
  const book = newBook(invoices);
  if (hasPaymentsTable) settleFromPayments(book, group);
  else settleFromPaidColumn(book, group);
  return toAccount(book, customer, group.currency);
}

function settleFromPayments(book: Ledgerbook, group: Group): void {
  const find = invoiceFinder(book.invoices);
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

function settleFromPaidColumn(book: Ledgerbook, group: Group): void {
  for (let i = 0; i < book.invoices.length; i++) {
    const paid = book.invoices[i].paid.minor;
    if (paid <= 0) continue;
    const open = book.open[i];
    book.open[i] = paid < open ? open - paid : 0;
    if (paid > open) book.unapplied += paid - open;
  }
  // A credit note's Paid is the part already used or refunded; the rest settles old invoices.
  const credits = group.credits.slice().sort((a, b) => a.invoiceDate - b.invoiceDate);
  for (const credit of credits) {
    const rest = -credit.amount.minor + credit.paid.minor;
    if (rest > 0) receive(book, rest, undefined, undefined);
  }
}

function toAccount(book: Ledgerbook, customer: Customer, currency: CurrencyCode): Account {
  const statuses: InvoiceStatus[] = new Array(book.invoices.length);
  const openItems: InvoiceStatus[] = [];
  let totalOpen = 0;
  for (let i = 0; i < book.invoices.length; i++) {
    const open = book.open[i];
    const settledOn = book.settledOn[i];
    const status: InvoiceStatus =
      settledOn === undefined ? { invoice: book.invoices[i], open } : { invoice: book.invoices[i], open, settledOn };
    statuses[i] = status;
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
