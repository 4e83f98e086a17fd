import type { DataIssue } from "../../src/core/model";
import { ledgerOverview } from "../../src/flows/ledgerOverview";
import { inputReadIssues, inspectLedger } from "../../src/flows/openLedger";
import { block, day } from "../core/builders";
import { CUSTOMERS, INVOICES, readOf } from "./_lib/smallWorkbook";

const AS_OF = day("2026-10-31");

describe("ledgerOverview", () => {
  it("gives the key figures per currency in minor units, worked out by hand", () => {
    const read = readOf([CUSTOMERS, INVOICES]);
    const overview = ledgerOverview(inspectLedger(read), inputReadIssues(read), AS_OF);
    expect(overview.asOf).toBe("2026-10-31");
    expect(overview.ready).toBe(true);
    expect(overview.overview).toHaveLength(1);
    const usd = overview.overview[0];
    const m = (minor: number) => ({ currency: "USD", minor });
    // Open: 100.00 + 250.00 + 40.00; overdue: INV-1 (30 days) + INV-3 (92 days).
    expect(usd).toMatchObject({ currency: "USD", totalAr: m(39000), overdue: m(14000), unapplied: m(0) });
    expect(usd.overdueShare).toBeCloseTo(14000 / 39000, 12);
    expect(usd.buckets).toEqual([
      { label: "Current", amount: m(25000) },
      { label: "1-30", amount: m(10000) },
      { label: "31-60", amount: m(0) },
      { label: "61-90", amount: m(0) },
      { label: "90+", amount: m(4000) },
    ]);
    // C1 owes 350.00 against a 300.00 limit.
    expect(usd.overLimit).toEqual([{ customerId: "C1", name: "Acme Ltd", limit: m(30000), exposure: m(35000), available: m(-5000) }]);
    expect(usd.topOverdue.map((c) => [c.customerId, c.overdue.minor, c.oldestDaysOverdue])).toEqual([["C1", 10000, 30], ["C2", 4000, 92]]);
    if (usd.dso !== undefined) expect(Number.isInteger(usd.dso)).toBe(true);
    expect(overview.unread).toBeUndefined();
  });

  it("counts the rows with money that were not read, with one sentence per language", () => {
    const withBadRow = block("Invoices", ["Invoice No", "Customer ID", "Invoice Date", "Due Date", "Amount"], [
      ["INV-1", "C1", "2026-09-01", "2026-10-01", 100],
      ["INV-9", "C1", "2026-02-30", "2026-03-30", 12.5],
    ]);
    const read = readOf([CUSTOMERS, withBadRow]);
    const overview = ledgerOverview(inspectLedger(read), inputReadIssues(read), AS_OF);
    expect(overview.unread).toMatchObject({ rows: 1, rowsWithMoney: 1, amounts: [{ currency: "USD", minor: 1250 }] });
    expect(overview.unread?.sentence.en).toMatch(/^NOT READ: 1 row with money \(USD 12\.50\)/);
    expect(overview.unread?.sentence.zh).toMatch(/^未读入：1 行/);
  });

  it("without an invoice list: not ready, no figures, and the reader's issues still listed", () => {
    const issue: DataIssue = { severity: "warning", sheet: "Customers", row: 3, column: "Credit Limit", value: "#N/A", reason: "an error value" };
    const read = readOf([CUSTOMERS], { readIssues: [issue] });
    const overview = ledgerOverview(inspectLedger(read), inputReadIssues(read), AS_OF);
    expect(overview.ready).toBe(false);
    expect(overview.overview).toEqual([]);
    expect(overview.issues).toEqual([issue]);
    expect(overview.tables.find((t) => t.kind === "invoices")?.missingRequired.length).toBeGreaterThan(0);
  });
  it("lists an invoice dated more than a year after today among the issues, as check does", () => {
    const withTypo = block("Invoices", ["Invoice No", "Customer ID", "Invoice Date", "Due Date", "Amount"], [
      ["INV-1", "C1", "2026-09-01", "2026-10-01", 100],
      ["INV-9", "C2", "2099-10-05", "2099-11-04", 40], // 2099 for 2026: a mistyped year
    ]);
    const read = readOf([CUSTOMERS, withTypo]);
    const overview = ledgerOverview(inspectLedger(read), inputReadIssues(read), AS_OF);
    // INV-9 is the block's second data row: sheet row 3; Invoice Date is column 3 (C).
    expect(overview.issues.filter((i) => i.code === "invoiceDateFarAhead").map((i) => [i.sheet, i.row, i.column, i.columnIndex, i.value])).toEqual([
      ["Invoices", 3, "Invoice Date", 3, "2099-10-05"],
    ]);
    // Judged by today when the figures are as of another day: 2099-10-05 is within a year of 2099-01-01.
    const later = ledgerOverview(inspectLedger(read), inputReadIssues(read), AS_OF, day("2099-01-01"));
    expect(later.issues.filter((i) => i.code === "invoiceDateFarAhead")).toEqual([]);
  });

  it("a ledger whose customers are the title rows above their lines (QuickBooks Customer Balance Detail) is ready, its customer column not called missing", () => {
    // No customer column: each customer's name stands alone on a row above its lines.
    const detail = block("Sheet1", ["Type", "Date", "Num", "Amount", "Balance"], [
      ["Acme Ltd"],
      ["Invoice", "2026-09-01", "1001", 300, 300],
      ["Beta LLC"],
      ["Invoice", "2026-10-20", "1002", 80, 80],
    ]);
    const overview = ledgerOverview(inspectLedger(readOf([detail])), [], AS_OF);
    const invoices = overview.tables.find((t) => t.kind === "invoices");
    expect(invoices).toMatchObject({ sourceName: "Sheet1", missingRequired: [], customerFromTitles: true });
    expect(overview.ready).toBe(true);
    // Acme owes 300.00, Beta 80.00: 380.00 in all, each under its title row.
    expect(overview.overview.map((o) => [o.currency, o.totalAr.minor])).toEqual([["USD", 38000]]);
    expect(overview.overview[0].topOverdue.map((c) => [c.customerId, c.overdue.minor])).toEqual([["Acme Ltd", 30000]]);
  });

  it("an invoice list missing its amount as well as its customer is not ready, and both are named", () => {
    const bare = block("Sheet1", ["Invoice No", "Invoice Date", "Note"], [["1001", "2026-09-01", "x"]]);
    const invoices = ledgerOverview(inspectLedger(readOf([bare])), [], AS_OF).tables.find((t) => t.kind === "invoices");
    expect(invoices?.missingRequired).toEqual(expect.arrayContaining(["CustomerID", "Amount"]));
    expect(invoices?.customerFromTitles).toBeUndefined();
    expect(ledgerOverview(inspectLedger(readOf([bare])), [], AS_OF).ready).toBe(false);
  });
});

