/**
 * A ledger grouped once by customer and currency, cached per ledger object, so that each
 * accountsAsOf call only filters by date. Private to allocation.
 *
 * Ledgers are immutable values once built; a hand-built ledger whose arrays are replaced or grown
 * is detected (array identity and length) and re-indexed.
 *
 * Per slot (customer and currency), as index lists into ledger.invoices / ledger.payments:
 * - `positives`: positive invoices, sorted by compareInvoices (stable, so ties keep ledger order);
 * - `credits`: credit notes, ledger order; `payments`: payments, ledger order (Payments-table path);
 * - the items that open the group (what groupLedger used to push or create the group for), in
 *   ledger order (invoices first, then payments), with their days: the first one dated ≤ as-of
 *   gives the group's creation order, which fixes the order of accounts. The index keeps each
 *   slot's first item; the whole lists ({@link slotItems}) are made only when an as-of day falls
 *   before some slot's first item.
 */
import type { CurrencyCode, Invoice, Ledger, Payment } from "../../model";
import type { LedgerColumns } from "../ledgerColumns";
import { textHash } from "../../text";
import { recordedColumns, type RecordedColumns } from "../../ledger/recordedColumns";
import { numberColumn, type NumberColumn } from "../../ledger/numberColumn";

/** The public {@link LedgerColumns} (slots, customers, per-item slot/day/amount) and what only allocation reads. */
export interface LedgerIndex extends LedgerColumns {
  /** The recorded columns the index was built from (undefined: from the objects). */
  readonly record: RecordedColumns | undefined;
  readonly hasPaymentsTable: boolean;
  readonly slotCount: number;
  /** Customer id → customer number (customerIds[number] = id); customer's slots in creation order. */
  readonly customerNumber: ReadonlyMap<string, number>;
  readonly customerSlots: readonly (readonly number[])[];
  /** CSR lists: xStart[slot] .. xStart[slot + 1]. */
  readonly positiveStart: Int32Array;
  readonly positives: Int32Array;
  /** Day of each entry of positives / credits / paymentList (same positions). */
  readonly positiveDays: NumberColumn;
  readonly creditDays: NumberColumn;
  readonly paymentDays: NumberColumn;
  readonly creditStart: Int32Array;
  readonly credits: Int32Array;
  readonly paymentStart: Int32Array;
  readonly paymentList: Int32Array;
  /**
   * The columns the allocation reads, by position in positives / credits / paymentList, so the
   * columnar pass (ledgerFigures) settles without touching an Invoice or Payment object.
   */
  readonly positiveAmount: NumberColumn;
  /** Paid column (Paid-column path only; empty with a Payments table, like creditPaid). */
  readonly positivePaid: NumberColumn;
  readonly positiveDue: NumberColumn;
  /** Minor units as in the ledger: negative. */
  readonly creditAmount: NumberColumn;
  readonly creditPaid: NumberColumn;
  readonly paymentAmount: NumberColumn;
  /**
   * The invoice a payment names, as its offset in its slot's positives (-1: none, or not a
   * positive invoice of the same customer and currency).
   */
  readonly paymentTarget: Int32Array;
  /** 1 = the slot has a payment naming an invoice number the ledger holds more than once: settle it from the objects. */
  readonly slotNeedsObjects: Uint8Array;
  /**
   * Per slot, its first item in ledger order (invoices first, then payments; combined index:
   * invoice i → i, payment p → invoiceCount + p) and that item's day: the group's creation order
   * when it is dated ≤ as-of (else {@link slotItems} has the rest).
   */
  readonly firstItem: Float64Array;
  readonly firstItemDay: Float64Array;
}

/** Every slot's items in ledger order with their days (CSR: itemStart[slot] .. itemStart[slot + 1]). */
export interface SlotItems {
  readonly itemStart: Int32Array;
  readonly items: Int32Array;
  readonly itemDays: NumberColumn;
}

const cache = new WeakMap<Ledger, LedgerIndex>();

export function ledgerIndex(ledger: Ledger): LedgerIndex {
  const cached = cache.get(ledger);
  const record = recordedColumns(ledger);
  if (cached !== undefined && cached.hasPaymentsTable === ledger.hasPaymentsTable && (record !== undefined ? cached.record === record : cached.record === undefined && fromSameLists(cached, ledger))) {
    return cached;
  }
  const index = buildIndex(ledger, record);
  cache.set(ledger, index);
  return index;
}

