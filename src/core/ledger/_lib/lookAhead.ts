/**
 * Looking a block of rows ahead of the rule pass: each row's customer by its exact ID, and its
 * invoice number in the invoice register (a Payments table: the invoice it quotes; invoice rows:
 * the register's slot, warmed). Private to the ledger.
 *
 * In a large ledger these lookups are cache misses (50,000 customers, a million invoice numbers).
 * Made one row at a time inside the readers' long rule code, each waits for memory in turn; made
 * here for a block of rows, stage by stage in short loops, the processor overlaps them, and the
 * rule pass that follows finds the customer's number (and a quoted invoice's position) in hand and
 * the register's slot and the currencies it reads in the cache. Nothing is decided here: a row
 * whose customer is not found yet (a customer the rows themselves add, an ID written another way)
 * is looked up again by the reader's own rule. A property test holds the two ways to one ledger.
 */
import type { RawCell } from "../../source";
import { cellText } from "../../source/cells";
import type { BuildContext } from "./context";
import { at } from "./context";
import type { InvoicesByNo } from "./invoicesByNo";

/** Rows per block: their cells, customers and register slots stay in the cache until the rule pass reads them. */
const BLOCK = 256;

export class LookAhead {
  private start = 0;
  private end = 0;
  private readonly customers = new Int32Array(BLOCK);
  private readonly positions = new Int32Array(BLOCK);
  /** Per row of the block: its invoice number ("" when none or no customer) and the number's hash. */
  private readonly numbers: string[] = new Array<string>(BLOCK).fill("");
  private readonly hashes = new Int32Array(BLOCK);
  /** Per row of the block: its CustomerID and InvoiceNo cells (null when the column is absent). */
  private readonly idCells: RawCell[] = new Array<RawCell>(BLOCK).fill(null);
  private readonly noCells: RawCell[] = new Array<RawCell>(BLOCK).fill(null);
  /** What the warming reads add up to, kept so that the compiler keeps the reads. */
  warmth = 0;

  /**
   * @param quoted - also find each row's invoice (the ledger position filed under the customer and
   *   number, as {@link InvoicesByNo.positionOf}): only for a table read after every invoice is filed.
   */
  constructor(
    private readonly rows: readonly (readonly RawCell[])[],
    private readonly idCol: number,
    private readonly noCol: number,
    private readonly context: BuildContext,
    private readonly byNo: InvoicesByNo,
    private readonly quoted = false,
  ) {}

  /** The number of the customer whose ID is exactly row i's (trimmed) CustomerID, or -1 when none was found looking ahead. */
  customerOf(i: number): number {
    if (i < this.start || i >= this.end) this.fill(i);
    return this.customers[i - this.start];
  }

  /** With `quoted`: the position of the invoice row i quotes under {@link customerOf}'s customer, or -1. */
  positionOf(i: number): number {
    if (i < this.start || i >= this.end) this.fill(i);
    return this.positions[i - this.start];
  }

  /**
   * The hash ({@link InvoicesByNo.numberHash}) of row i's trimmed invoice number, as hashed looking
   * ahead: only when {@link customerOf} found the row's customer and the number is not "" (else 0).
   */
  numberHashOf(i: number): number {
    if (i < this.start || i >= this.end) this.fill(i);
    return this.hashes[i - this.start];
  }

  private fill(from: number): void {
    const { rows, idCol, noCol, byNo, customers, positions, numbers, hashes } = this;
    const byId = this.context.customerById;
    const currencies = this.context.customerCurrencies;
    this.start = from;
    this.end = Math.min(rows.length, from + BLOCK);
    const count = this.end - from;
    const { idCells, noCells } = this;
    let warmth = 0;
    // Stage by stage, each a short loop whose rows do not wait on one another: the rows' cells,
    // then the cells' text, then the customers, then the numbers' hashes.
    for (let i = from, k = 0; i < this.end; i++, k++) {
      const row = rows[i];
      idCells[k] = at(row, idCol);
      noCells[k] = at(row, noCol);
    }
    for (let k = 0; k < count; k++) numbers[k] = cellText(idCells[k]);
    for (let k = 0; k < count; k++) {
      const id = numbers[k];
      const customer = id === "" ? undefined : byId.get(id);
      customers[k] = customer === undefined ? -1 : customer;
    }
    for (let k = 0; k < count; k++) numbers[k] = customers[k] < 0 ? "" : cellText(noCells[k]);
    for (let k = 0; k < count; k++) hashes[k] = numbers[k] === "" ? 0 : byNo.numberHash(numbers[k]);
    if (this.quoted) {
      byNo.positionsOf(customers, numbers, hashes, count, positions);
      // The quoted invoice's currency is the payment's.
      const columns = this.context.columns;
      for (let k = 0; k < count; k++) if (positions[k] >= 0 && columns.currencyAt(positions[k]) === undefined) warmth++;
    } else {
      positions.fill(-1);
      for (let k = 0; k < count; k++) if (numbers[k] !== "") warmth ^= byNo.warm(customers[k], hashes[k]);
    }
    // The customer's currency (a row without its own falls back on it).
    for (let k = 0; k < count; k++) if (customers[k] >= 0 && currencies[customers[k]] === undefined) warmth++;
    this.warmth ^= warmth;
  }
}
