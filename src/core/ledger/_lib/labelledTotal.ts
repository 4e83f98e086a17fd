/**
 * A ledger's own labelled total rows (`Total`, `合计`, `小计`, `Total <customer>`, `<name> Totals:`,
 * `Summe`): skipped as data, but checked. A 合计 that does not add up to the rows it closes means
 * rows are missing or typed wrong, and the clerk must hear it. Private to the ledger.
 *
 * What a total closes: the rows since the previous total or heading (a customer's subtotal), or
 * every row of the table above it that is no total itself (a grand total). Either one adding up is
 * enough; a total that matches says nothing. Work: one pass over each section, and the grand sums
 * carried forward from total to total, so each row is summed at most twice per table.
 *
 * Amounts of two currencies are never added: where the rows a total closes hold two (a Currency
 * column, or markers in the amounts: `USD 1,200.00` beside `¥5,000.00`), a total that states its
 * currency (`USD 2,000.00`) is checked against that currency's rows only; one that states none is
 * not checked, and counted in `mixedSkipped` for the reader to say.
 */
import type { CurrencyCode, Minor } from "../../model";
import type { RawCell } from "../../source";
import { amountMarker, parseAmount } from "../../money/parseAmount";
import { normalizeCurrency } from "../../money/currency";
import { isBlankCell } from "./cells";
import { reachesBack, totalLabel } from "./totalWords";

/** A labelled total that is not the sum of the rows it closes. */
export interface TotalMismatch {
  readonly col: number;
  readonly cell: RawCell;
  /** The total as printed, in minor units. */
  readonly stated: Minor;
  /** The sum of the rows it closes: since the previous total or heading, or the whole table above. */
  readonly sum: Minor;
  /** The first row (index) of the rows summed. */
  readonly from: number;
  /**
   * The difference not yet told by a total within its rows (a 合计 over a 小计 that is off by the
   * same missing row): counted once where the outputs say what was not read.
   */
  readonly unaccounted: Minor;
  readonly currency: CurrencyCode;
}

/** True for a row whose text names it a total (not a sign-off or printed-on line, not a cumulative). */
export function isLabelledTotal(row: readonly RawCell[]): boolean {
  let named = false;
  for (const cell of row) {
    if (typeof cell !== "string" || cell === "") continue;
    // Cumulative totals (本年累计, year to date) reach back before this sheet: not checked.
    if (reachesBack(cell)) return false;
    if (!named && totalLabel(cell) !== undefined) named = true;
  }
  return named;
}

/** Sums of some columns over rows; `bad` when a cell there is no amount (its row is reported where it is read). */
interface Sums {
  readonly minor: number[];
  /** The same with credit and payment rows counted negative whatever their sign (an S/H or Type column). */
  readonly signed: number[];
  readonly bad: boolean[];
}

export class LabelledTotals {
  /** Rows that are totals themselves (labelled or not), never counted in a grand total. */
  private readonly totals = new Set<number>();
  private readonly grand: Sums;
  /** Per column, the differences of the totals reported so far, by row: a grand total deducts those above it. */
  private readonly told: { readonly index: number; readonly k: number; readonly difference: number; readonly currency: CurrencyCode }[] = [];
  /** The grand sums cover rows [0, grandUpTo). */
  private grandUpTo = 0;
  /** The last total checked, and the first row of the rows it closed. */
  private lastTotal = -1;
  private lastFrom = 0;
  /** Totals not checked because their rows hold two currencies and they state none; the first one's row. */
  mixedSkipped = 0;
  firstMixedSkipped = -1;

  /**
   * @param rows the table's rows
   * @param cols the summed columns (Amount, OpenBalance, Paid, Credited, Credit), in the order to report them
   * @param currencyCol the Currency column (-1 for none): a range holding two currencies is not checked
   */
  constructor(
    private readonly rows: readonly (readonly RawCell[])[],
    private readonly cols: readonly number[],
    private readonly currencyCol: number,
    private readonly currency: CurrencyCode,
    /** True for a row its Type or side column makes a credit or payment (unsigned amounts). */
    private readonly credits?: (index: number) => boolean,
    /** The currency the reader took row `index` in (a Payments row: its invoice's or customer's), if read; else its amounts' marker or the table's. */
    private readonly currencyOfRow?: (index: number) => CurrencyCode | undefined,
  ) {
    this.grand = this.empty();
  }

  /** Row `index` is a total the reader skipped (an unlabelled subtotal, a page carry-forward): never summed. */
  skip(index: number): void {
    this.totals.add(index);
  }

