/**
 * Day/month order of text dates, inferred per column (DESIGN §2): `13/1/2026` decides d/m/y,
 * `1/13/2026` decides m/d/y; a column with both is a data issue; a column with neither uses the
 * `--date-order` option / `ledger.dateOrder` setting. Private to the ledger.
 */
import type { RawCell } from "../../source";
import { dateOrderEvidence } from "../../dates";

export type ColumnOrder =
  | { readonly kind: "decided"; readonly order: "mdy" | "dmy" }
  /** Both orders occur: the rows named are one example of each. */
  | { readonly kind: "both"; readonly dmyIndex: number; readonly mdyIndex: number }
  /** Ambiguous values (3/4/2026) and nothing deciding. */
  | { readonly kind: "undecided" }
  /** No a/b/yyyy text at all: nothing to decide. */
  | { readonly kind: "none" };

const NONE: ColumnOrder = { kind: "none" };

/** Scans one column of rows (col = -1: unmapped). */
export function columnOrder(rows: readonly (readonly RawCell[])[], col: number): ColumnOrder {
  return col < 0 ? NONE : columnOrders(rows, [col])[0];
}

/**
 * {@link columnOrder} of several columns (each ≥ 0) in one scan of the rows: a million rows are
 * read once for a table's date columns, not once per column.
 */
export function columnOrders(rows: readonly (readonly RawCell[])[], cols: readonly number[]): ColumnOrder[] {
  const n = cols.length;
  const dmyIndex = new Int32Array(n).fill(-1);
  const mdyIndex = new Int32Array(n).fill(-1);
  const either = new Uint8Array(n);
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i];
    for (let k = 0; k < n; k++) {
      const cell = row[cols[k]];
      if (typeof cell !== "string") continue;
      const evidence = dateOrderEvidence(cell);
      if (evidence === "dmy") {
        if (dmyIndex[k] < 0) dmyIndex[k] = i;
      } else if (evidence === "mdy") {
        if (mdyIndex[k] < 0) mdyIndex[k] = i;
      } else if (evidence === "either") either[k] = 1;
    }
  }
  const orders: ColumnOrder[] = [];
  for (let k = 0; k < n; k++) {
    if (dmyIndex[k] >= 0 && mdyIndex[k] >= 0) orders.push({ kind: "both", dmyIndex: dmyIndex[k], mdyIndex: mdyIndex[k] });
    else if (dmyIndex[k] >= 0) orders.push({ kind: "decided", order: "dmy" });
    else if (mdyIndex[k] >= 0) orders.push({ kind: "decided", order: "mdy" });
    else orders.push(either[k] === 1 ? { kind: "undecided" } : NONE);
  }
  return orders;
}

/**
 * The column orders of one build, each table's columns found in one scan and kept: the workbook's
 * agreed order and each table's reader ask for the same date columns of the same rows.
 */
export class DateOrderScans {
  private readonly byRows = new Map<readonly (readonly RawCell[])[], Map<number, ColumnOrder>>();

  /** The order of each column (-1: unmapped, "none"), the columns not asked for before scanned together. */
  orders(rows: readonly (readonly RawCell[])[], cols: readonly number[]): ColumnOrder[] {
    let known = this.byRows.get(rows);
    if (known === undefined) this.byRows.set(rows, (known = new Map()));
    const missing = [...new Set(cols.filter((col) => col >= 0 && !known!.has(col)))];
    if (missing.length > 0) columnOrders(rows, missing).forEach((order, k) => known!.set(missing[k], order));
    return cols.map((col) => (col < 0 ? NONE : known!.get(col)!));
  }
}

/**
 * The order to read a column with: its own evidence; else the one order every deciding column of
 * the workbook agrees on; else the clerk's option (undefined: ambiguous values are refused).
 */
export function orderFor(
  column: ColumnOrder,
  workbookOrder: "mdy" | "dmy" | undefined,
  option: "mdy" | "dmy" | undefined,
): "mdy" | "dmy" | undefined {
  if (column.kind === "decided") return column.order;
  if (column.kind === "both") return option;
  return option ?? workbookOrder;
}