/** The objects' lists of an index built from them (the lists themselves, kept for this check). */
const listsOf = new WeakMap<LedgerIndex, { readonly invoices: readonly Invoice[]; readonly payments: readonly Payment[] }>();

/** True when a hand-built ledger's lists are still the ones the index was built from, of the same lengths. */
function fromSameLists(index: LedgerIndex, ledger: Ledger): boolean {
  const lists = listsOf.get(index);
  return lists !== undefined && lists.invoices === ledger.invoices && lists.payments === ledger.payments &&
    index.invoiceCount === ledger.invoices.length && index.paymentCount === ledger.payments.length;
}

/** The index read from the ledger's objects only, ignoring any recorded columns and the cache (tests compare the two). */
export function ledgerIndexFromObjects(ledger: Ledger): LedgerIndex {
  return buildIndex(ledger, undefined);
}

const itemLists = new WeakMap<LedgerIndex, SlotItems>();

/** The index's items per slot in ledger order, made on first asking (a pass over the slot columns) and kept. */
export function slotItems(index: LedgerIndex): SlotItems {
  const known = itemLists.get(index);
  if (known !== undefined) return known;
  const { slotCount, invoiceSlot, invoiceDay, paymentSlot, paymentDay, invoiceCount } = index;
  const itemStart = new Int32Array(slotCount + 1);
  for (let i = 0; i < invoiceSlot.length; i++) if (invoiceSlot[i] >= 0) itemStart[invoiceSlot[i] + 1]++;
  for (let p = 0; p < paymentSlot.length; p++) if (paymentSlot[p] >= 0) itemStart[paymentSlot[p] + 1]++;
  for (let s = 0; s < slotCount; s++) itemStart[s + 1] += itemStart[s];
  const fill = itemStart.slice(0, slotCount);
  const items = new Int32Array(itemStart[slotCount]);
  const itemDays = numberColumn(items.length);
  for (let i = 0; i < invoiceSlot.length; i++) {
    const slot = invoiceSlot[i];
    if (slot < 0) continue;
    const k = fill[slot]++;
    items[k] = i;
    itemDays[k] = invoiceDay[i];
  }
  for (let p = 0; p < paymentSlot.length; p++) {
    const slot = paymentSlot[p];
    if (slot < 0) continue;
    const k = fill[slot]++;
    items[k] = invoiceCount + p;
    itemDays[k] = paymentDay[p];
  }
  const lists = { itemStart, items, itemDays };
  itemLists.set(index, lists);
  return lists;
}

/** Up to this many invoices, a payment's invoice is found by a backward scan; beyond, by a map. */
const SCAN_LIMIT = 64;
const REPEATED = -2;
/** recordedTarget could not tell: compare the numbers themselves. */
const UNDECIDED = -3;


/** A slot's positive invoices by number (REPEATED for a number held twice). */
function numbersOf(numberAt: (i: number) => string, positives: Int32Array, from: number, to: number): Map<string, number> {
  const byNo = new Map<string, number>();
  for (let j = from; j < to; j++) {
    const no = numberAt(positives[j]);
    byNo.set(no, byNo.has(no) ? REPEATED : j);
  }
  return byNo;
}

const KIND_NONE = 0;
const KIND_POSITIVE = 1;
const KIND_CREDIT = 2;
const KIND_ZERO_PAID = 3;

