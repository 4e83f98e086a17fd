/**
 * A table's date columns scanned together (and kept per build) decide each column's day/month
 * order as a scan of that column alone does: first d/m row, first m/d row, ambiguous or none.
 */
import fc from "fast-check";
import type { RawCell } from "../../../src/core/source";
import { columnOrders, DateOrderScans, type ColumnOrder } from "../../../src/core/ledger/_lib/dateOrder";

// Cells of each kind of evidence: d/m (13 > 12), m/d, either (both ≤ 12), none (same day and month, a serial, blank, text).
const CELL = fc.constantFrom<RawCell>("13/1/2026", "25.12.2026", "1/13/2026", "12/31/2026", "3/4/2026", "5/6/2026", "4/4/2026", 46000, null, "", "n/a");
const EVIDENCE: Record<string, "dmy" | "mdy" | "either" | "none"> = {
  "13/1/2026": "dmy", "25.12.2026": "dmy", "1/13/2026": "mdy", "12/31/2026": "mdy", "3/4/2026": "either", "5/6/2026": "either",
};

/** The order of one column, worked out from the table above (not from the date parser). */
function expectedOrder(rows: readonly (readonly RawCell[])[], col: number): ColumnOrder {
  if (col < 0) return { kind: "none" };
  const evidence = rows.map((row) => (typeof row[col] === "string" ? EVIDENCE[row[col] as string] ?? "none" : "none"));
  const dmyIndex = evidence.indexOf("dmy");
  const mdyIndex = evidence.indexOf("mdy");
  if (dmyIndex >= 0 && mdyIndex >= 0) return { kind: "both", dmyIndex, mdyIndex };
  if (dmyIndex >= 0) return { kind: "decided", order: "dmy" };
  if (mdyIndex >= 0) return { kind: "decided", order: "mdy" };
  return evidence.includes("either") ? { kind: "undecided" } : { kind: "none" };
}

const TABLE = fc.array(fc.array(CELL, { minLength: 3, maxLength: 3 }), { maxLength: 25 });

describe("date column orders", () => {
  it("scans several columns at once as each alone", () => {
    fc.assert(
      fc.property(TABLE, fc.array(fc.nat(2), { minLength: 1, maxLength: 3 }), (rows, cols) => {
        expect(columnOrders(rows, cols)).toEqual(cols.map((col) => expectedOrder(rows, col)));
      }),
      { numRuns: 300 },
    );
  });

  it("keeps each table's orders: asked again, in any order and with unmapped columns, the same answers", () => {
    fc.assert(
      fc.property(TABLE, TABLE, fc.array(fc.array(fc.integer({ min: -1, max: 2 }), { maxLength: 3 }), { maxLength: 4 }), (a, b, asks) => {
        const scans = new DateOrderScans();
        asks.forEach((cols, k) => {
          const rows = k % 2 === 0 ? a : b;
          expect(scans.orders(rows, cols)).toEqual(cols.map((col) => expectedOrder(rows, col)));
        });
      }),
      { numRuns: 300 },
    );
  });
});
