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

/** Scans one column of rows (col = -1: unmapped). */
export function columnOrder(rows: readonly (readonly RawCell[])[], col: number): ColumnOrder {
  if (col < 0) return { kind: "none" };
  let dmyIndex = -1;
  let mdyIndex = -1;
  let either = false;
  for (let i = 0; i < rows.length; i++) {
    const cell = rows[i][col];
    if (typeof cell !== "string") continue;
    const evidence = dateOrderEvidence(cell);
    if (evidence === "dmy" && dmyIndex < 0) dmyIndex = i;
    else if (evidence === "mdy" && mdyIndex < 0) mdyIndex = i;
    else if (evidence === "either") either = true;
  }
  if (dmyIndex >= 0 && mdyIndex >= 0) return { kind: "both", dmyIndex, mdyIndex };
  if (dmyIndex >= 0) return { kind: "decided", order: "dmy" };
  if (mdyIndex >= 0) return { kind: "decided", order: "mdy" };
  return either ? { kind: "undecided" } : { kind: "none" };
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