function buildIndex(ledger: Ledger, record: RecordedColumns | undefined): LedgerIndex {
  // A recorded ledger is read from its columns: its objects are made only for what is shown.
  const invoices = record === undefined ? ledger.invoices : undefined;
  const payments = record === undefined ? ledger.payments : undefined;
  const invoiceAt = record !== undefined ? (i: number): Invoice => record.invoiceAt(i) : (i: number): Invoice => invoices![i];
  const paymentObjectAt = record !== undefined ? (p: number): Payment => record.paymentAt(p) : (p: number): Payment => payments![p];
  const numberAt = record !== undefined ? (i: number): string => record.invoiceNumbers[i] : (i: number): string => invoices![i].invoiceNo;
  const invoiceCount = record !== undefined ? record.invoiceCount : invoices!.length;
  const paymentCount = record !== undefined ? record.paymentCount : payments!.length;
  const hasPaymentsTable = ledger.hasPaymentsTable;

  const customerNumber = new Map<string, number>();
  const customerIds: string[] = [];
  const customerSlots: number[][] = [];
  const slotCurrency: CurrencyCode[] = [];
  const slotCustomerList: number[] = [];
  const customerOf = (customerId: string): number => {
    let c = customerNumber.get(customerId);
    if (c === undefined) {
      c = customerIds.length;
      customerNumber.set(customerId, c);
      customerIds.push(customerId);
      customerSlots.push([]);
    }
    return c;
  };
  const slotOf = (customerId: string, currency: CurrencyCode): number => slotIn(customerOf(customerId), currency);
  const slotIn = (c: number, currency: CurrencyCode): number => {
    const slots = customerSlots[c];
    for (let i = 0; i < slots.length; i++) if (slotCurrency[slots[i]] === currency) return slots[i];
    const slot = slotCurrency.length;
    slotCurrency.push(currency);
    slotCustomerList.push(c);
    slots.push(slot);
    return slot;
  };

  // Pass 1: slot and kind of each item, from the recorded columns when buildLedger kept them
  // (columns side by side), else from the objects.
  let invoiceSlot: Int32Array;
  let invoiceKind: Uint8Array;
  let invoiceDays: NumberColumn;
  let dueDays: NumberColumn;
  let invoiceMinor: NumberColumn;
  let invoicePaid: NumberColumn;
  let invoiceHash: Int32Array;
  let paymentSlot: Int32Array;
  let paymentDaysOf: NumberColumn;
  let paymentMinor: NumberColumn;
  if (record !== undefined) {
    ({ invoiceSlot, invoiceKind, paymentSlot } = slotsFromRecord(record, hasPaymentsTable, customerOf, slotIn));
    invoiceDays = record.invoiceDay;
    dueDays = record.invoiceDue;
    invoiceMinor = record.invoiceMinor;
    invoicePaid = hasPaymentsTable ? numberColumn(0) : record.invoicePaid;
    invoiceHash = hasPaymentsTable ? record.invoiceHash : new Int32Array(0);
    paymentDaysOf = hasPaymentsTable ? record.paymentDay : numberColumn(0);
    paymentMinor = hasPaymentsTable ? record.paymentMinor : numberColumn(0);
  } else {
    invoiceSlot = new Int32Array(invoiceCount);
    invoiceKind = new Uint8Array(invoiceCount);
    invoiceDays = numberColumn(invoiceCount);
    dueDays = numberColumn(invoiceCount);
    // Read in ledger order (the objects' memory order): the columns below are gathered from these.
    invoiceMinor = numberColumn(invoiceCount);
    // Paid counts only on the Paid-column path (and for a zero amount); invoice numbers only where
    // payments can name them: neither is read otherwise, each read being a visit to another object.
    invoicePaid = numberColumn(hasPaymentsTable ? 0 : invoiceCount);
    invoiceHash = new Int32Array(hasPaymentsTable ? invoiceCount : 0);
    for (let i = 0; i < invoiceCount; i++) {
      const invoice = invoices![i];
      if (hasPaymentsTable) invoiceHash[i] = textHash(invoice.invoiceNo);
      invoiceDays[i] = invoice.invoiceDate;
      dueDays[i] = invoice.dueDate;
      const minor = invoice.amount.minor;
      invoiceMinor[i] = minor;
      if (!hasPaymentsTable) invoicePaid[i] = invoice.paid.minor;
      const kind = minor > 0 ? KIND_POSITIVE : minor < 0 ? KIND_CREDIT : invoice.paid.minor !== 0 ? KIND_ZERO_PAID : KIND_NONE;
      invoiceKind[i] = kind;
      invoiceSlot[i] = kind === KIND_NONE ? -1 : slotOf(invoice.customerId, invoice.amount.currency);
    }
    paymentSlot = new Int32Array(hasPaymentsTable ? paymentCount : 0);
    paymentDaysOf = numberColumn(hasPaymentsTable ? paymentCount : 0);
    paymentMinor = numberColumn(hasPaymentsTable ? paymentCount : 0);
    if (hasPaymentsTable) {
      for (let p = 0; p < paymentCount; p++) {
        const payment = payments![p];
        paymentDaysOf[p] = payment.date;
        paymentMinor[p] = payment.amount.minor;
        paymentSlot[p] = payment.amount.minor === 0 ? -1 : slotOf(payment.customerId, payment.amount.currency);
      }
    }
  }
  const slotCount = slotCurrency.length;

  // Pass 2: counts → CSR starts.
  const positiveStart = new Int32Array(slotCount + 1);
  const creditStart = new Int32Array(slotCount + 1);
  const paymentStart = new Int32Array(slotCount + 1);
  const firstItem = new Float64Array(slotCount).fill(-1);
  const firstItemDay = new Float64Array(slotCount);
  for (let i = 0; i < invoiceCount; i++) {
    const slot = invoiceSlot[i];
    if (slot < 0) continue;
    if (firstItem[slot] < 0) {
      firstItem[slot] = i;
      firstItemDay[slot] = invoiceDays[i];
    }
    const kind = invoiceKind[i];
    if (kind === KIND_POSITIVE) positiveStart[slot + 1]++;
    else if (kind === KIND_CREDIT) creditStart[slot + 1]++;
  }
  for (let p = 0; p < paymentSlot.length; p++) {
    const slot = paymentSlot[p];
    if (slot < 0) continue;
    if (firstItem[slot] < 0) {
      firstItem[slot] = invoiceCount + p;
      firstItemDay[slot] = paymentDaysOf[p];
    }
    paymentStart[slot + 1]++;
  }
  for (let s = 0; s < slotCount; s++) {
    positiveStart[s + 1] += positiveStart[s];
    creditStart[s + 1] += creditStart[s];
    paymentStart[s + 1] += paymentStart[s];
  }

  // Pass 3: fill, in ledger order. Each item's columns are written straight to its place in its
  // slot's lists (the sources read in order, one write per column), not gathered afterwards
  // through the index lists: a gather reads a million scattered positions per column.
  const positiveCount = positiveStart[slotCount];
  const positives = new Int32Array(positiveCount);
  const positiveDays = numberColumn(positiveCount);
  const positiveAmount = numberColumn(positiveCount);
  const positivePaid = numberColumn(hasPaymentsTable ? 0 : positiveCount);
  const positiveDue = numberColumn(positiveCount);
  const positiveHash = new Int32Array(hasPaymentsTable ? positiveCount : 0);
  const credits = new Int32Array(creditStart[slotCount]);
  const creditDays = numberColumn(creditStart[slotCount]);
  const creditAmount = numberColumn(credits.length);
  const creditPaid = numberColumn(hasPaymentsTable ? 0 : credits.length);
  const paymentList = new Int32Array(paymentStart[slotCount]);
  const paymentDays = numberColumn(paymentStart[slotCount]);
  const paymentAmount = numberColumn(paymentList.length);
  const paymentAt = new Int32Array(paymentSlot.length);
  // Where each positive invoice landed in `positives` (recorded payments' targets are read from it).
  const positiveAt = new Int32Array(record !== undefined && hasPaymentsTable ? invoiceCount : 0);
  const posFill = positiveStart.slice(0, slotCount);
  const credFill = creditStart.slice(0, slotCount);
  const payFill = paymentStart.slice(0, slotCount);
  for (let i = 0; i < invoiceCount; i++) {
    const slot = invoiceSlot[i];
    if (slot < 0) continue;
    const day = invoiceDays[i];
    const kind = invoiceKind[i];
    if (kind === KIND_POSITIVE) {
      const at = posFill[slot]++;
      positives[at] = i;
      positiveDays[at] = day;
      positiveDue[at] = dueDays[i];
      positiveAmount[at] = invoiceMinor[i];
      if (hasPaymentsTable) positiveHash[at] = invoiceHash[i];
      else positivePaid[at] = invoicePaid[i];
      if (positiveAt.length > 0) positiveAt[i] = at;
    } else if (kind === KIND_CREDIT) {
      const at = credFill[slot]++;
      credits[at] = i;
      creditDays[at] = day;
      creditAmount[at] = invoiceMinor[i];
      if (!hasPaymentsTable) creditPaid[at] = invoicePaid[i];
    }
  }
  for (let p = 0; p < paymentSlot.length; p++) {
    const slot = paymentSlot[p];
    if (slot < 0) continue;
    const day = paymentDaysOf[p];
    const at = payFill[slot]++;
    paymentList[at] = p;
    paymentAt[p] = at;
    paymentDays[at] = day;
    paymentAmount[at] = paymentMinor[p];
  }

  // Positive invoices oldest first per slot (stable: a stable sort then a date filter equals
  // a stable sort of the filtered list, which is what allocation did per call). Most slots are
  // in that order already (a ledger is mostly kept by date): checked on the slot's own columns.
  const positiveColumns: PositiveColumns = { positives, positiveDays, positiveDue, positiveAmount, positivePaid, positiveHash, positiveAt };
  const sorter = newSlotSorter();
  for (let s = 0; s < slotCount; s++) {
    const from = positiveStart[s];
    const to = positiveStart[s + 1];
    if (to - from < 2) continue;
    let sorted = true;
    for (let k = from + 1; k < to; k++) {
      // The days decide most pairs without touching the numbers (NaN days: the full compare).
      const due = positiveDue[k - 1];
      if (due < positiveDue[k] || (due === positiveDue[k] && positiveDays[k - 1] < positiveDays[k])) continue;
      if (olderFirst(positiveDue, positiveDays, numberAt, k - 1, k, positives[k - 1], positives[k]) > 0) {
        sorted = false;
        break;
      }
    }
    if (!sorted) sortSlot(positiveColumns, from, to, numberAt, sorter);
  }

  const paymentTarget = new Int32Array(paymentList.length).fill(-1);
  const slotNeedsObjects = new Uint8Array(slotCount);
  const numbersBySlot = new Map<number, Map<string, number>>();
  // Per slot, whether its positives' number hashes are all different (0 = not looked at yet).
  const hashesUnique = new Uint8Array(record !== undefined && hasPaymentsTable ? slotCount : 0);
  const hashSet = newHashSet();
  for (let p = 0; p < paymentSlot.length; p++) {
    const slot = paymentSlot[p];
    if (slot < 0) continue;
    const k = paymentAt[p];
    // Allocation looks the number up among the slot's own positive invoices (invoiceFinder).
    const from = positiveStart[slot];
    const to = positiveStart[slot + 1];
    let at = -1;
    if (record !== undefined) {
      if (record.paymentNamed[p] === 0) continue;
      // The reader's match, when it is a positive of the slot and no other positive of the slot
      // shares its number's hash: the only positive holding the number (the commonest case,
      // decided without a scan).
      const matched = record.paymentInvoice[p];
      if (matched >= 0 && invoiceSlot[matched] === slot && invoiceKind[matched] === KIND_POSITIVE) {
        if (hashesUnique[slot] === 0) hashesUnique[slot] = allDifferent(positiveHash, from, to, hashSet) ? 1 : 2;
        if (hashesUnique[slot] === 1) {
          paymentTarget[k] = positiveAt[matched] - from;
          continue;
        }
      }
      at = recordedTarget(record, p, positiveHash, positives, from, to);
      if (at !== UNDECIDED) {
        if (at >= 0) paymentTarget[k] = at - from;
        continue;
      }
      at = -1;
    }
    const no = record !== undefined ? record.paymentNumbers[p] : payments![p].invoiceNo;
    if (no === undefined) continue;
    if (to - from <= SCAN_LIMIT) {
      // Hashes side by side in a typed array rule out the other numbers without visiting their strings.
      const hash = record !== undefined ? record.paymentHash[p] : textHash(no);
      for (let j = to - 1; j >= from; j--) {
        if (positiveHash[j] !== hash || numberAt(positives[j]) !== no) continue;
        if (at >= 0) {
          at = REPEATED;
          break;
        }
        at = j;
      }
    } else {
      let byNo = numbersBySlot.get(slot);
      if (byNo === undefined) numbersBySlot.set(slot, (byNo = numbersOf(numberAt, positives, from, to)));
      at = byNo.get(no) ?? -1;
    }
    // A number held twice in the slot: which one is meant depends on the as-of day.
    if (at === REPEATED) slotNeedsObjects[slot] = 1;
    else if (at >= 0) paymentTarget[k] = at - from;
  }
  const index: LedgerIndex = {
    record,
    invoiceAt,
    paymentAt: paymentObjectAt,
    invoiceCount,
    paymentCount,
    hasPaymentsTable,
    slotCount,
    slotCurrency,
    slotCustomer: Int32Array.from(slotCustomerList),
    customerNumber,
    customerIds,
    customerSlots,
    positiveStart,
    positives,
    positiveDays,
    creditDays,
    paymentDays,
    creditStart,
    credits,
    paymentStart,
    paymentList,
    firstItem,
    firstItemDay,
    positiveAmount,
    positivePaid,
    positiveDue,
    creditAmount,
    creditPaid,
    paymentAmount,
    paymentTarget,
    slotNeedsObjects,
    invoiceSlot,
    invoiceDay: invoiceDays,
    invoiceMinor,
    paymentSlot,
    paymentDay: paymentDaysOf,
    paymentMinor,
  };
  if (invoices !== undefined && payments !== undefined) listsOf.set(index, { invoices, payments });
  return index;
}

