/**
 * A Paid column of checkboxes (Google Sheets, Excel 365: TRUE / FALSE) is a paid flag, not an
 * amount: TRUE settles the invoice in full, FALSE leaves it open. A Paid column of amounts stays
 * the paid amount, even with a TRUE typed into it. Figures by hand.
 */
import { detectTables, toLedgerInput } from "../../../src/workbook/schema";
import { buildLedger } from "../../../src/core/ledger";
import { accountsAsOf } from "../../../src/core/allocation";
import type { RawCell } from "../../../src/workbook/port";
import { block, day } from "../../core/builders";

const HEADERS = ["Client", "Invoice #", "Issued", "Due", "Amount", "Paid"];
const detect = (rows: RawCell[][]) => detectTables([block("Invoices", HEADERS, rows)]);
const openOf = (rows: RawCell[][]) =>
  Object.fromEntries(accountsAsOf(buildLedger(toLedgerInput(detect(rows))), day("2026-10-31")).flatMap((a) => a.openItems.map((i) => [i.invoice.invoiceNo, i.open])));

describe("a Paid column of checkboxes", () => {
  const rows: RawCell[][] = [
    ["C1", "I-1", "2026-09-01", "2026-10-01", 1200, true],
    ["C1", "I-2", "2026-09-15", "2026-10-15", 300, false],
    ["C1", "I-3", "2026-10-01", "2026-10-31", 80, "TRUE"], // typed, not ticked: the same
    ["C1", "I-4", "2026-10-02", "2026-11-01", 45, null],
  ];

  it("is the paid flag (Status), not an amount", () => {
    const columns = detect(rows).invoices!.columns;
    expect([columns.Paid, columns.Status]).toEqual([undefined, 5]);
  });

  it("settles the ticked invoices in full and leaves the others open, with no warning", () => {
    expect(openOf(rows)).toEqual({ "I-2": 30000, "I-4": 4500 });
    expect(buildLedger(toLedgerInput(detect(rows))).issues.filter((i) => i.severity !== "info")).toEqual([]);
  });

  it("stays the paid amount when it holds amounts (a TRUE among them is the clerk's slip, said)", () => {
    const amounts: RawCell[][] = [["C1", "I-1", "2026-09-01", "2026-10-01", 1200, 200], ["C1", "I-2", "2026-09-15", "2026-10-15", 300, true]];
    expect(detect(amounts).invoices!.columns.Paid).toBe(5);
    expect(buildLedger(toLedgerInput(detect(amounts))).issues.map((i) => [i.row, i.code])).toEqual([[3, "badPaid"]]);
  });
});
