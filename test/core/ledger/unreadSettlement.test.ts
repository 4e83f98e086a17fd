/**
 * A column no rule reads that looks like what was paid or what is still owed is named to the clerk,
 * when nothing else on the table says what was paid (otherwise every invoice reads as unpaid
 * without a word). Expected values worked by hand in the comments.
 */
import { buildLedger } from "../../../src/core/ledger";
import { unreadSettlementColumns } from "../../../src/core/ledger/_lib/unreadSettlement";
import { issueText } from "../../../src/core/ledger/issueTexts";
import { detectTables, toLedgerInput } from "../../../src/workbook/schema";
import type { SourceBlock } from "../../../src/workbook/port";
import type { Ledger } from "../../../src/core/model";
import { block } from "../builders";

const read = (blocks: SourceBlock[]): Ledger => buildLedger(toLedgerInput(detectTables(blocks)));
const warned = (ledger: Ledger) => ledger.issues.filter((i) => i.code === "settlementColumnUnread").map((i) => i.column);

describe("unreadSettlementColumns", () => {
  it("finds a column of amounts from 0 up to each row's amount, one equal and one below", () => {
    // column 1: 100 of 100 (equal), 0 of 50 (below), blank of 80 (below): a paid or open column
    expect(unreadSettlementColumns([[100, 100], [50, 0], [80, ""]], 0, [1], "USD")).toEqual([1]);
  });
  it("passes over tax (never equal), unit prices (above), dates (above) and text", () => {
    const rows = [[100, 10, 120, 46000, "x"], [50, 5, 60, 46001, "y"]];
    expect(unreadSettlementColumns(rows, 0, [1, 2, 3, 4], "USD")).toEqual([]);
  });
  it("needs one row below the amount: a copy of the amount column is not a settlement", () => {
    expect(unreadSettlementColumns([[100, 100], [50, 50]], 0, [1], "USD")).toEqual([]);
  });
});

describe("a one-sheet invoice list with a settlement column no rule knows", () => {
  const headers = ["Customer", "Invoice No", "Invoice Date", "Amount", "Still to come", "Tax"];
  const rows = [
    ["Acme", "A-1", "2026-09-01", 1000, 1000, 100], // nothing paid
    ["Acme", "A-2", "2026-09-15", 500, 0, 50], // paid in full
    ["Brill", "B-1", "2026-10-01", 800, 300, 80], // 500 paid
  ];
  it("warns naming the column, in English and in Chinese, and still reads every invoice", () => {
    const ledger = read([block("Invoices", headers, rows)]);
    expect(ledger.invoices.map((i) => i.invoiceNo)).toEqual(["A-1", "A-2", "B-1"]);
    expect(warned(ledger)).toEqual(["Still to come"]);
    const issue = ledger.issues.find((i) => i.code === "settlementColumnUnread")!;
    expect(issue.severity).toBe("warning");
    expect(issueText(issue, "en")).toContain('column "Still to come"');
    expect(issueText(issue, "zh")).toContain("“Still to come”列");
  });
  it("says nothing once the table says what was paid (an open-balance column read)", () => {
    const ledger = read([block("Invoices", ["Customer", "Invoice No", "Invoice Date", "Amount", "Open Balance", "Still to come"], rows.map((r) => [r[0], r[1], r[2], r[3], r[4], r[4]]))]);
    expect(warned(ledger)).toEqual([]);
  });
});

describe("aging buckets that only spread each row's amount", () => {
  // Xero's Aged Receivables Detail: two buckets by a bucket name (Current, Older) and the rest by
  // names no bucket rule knows (< 1 Month, 1 Month, 2 Months); each row's amount sits in one of
  // them and the Total is the amount. Row by row: 100 in Current, 50 in 1 Month, 80 in 2 Months.
  const headers = ["Invoice Date", "Invoice Number", "Customer", "Current", "< 1 Month", "1 Month", "2 Months", "Older", "Total"];
  const rows = [
    ["2026-10-20", "INV-1", "Acme", 100, null, null, null, null, 100],
    ["2026-09-10", "INV-2", "Acme", null, null, 50, null, null, 50],
    ["2026-08-05", "INV-3", "Brill", null, null, null, 80, null, 80],
  ];
  it("are not named as unread paid or open columns, whatever their names", () => {
    expect(warned(read([block("Aged Receivables Detail", headers, rows)]))).toEqual([]);
  });
  it("but a column beside buckets that spread the amount on their own still is", () => {
    const twoBuckets = ["Invoice Date", "Invoice Number", "Customer", "Current", "Older", "Still to come", "Total"];
    // Current + Older is each Total (100, 50, 80); Still to come: 100 of 100 (equal), 0 of 50 and 30 of 80 (below).
    const owedRows = [
      ["2026-10-20", "INV-1", "Acme", 100, null, 100, 100],
      ["2026-06-10", "INV-2", "Acme", null, 50, 0, 50],
      ["2026-10-05", "INV-3", "Brill", 80, null, 30, 80],
    ];
    expect(warned(read([block("Aged Receivables Detail", twoBuckets, owedRows)]))).toEqual(["Still to come"]);
  });
});