/**
 * The target of a recorded payment decided from the typed arrays alone, or UNDECIDED. The reader
 * matched the payment to an invoice of its customer holding the very number it quotes
 * (record.paymentInvoice). When that invoice is a positive of the slot and no other positive of
 * the slot has the number's hash, it is the only positive holding the number: the target, as the
 * string scan would find. No positive with the hash: no target. Otherwise (a hash shared, or the
 * matched invoice not among the positives) the strings decide.
 */
function recordedTarget(record: RecordedColumns, p: number, positiveHash: Int32Array, positives: Int32Array, from: number, to: number): number {
  if (to - from > SCAN_LIMIT) return UNDECIDED;
  const hash = record.paymentHash[p];
  let match = -1;
  for (let j = from; j < to; j++) {
    if (positiveHash[j] !== hash) continue;
    if (match >= 0) return UNDECIDED;
    match = j;
  }
  if (match < 0) return -1;
  return positives[match] === record.paymentInvoice[p] ? match : UNDECIDED;
}

/**
 * Pass 1 from the recorded columns: each item's kind and slot, customers numbered and slots made
 * in the same order as from the objects (the recorded customer numbers are mapped onto the
 * index's own on first sight, so the index is the same either way).
 */
function slotsFromRecord(
  record: RecordedColumns,
  hasPaymentsTable: boolean,
  customerOf: (customerId: string) => number,
  slotIn: (customer: number, currency: CurrencyCode) => number,
): { invoiceSlot: Int32Array; invoiceKind: Uint8Array; paymentSlot: Int32Array } {
  const { invoiceCustomer, invoiceCurrency, invoiceMinor, invoicePaid, customerIds, currencies } = record;
  const invoiceCount = invoiceMinor.length;
  // Recorded customer number → the index's, found by id once per customer, not once per row; and
  // the customer's first slot and its currency, in typed arrays: most customers have one currency.
  const customerNumbers = new Int32Array(customerIds.length).fill(-1);
  const firstSlot = new Int32Array(customerIds.length).fill(-1);
  const firstCurrency = new Int32Array(customerIds.length);
  const slotOfRecorded = (customer: number, currency: number): number => {
    const known = firstSlot[customer];
    if (known >= 0 && firstCurrency[customer] === currency) return known;
    let c = customerNumbers[customer];
    if (c < 0) c = customerNumbers[customer] = customerOf(customerIds[customer]);
    const slot = slotIn(c, currencies[currency]);
    if (known < 0) {
      firstSlot[customer] = slot;
      firstCurrency[customer] = currency;
    }
    return slot;
  };
  const invoiceSlot = new Int32Array(invoiceCount);
  const invoiceKind = new Uint8Array(invoiceCount);
  for (let i = 0; i < invoiceCount; i++) {
    const minor = invoiceMinor[i];
    const kind = minor > 0 ? KIND_POSITIVE : minor < 0 ? KIND_CREDIT : invoicePaid[i] !== 0 ? KIND_ZERO_PAID : KIND_NONE;
    invoiceKind[i] = kind;
    if (kind === KIND_NONE) {
      invoiceSlot[i] = -1;
      continue;
    }
    // The customer's first slot, when in its currency, without a call (the commonest case).
    const customer = invoiceCustomer[i];
    const currency = invoiceCurrency[i];
    const known = firstSlot[customer];
    invoiceSlot[i] = known >= 0 && firstCurrency[customer] === currency ? known : slotOfRecorded(customer, currency);
  }
  const paymentCount = hasPaymentsTable ? record.paymentMinor.length : 0;
  const paymentSlot = new Int32Array(paymentCount);
  const { paymentCustomer, paymentCurrency, paymentMinor } = record;
  for (let p = 0; p < paymentCount; p++) {
    if (paymentMinor[p] === 0) {
      paymentSlot[p] = -1;
      continue;
    }
    const customer = paymentCustomer[p];
    const currency = paymentCurrency[p];
    const known = firstSlot[customer];
    paymentSlot[p] = known >= 0 && firstCurrency[customer] === currency ? known : slotOfRecorded(customer, currency);
  }
  return { invoiceSlot, invoiceKind, paymentSlot };
}

