/**
 * The AR figures of every account at once, column by column: the hot path of the engine for
 * the pane's overview and the benches over a million invoices. One linear pass settles each
 * customer-and-currency slot from the ledger index's typed columns (the same allocation rules as
 * accountsAsOf, on one book reused from slot to slot) and writes its figures into typed arrays:
 * no Invoice or Payment object is read, none is created. The object model (an Account with its
 * statuses) is built only for the accounts a caller shows ({@link LedgerFigures.account}).
 *
 * Amounts are integer minor units in Float64Arrays: exact, since the edges refuse a ledger whose
 * amounts in one currency add up past 2^53 − 1 (flows/exactLedgerTotals).
 * The figures equal core/metrics accountFigures over accountsAsOf (a property test pins it).
 */
import { agingBucket, DEFAULT_AGING_EDGES, validateEdges, type AgingOptions } from "../aging/edges";
import type { CurrencyCode, Customer, DayNumber, Ledger, Minor } from "../model";
import type { Account } from "./account";
import { forEachAccountSlot, newScratch, settledBook, settleSlot, toAccount } from "./allocate";
import { ledgerIndex } from "./_lib/ledgerIndex";
import { newReceiptScratch, settleColumns } from "./_lib/settleColumns";

export interface LedgerFigures {
  readonly asOf: DayNumber;
  /** How many accounts (customer and currency), in accountsAsOf's order. */
  readonly count: number;
  /** Aging buckets per account (edges + 2 by due date, edges + 1 by invoice date). */
  readonly bucketCount: number;
  /** Per account. */
  readonly customers: readonly Customer[];
  /** Per account: its currency's position in `currencies` (interned codes, first-seen order). */
  readonly currencyIndex: Int32Array;
  readonly currencies: readonly CurrencyCode[];
  /** count × bucketCount: account i's buckets at i × bucketCount; unapplied credit netted in the first. */
  readonly aging: Float64Array;
  readonly balance: Float64Array;
  readonly overdue: Float64Array;
  readonly unapplied: Float64Array;
  readonly oldestDaysOverdue: Int32Array;
  /** Positive invoices dated in (salesFrom, asOf], when `salesFrom` was given (DSO's credit sales). */
  readonly sales?: Float64Array;
  /**
   * Per account, its invoices closed by a dated payment or credit note by as-of, those of them
   * closed after their due date, and their days late added up (core/metrics paymentBehaviour's
   * counts, which it reads from the statuses).
   */
  readonly paidCount: Int32Array;
  readonly lateCount: Int32Array;
  readonly daysLate: Float64Array;
  /** Account i as accountsAsOf gives it (statuses included), built now: for the few accounts shown. */
  account(i: number): Account;
  /**
   * Per account, as openAccountsAsOf gives it (open items only), when `openAccounts` was asked:
   * settled in the same pass, so a caller needing both settles once.
   */
  readonly openAccounts?: readonly Account[];
}

export interface LedgerFiguresOptions extends AgingOptions {
  /** Also total each account's credit sales dated after this day (and ≤ asOf). */
  readonly salesFrom?: DayNumber;
  /** Also build each account's open items (openAccountsAsOf's accounts, same order). */
  readonly openAccounts?: boolean;
}

/**
 * Every account's figures at `asOf`.
 *
 * @example
 * const f = ledgerFigures(ledger, dayFromCivil(2026, 10, 31));
 * f.balance[0] //=> 15000, what accountsAsOf(ledger, asOf)[0].balance says
 */
