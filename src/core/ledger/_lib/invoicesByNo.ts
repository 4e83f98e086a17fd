/**
 * The invoices read so far, by customer and InvoiceNo: how readInvoices finds a duplicate number
 * and readPayments the invoice a payment quotes (by its ledger position; the figures are in the
 * recorded columns). Private to the ledger.
 *
 * Numbers repeat across customers (each keeps its own sequence), so the key is the pair. The
 * customer is its number in the build context (its position in `customers`: one number per
 * customer ID, which the readers have in hand from finding the customer), so no customer ID is
 * hashed or compared here. A million-entry Map cost a cache miss or three per lookup (its hash
 * table, the key string, the invoice to check the customer) and rehashed every string as it grew.
 * This is an open-addressing table in a typed array instead: per slot the pair's 32-bit hash and the
 * entry side by side (8 bytes: a million invoices' table is 16 MB, mostly in the cache), linear
 * probing, power-of-two capacity kept at most half full. A lookup reads one or two adjacent slots,
 * and the entry's customer number and string only when the hash matches;
 * growing re-places the slots (the stored hashes are reused, no string is hashed again).
 *
 * The pair's hash mixes the number's hash (which the caller usually has in hand: the reader records
 * it for the ledger index) with the customer number, so a number shared by thousands of customers
 * ("1001" in every customer's own sequence) does not make one long probe chain.
 */
import { textHash } from "../../text/textHash";

export interface InvoicesByNoOptions {
  /** Initial slots (rounded up to a power of two, at least 2). Tests use a tiny one to force growth. */
  readonly capacity?: number;
  /** The string hash (tests pass a constant to force every lookup through collisions). */
  readonly hash?: (text: string) => number;
  /**
   * The invoice number at a ledger position, when the caller records it anyway (buildLedger: the
   * recorded columns). A lookup then compares against it, and the register keeps no copy of its
   * own: a million-string pointer array less, which the old-space collector would mark in turn.
   * Every filing's position must hold the number it is filed under by the next lookup.
   */
  readonly numberAt?: (position: number) => string;
}

const EMPTY = 0;
/** Int32 fields per slot: the pair's hash and the entry's number plus 1 (0 = an empty slot). */
const SLOT = 2;

export class InvoicesByNo {
  private readonly hash: (text: string) => number;
  /** Per slot s, at SLOT·s: pair hash, entry + 1. */
  private table: Int32Array;
  /** Per entry e: at 2·e the customer number, at 2·e + 1 the ledger position (sized like `numbers`). */
  private filings: Int32Array;
  /** Slots − 1 (slots are a power of two). */
  private mask: number;
  /**
   * Per entry: the invoice number it is filed under (sized for a full table: filing never grows it);
   * empty when the numbers are read from the ledger ({@link InvoicesByNoOptions.numberAt}).
   */
  private numbers: string[];
  /** The number filed at a ledger position: from `numbers` by entry, or the caller's. */
  private readonly numberAt: ((position: number) => string) | undefined;
  private entries = 0;
  /**
   * Where the last lookup that found nothing stopped (an empty slot), for the pair it looked for:
   * filing that pair next (a new invoice, checked for a duplicate first) takes the slot without
   * probing again, while nothing was filed in between (`filed` counts the filings and growths).
   */
  private vacantSlot = -1;
  private vacantNo = "";
  private vacantCustomer = -1;
  private vacantAt = 0;
  private filed = 0;

  constructor(options: InvoicesByNoOptions = {}) {
    this.hash = options.hash ?? textHash;
    let capacity = 2;
    while (capacity < (options.capacity ?? 1024)) capacity *= 2;
    this.table = new Int32Array(SLOT * capacity);
    this.mask = capacity - 1;
    this.numberAt = options.numberAt;
    this.numbers = this.numberAt === undefined ? new Array<string>(capacity / 2) : [];
    this.filings = new Int32Array(capacity);
  }

  /** The number's hash, as {@link positionOf} and {@link set} take it (the reader records it too). */
  numberHash(invoiceNo: string): number {
    return this.hash(invoiceNo);
  }

  /** The ledger position of the invoice filed under the pair, or -1. */
  positionOf(customer: number, invoiceNo: string, numberHash: number = this.hash(invoiceNo)): number {
    const at = this.find(customer, invoiceNo, pairHash(numberHash, customer));
    return at < 0 ? -1 : this.filings[2 * (this.table[SLOT * at + 1] - 1) + 1];
  }

  /**
   * Reads the pair's first slot and nothing more (its entry field, for the caller to keep): a lookup
   * or filing of the pair soon after finds the slot in the cache. See LookAhead.
   */
  warm(customer: number, numberHash: number): number {
    return this.table[SLOT * (pairHash(numberHash, customer) & this.mask) + 1];
  }