/** The per-positive columns, same positions; `positiveAt` (ledger position → place) may be empty. */
interface PositiveColumns {
  readonly positives: Int32Array;
  readonly positiveDays: NumberColumn;
  readonly positiveDue: NumberColumn;
  readonly positiveAmount: NumberColumn;
  readonly positivePaid: NumberColumn;
  readonly positiveHash: Int32Array;
  readonly positiveAt: Int32Array;
}

/**
 * Oldest first as compareInvoices orders invoices, from the columns at places a and b: due date,
 * invoice date, InvoiceNo of the ledger's invoices ia and ib (NaN days fall through to the next key, as there).
 */
function olderFirst(due: NumberColumn, days: NumberColumn, numberAt: (i: number) => string, a: number, b: number, ia: number, ib: number): number {
  const byDays = due[a] - due[b] || days[a] - days[b];
  if (byDays) return byDays;
  const x = numberAt(ia);
  const y = numberAt(ib);
  return x < y ? -1 : x > y ? 1 : 0;
}

/** Lists reused by every slot that needs sorting. */
interface SlotSorter {
  readonly order: number[];
  ints: Int32Array;
  floats: Float64Array;
}

function newSlotSorter(): SlotSorter {
  return { order: [], ints: new Int32Array(16), floats: new Float64Array(16) };
}

