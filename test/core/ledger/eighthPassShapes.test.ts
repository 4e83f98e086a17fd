/**
 * An eighth new user's pass (accounting-tool exports): a customer whose name starts with a total
 * word and a number (`Total 24 Hour Plumbing`) is a customer, not a total; a 两清 / 核销 mark that
 * disagrees with the open-balance column beside it is said, naming the row. Expected figures are
 * worked by hand in the comments.
 */
import { buildLedger } from "../../../src/core/ledger";
import { issueText } from "../../../src/core/ledger/issueTexts";
import { accountsAsOf } from "../../../src/core/allocation";
import { detectTables, toLedgerInput } from "../../../src/workbook/schema";
import type { RawCell } from "../../../src/workbook/port";
import { block, day } from "../builders";

const read = (sheet: string, headers: string[], rows: RawCell[][]) => buildLedger(toLedgerInput(detectTables([block(sheet, headers, rows)])));
/** Open amount in minor units per customer name, as of the day. */
const openByCustomer = (ledger: ReturnType<typeof read>, asOf: string) =>
  Object.fromEntries(accountsAsOf(ledger, day(asOf)).map((a) => [a.customer.name, a.openItems.reduce((s, i) => s + i.open, 0)]));

describe("a customer named with a total word and a number (`Total 24 Hour Plumbing`)", () => {
  // QuickBooks Desktop: the customer's name alone on a row, its rows, then `Total <name>`.
  const headers = ["", "Type", "Date", "Num", "Due Date", "Open Balance"];
  const rows: RawCell[][] = [
    ["Total 24 Hour Plumbing"],
    [null, "Invoice", "2026-09-02", "1041", "2026-10-02", 1200],
    [null, "Invoice", "2026-10-05", "1057", "2026-11-04", 340.5],
    ["Total Total 24 Hour Plumbing", null, null, null, null, 1540.5],
    ["Koala Print Co"],
    [null, "Invoice", "2026-09-20", "1050", "2026-10-20", 99],
    ["Total Koala Print Co", null, null, null, null, 99],
    ["TOTAL", null, null, null, null, 1639.5],
  ];

  it("is a group title naming the customer: its invoices are its own, nothing is skipped as a total but the totals", () => {
    const ledger = read("Open Invoices", headers, rows);
    // 1,200.00 + 340.50 = 1,540.50 for the plumber; 99.00 for Koala.
    expect(openByCustomer(ledger, "2026-10-31")).toEqual({ "Total 24 Hour Plumbing": 154050, "Koala Print Co": 9900 });
    expect(ledger.issues.filter((i) => i.severity !== "info")).toEqual([]);
    expect(ledger.unread?.rows ?? 0).toBe(0);
  });

  it("is a customer on an invoice row of a list keyed by name, and a number alone after the word still totals", () => {
    const ledger = read("Invoices", ["Customer", "Invoice No", "Invoice Date", "Amount"], [
      ["Total 24 Hour Plumbing", "A-1", "2026-10-01", 500],
      ["Acme Supply", "A-2", "2026-10-02", 250],
      ["Total 750.00", null, null, 750], // a total line, checked and skipped
    ]);
    expect(openByCustomer(ledger, "2026-10-31")).toEqual({ "Total 24 Hour Plumbing": 50000, "Acme Supply": 25000 });
    expect(ledger.unread?.rows ?? 0).toBe(0);
  });
});
