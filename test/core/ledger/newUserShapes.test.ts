/**
 * Shapes found on a new user's pass (Tally, Sage 50, 台账 in 万元), read through header detection
 * as a workbook would be. Expected figures are worked by hand in the comments.
 */
import { buildLedger } from "../../../src/core/ledger";
import { headerUnit } from "../../../src/core/ledger/_lib/headerUnits";
import { issueText } from "../../../src/core/ledger/issueTexts";
import { accountsAsOf } from "../../../src/core/allocation";
import { detectTables, toLedgerInput } from "../../../src/workbook/schema";
import type { SourceBlock } from "../../../src/workbook/port";
import type { Ledger } from "../../../src/core/model";
import { block, day, isoOf } from "../builders";

const read = (blocks: SourceBlock[]): Ledger => buildLedger(toLedgerInput(detectTables(blocks)));
const balances = (ledger: Ledger, asOf: string) =>
  Object.fromEntries(accountsAsOf(ledger, day(asOf)).map((a) => [`${a.customer.name} ${a.currency}`, a.balance]));

describe("money columns whose header states a unit", () => {
  it("names the unit and its power of ten, and nothing for a currency in brackets", () => {
    expect(headerUnit("应收金额（万元）")).toEqual({ unit: "万元", power: 4 });
    expect(headerUnit("金额(万)")).toEqual({ unit: "万元", power: 4 });
    expect(headerUnit("信用额度（千元）")).toEqual({ unit: "千元", power: 3 });
    expect(headerUnit("Amount (in thousands)")).toEqual({ unit: "thousands", power: 3 });
    expect(headerUnit("Balance ('000)")).toEqual({ unit: "thousands", power: 3 });
    expect(headerUnit("金额（元）")).toBeUndefined();
    expect(headerUnit("Amount (USD)")).toBeUndefined();
    expect(headerUnit("Amount")).toBeUndefined();
  });

  it("reads 万元 amounts in yuan, exactly, and says so once per column in both languages", () => {
    const ledger = read([block("应收台账", ["客户名称", "合同号", "开票日期", "应收金额（万元）", "已收金额（万元）"], [
      ["恒润精密", "HR-1", "2026-07-08", 12.3456, 10], // 123,456.00 − 100,000.00 = 23,456.00
      ["恒润精密", "HR-2", "2026-09-16", "8.5", "0"], // text: 85,000.00
      ["港华物流", "GH-1", "2026-08-30", 36.08, "¥20.5"], // 360,800.00 − 205,000.00 = 155,800.00
    ])]);
    expect(ledger.invoices.map((i) => [i.invoiceNo, i.amount.minor])).toEqual([["HR-1", 12345600], ["HR-2", 8500000], ["GH-1", 36080000]]);
    expect(balances(ledger, "2026-10-31")).toEqual({ "恒润精密 CNY": 10845600, "港华物流 CNY": 15580000 });
    const notes = ledger.issues.filter((i) => i.code === "amountsInUnit");
    expect(notes.map((i) => [i.severity, i.column])).toEqual([["info", "应收金额（万元）"], ["info", "已收金额（万元）"]]);
    expect(notes[0].reason).toBe("the header states the unit 万元: amounts read × 10,000 (1.5 → 15,000)");
    expect(issueText(notes[0], "zh")).toBe("表头注明单位为万元：金额已乘以 10,000 读入（1.5 → 15,000）");
  });
});

describe("money columns with a unit, in the customer list and in money not read", () => {
  it("reads a credit limit in 万元, and tallies an unreadable row's money in yuan", () => {
    const ledger = read([
      block("客户", ["客户编号", "客户名称", "信用额度（万元）"], [["K1", "恒润精密", 50]]),
      block("发票", ["发票号", "客户编号", "开票日期", "金额（万元）"], [["F1", "K1", "2026-09-01", 1.2], ["F2", "K1", "不详", 0.5]]),
    ]);
    expect(ledger.customers.map((c) => [c.id, c.creditLimit?.minor])).toEqual([["K1", 50000000]]); // 500,000.00
    expect(ledger.invoices.map((i) => i.amount.minor)).toEqual([1200000]); // 12,000.00
    expect(ledger.unread?.rows).toBe(1);
    expect(ledger.unread?.byCurrency).toEqual({ CNY: 500000 }); // 5,000.00
  });
});