/** Sorts one slot's positives [from, to) oldest first, stable (ties keep ledger order), every column alike. */
function sortSlot(columns: PositiveColumns, from: number, to: number, numberAt: (i: number) => string, sorter: SlotSorter): void {
  const { positives, positiveDue, positiveDays } = columns;
  const order = sorter.order;
  order.length = 0;
  for (let k = from; k < to; k++) order.push(k);
  order.sort((a, b) => olderFirst(positiveDue, positiveDays, numberAt, a, b, positives[a], positives[b]) || positives[a] - positives[b]);
  const n = to - from;
  if (sorter.ints.length < n) {
    sorter.ints = new Int32Array(Math.max(n, sorter.ints.length * 2));
    sorter.floats = new Float64Array(sorter.ints.length);
  }
  const permute = (column: Int32Array | NumberColumn, scratch: Int32Array | Float64Array): void => {
    if (column.length === 0) return;
    for (let j = 0; j < n; j++) scratch[j] = column[order[j]];
    for (let j = 0; j < n; j++) column[from + j] = scratch[j];
  };
  // positives last: the compare above read it; positiveAt follows the new places.
  permute(columns.positiveDays, sorter.floats);
  permute(columns.positiveDue, sorter.floats);
  permute(columns.positiveAmount, sorter.floats);
  permute(columns.positivePaid, sorter.floats);
  permute(columns.positiveHash, sorter.ints);
  permute(positives, sorter.ints);
  if (columns.positiveAt.length > 0) for (let k = from; k < to; k++) columns.positiveAt[positives[k]] = k;
}