  /**
   * Checks the total on row `index` against the rows from `sectionStart` (its section) and against
   * every row above it (a grand total). Fine when every amount on it matches one reading; else the
   * first amount that does not, in the reading more of its amounts agree with.
   */
  check(index: number, sectionStart: number): TotalMismatch | undefined {
    this.totals.add(index);
    const row = this.rows[index];
    if (!isLabelledTotal(row)) return undefined;
    const stated: (number | undefined)[] = this.cols.map((col) => this.minorOf(row[col]));
    if (stated.every((s) => s === undefined)) return undefined;
    // Totals one under another (`小计 USD`, `小计 CNY`) close the same rows: those of the first.
    const runFrom = sectionStart < index ? sectionStart : this.lastTotal === index - 1 ? this.lastFrom : 0;
    this.lastTotal = index;
    this.lastFrom = runFrom;
    const mixed = this.mixedAbove(index);
    // Rows of two currencies above: a total over them (or right under another: it may close them all) is checked per currency.
    if (mixed && (sectionStart >= index || this.mixedCurrencies(sectionStart, index))) return this.checkOneCurrency(index, runFrom, stated);
    const section = this.sum(sectionStart, index);
    const offSection = this.firstOff(stated, section);
    if (offSection < 0) return undefined;
    const grand = mixed ? undefined : this.grandTo(index);
    const offGrand = grand === undefined ? offSection : this.firstOff(stated, grand);
    if (offGrand < 0) return undefined;
    // Judged by the reading more of its amounts agree with (a grand total under a subtotal has an empty section).
    // A total right under another one (a 合计 under the last 小计) closes no rows of its own section: the grand reading.
    const nearer = grand !== undefined && (sectionStart >= index || this.offCount(stated, grand) < this.offCount(stated, section)) ? grand : section;
    const k = nearer === section ? offSection : offGrand;
    const col = this.cols[k];
    const from = nearer === section ? sectionStart : 0;
    const difference = stated[k]! - nearer.signed[k];
    const currency = this.cellCurrency(row[col]);
    return { col, cell: row[col], stated: stated[k]!, sum: nearer.signed[k], from, unaccounted: this.tell(index, k, from, difference, currency), currency };
  }

  private offCount(stated: readonly (number | undefined)[], sums: Sums): number {
    let count = 0;
    for (let k = 0; k < this.cols.length; k++) {
      if (stated[k] !== undefined && !sums.bad[k] && sums.minor[k] !== stated[k] && sums.signed[k] !== stated[k]) count++;
    }
    return count;
  }

  /** The first column whose stated total is not the sum (a column with unknown money is not judged). */
  private firstOff(stated: readonly (number | undefined)[], sums: Sums): number {
    for (let k = 0; k < this.cols.length; k++) {
      if (stated[k] !== undefined && !sums.bad[k] && sums.minor[k] !== stated[k] && sums.signed[k] !== stated[k]) return k;
    }
    return -1;
  }

  /**
   * A total over rows of two currencies: checked against the rows of the currency its amounts
   * state (those it closes, else every row above: a grand total), never a sum across currencies;
   * not checked (and counted) when it states none.
   */
  private checkOneCurrency(index: number, runFrom: number, stated: readonly (number | undefined)[]): TotalMismatch | undefined {
    const row = this.rows[index];
    const currencies = new Set<CurrencyCode>();
    // Its own Currency cell states it (`合计 | CNY | …`), else a marker in each of its amounts.
    const own = this.currencyCol >= 0 ? this.currencyText(row[this.currencyCol]) : undefined;
    if (own !== undefined) currencies.add(own);
    else for (let k = 0; k < this.cols.length; k++) {
      const marker = stated[k] === undefined ? undefined : amountMarker(row[this.cols[k]]);
      if (stated[k] !== undefined) currencies.add(marker === undefined ? "" : marker.currency);
    }
    if (currencies.size !== 1 || currencies.has("")) {
      if (this.mixedSkipped++ === 0) this.firstMixedSkipped = index;
      return undefined;
    }
    const currency = [...currencies][0];
    const sumOf = (from: number) => {
      const sums = this.empty();
      for (let k = from; k < index; k++) if (this.currencyAt(k) === currency) this.addRow(sums, k);
      return sums;
    };
    let from = runFrom;
    let sums = sumOf(from);
    let off = this.firstOff(stated, sums);
    if (off >= 0 && from > 0) {
      const grand = sumOf(0);
      const offGrand = this.firstOff(stated, grand);
      if (offGrand < 0) return undefined;
      if (this.offCount(stated, grand) < this.offCount(stated, sums)) [from, sums, off] = [0, grand, offGrand];
    }
    if (off < 0) return undefined;
    const difference = stated[off]! - sums.signed[off];
    return { col: this.cols[off], cell: row[this.cols[off]], stated: stated[off]!, sum: sums.signed[off], from, unaccounted: this.tell(index, off, from, difference, currency), currency };
  }

