/**
 * Shapes found on the eleventh new user's pass (English exports, corpus 120–125), read through
 * header detection as a workbook would be. Expected figures are worked by hand in the comments.
 */
import { buildLedger } from "../../../src/core/ledger";
import { issueText } from "../../../src/core/ledger/issueTexts";
import { accountsAsOf } from "../../../src/core/allocation";
import { detectTables, toLedgerInput } from "../../../src/workbook/schema";
import type { RawCell, SourceBlock } from "../../../src/workbook/port";
import type { Ledger } from "../../../src/core/model";
import { block, day } from "../builders";

const read = (blocks: SourceBlock[]): Ledger => buildLedger(toLedgerInput(detectTables(blocks)));
const problems = (ledger: Ledger) => ledger.issues.filter((i) => i.severity !== "info");
const openItems = (ledger: Ledger, name: string, asOf: string) =>
  accountsAsOf(ledger, day(asOf)).find((a) => a.customer.name === name)!.openItems.map((item) => [item.invoice.invoiceNo, item.open]);

describe("QuickBooks Invoices and Received Payments: a payment indented under its invoice", () => {
  const headers = ["", "Type", "Date", "Num", "Memo", "Amount", "Balance"];
  // Birchwood's July invoice is still open; its October payment is nested under the September one.
  const rows = (paymentType: string): RawCell[][] => [
    ["Birchwood Dental Group"],
    [null, "Invoice", "7/9/2026", "3041", "Hygiene supplies", 1840, 1840],
    [null, "Invoice", "9/14/2026", "3077", "Chair upholstery", 2250, 4090],
    [null, paymentType, "10/6/2026", null, null, -2250, 1840],
    [null, "Invoice", "10/20/2026", "3102", "Gloves", 460.8, 2300.8],
    ["Total Birchwood Dental Group", null, null, null, null, 2300.8, 2300.8],
  ];

  it("settles the invoice it is nested under, not the customer's oldest", () => {
    const ledger = read([block("Sheet1", headers, rows("    Payment"))]);
    expect(problems(ledger)).toEqual([]);
    expect(ledger.payments.map((p) => [p.amount.minor, p.invoiceNo])).toEqual([[225000, "3077"]]);
    // 3041 stays open whole (1,840.00), 3077 is paid, 3102 open.
    expect(openItems(ledger, "Birchwood Dental Group", "2026-10-31")).toEqual([["3041", 184000], ["3102", 46080]]);
  });

  it("says once per table that the nested payments settle the invoice above them (en + zh)", () => {
    const notes = read([block("Sheet1", headers, rows("    Payment"))]).issues.filter((i) => i.code === "paymentsNested");
    expect(notes.map((i) => [i.severity, i.column])).toEqual([["info", "Type"]]);
    expect(issueText(notes[0], "en")).toBe("1 payment with no number of its own, indented under an invoice, settles the invoice above (first: row 5), not the customer's oldest");
    expect(issueText(notes[0], "zh")).toBe("1 笔收款无单号、缩进列在发票下方：冲抵其上方的发票（第一行：第 5 行），而非该客户最早的发票");
  });

  it("reads a no-break or full-width space as the same indent", () => {
    for (const indent of ["\u00a0\u00a0Payment", "\u3000Payment", "\tPayment"]) {
      const ledger = read([block("Sheet1", headers, rows(indent))]);
      expect([indent, ledger.payments.map((p) => p.invoiceNo)]).toEqual([indent, ["3077"]]);
    }
  });

  it("edge cases: a payment not indented stays unapplied money of the customer, settling the oldest (DESIGN §2)", () => {
    const ledger = read([block("Sheet1", headers, rows("Payment"))]);
    expect(ledger.payments.map((p) => p.invoiceNo)).toEqual([undefined]);
    // 2,250.00 settles 3041 (1,840.00) and 410.00 of 3077.
    expect(openItems(ledger, "Birchwood Dental Group", "2026-10-31")).toEqual([["3077", 184000], ["3102", 46080]]);
  });

  it("edge cases: an indented payment that is not right under its invoice (a payment of no invoice between) is not nested", () => {
    const apart: RawCell[][] = [
      ["Birchwood Dental Group"],
      [null, "Invoice", "2026-07-09", "3041", "Hygiene supplies", 1840, 1840],
      [null, "Invoice", "2026-09-14", "3077", "Chair upholstery", 2250, 4090],
      [null, "Payment", "2026-10-01", null, null, -1000, 3090],
      [null, "    Payment", "2026-10-06", null, null, -500, 2590],
      ["Total Birchwood Dental Group", null, null, null, null, 2590, 2590],
    ];
    const ledger = read([block("Sheet1", headers, apart)]);
    expect(ledger.payments.map((p) => [p.amount.minor, p.invoiceNo])).toEqual([[100000, undefined], [50000, undefined]]);
  });
});