/** An open-addressing set of hashes, cleared by a new generation rather than by refilling. */
interface HashSet {
  keys: Int32Array;
  marks: Int32Array;
  generation: number;
}

function newHashSet(): HashSet {
  return { keys: new Int32Array(64), marks: new Int32Array(64), generation: 0 };
}

/** True when hashes[from, to) are all different. */
function allDifferent(hashes: Int32Array, from: number, to: number, set: HashSet): boolean {
  const n = to - from;
  if (n < 2) return true;
  if (n <= 8) {
    for (let a = from; a < to; a++) for (let b = a + 1; b < to; b++) if (hashes[a] === hashes[b]) return false;
    return true;
  }
  if (set.keys.length < 2 * n) {
    let size = set.keys.length;
    while (size < 2 * n) size *= 2;
    set.keys = new Int32Array(size);
    set.marks = new Int32Array(size);
    set.generation = 0;
  }
  const generation = ++set.generation;
  const mask = set.keys.length - 1;
  for (let k = from; k < to; k++) {
    const hash = hashes[k];
    let at = Math.imul(hash, 0x9e3779b1) >>> 0 & mask;
    while (set.marks[at] === generation) {
      if (set.keys[at] === hash) return false;
      at = (at + 1) & mask;
    }
    set.marks[at] = generation;
    set.keys[at] = hash;
  }
  return true;
}
