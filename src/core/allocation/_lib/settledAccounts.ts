/**
 * The last settlement of a ledger, kept with its index: which accounts there are at an as-of day
 * (in account order) and, per account settled from the columns, its open items as places in the
 * slot's positives with their open amounts, and its unapplied credit. Private to allocation.
 *
 * Settling is a pure function of the ledger and the day, so a second pass at the same day (the
 * statements after the overview, the AR summary's rows after its figures) reads this instead of
 * settling every account again. One day is kept per ledger: the last one settled.
 */
import type { Customer, DayNumber } from "../../model";
import type { LedgerIndex } from "./ledgerIndex";
import type { Ledgerbook } from "./settle";

export interface SettledAccounts {
  readonly asOf: DayNumber;
  readonly hasPaymentsTable: boolean;
  readonly openBalancesGiven: boolean;
  /** Per account, in account order: its slot and customer. */
  readonly slots: readonly number[];
  readonly customers: readonly Customer[];
  /** 1 = the account was settled from the objects (slotNeedsObjects): nothing of it is kept here. */
  readonly fromObjects: Uint8Array;
  /** Account a's open items are at openStart[a] .. openStart[a + 1]. */
  readonly openStart: Int32Array;
  /** Place of the open item in its slot's positives (offset from positiveStart[slot]). */
  readonly openPlace: Int32Array;
  readonly openAmount: Float64Array;
  /** Its settling day, NaN when none (as the book has it). */
  readonly openSettledOn: Float64Array;
  readonly unapplied: Float64Array;
}

const kept = new WeakMap<LedgerIndex, SettledAccounts>();

/** The settlement kept for the index at this day with these rules, or undefined. */
export function settledAt(index: LedgerIndex, asOf: DayNumber, hasPaymentsTable: boolean, openBalancesGiven: boolean): SettledAccounts | undefined {
  const settled = kept.get(index);
  if (settled === undefined || settled.asOf !== asOf || settled.hasPaymentsTable !== hasPaymentsTable || settled.openBalancesGiven !== openBalancesGiven) return undefined;
  return settled;
}

/**
 * Collects a settlement account by account (in account order), then keeps it with the index.
 * @example
 * const keep = new SettledRecorder(slots, customers); keep.add(0, book); … keep.keep(index, asOf, true, false);
 */
export class SettledRecorder {
  private readonly fromObjects: Uint8Array;
  private readonly openStart: Int32Array;
  private readonly unapplied: Float64Array;
  private openPlace: Int32Array;
  private openAmount: Float64Array;
  private openSettledOn: Float64Array;
  private size = 0;
  private next = 0;

  constructor(private readonly slots: readonly number[], private readonly customers: readonly Customer[]) {
    // Room for a few open items per account to start with (grown by doubling).
    const room = Math.max(1024, 4 * slots.length);
    this.openPlace = new Int32Array(room);
    this.openAmount = new Float64Array(room);
    this.openSettledOn = new Float64Array(room);
    this.fromObjects = new Uint8Array(slots.length);
    this.openStart = new Int32Array(slots.length + 1);
    this.unapplied = new Float64Array(slots.length);
  }

  /** Account a (the next one) settled from the columns: its book's open items and unapplied credit. */
  add(a: number, book: Ledgerbook): void {
    this.check(a);
    for (let j = 0; j < book.count; j++) {
      const open = book.open[j];
      if (!(open > 0)) continue;
      if (this.size === this.openPlace.length) this.grow();
      this.openPlace[this.size] = j;
      this.openAmount[this.size] = open;
      this.openSettledOn[this.size] = book.settledOn[j];
      this.size++;
    }
    this.unapplied[a] = book.unapplied;
    this.openStart[a + 1] = this.size;
  }

  /** Account a (the next one) settled from the objects: not kept. */
  addFromObjects(a: number): void {
    this.check(a);
    this.fromObjects[a] = 1;
    this.openStart[a + 1] = this.size;
  }

  /** Keeps the settlement with the index (when every account was given) and returns it. */
  keep(index: LedgerIndex, asOf: DayNumber, hasPaymentsTable: boolean, openBalancesGiven: boolean): SettledAccounts {
    if (this.next !== this.slots.length) throw new Error(`SettledRecorder: ${this.next} of ${this.slots.length} accounts given`);
    const settled: SettledAccounts = {
      asOf,
      hasPaymentsTable,
      openBalancesGiven,
      slots: this.slots,
      customers: this.customers,
      fromObjects: this.fromObjects,
      openStart: this.openStart,
      openPlace: this.openPlace.slice(0, this.size),
      openAmount: this.openAmount.slice(0, this.size),
      openSettledOn: this.openSettledOn.slice(0, this.size),
      unapplied: this.unapplied,
    };
    kept.set(index, settled);
    return settled;
  }

  private check(a: number): void {
    if (a !== this.next) throw new Error(`SettledRecorder: account ${a} given, ${this.next} expected`);
    this.next++;
  }

  private grow(): void {
    const size = this.openPlace.length * 2;
    const place = new Int32Array(size);
    place.set(this.openPlace);
    const amount = new Float64Array(size);
    amount.set(this.openAmount);
    const day = new Float64Array(size);
    day.set(this.openSettledOn);
    this.openPlace = place;
    this.openAmount = amount;
    this.openSettledOn = day;
  }
}