describe("Tally Bills Receivable", () => {
  it("reads Party's Name, d-Mon-yy dates and Pending Amount with Dr/Cr in lakh grouping", () => {
    const ledger = read([block("Bills Receivable", ["Date", "Ref. No.", "Party's Name", "Pending Amount", "Due on"], [
      ["5-Jul-26", "SAL/0412", "Sharma Traders", "48,500.00 Dr", "4-Aug-26"],
      ["12-Oct-26", "RCPT/0090", "Sharma Traders", "5,000.00 Cr", null],
      ["28-Aug-26", "SAL/0449", "Kaveri Agencies", "1,06,000.00 Dr", "27-Sep-26"],
    ])]);
    expect(ledger.issues.filter((i) => i.severity !== "info")).toEqual([]);
    expect(ledger.invoices.map((i) => [i.invoiceNo, i.customerId, isoOf(i.invoiceDate), i.amount.minor])).toEqual([
      ["SAL/0412", "Sharma Traders", "2026-07-05", 4850000],
      ["RCPT/0090", "Sharma Traders", "2026-10-12", -500000],
      ["SAL/0449", "Kaveri Agencies", "2026-08-28", 10600000],
    ]);
    // 48,500.00 − 5,000.00 advance = 43,500.00
    expect(balances(ledger, "2026-10-31")).toEqual({ "Sharma Traders USD": 4350000, "Kaveri Agencies USD": 10600000 });
  });
});

describe("Sage 50 customer activity", () => {
  it("reads SI as invoices, SC as credits and SR as receipts, whatever the sign printed", () => {
    const ledger = read([block("Customer Activity", ["A/C", "Name", "Type", "Date", "Ref", "Amount", "O/S"], [
      ["ASH001", "Ashdown Joinery", "SI", "14/07/2026", "10231", "£1,440.00", "£1,440.00"],
      ["ASH001", "Ashdown Joinery", "SC", "02/10/2026", "CN0045", "£240.00", "£240.00"],
      ["BRO002", "Brookfield Vets", "SI", "19/08/2026", "10262", "£615.60", "£615.60"],
      ["BRO002", "Brookfield Vets", "SR", "13/10/2026", "BACS", "£300.00", "£300.00"],
    ])]);
    expect(ledger.customers.map((c) => [c.id, c.name])).toEqual([["ASH001", "Ashdown Joinery"], ["BRO002", "Brookfield Vets"]]);
    // 1,440.00 − 240.00 = 1,200.00; 615.60 − 300.00 = 315.60
    expect(balances(ledger, "2026-10-31")).toEqual({ "Ashdown Joinery GBP": 120000, "Brookfield Vets GBP": 31560 });
  });
});

describe("what a hand-kept ledger says beside the figures", () => {
  const headers = ["客户名称", "发票号", "开票日期", "到期日", "金额", "已收金额", "备注"];

  it("skips a row whose 备注 says only 作废, and warns where 备注 says 已结清 or 坏账 on a row still open", () => {
    const ledger = read([block("台账", headers, [
      ["甲公司", "F-2", "2026/3/6", "2026-04-05", "5,000.00", 0, "作废"],
      ["甲公司", "F-3", "2026/3/7", "2026-04-06", "6,000.00", 0, "坏账"],
      ["甲公司", "F-4", "2026/3/8", "2026-04-07", "7,000.00", "7,000.00", "已结清"],
      ["甲公司", "F-5", "2026/3/9", "2026-04-08", "8,000.00", 0, "已结清"],
      ["甲公司", "F-6", "2026/3/9", "2026-04-08", "900.00", 0, "客户说下月付"],
    ])]);
    expect(ledger.invoices.map((i) => i.invoiceNo)).toEqual(["F-3", "F-4", "F-5", "F-6"]);
    expect(ledger.issues.map((i) => [i.severity, i.row, i.value ?? "", i.code])).toEqual([
      ["warning", 3, "坏账", "noteSaysWrittenOff"],
      ["warning", 5, "已结清", "noteSaysPaid"],
      ["info", 0, "", "voidSkipped"],
    ]);
    expect(issueText(ledger.issues[1], "zh")).toBe("备注写明已结清，但该行仍有 8,000.00 未收：按未收计算（如已收款，请更正已收金额或未收金额）");
    // The figures win: 6,000.00 + 8,000.00 + 900.00 are still owed.
    expect(balances(ledger, "2026-10-31")).toEqual({ "甲公司 CNY": 1490000 });
  });

  it("says what to write for a two-digit year, naming the cell", () => {
    const ledger = read([block("台账", headers, [["甲公司", "F-1", "26-3-5", null, "100.00", 0, null]])]);
    expect(ledger.issues.map((i) => [i.row, i.column, i.value, i.reason])).toEqual([
      [2, "开票日期", "26-3-5", "InvoiceDate: two-digit year (26-3-5: 2026-03-05 or 2005-03-26?): write the date as YYYY-MM-DD: row not read"],
    ]);
    expect(issueText(ledger.issues[0], "zh")).toBe("开票日期两位数年份（26-3-5 是 2026-03-05 还是 2005-03-26？无法确定）：请写成 YYYY-MM-DD：该行未读入");
  });
});

