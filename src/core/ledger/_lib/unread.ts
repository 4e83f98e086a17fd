/** Tallying the rows that were not read, with their money (never a silently smaller total). Private. */
import type { CarryOff, CurrencyCode, Minor, UnreadRows } from "../../model";
import type { RawCell } from "../../source";
import { amountMarker, parseAmount } from "../../money";
import { isBlankCell } from "./cells";

export class UnreadTally {
  private rows = 0;
  private withMoney = 0;
  private unsummed = 0;
  private readonly sums = new Map<CurrencyCode, Minor>();
  private totalsOff = 0;
  private readonly offSums = new Map<CurrencyCode, Minor>();
  private readonly carries: CarryOff[] = [];

  /**
   * A row not read: its amount cell is summed in its own currency (a marker in it, else
   * `currency`); an amount that cannot be read at all still counts the row as one with money.
   */
  add(amountCell: RawCell | undefined, currency: CurrencyCode): void {
    this.rows++;
    if (amountCell === undefined || isBlankCell(amountCell)) return;
    this.withMoney++;
    const code = amountMarker(amountCell)?.currency ?? currency;
    const read = parseAmount(amountCell, code);
    if (read.ok) this.sums.set(code, (this.sums.get(code) ?? 0) + read.minor);
    else this.unsummed++;
  }

  /**
   * A ledger's own total that its rows do not add up to, with the money it states beyond them
   * (`minor`, negative when the rows hold more): no row is missing from what was read, so it is
   * told apart from the rows not read.
   */
  addTotalOff(minor: Minor, currency: CurrencyCode): void {
    this.totalsOff++;
    this.offSums.set(currency, (this.offSums.get(currency) ?? 0) + minor);
  }

  /** A month sheet's 上月结转 that is not last month's closing balance: told apart from the totals off. */
  addCarryOff(carry: CarryOff): void {
    this.carries.push(carry);
  }

  /** Whole rows of a table that could not be read (a required column missing). */
  addRows(rows: readonly (readonly RawCell[])[], amountCol: number, currency: CurrencyCode): void {
    for (const row of rows) {
      if (row.every((c) => isBlankCell(c))) continue;
      if (amountCol < 0) {
        this.rows++;
        this.withMoney++; // an invoice or payment row whose amount column is unknown: assume money
        this.unsummed++;
      } else this.add(row[amountCol], currency);
    }
  }

  result(): UnreadRows {
    const read = { rows: this.rows, rowsWithMoney: this.withMoney, byCurrency: byCode(this.sums), unsummed: this.unsummed };
    return {
      ...read,
      ...(this.totalsOff === 0 ? {} : { totalsOff: { count: this.totalsOff, byCurrency: byCode(this.offSums) } }),
      ...(this.carries.length === 0 ? {} : { carriesOff: [...this.carries] }),
    };
  }
}

function byCode(sums: ReadonlyMap<CurrencyCode, Minor>): Record<CurrencyCode, Minor> {
  const byCurrency: Record<CurrencyCode, Minor> = {};
  for (const [code, minor] of [...sums].sort(([a], [b]) => a.localeCompare(b))) byCurrency[code] = minor;
  return byCurrency;
}
