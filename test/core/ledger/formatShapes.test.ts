/**
 * Shapes found on the second new user's pass (Odoo Journal Items, SAP FBL5N list output, Zoho
 * Books, a Swiss ledger, a 台账 with a month-only date), read through header detection as a
 * workbook would be. Expected figures are worked by hand in the comments.
 */
import { buildLedger } from "../../../src/core/ledger";
import { issueText } from "../../../src/core/ledger/issueTexts";
import { isNoMoney } from "../../../src/core/ledger/_lib/readCell";
import { rowKind } from "../../../src/core/ledger/_lib/rowKinds";
import { accountsAsOf } from "../../../src/core/allocation";
import { detectTables, toLedgerInput } from "../../../src/workbook/schema";
import type { SourceBlock } from "../../../src/workbook/port";
import type { Ledger } from "../../../src/core/model";
import { block, day, isoOf } from "../builders";

const read = (blocks: SourceBlock[]): Ledger => buildLedger(toLedgerInput(detectTables(blocks)));
const balances = (ledger: Ledger, asOf: string) =>
  Object.fromEntries(accountsAsOf(ledger, day(asOf)).map((a) => [`${a.customer.name} ${a.currency}`, a.balance]));
const problems = (ledger: Ledger) => ledger.issues.filter((i) => i.severity !== "info");

describe("Odoo Journal Items", () => {
  const journal = () => block("Journal Items", ["Date", "Journal Entry", "Account", "Partner", "Label", "Debit", "Credit", "Matching"], [
    [46209, "INV/2026/00041", "121000 Account Receivable", "Azure Interior", "INV/2026/00041", 3680, 0, "A12"], // 2026-07-06
    [46238, "PBNK1/2026/00087", "121000 Account Receivable", "Azure Interior", "Customer Payment", 0, 3680, "A12"], // 2026-08-04
    [46279, "INV/2026/00063", "121000 Account Receivable", "Azure Interior", "INV/2026/00063", 2100, 0, "P7"], // 2026-09-14
    [46311, "PBNK1/2026/00102", "121000 Account Receivable", "Azure Interior", "Customer Payment", 0, 1000, "P7"], // 2026-10-16
    [46264, "INV/2026/00055", "121000 Account Receivable", "Deco Addict", "INV/2026/00055", 9250, 0, null], // 2026-08-30
  ]);

  it("keys customers by Partner, not by the receivable Account every row shares", () => {
    const detection = detectTables([journal()]);
    expect(detection.invoices?.columns.CustomerID).toBeUndefined();
    expect(detection.invoices?.unmapped).toContain("Account");
    expect(read([journal()]).customers.map((c) => c.name).sort()).toEqual(["Azure Interior", "Deco Addict"]);
  });

  it("reads a credit row with 0 in Debit as a receipt: 3,680 + 2,100 − 3,680 − 1,000 = 1,100.00 still owed", () => {
    const ledger = read([journal()]);
    expect(problems(ledger)).toEqual([]);
    expect(ledger.payments.map((p) => [isoOf(p.date), p.amount.minor])).toEqual([["2026-08-04", 368000], ["2026-10-16", 100000]]);
    expect(balances(ledger, "2026-10-31")).toEqual({ "Azure Interior USD": 110000, "Deco Addict USD": 925000 });
  });

  it("keeps an account column that names customers (one customer on every row stays one customer)", () => {
    const ledger = read([block("Ledger", ["Account", "Customer Name", "Invoice No", "Invoice Date", "Amount"], [
      ["C-001", "ABC Ltd", "1", "2026-09-01", 100],
      ["C-001", "ABC Limited", "2", "2026-09-02", 200],
    ])]);
    expect(ledger.customers.map((c) => c.id)).toEqual(["C-001"]);
  });
});

describe("a zero on the unused side of a debit/credit pair", () => {
  it("is no money; any other amount, or text that is not one, is", () => {
    for (const cell of [null, "", "  ", 0, "0", "0.00", "-", "¥0.00", "(0.00)"]) expect([cell, isNoMoney(cell)]).toEqual([cell, true]);
    for (const cell of [0.01, -5, "1.00", "n/a", true]) expect([cell, isNoMoney(cell)]).toEqual([cell, false]);
  });
});