describe("invoice numbers", () => {
  const headers = ["Customer", "Invoice No", "Invoice Date", "Due Date", "Amount"];

  it("lets two customers have the same number, and refuses a number repeated within one customer", () => {
    const ledger = read([block("Invoices", headers, [
      ["Acme", "A-1", "2026-09-01", "2026-10-01", 1200],
      ["Beta", "A-1", "2026-08-01", "2026-08-31", 300],
      ["Acme", "A-1", "2026-09-05", "2026-10-05", 700],
    ])]);
    expect(ledger.invoices.map((i) => [i.customerId, i.invoiceNo, i.amount.minor])).toEqual([["Acme", "A-1", 120000], ["Beta", "A-1", 30000]]);
    expect(ledger.issues.map((i) => [i.severity, i.row, i.code])).toEqual([["error", 4, "duplicate"]]);
    expect(ledger.unread?.rows).toBe(1);
  });

  it("matches a payment to the invoice of its own customer when numbers repeat across customers", () => {
    const ledger = buildLedger(toLedgerInput(detectTables([
      block("Invoices", headers, [["Acme", "A-1", "2026-09-01", "2026-10-01", 1200], ["Beta", "A-1", "2026-08-01", "2026-08-31", 300]]),
      block("Payments", ["Date", "Customer", "Amount", "Invoice No"], [["2026-10-10", "Beta", 300, "A-1"]]),
    ])));
    expect(ledger.issues).toEqual([]);
    expect(ledger.payments.map((p) => [p.customerId, p.invoiceNo, p.amount.minor])).toEqual([["Beta", "A-1", 30000]]);
    expect(balances(ledger, "2026-10-31")).toEqual({ "Acme USD": 120000, "Beta USD": 0 });
  });

  it("shows a due date before the invoice date as a date, not as its serial", () => {
    // 46204 = 2026-07-01, 46235 = 2026-08-01 (45961 = 2025-10-31, plus 243 and 274 days)
    const ledger = read([block("Invoices", headers, [["Beta", "B-1", 46235, 46204, 300]])]);
    expect(ledger.issues.map((i) => [i.column, i.value, i.reason])).toEqual([
      ["Due Date", "2026-07-01", "DueDate is before InvoiceDate 2026-08-01: as of 2026-08-01 or later aged from the due date as written; as of an earlier day in no figure"],
    ]);
  });

  it("names a mistyped year on the InvoiceDate cell (2099 for 2026), keeps the date, and the invoice is in no figure before it", () => {
    // 2099-10-05 is 72 years after its due date 2026-11-04: no slip of a day, the invoice date is the suspect.
    const ledger = read([block("Invoices", headers, [
      ["Acme", "A-1", "2026-09-05", "2026-10-05", 100],
      ["Acme", "A-2", "2099-10-05", "2026-11-04", 250],
    ])]);
    expect(ledger.issues.map((i) => [i.row, i.column, i.value, i.code])).toEqual([[3, "Invoice Date", "2099-10-05", "invoiceDateFarAfterDue"]]);
    expect(ledger.issues[0].reason).toBe("InvoiceDate 2099-10-05 is more than a year after its DueDate 2026-11-04 (a mistyped year?): kept as written, so as of any day before 2099-10-05 this invoice is in no figure (report, statements, reminders)");
    expect(issueText(ledger.issues[0], "zh")).toBe("开票日期 2099-10-05 比到期日 2026-11-04 晚一年以上（年份是否输错？）：按原样保留，因此截止日早于 2099-10-05 时，此发票不计入任何数字（报表、对账单、催款）");
    expect(isoOf(ledger.invoices[1].invoiceDate)).toBe("2099-10-05");
    // What the text says: only A-1 as of 2026-11-30; both once the invoice is dated.
    expect(balances(ledger, "2026-11-30")).toEqual({ "Acme USD": 10000 });
    expect(balances(ledger, "2099-10-05")).toEqual({ "Acme USD": 35000 });
  });
});

