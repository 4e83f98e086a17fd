/**
 * The invoices read so far, by customer and InvoiceNo: how readInvoices finds a duplicate number
 * and readPayments the invoice a payment quotes. Private to the ledger.
 *
 * Numbers repeat across customers (each keeps its own sequence), so the key is the pair. A
 * million-entry Map cost a cache miss or three per lookup (its hash table, the key string, the
 * invoice to check the customer) and rehashed every string as it grew. This is an open-addressing
 * table in typed arrays instead: per slot the pair's 32-bit hash and the entry's position, linear
 * probing, power-of-two capacity kept at most half full. A lookup reads one or two adjacent slots
 * and compares strings only when the hashes match; growing copies the typed arrays (the stored
 * hashes are reused, no string is hashed again).
 *
 * The pair's hash mixes the number's hash (which the caller usually has in hand: the reader records
 * it for the ledger index) with the customer's, so a number shared by thousands of customers
 * ("1001" in every customer's own sequence) does not make one long probe chain.
 */
import type { Invoice } from "../../model";
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
  /** Per slot: the pair's hash; and 1 + the entry's position in `entries` (0 = empty). */
  private hashes: Int32Array;
  private positions: Int32Array;
  private mask: number;
  private readonly entries: Invoice[] = [];
  /** The last customer hashed: rows of one customer often come together. */
  private lastCustomer = "";
  private lastCustomerHash: number;

  constructor(options: InvoicesByNoOptions = {}) {
    this.hash = options.hash ?? textHash;
    this.lastCustomerHash = this.hash(this.lastCustomer);
    let capacity = 2;
    while (capacity < (options.capacity ?? 1024)) capacity *= 2;
    this.hashes = new Int32Array(capacity);
    this.positions = new Int32Array(capacity);
    this.mask = capacity - 1;
  }

  /** The number's hash, as {@link get} and {@link set} take it (the reader records it too). */
  numberHash(invoiceNo: string): number {
    return this.hash(invoiceNo);
  }

  get(customerId: string, invoiceNo: string, numberHash: number = this.hash(invoiceNo)): Invoice | undefined {
    const at = this.find(customerId, invoiceNo, this.pairHash(numberHash, customerId));
    return at < 0 ? undefined : this.entries[this.positions[at] - 1];
  }

  has(customerId: string, invoiceNo: string, numberHash?: number): boolean {
    return this.get(customerId, invoiceNo, numberHash) !== undefined;
  }

  /** Files (or refiles: replaces) an invoice under its customer and number. */
  set(invoice: Invoice, numberHash: number = this.hash(invoice.invoiceNo)): void {
    const pair = this.pairHash(numberHash, invoice.customerId);
    const at = this.find(invoice.customerId, invoice.invoiceNo, pair);
    if (at >= 0) {
      this.entries[this.positions[at] - 1] = invoice;
      return;
    }
    if ((this.entries.length + 1) * 2 > this.hashes.length) this.grow();
    this.entries.push(invoice);
    this.place(pair, this.entries.length);
  }

  /** The slot holding the pair, or -1. */
  private find(customerId: string, invoiceNo: string, pair: number): number {
    const { hashes, positions, mask, entries } = this;
    for (let at = pair & mask; ; at = (at + 1) & mask) {
      const position = positions[at];
      if (position === EMPTY) return -1;
      if (hashes[at] !== pair) continue;
      const invoice = entries[position - 1];
      if (invoice.invoiceNo === invoiceNo && invoice.customerId === customerId) return at;
    }
  }

  private place(pair: number, position: number): void {
    const { hashes, positions, mask } = this;
    let at = pair & mask;
    while (positions[at] !== EMPTY) at = (at + 1) & mask;
    hashes[at] = pair;
    positions[at] = position;
  }

  private grow(): void {
    const oldHashes = this.hashes;
    const oldPositions = this.positions;
    this.hashes = new Int32Array(oldHashes.length * 2);
    this.positions = new Int32Array(oldHashes.length * 2);
    this.mask = this.hashes.length - 1;
    for (let at = 0; at < oldHashes.length; at++) if (oldPositions[at] !== EMPTY) this.place(oldHashes[at], oldPositions[at]);
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