describe("ledgerOverview of a summary that cannot be aged", () => {
  it("names a balance summary (余额表), its sheet, header row and balance columns, and is not ready", () => {
    const summary = block("余额表", ["科目编码", "客户编码", "客户名称", "期初余额", "本期借方", "本期贷方", "期末余额"], [
      ["1122", "C01", "甲公司", 500, 1000, 800, 700],
    ], { headerRow: 2 });
    const overview = ledgerOverview(inspectLedger(readOf([summary])), [], AS_OF);
    expect(overview.ready).toBe(false);
    expect(overview.refused).toEqual({ sheet: "余额表", headerRow: 2, buckets: ["期初余额", "本期借方", "本期贷方", "期末余额"], kind: "balances" });
  });

  it("names an aging summary's bucket columns", () => {
    const aged = block("Aged Debtors", ["Customer", "Current", "1-30", "31-60", "61-90", "90+", "Total"], [["Acme", 100, 200, 0, 0, 0, 300]]);
    const overview = ledgerOverview(inspectLedger(readOf([aged])), [], AS_OF);
    expect(overview.ready).toBe(false);
    expect(overview.refused).toEqual({ sheet: "Aged Debtors", headerRow: 1, buckets: ["Current", "1-30", "31-60", "61-90", "90+"] });
  });

  it("says nothing of the kind for an ordinary ledger", () => {
    expect(ledgerOverview(inspectLedger(readOf([CUSTOMERS, INVOICES])), [], AS_OF).refused).toBeUndefined();
  });
});
