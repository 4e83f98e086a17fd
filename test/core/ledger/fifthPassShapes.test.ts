/**
 * Shapes found on the fifth new user's pass, read through header detection as a workbook would be:
 * Dynamics GP's Historical Aged Trial Balance (a title block of `Label: value` cells, two header
 * rows, `Customer ID: … Name: …` lines, open amounts in the aging columns, `<name> Totals:`), and
 * what must not change for an aging detail whose buckets only spread its Total (Xero). Expected
 * figures are worked by hand in the comments.
 */
import { buildLedger } from "../../../src/core/ledger";
import { customerLine, isPeriodTotal } from "../../../src/core/ledger/_lib/rowKinds";
import { issueText } from "../../../src/core/ledger/issueTexts";
import { accountsAsOf } from "../../../src/core/allocation";
import { detectTables, toLedgerInput } from "../../../src/workbook/schema";
import { headerRowScore } from "../../../src/workbook/schema/findHeaderRow";
import type { RawCell, SourceBlock } from "../../../src/workbook/port";
import type { Ledger } from "../../../src/core/model";
import { block, day } from "../builders";

const read = (blocks: SourceBlock[]): Ledger => buildLedger(toLedgerInput(detectTables(blocks)));
const balances = (ledger: Ledger, asOf: string) =>
  Object.fromEntries(accountsAsOf(ledger, day(asOf)).map((a) => [`${a.customer.name} ${a.currency}`, a.balance]));
const problems = (ledger: Ledger) => ledger.issues.filter((i) => i.severity !== "info");
/** A sheet as the reader hands it over: its first non-empty row as the header, the rest as rows. */
const sheet = (name: string, rows: RawCell[][]): SourceBlock => {
  const width = Math.max(...rows.map((r) => r.length));
  return block(name, rows[0].map((c) => (c === null ? "" : String(c))).concat(Array(width - rows[0].length).fill("")), rows.slice(1));
};

describe("Dynamics GP Historical Aged Trial Balance", () => {
  const rows: RawCell[][] = [
    ["System:", "10/31/2026", "5:12:33 PM", null, "Fabrikam, Inc.", null, null, "Page:", 1],
    ["User Date:", "10/31/2026", null, null, "HISTORICAL AGED TRIAL BALANCE"],
    ["Customer ID:", "First", null, "Last"],
    ["Sorted By:", "Customer ID"],
    ["Customer ID", "Name", null, "Account Type", null, "Phone 1"],
    ["Document Number", "Type", "Date", "Due Date", "Amount", "Current", "31 - 60 Days", "61 - 90 Days", "91 and Over"],
    ["Customer ID: AARONFIT0001", null, "Name: Aaron Fitz Electrical", null, "Account Type: Open Item"],
    ["STDINV2260", "SLS", "6/15/2026", "7/15/2026", 5000, null, null, null, 3000], // 2,000.00 of it paid
    ["RTN0000031", "RTN", "10/22/2026", "10/22/2026", -400, -400],
    ["Aaron Fitz Electrical Totals:", null, null, null, 4600, -400, 0, 0, 3000],
    ["Customer ID: ADVANCED0002", null, "Name: Advanced Paper Co."],
    ["STDINV2279", "SLS", "8/13/2026", "9/14/2026", 8420.5, null, 8420.5],
    ["Advanced Paper Co. Totals:", null, null, null, 8420.5, 0, 8420.5, 0, 0],
    ["Grand Totals:", "2 Customers", null, null, 13020.5, -400, 8420.5, 0, 3000],
  ];

  it("reads the document rows under each customer line, the open amount from the aging columns", () => {
    const ledger = read([sheet("HATB", rows)]);
    expect(problems(ledger)).toEqual([]);
    expect(ledger.customers.map((c) => c.name)).toEqual(["Aaron Fitz Electrical", "Advanced Paper Co."]);
    // Aaron: 3,000.00 still owed on STDINV2260, the return's 400.00 unapplied: 2,600.00. Advanced: 8,420.50.
    expect(balances(ledger, "2026-10-31")).toEqual({ "Aaron Fitz Electrical USD": 260000, "Advanced Paper Co. USD": 842050 });
    const note = ledger.issues.find((i) => i.code === "openFromBuckets")!;
    expect(note.reason).toBe("no open-balance column, and the aging columns Current, 31 - 60 Days, 61 - 90 Days, 91 and Over disagree with Amount: they are read as each document's open amount (Amount is what it was first)");
    expect(issueText(note, "zh")).toBe("没有未收金额列，而账龄列 Current, 31 - 60 Days, 61 - 90 Days, 91 and Over 与金额不一致：按各单据的未收金额读入（金额为原始金额）");
  });

  it("checks the Totals lines against the aging columns too: a bucket typed wrong is named", () => {
    const typo = rows.map((r) => [...r]);
    typo[11][6] = 8240.5; // STDINV2279's 31 - 60 Days typed 8,240.50; its Totals line still says 8,420.50
    const errors = read([sheet("HATB", typo)]).issues.filter((i) => i.severity === "warning");
    expect(errors.map((i) => [i.row, i.column, i.code])).toEqual([[13, "31 - 60 Days", "totalNotSum"], [14, "31 - 60 Days", "totalNotSum"]]);
    expect(errors[0].reason).toContain("add up to 8,240.50");
  });

  it("changes nothing where the aging columns only spread the Total (Xero's Aged Receivables Detail)", () => {
    const ledger = read([sheet("Aged", [
      ["Invoice Date", "Invoice Number", "Invoice Reference", "Due Date", "Current", "1 Month", "Older", "Total"],
      ["Bayside Club"],
      ["3 Aug 2026", "INV-0031", "Sponsorship", "2 Sep 2026", null, 1495, null, 1495],
      ["28 Sep 2026", "CN-0007", "Refund", "28 Sep 2026", null, -120, null, -120],
      ["Total Bayside Club", null, null, null, null, 1375, null, 1375],
    ])]);
    expect(ledger.issues.some((i) => i.code === "openFromBuckets")).toBe(false);
    // The credit note settles the invoice: 1,495.00 − 120.00.
    expect(balances(ledger, "2026-10-31")).toEqual({ "Bayside Club USD": 137500 });
  });
});