describe("a unit stated in a title row above the header", () => {
  it("reads the money columns under 单位：万元 in yuan and names the unit on each, leaving dates and names alone", () => {
    const ledger = read([block("应收台账", ["2026年应收账款台账", "", "", ""], [
      [null, null, null, "单位：万元"],
      ["客户名称", "合同号", "开票日期", "应收金额"],
      ["恒润精密", "HR-1", "2026-07-08", 12.3456], // 123,456.00
    ])]);
    expect(ledger.invoices.map((i) => [i.invoiceNo, i.amount.minor])).toEqual([["HR-1", 12345600]]);
    expect(ledger.issues.map((i) => [i.severity, i.column, i.code])).toEqual([["info", "应收金额（万元）", "amountsInUnit"]]);
  });

  it("leaves a sheet in 元 as it is", () => {
    const ledger = read([block("应收台账", ["2026年应收账款台账", "", "", ""], [
      [null, null, null, "单位：元"],
      ["客户名称", "合同号", "开票日期", "应收金额"],
      ["恒润精密", "HR-1", "2026-07-08", 12.3456],
    ])]);
    expect(ledger.invoices.map((i) => i.amount.minor)).toEqual([1235]);
    expect(ledger.issues).toEqual([]);
  });
});

describe("headers of other exports and 台账", () => {
  it("畅捷通 T+ 对账: 本期应收 / 本期收回 / 期末余额 are debit, credit and the running balance", () => {
    const ledger = read([block("Sheet1", ["单据日期", "单据编号", "客户", "摘要", "本期应收", "本期收回", "期末余额"], [
      ["2026-08-01", "XS001", "甲公司", "销售", 1000, null, 1000],
      ["2026-09-01", "SK001", "甲公司", "收款", null, 400, 600],
    ])]);
    expect(ledger.issues).toEqual([]);
    expect(balances(ledger, "2026-10-31")).toEqual({ "甲公司 CNY": 60000 }); // 1,000 − 400
  });

  it("MYOB: ID#, Co./Last Name, Orig. Amount and Amt Due", () => {
    const ledger = read([block("Sheet1", ["ID#", "Co./Last Name", "Date", "Due Date", "Orig. Amount", "Amt Due"], [
      ["00000123", "Island Way Supplies", "15/08/2026", "14/09/2026", "$1,100.00", "$1,100.00"],
      ["00000131", "Island Way Supplies", "02/10/2026", "01/11/2026", "$220.00", "$120.00"],
    ])]);
    expect(balances(ledger, "2026-10-31")).toEqual({ "Island Way Supplies USD": 122000 }); // 1,100 + 120
  });

  it("Business Central: Remaining Amt. (LCY) is the open balance", () => {
    const ledger = read([block("Sheet1", ["Posting Date", "Document Type", "Document No.", "Customer No.", "Amount (LCY)", "Remaining Amt. (LCY)", "Due Date"], [
      ["2026-08-01", "Invoice", "103001", "10000", 1000, 350, "2026-08-31"],
    ])]);
    expect(balances(ledger, "2026-10-31")).toEqual({ "10000 USD": 35000 });
  });

  it("台账: 回款金额 is the amount received and 折让金额 an allowance that reduces the open amount", () => {
    const ledger = read([block("Sheet1", ["客户名称", "发票号", "开票日期", "发票金额", "折让金额", "回款金额"], [
      ["丁公司", "F1", "2026-08-01", 1000, 100, 200],
    ])]);
    expect(balances(ledger, "2026-10-31")).toEqual({ "丁公司 CNY": 70000 }); // 1,000 − 100 − 200
  });
});

describe("a customer's subtotal labelled after its name", () => {
  it("skips `Acme Ltd Total`, `甲公司 小计` and `甲公司合计` rows as totals, not as invoices without a number", () => {
    const en = read([block("Sheet1", ["Customer", "Invoice No", "Invoice Date", "Amount"], [
      ["Acme Ltd", "A1", "2026-09-01", 1000],
      ["Acme Ltd Total", null, null, 1000],
    ])]);
    const zh = read([block("Sheet1", ["客户名称", "发票号", "开票日期", "金额"], [
      ["甲公司", "F1", "2026-09-01", 1000],
      ["甲公司 小计", null, null, 1000],
      ["甲公司合计", null, null, 1000],
    ])]);
    for (const ledger of [en, zh]) {
      expect(ledger.issues.map((i) => [i.severity, i.code])).toEqual([["info", "rowsSkipped"]]);
      expect(ledger.unread?.rows ?? 0).toBe(0);
    }
  });

  it("still reads an invoice of a customer whose name ends in Total when it has a number and a date", () => {
    const ledger = read([block("Sheet1", ["Customer", "Invoice No", "Invoice Date", "Amount"], [["Grand Slam Total", "G1", "2026-09-01", 250]])]);
    expect(ledger.invoices.map((i) => [i.customerId, i.invoiceNo])).toEqual([["Grand Slam Total", "G1"]]);
  });
});