describe("a billing tool's statuses (Chargebee's CSV export)", () => {
  const headers = ["Invoice Number", "Customer Id", "Customer Company", "Invoice Date", "Due Date", "Status", "Total"];
  const rows: RawCell[][] = [
    ["CB-1", "16BjoZS2mX", "Juniper Analytics Inc", "2026-08-05 09:12:51", "2026-09-04 09:12:51", "not_paid", "1,200.00"],
    ["CB-2", "16BjoZS2mX", "Juniper Analytics Inc", "2026-09-05 09:13:02", "2026-10-05 09:13:02", "payment_due", "1,200.00"],
    ["CB-3", "16BjoZS2mX", "Juniper Analytics Inc", "2026-07-05 09:12:44", "2026-08-04 09:12:44", "paid", "1,200.00"],
    ["CB-4", "Azq8Wk71Lp", "Copperleaf Media LLC", "2026-07-22 16:40:09", "2026-08-21 16:40:09", "written_off", "860.00"],
    ["CB-5", "Azq8Wk71Lp", "Copperleaf Media LLC", "2026-08-22 16:40:15", "2026-09-21 16:40:15", "voided", "860.00"],
    ["CB-6", "Azq8Wk71Lp", "Copperleaf Media LLC", "2026-09-22 16:40:22", "2026-10-22 16:40:22", "Payment Due", "945.50"],
  ];

  it("reads snake_case statuses as words: not_paid and payment_due owed, paid settled, written_off and voided skipped; no warning", () => {
    const ledger = read([block("Invoices", headers, rows)]);
    expect(problems(ledger)).toEqual([]);
    expect(openItems(ledger, "Juniper Analytics Inc", "2026-10-31")).toEqual([["CB-1", 120000], ["CB-2", 120000]]);
    expect(openItems(ledger, "Copperleaf Media LLC", "2026-10-31")).toEqual([["CB-6", 94550]]);
  });

  it("names the customer by Customer Company beside the Customer Id", () => {
    const ledger = read([block("Invoices", headers, rows)]);
    expect(ledger.customers.map((c) => [c.id, c.name])).toEqual([["16BjoZS2mX", "Juniper Analytics Inc"], ["Azq8Wk71Lp", "Copperleaf Media LLC"]]);
  });

  it("says the written-off document with the status as the sheet words it (en + zh)", () => {
    const note = read([block("Invoices", headers, rows)]).issues.find((i) => i.code === "writtenOffSkipped")!;
    expect(issueText(note, "en")).toBe('skipped 1 document written off as bad debt (Status "written_off"; first: row 5): no longer counted as owed');
    expect(issueText(note, "zh")).toBe("已跳过 1 张已核销为坏账的单据（Status“written_off”；第一行：第 5 行）：不再计入应收");
  });
});

describe("a status-only export (Total and Status, no paid or open amount)", () => {
  const headers = ["Invoice #", "Customer", "Invoice Date", "Due Date", "Status", "Total"];

  it("warns that a partly paid invoice is counted as owed in full: no column says how much was paid (en + zh)", () => {
    const ledger = read([block("Invoices", headers, [
      ["1001", "Acme", "2026-09-01", "2026-10-01", "Partially Paid", "100.00"],
      ["1002", "Acme", "2026-09-05", "2026-10-05", "Unpaid", "200.00"],
      ["1003", "Acme", "2026-09-06", "2026-10-06", "部分收款", "50.00"],
    ])]);
    const warned = problems(ledger);
    expect(warned.map((i) => [i.code, i.row, i.value])).toEqual([["partPaidUnknown", 2, "Partially Paid"], ["partPaidUnknown", 4, "部分收款"]]);
    expect(issueText(warned[0], "en")).toContain("status says partly paid, but no column says how much: counted as owed in full");
    expect(issueText(warned[0], "zh")).toContain("状态为部分收款，但没有列注明收了多少：按全额未收计");
    expect(openItems(ledger, "Acme", "2026-10-31")).toEqual([["1001", 10000], ["1002", 20000], ["1003", 5000]]);
  });

  it("edge cases: with an open amount beside the status, partly paid says nothing (the amount decides)", () => {
    const ledger = read([block("Invoices", [...headers, "Amount Due"], [["1001", "Acme", "2026-09-01", "2026-10-01", "Partially Paid", "100.00", "40.00"]])]);
    expect(problems(ledger)).toEqual([]);
    expect(openItems(ledger, "Acme", "2026-10-31")).toEqual([["1001", 4000]]);
  });
});