describe("customerLine", () => {
  it.each([
    [["Customer ID: AARONFIT0001", null, "Name: Aaron Fitz Electrical"], "Aaron Fitz Electrical"],
    [["Customer ID: AARONFIT0001", null, "Account Type: Open Item"], "AARONFIT0001"],
    [["Customer: Acme Ltd"], "Acme Ltd"],
    [[null, "客户编号：KH001", "客户名称：上海明远贸易有限公司"], "上海明远贸易有限公司"],
    [["Customer ID:", "First", null, "Last"], undefined], // a range, with no value after the label
    [["INV-1", "Name: Acme"], undefined],
  ])("%j → %s", (row, expected) => {
    expect(customerLine(row)).toBe(expected);
  });
});

describe("a report's `Label: value` rows are no header", () => {
  it("scores `Sorted By: | Customer ID` and `Customer ID: | First` as nothing", () => {
    expect(headerRowScore(["Sorted By:", "Customer ID"])).toBe(0);
    expect(headerRowScore(["Customer ID:", "First", null, "Last"])).toBe(0);
    expect(headerRowScore(["Customer ID", "Name"])).toBeGreaterThan(0.5);
  });
});

describe("a customer name left blank under the row above (merged down, or “same as above”)", () => {
  const headers = ["客户名称", "发票号码", "开票日期", "到期日", "应收金额"];
  it("is that row's customer until a blank or total row, noted once", () => {
    const ledger = read([block("10月", headers, [
      ["佛山美嘉电器有限公司", "F-1", "2026-10-10", "2026-11-09", 1000],
      [null, "F-2", "2026-10-12", "2026-11-11", 200], // row 3: 美嘉
      [null, "F-3", "2026-10-15", "2026-11-14", 30], // row 4: 美嘉
      ["本月合计", null, null, null, 1230],
      [null, "F-4", "2026-10-20", "2026-11-19", 4], // row 6: after the total, no customer above
    ])]);
    expect(ledger.invoices.map((i) => [i.invoiceNo, ledger.customers.find((c) => c.id === i.customerId)?.name])).toEqual([
      ["F-1", "佛山美嘉电器有限公司"], ["F-2", "佛山美嘉电器有限公司"], ["F-3", "佛山美嘉电器有限公司"],
    ]);
    const note = ledger.issues.find((i) => i.code === "customerFromAbove")!;
    expect([note.severity, note.reason]).toEqual(["info", "2 rows without a customer name are the customer of the row above (a merged cell, or left blank as “same as above”; first: row 3)"]);
    expect(issueText(note, "zh")).toBe("2 行客户名称为空，按上一行的客户读入（合并单元格或“同上”留空；第一行：第 3 行）");
    expect(problems(ledger).map((i) => [i.row, i.code])).toEqual([[6, "noCustomer"]]);
  });

  it("is not guessed where customers are keyed by an ID column: the row is named", () => {
    const ledger = read([block("Invoices", ["Customer ID", "Customer Name", "Invoice No", "Invoice Date", "Amount"], [
      ["C1", "Acme", "A-1", "2026-10-10", 100],
      [null, null, "A-2", "2026-10-11", 50],
    ])]);
    expect(ledger.invoices.map((i) => i.invoiceNo)).toEqual(["A-1"]);
    expect(problems(ledger).map((i) => [i.row, i.severity])).toEqual([[3, "error"]]);
  });
});

describe("a 明细账's 本月合计 closes the month, not the customer", () => {
  it("keeps the customer of the title above for the next month's rows, and checks each 本月合计 against its month", () => {
    const ledger = read([block("明细账", ["日期", "凭证号", "摘要", "借方", "贷方", "方向", "余额"], [
      ["往来单位：南京金陵制药设备有限公司"],
      ["2026-09-08", "记-0012", "销售", "28,250.00", null, "借", "28,250.00"],
      [null, null, "本月合计", "28,250.00", null, "借", "28,250.00"],
      ["2026-10-09", "记-0015", "销售", "9,040.00", null, "借", "37,290.00"], // still 南京金陵
      ["2026-10-26", "记-0061", "收到货款", null, "20,000.00", "借", "17,290.00"],
      [null, null, "本月合计", "9,040.00", "2,000.00", "借", "17,290.00"], // row 7: 贷方 typed 2,000.00, the month's is 20,000.00
      [null, null, "本年累计", "82,290.00", "65,000.00", "借", "17,290.00"], // with the months before: not checked
    ])]);
    expect(ledger.customers.map((c) => c.name)).toEqual(["南京金陵制药设备有限公司"]);
    expect(ledger.invoices.map((i) => i.invoiceNo)).toEqual(["记-0012", "记-0015"]);
    expect(problems(ledger).map((i) => [i.row, i.column, i.code])).toEqual([[7, "贷方", "totalNotSum"]]);
  });
  it.each([["本月合计", true], ["本期合计", true], ["本季小计", true], ["月计", true], ["Period total", true], ["合计", false], ["本年累计", false], ["Total Acme", false]])("%s → %s", (label, expected) => {
    expect(isPeriodTotal([null, null, label])).toBe(expected);
  });
});