describe("SAP list output (FBL5N)", () => {
  it("takes `*` and `**` rows as subtotals, never as invoices without a number", () => {
    expect(rowKind(["*", null, null, "26.566,70", "EUR"])).toBe("footer");
    expect(rowKind(["**", null, null, "29.152,60", "EUR"])).toBe("footer");
    expect(rowKind(["*ABC", null, null, "1,00", "EUR"])).toBe("data");
  });

  it("reads DocumentNo before Assignment, Net due dt, Amount in DC and the trailing minus", () => {
    const ledger = read([block("FBL5N", ["Customer", "Assignment", "DocumentNo", "Type", "Doc. Date", "Net due dt", "Amount in DC", "Curr."], [
      ["100045", "A-77", "0090001234", "RV", "30.06.2026", "30.07.2026", "12.480,00", "EUR"],
      ["100045", "A-78", "1400000211", "DZ", "05.10.2026", "05.10.2026", "5.000,00-", "EUR"],
      ["*", null, null, null, null, null, "7.480,00", "EUR"],
    ])]);
    expect(problems(ledger)).toEqual([]);
    expect(ledger.invoices.map((i) => [i.invoiceNo, isoOf(i.dueDate), i.amount.minor])).toEqual([["0090001234", "2026-07-30", 1248000], ["1400000211", "2026-10-05", -500000]]);
    expect(balances(ledger, "2026-10-31")).toEqual({ "100045 EUR": 748000 }); // 12,480.00 − 5,000.00
  });
});

describe("invoice numbers beside a system's internal key", () => {
  it("takes Zoho's Invoice Number, not its Invoice ID", () => {
    const detection = detectTables([block("Invoice", ["Invoice Date", "Invoice ID", "Invoice Number", "Customer Name", "Total"], [
      ["2026-09-04", "2298410000000045107", "INV-000029", "Zylker Corp", 1830],
    ])]);
    expect(detection.invoices?.headers.InvoiceNo).toBe("Invoice Number");
  });

  it("still reads Invoice ID as the number when it is the only one", () => {
    const detection = detectTables([block("Invoice", ["Invoice Date", "Invoice ID", "Customer Name", "Total"], [["2026-09-04", "77", "Zylker Corp", 1830]])]);
    expect(detection.invoices?.headers.InvoiceNo).toBe("Invoice ID");
  });
});

describe("a ledger on a sheet named like a customer list", () => {
  it("reads a `Debtors` sheet that holds invoices as the invoice list", () => {
    const ledger = read([block("Debtors", ["Customer", "Invoice No", "Invoice Date", "Amount"], [["Vaduz Treuhand", "RE-171", "Wed 08/07/2026", "Fr. 12'500.–"]])]);
    expect(problems(ledger)).toEqual([]);
    // 8 July 2026 is a Wednesday (8 August a Saturday): the weekday decides d/m/y.
    expect(ledger.invoices.map((i) => [i.invoiceNo, isoOf(i.invoiceDate), i.amount.minor, i.amount.currency])).toEqual([["RE-171", "2026-07-08", 1250000, "CHF"]]);
  });
});

describe("a date typed as a month only", () => {
  it("is refused naming sheet, row, column and value, in English and Chinese, and its money is counted as not read", () => {
    const ledger = read([block("应收台账", ["客户名称", "发票号码", "开票日期", "应收金额"], [
      ["厦门鹭江贸易", "XM-77", "二〇二六年八月十二日", "31,200.00"],
      ["厦门鹭江贸易", "XM-79", "2026年8月", "7,980.00"],
    ])]);
    expect(ledger.invoices.map((i) => [i.invoiceNo, isoOf(i.invoiceDate)])).toEqual([["XM-77", "2026-08-12"]]);
    const [issue] = problems(ledger);
    expect([issue.sheet, issue.row, issue.column, issue.value]).toEqual(["应收台账", 3, "开票日期", "2026年8月"]);
    expect(issue.reason).toBe("InvoiceDate is a month without a day: write the full date as YYYY-MM-DD: row not read");
    expect(issueText(issue, "zh")).toBe("开票日期只有年月、没有日：请写出完整日期 YYYY-MM-DD：该行未读入");
    expect(ledger.unread?.byCurrency).toEqual({ CNY: 798000 });
  });
});