export function ledgerFigures(ledger: Ledger, asOf: DayNumber, options: LedgerFiguresOptions = {}): LedgerFigures {
  const edges = options.edges ?? DEFAULT_AGING_EDGES;
  const basis = options.basis ?? "due";
  validateEdges(edges);
  const byDue = basis === "due";
  const bucketCount = edges.length + (byDue ? 2 : 1);
  const index = ledgerIndex(ledger);

  const slots: number[] = [];
  const customers: Customer[] = [];
  forEachAccountSlot(ledger, index, asOf, (slot, customer) => {
    slots.push(slot);
    customers.push(customer);
  });
  const count = slots.length;
  const currencies: CurrencyCode[] = [];
  const currencyIndex = new Int32Array(count);
  const aging = new Float64Array(count * bucketCount);
  const balance = new Float64Array(count);
  const overdue = new Float64Array(count);
  const unapplied = new Float64Array(count);
  const oldestDaysOverdue = new Int32Array(count);
  const salesFrom = options.salesFrom;
  const sales = salesFrom === undefined ? undefined : new Float64Array(count);
  const paidCount = new Int32Array(count);
  const lateCount = new Int32Array(count);
  const daysLate = new Float64Array(count);
  const openAccounts: Account[] | undefined = options.openAccounts === true ? [] : undefined;

  const hasPaymentsTable = ledger.hasPaymentsTable;
  const asGiven = ledger.openBalancesGiven === true;
  const scratch = newScratch();
  const receipts = newReceiptScratch();
  let lastCurrency: CurrencyCode | undefined;
  let lastCurrencyIndex = -1;
  for (let a = 0; a < count; a++) {
    const slot = slots[a];
    const currency = index.slotCurrency[slot];
    if (currency !== lastCurrency) {
      lastCurrencyIndex = currencies.indexOf(currency);
      if (lastCurrencyIndex < 0) lastCurrencyIndex = currencies.push(currency) - 1;
      lastCurrency = currency;
    }
    currencyIndex[a] = lastCurrencyIndex;
    const needsObjects = index.slotNeedsObjects[slot] === 1;
    const book = needsObjects
      ? settledBook(index, slot, asOf, customers[a].id, hasPaymentsTable, asGiven, scratch)
      : settleColumns(index, slot, asOf, hasPaymentsTable, asGiven, scratch.book, receipts);
    if (openAccounts !== undefined) {
      // as openAccountsAsOf builds it from the same book: only the open invoices' objects are read
      const from = index.positiveStart[slot];
      const invoiceAt = needsObjects ? (i: number) => scratch.invoices[i] : (j: number) => index.invoiceAt(index.positives[from + j]);
      openAccounts.push(toAccount(book, invoiceAt, customers[a], currency, false));
    }
    const base = a * bucketCount;
    let openTotal: Minor = 0;
    let late: Minor = 0;
    let oldest = 0;
    let sold: Minor = 0;
    let paid = 0;
    let paidLate = 0;
    let lateDays = 0;
    for (let i = 0; i < book.count; i++) {
      if (salesFrom !== undefined && book.invoiceDate[i] > salesFrom) sold += book.amount[i];
      // A status (amount ≠ 0: dated by as-of) with its settling day: paid, perhaps late.
      const settledOn = book.settledOn[i];
      if (book.amount[i] !== 0 && !Number.isNaN(settledOn)) {
        paid++;
        const late = settledOn - book.dueDate[i];
        if (late > 0) {
          paidLate++;
          lateDays += late;
        }
      }
      const amount = book.open[i];
      if (amount <= 0) continue;
      const days = asOf - book.dueDate[i];
      aging[base + agingBucket(byDue ? days : asOf - book.invoiceDate[i], edges, basis)] += amount;
      openTotal += amount;
      if (days >= 1) {
        late += amount;
        if (days > oldest) oldest = days;
      }
    }
    aging[base] -= book.unapplied;
    balance[a] = openTotal - book.unapplied;
    overdue[a] = late;
    unapplied[a] = book.unapplied;
    oldestDaysOverdue[a] = oldest;
    if (sales !== undefined) sales[a] = sold;
    paidCount[a] = paid;
    lateCount[a] = paidLate;
    daysLate[a] = lateDays;
  }

  const accountScratch = newScratch();
  return {
    asOf,
    count,
    bucketCount,
    customers,
    currencyIndex,
    currencies,
    aging,
    balance,
    overdue,
    unapplied,
    oldestDaysOverdue,
    ...(sales === undefined ? {} : { sales }),
    ...(openAccounts === undefined ? {} : { openAccounts }),
    paidCount,
    lateCount,
    daysLate,
    account: (i) => settleSlot(index, slots[i], asOf, customers[i], { ledger, withStatuses: true, scratch: accountScratch }),
  };
}