  /**
   * {@link positionOf} for a batch of pairs (`customers[k]` < 0 or `numbers[k]` "": none), into
   * `positions`. Stage by stage — every pair's first slot, then the entries those slots hold — so
   * that the processor overlaps the memory reads of the batch instead of waiting on each in turn;
   * a pair whose first slot is not its entry is looked up one by one.
   */
  positionsOf(customers: Int32Array, numbers: readonly string[], hashes: Int32Array, count: number, positions: Int32Array): void {
    const { table, mask, filings } = this;
    const pairs = this.batchPairs(count);
    const entries = this.batchEntries(count);
    for (let k = 0; k < count; k++) {
      if (customers[k] < 0 || numbers[k] === "") continue;
      const pair = (pairs[k] = pairHash(hashes[k], customers[k]));
      entries[k] = table[SLOT * (pair & mask)] === pair ? table[SLOT * (pair & mask) + 1] : -1;
    }
    for (let k = 0; k < count; k++) {
      positions[k] = -1;
      if (customers[k] < 0 || numbers[k] === "") continue;
      const entry = entries[k] - 1;
      if (entry >= 0 && filings[2 * entry] === customers[k] && this.filedNumber(entry) === numbers[k]) positions[k] = filings[2 * entry + 1];
      else positions[k] = this.positionOf(customers[k], numbers[k], hashes[k]);
    }
  }

  private pairs = new Int32Array(0);
  private entryBatch = new Int32Array(0);

  private batchPairs(count: number): Int32Array {
    if (this.pairs.length < count) this.pairs = new Int32Array(count);
    return this.pairs;
  }

  private batchEntries(count: number): Int32Array {
    if (this.entryBatch.length < count) this.entryBatch = new Int32Array(count);
    return this.entryBatch;
  }

  has(customer: number, invoiceNo: string, numberHash?: number): boolean {
    return this.positionOf(customer, invoiceNo, numberHash) >= 0;
  }

  /**
   * Files (or refiles: replaces the position of) an invoice under its customer and number.
   * @param customer - the reader's number for the invoice's customer (its position in the build context's customers).
   * @param position - the invoice's position in the ledger, handed back by {@link positionOf}.
   */
  set(customer: number, invoiceNo: string, numberHash: number, position: number): void {
    const pair = pairHash(numberHash, customer);
    const known = this.vacantSlot >= 0 && this.vacantAt === this.filed && this.vacantCustomer === customer && this.vacantNo === invoiceNo;
    const at = known ? -1 : this.find(customer, invoiceNo, pair);
    if (at >= 0) {
      this.filings[2 * (this.table[SLOT * at + 1] - 1) + 1] = position;
      return;
    }
    const grows = (this.entries + 1) * 2 > this.mask + 1;
    if (grows) this.grow();
    const entry = this.entries++;
    if (this.numberAt === undefined) this.numbers[entry] = invoiceNo;
    this.filings[2 * entry] = customer;
    this.filings[2 * entry + 1] = position;
    const slot = SLOT * (known && !grows ? this.vacantSlot : this.vacantSlotOf(pair));
    this.table[slot] = pair;
    this.table[slot + 1] = entry + 1;
    this.filed++;
  }

  /** The slot holding the pair, or -1. */
  private find(customer: number, invoiceNo: string, pair: number): number {
    const { table, mask, filings } = this;
    for (let at = pair & mask; ; at = (at + 1) & mask) {
      const s = SLOT * at;
      const entry = table[s + 1];
      if (entry === EMPTY) {
        this.vacantSlot = at;
        this.vacantNo = invoiceNo;
        this.vacantCustomer = customer;
        this.vacantAt = this.filed;
        return -1;
      }
      if (table[s] === pair && filings[2 * (entry - 1)] === customer && this.filedNumber(entry - 1) === invoiceNo) return at;
    }
  }

  /** The invoice number an entry is filed under. */
  private filedNumber(entry: number): string {
    return this.numberAt === undefined ? this.numbers[entry] : this.numberAt(this.filings[2 * entry + 1]);
  }

  /** The first empty slot of the pair's probe chain. */
  private vacantSlotOf(pair: number): number {
    const { table, mask } = this;
    let at = pair & mask;
    while (table[SLOT * at + 1] !== EMPTY) at = (at + 1) & mask;
    return at;
  }

  private grow(): void {
    const old = this.table;
    this.table = new Int32Array(old.length * 2);
    this.mask = (this.mask + 1) * 2 - 1;
    if (this.numberAt === undefined) {
      const numbers = new Array<string>((this.mask + 1) / 2);
      for (let e = 0; e < this.entries; e++) numbers[e] = this.numbers[e];
      this.numbers = numbers;
    }
    const filings = new Int32Array(this.mask + 1);
    filings.set(this.filings);
    this.filings = filings;
    for (let k = 0; k < old.length; k += SLOT) {
      if (old[k + 1] === EMPTY) continue;
      const s = SLOT * this.vacantSlotOf(old[k]);
      for (let f = 0; f < SLOT; f++) this.table[s + f] = old[k + f];
    }
    this.filed++;
  }
}

/**
 * The number's hash mixed with the customer number, then scrambled (murmur3's finaliser) so the
 * low bits that pick the slot depend on every bit of both.
 */
function pairHash(numberHash: number, customer: number): number {
  let h = numberHash ^ Math.imul(customer + 1, 0x9e3779b1);
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) | 0;
}
