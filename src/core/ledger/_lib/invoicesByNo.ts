/**
 * The invoices read so far, by customer and InvoiceNo: how readInvoices finds a duplicate number
 * and readPayments the invoice a payment quotes (by its ledger position; the figures are in the
 * recorded columns). Private to the ledger.
 *
 * Numbers repeat across customers (each keeps its own sequence), so the key is the pair. A
 * million-entry Map cost a cache miss or three per lookup (its hash table, the key string, the
 * invoice to check the customer) and rehashed every string as it grew. This is an open-addressing
 * table in a typed array instead: per slot the pair's 32-bit hash and the entry's position, linear
 * probing, power-of-two capacity kept at most half full. A lookup reads one or two adjacent slots
 * and compares strings only when the hashes match; growing re-places the slots (the stored
 * hashes are reused, no string is hashed again).
 *
 * The pair's hash mixes the number's hash (which the caller usually has in hand: the reader records
 * it for the ledger index) with the customer's, so a number shared by thousands of customers
 * ("1001" in every customer's own sequence) does not make one long probe chain.
 */
import { textHash } from "../../text";

export interface InvoicesByNoOptions {
  /** Initial slots (rounded up to a power of two, at least 2). Tests use a tiny one to force growth. */
  readonly capacity?: number;
  /** The string hash (tests pass a constant to force every lookup through collisions). */
  readonly hash?: (text: string) => number;
}

const EMPTY = 0;

export class InvoicesByNo {
  private readonly hash: (text: string) => number;
  /**
   * Per slot, side by side (one cache line read per probe): at 2·slot the pair's hash, at
   * 2·slot + 1 the entry's number plus 1 (0 = an empty slot).
   */
  private table: Int32Array;
  /** Slots − 1 (slots are a power of two). */
  private mask: number;
  /** Per entry: the pair it is filed under, the number its filer gave the customer, and the invoice's ledger position. */
  private readonly numbers: string[] = [];
  private readonly customerIds: string[] = [];
  /** Per entry e: at 2·e the customer number, at 2·e + 1 the position (room for as many entries as the table holds). */
  private filings: Int32Array;
  /** The last customer hashed: rows of one customer often come together. */
  private lastCustomer = "";
  private lastCustomerHash: number;
  /**
   * Where the last lookup that found nothing stopped (an empty slot), for the pair it looked for:
   * filing that pair next (a new invoice, checked for a duplicate first) takes the slot without
   * probing again, while nothing was filed in between (`filed` counts the filings and growths).
   */
  private vacantSlot = -1;
  private vacantNo = "";
  private vacantCustomer = "";
  private vacantAt = 0;
  private filed = 0;

  constructor(options: InvoicesByNoOptions = {}) {
    this.hash = options.hash ?? textHash;
    this.lastCustomerHash = this.hash(this.lastCustomer);
    let capacity = 2;
    while (capacity < (options.capacity ?? 1024)) capacity *= 2;
    this.table = new Int32Array(2 * capacity);
    this.mask = capacity - 1;
    this.filings = new Int32Array(capacity);
  }

  /** The number's hash, as {@link entryOf} and {@link set} take it (the reader records it too). */
  numberHash(invoiceNo: string): number {
    return this.hash(invoiceNo);
  }

  /** The ledger position of the invoice filed under the pair, or -1. */
  positionOf(customerId: string, invoiceNo: string, numberHash: number = this.hash(invoiceNo)): number {
    const entry = this.entryOf(customerId, invoiceNo, numberHash);
    return entry < 0 ? -1 : this.filings[2 * entry + 1];
  }

  /** The pair's entry (for {@link positionAt} and {@link customerNumberAt}), or -1. */
  entryOf(customerId: string, invoiceNo: string, numberHash: number = this.hash(invoiceNo)): number {
    const at = this.find(customerId, invoiceNo, this.pairHash(numberHash, customerId));
    return at < 0 ? -1 : this.table[2 * at + 1] - 1;
  }

  /** The customer number filed with the entry's invoice. */
  customerNumberAt(entry: number): number {
    return this.filings[2 * entry];
  }

  /** The ledger position filed with the entry's invoice. */
  positionAt(entry: number): number {
    return this.filings[2 * entry + 1];
  }

  has(customerId: string, invoiceNo: string, numberHash?: number): boolean {
    return this.entryOf(customerId, invoiceNo, numberHash) >= 0;
  }

  /**
   * Files (or refiles: replaces) an invoice under its customer and number.
   * @param customerNumber - the reader's number for the invoice's customer, handed back by {@link customerNumberAt}.
   * @param position - the invoice's position in the ledger, handed back by {@link positionOf} and {@link positionAt}.
   */
  set(customerId: string, invoiceNo: string, numberHash: number, customerNumber: number, position: number): void {
    const pair = this.pairHash(numberHash, customerId);
    const known = this.vacantSlot >= 0 && this.vacantAt === this.filed && this.vacantNo === invoiceNo && this.vacantCustomer === customerId;
    const at = known ? -1 : this.find(customerId, invoiceNo, pair);
    if (at >= 0) {
      const entry = this.table[2 * at + 1] - 1;
      this.filings[2 * entry] = customerNumber;
      this.filings[2 * entry + 1] = position;
      return;
    }
    const grows = (this.numbers.length + 1) * 2 > this.mask + 1;
    if (grows) this.grow();
    this.numbers.push(invoiceNo);
    this.customerIds.push(customerId);
    const entry = this.numbers.length - 1;
    this.filings[2 * entry] = customerNumber;
    this.filings[2 * entry + 1] = position;
    if (known && !grows) {
      this.table[2 * this.vacantSlot] = pair;
      this.table[2 * this.vacantSlot + 1] = this.numbers.length;
    } else this.place(pair, this.numbers.length);
    this.filed++;
  }

  /** The slot holding the pair, or -1. */
  private find(customerId: string, invoiceNo: string, pair: number): number {
    const { table, mask, numbers, customerIds } = this;
    for (let at = pair & mask; ; at = (at + 1) & mask) {
      const entry = table[2 * at + 1];
      if (entry === EMPTY) {
        this.vacantSlot = at;
        this.vacantNo = invoiceNo;
        this.vacantCustomer = customerId;
        this.vacantAt = this.filed;
        return -1;
      }
      if (table[2 * at] !== pair) continue;
      if (numbers[entry - 1] === invoiceNo && customerIds[entry - 1] === customerId) return at;
    }
  }

  private place(pair: number, position: number): void {
    const { table, mask } = this;
    let at = pair & mask;
    while (table[2 * at + 1] !== EMPTY) at = (at + 1) & mask;
    table[2 * at] = pair;
    table[2 * at + 1] = position;
  }

  private grow(): void {
    const old = this.table;
    this.table = new Int32Array(old.length * 2);
    this.mask = old.length - 1;
    const filings = new Int32Array(old.length);
    filings.set(this.filings);
    this.filings = filings;
    for (let k = 0; k < old.length; k += 2) if (old[k + 1] !== EMPTY) this.place(old[k], old[k + 1]);
  }

  /**
   * The number's hash mixed with the customer's, then scrambled (murmur3's finaliser) so the low
   * bits that pick the slot depend on every bit of both.
   */
  private pairHash(numberHash: number, customerId: string): number {
    if (customerId !== this.lastCustomer) {
      this.lastCustomer = customerId;
      this.lastCustomerHash = this.hash(customerId);
    }
    let h = numberHash ^ Math.imul(this.lastCustomerHash, 0x9e3779b1);
    h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
    h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
    return (h ^ (h >>> 16)) | 0;
  }
}