  /** Records a total's difference; returns the part not yet told by a total within its rows (same column and currency). */
  private tell(index: number, k: number, from: number, difference: number, currency: CurrencyCode): number {
    let unaccounted = difference;
    for (const t of this.told) if (t.k === k && t.index >= from && t.currency === currency) unaccounted -= t.difference;
    this.told.push({ index, k, difference, currency });
    return unaccounted;
  }

  /** Rows [0, mixedUpTo) are scanned for their currencies: the first one seen, and whether another was. */
  private mixedUpTo = 0;
  private firstCurrency: string | undefined;
  private mixed = false;
  /** Whether the rows above `index` hold two currencies (scanned forward once per table). */
  private mixedAbove(index: number): boolean {
    for (; this.mixedUpTo < index && !this.mixed; this.mixedUpTo++) {
      if (this.totals.has(this.mixedUpTo)) continue;
      const currency = this.currencyAt(this.mixedUpTo);
      if (currency === undefined) continue;
      if (this.firstCurrency === undefined) this.firstCurrency = currency;
      else if (currency !== this.firstCurrency) this.mixed = true;
    }
    return this.mixed;
  }

  /**
   * The currency of row `k`'s amounts: its Currency cell; else a marker in one of its amounts, the
   * reader's, or the table's; undefined for a row without one (blank, a title).
   */
  private currencyAt(k: number): string | undefined {
    const row = this.rows[k];
    if (this.currencyCol >= 0) return this.currencyText(row[this.currencyCol]);
    let amounts = false;
    for (const col of this.cols) {
      const cell = row[col];
      if (cell === undefined || isBlankCell(cell)) continue;
      const marker = amountMarker(cell);
      if (marker !== undefined) return marker.currency;
      amounts = true;
    }
    return amounts ? this.currencyOfRow?.(k) ?? this.currency : undefined;
  }

  /** A Currency cell's currency (`人民币`, `RMB` and `CNY` alike), undefined when blank. */
  private currencyText(cell: RawCell | undefined): string | undefined {
    if (typeof cell !== "string" || cell.trim() === "") return undefined;
    const text = cell.trim();
    return normalizeCurrency(text) ?? text.toUpperCase();
  }

  private cellCurrency(cell: RawCell): CurrencyCode {
    return amountMarker(cell)?.currency ?? this.currency;
  }

  private minorOf(cell: RawCell | undefined): number | undefined {
    if (cell === undefined || isBlankCell(cell)) return undefined;
    const read = parseAmount(cell, this.cellCurrency(cell));
    return read.ok ? read.minor : undefined;
  }

  private empty(): Sums {
    return { minor: this.cols.map(() => 0), signed: this.cols.map(() => 0), bad: this.cols.map(() => false) };
  }

  private addRow(into: Sums, k: number): void {
    if (this.totals.has(k)) return;
    const row = this.rows[k];
    const credit = this.credits !== undefined && this.credits(k);
    for (let j = 0; j < this.cols.length; j++) {
      const cell = row[this.cols[j]];
      if (cell === undefined || isBlankCell(cell)) continue;
      const minor = this.minorOf(cell);
      if (minor === undefined) {
        // A header repeated per page holds words: no amount, nothing lost. Anything else (`#N/A`, `12..5`) is unknown money.
        if (typeof cell !== "string" || /\d|^#/.test(cell)) into.bad[j] = true;
      } else {
        into.minor[j] += minor;
        into.signed[j] += credit ? -Math.abs(minor) : minor;
      }
    }
  }

  private sum(from: number, to: number): Sums {
    const sums = this.empty();
    for (let k = from; k < to; k++) this.addRow(sums, k);
    return sums;
  }

  private grandTo(index: number): Sums {
    for (; this.grandUpTo < index; this.grandUpTo++) this.addRow(this.grand, this.grandUpTo);
    return this.grand;
  }

  /** Two currencies in the rows [from, to): a sum across them means nothing. */
  private mixedCurrencies(from: number, to: number): boolean {
    let seen: string | undefined;
    for (let k = from; k < to; k++) {
      if (this.totals.has(k)) continue;
      const currency = this.currencyAt(k);
      if (currency === undefined) continue;
      if (seen === undefined) seen = currency;
      else if (seen !== currency) return true;
    }
    return false;
  }
}
