/**
 * An aging detail without an open-balance column (Dynamics GP's Historical Aged Trial Balance):
 * `Amount` is each document's original amount and its bucket cells (Current, 31 - 60 Days, 91 and
 * Over) hold what is still owed. When the buckets disagree with Amount on some document row (and
 * on none hold more than it, or the other sign) they are its open amount; when they only spread
 * Amount (Xero's Total beside its buckets, some named `1 Month`) nothing changes. Decided once per
 * table. Private to the ledger.
 */
import type { CurrencyCode } from "../../model";
import type { ParseDateOptions } from "../../dates";
import type { RawCell } from "../../source";
import { isBucketHeader } from "../../fieldNames";
import { parseAmount } from "../../money/parseAmount";
import { isBlankCell } from "./cells";
import { dayOrReason } from "./readCell";

/** A table as the bucket rules read it: its headers and rows, the columns a field was read from (never a bucket), Amount and the date column (a document row has one, read with `dateOptions`). */
export interface BucketTable {
  readonly headers: readonly string[];
  readonly rows: readonly (readonly RawCell[])[];
  readonly mapped: ReadonlySet<number>;
  readonly amountCol: number;
  readonly dateCol: number;
  readonly currency: CurrencyCode;
  readonly dateOptions: ParseDateOptions;
}

/** The table's unread bucket columns, when there are two or more and the table has an Amount and a date; else none. */
function bucketsOf(table: BucketTable): number[] {
  if (table.amountCol < 0 || table.dateCol < 0) return [];
  const cols = bucketColumns(table.headers, table.mapped);
  return cols.length < 2 ? [] : cols;
}

/**
 * Each document row (it has its date: a `Total <customer>` line has none, but text in that column),
 * with its Amount and its buckets' open amount as {@link bucketOpen} reads them.
 */
function* documents(table: BucketTable, cols: readonly number[]): Generator<{ readonly row: readonly RawCell[]; readonly amount: ReturnType<typeof parseAmount>; readonly open: ReturnType<typeof bucketOpen> }> {
  for (const row of table.rows) {
    const date = row[table.dateCol] ?? null;
    if (isBlankCell(date) || typeof dayOrReason(date, table.dateOptions) !== "number") continue;
    yield { row, amount: parseAmount(row[table.amountCol] ?? null, table.currency), open: bucketOpen(row, cols, table.currency) };
  }
}

/** The bucket columns that hold the rows' open amounts, or none. */
export function bucketOpenColumns(table: BucketTable): number[] {
  const cols = bucketsOf(table);
  if (cols.length === 0) return [];
  const others = otherColumns(table.headers, table.mapped, cols);
  let differs = false;
  let spreadOnly = true;
  for (const { row, amount, open } of documents(table, cols)) {
    if (!amount.ok || typeof open !== "number") continue;
    // An open amount never exceeds the document, nor has the other sign.
    if (Math.abs(open) > Math.abs(amount.minor) || open * amount.minor < 0) return [];
    if (open !== amount.minor) differs = true;
    if (open + amountsIn(row, others, table.currency) !== amount.minor) spreadOnly = false;
  }
  return differs && !spreadOnly ? cols : [];
}

/**
 * The bucket columns when on every document row they add up to Amount: a spread of it (Xero's
 * Total, Odoo's Aged Receivable), so none of them says what was paid (see unreadSettlement.ts).
 * The same rule as {@link bucketOpenColumns}' spread: when the buckets alone do not add up, the
 * other unread columns with amounts count in the sum as buckets by other names (Xero's
 * `< 1 Month`, `1 Month`, `2 Months`) and are returned with them.
 */
export function spreadBucketColumns(table: BucketTable): number[] {
  const cols = bucketsOf(table);
  if (cols.length === 0) return [];
  const spreads = (others: readonly number[]): boolean => {
    for (const { row, amount, open } of documents(table, cols)) {
      if (!amount.ok || typeof open !== "number" || open + amountsIn(row, others, table.currency) !== amount.minor) return false;
    }
    return true;
  };
  // The buckets alone, else with the columns named as no bucket rule knows (then a paid column
  // beside buckets that spread Amount on their own is still named).
  if (spreads([])) return cols;
  const others = otherColumns(table.headers, table.mapped, cols);
  return spreads(others) ? [...cols, ...others].sort((a, b) => a - b) : [];
}

/** The unread columns headed as aging buckets. */
function bucketColumns(headers: readonly string[], mapped: ReadonlySet<number>): number[] {
  return headers.map((_, i) => i).filter((i) => !mapped.has(i) && isBucketHeader(headers[i]));
}

/**
 * The other unread, headed columns: those with amounts may be buckets by names no bucket rule
 * knows (Xero's `1 Month`), so they count in a spread of Amount.
 */
function otherColumns(headers: readonly string[], mapped: ReadonlySet<number>, cols: readonly number[]): number[] {
  return headers.map((_, i) => i).filter((i) => !mapped.has(i) && !cols.includes(i) && headers[i].trim() !== "");
}

/**
 * The row's open amount: the sum of its bucket cells (blank ones are nothing owed), in minor
 * units; the cell that is no amount, when one is not.
 */
export function bucketOpen(row: readonly RawCell[], cols: readonly number[], currency: CurrencyCode): number | { readonly col: number; readonly reason: string } {
  let open = 0;
  for (const col of cols) {
    const cell = row[col] ?? null;
    if (isBlankCell(cell)) continue;
    const read = parseAmount(cell, currency);
    if (!read.ok) return { col, reason: read.reason };
    open += read.minor;
  }
  return open;
}

/** The sum of the cells that are amounts (text such as a reference is passed over). */
function amountsIn(row: readonly RawCell[], cols: readonly number[], currency: CurrencyCode): number {
  let sum = 0;
  for (const col of cols) {
    const cell = row[col] ?? null;
    if (isBlankCell(cell)) continue;
    const read = parseAmount(cell, currency);
    if (read.ok) sum += read.minor;
  }
  return sum;
}
