/**
 * One slot settled from the ledger index's columns, without reading an Invoice or Payment
 * object: the columnar twin of allocate's settledBook, on the same book and the same rules
 * (settle.ts). Private to allocation.
 *
 * The book holds every positive invoice of the slot, oldest first; one dated after the as-of
 * day has amount 0, so it takes nothing, gives nothing back and is never open, exactly as if it
 * were left out (which is what the object path does). Receipts (credit notes, then payments) are
 * taken in date order, credit notes first on a day, ties in ledger order, as forEachReceipt does.
 */
import type { DayNumber } from "../../model";
import type { LedgerIndex } from "./ledgerIndex";
import { giveBack, receive, resetBook, settleByPaid, type Ledgerbook } from "./settle";

/** Receipt lists reused from slot to slot. */
export interface ReceiptScratch {
  day: Float64Array;
  minor: Float64Array;
  /** Offset of the named invoice in the book, -1 = none. */
  target: Int32Array;
  order: number[];
}

export function newReceiptScratch(): ReceiptScratch {
  return { day: new Float64Array(16), minor: new Float64Array(16), target: new Int32Array(16), order: [] };
}

function room(scratch: ReceiptScratch, n: number): void {
  if (scratch.day.length >= n) return;
  const size = Math.max(n, scratch.day.length * 2);
  scratch.day = new Float64Array(size);
  scratch.minor = new Float64Array(size);
  scratch.target = new Int32Array(size);
}

export function settleColumns(
  index: LedgerIndex,
  slot: number,
  asOf: DayNumber,
  hasPaymentsTable: boolean,
  openBalancesGiven: boolean,
  book: Ledgerbook,
  receipts: ReceiptScratch,
): Ledgerbook {
  const from = index.positiveStart[slot];
  const n = index.positiveStart[slot + 1] - from;
  resetBook(book, n);
  for (let j = 0; j < n; j++) {
    const k = from + j;
    const day = index.positiveDays[k];
    const amount = day > asOf ? 0 : index.positiveAmount[k];
    book.amount[j] = amount;
    book.open[j] = amount;
    book.invoiceDate[j] = day;
    book.dueDate[j] = index.positiveDue[k];
  }
  const creditFrom = index.creditStart[slot];
  const creditTo = index.creditStart[slot + 1];
  if (!hasPaymentsTable) {
    // Credit notes oldest first (a stable sort by date, as the object path sorts them).
    const order = receipts.order;
    order.length = 0;
    for (let k = creditFrom; k < creditTo; k++) if (!(index.creditDays[k] > asOf)) order.push(k);
    order.sort((a, b) => index.creditDays[a] - index.creditDays[b]);
    const rests = order.map((k) => -index.creditAmount[k] + index.creditPaid[k]);
    settleByPaid(book, (j) => (book.amount[j] === 0 ? 0 : index.positivePaid[from + j]), rests, openBalancesGiven);
    return book;
  }
  // Receipts: credit notes, then payments, each in ledger order; then in date order.
  room(receipts, creditTo - creditFrom + index.paymentStart[slot + 1] - index.paymentStart[slot]);
  const { day, minor, target } = receipts;
  let r = 0;
  let sorted = true;
  for (let k = creditFrom; k < creditTo; k++) {
    const d = index.creditDays[k];
    if (d > asOf) continue;
    if (r > 0 && d < day[r - 1]) sorted = false;
    day[r] = d;
    minor[r] = -index.creditAmount[k];
    target[r] = -1;
    r++;
  }
  const credits = r;
  for (let k = index.paymentStart[slot], end = index.paymentStart[slot + 1]; k < end; k++) {
    const d = index.paymentDays[k];
    if (d > asOf) continue;
    if (r > credits && d < day[r - 1]) sorted = false;
    day[r] = d;
    minor[r] = index.paymentAmount[k];
    target[r] = index.paymentTarget[k];
    r++;
  }
  const take = (x: number): void => {
    const m = minor[x];
    const t = target[x] < 0 ? undefined : target[x];
    if (m > 0) receive(book, m, day[x] as DayNumber, t);
    else giveBack(book, -m, t);
  };
  if (sorted) {
    // Both lists in date order: merge them, the credit note first on a day.
    let c = 0;
    let p = credits;
    while (c < credits || p < r) {
      if (p === r || (c < credits && day[c] <= day[p])) take(c++);
      else take(p++);
    }
  } else {
    const order = receipts.order;
    order.length = r;
    for (let x = 0; x < r; x++) order[x] = x;
    order.sort((a, b) => day[a] - day[b] || a - b);
    for (const x of order) take(x);
  }
  return book;
}
