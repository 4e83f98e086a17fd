/**
 * Ledgers as clerks keep them (DESIGN §2): each shape, each inference and its override, read
 * through header detection exactly as a workbook would be. Expected values are worked by hand.
 */
import { buildLedger, type LedgerOptions } from "../../../src/core/ledger";
import { accountsAsOf } from "../../../src/core/allocation";
import { detectTables, toLedgerInput } from "../../../src/workbook/schema";
import type { RawCell, SourceBlock } from "../../../src/workbook/port";
import type { Ledger } from "../../../src/core/model";
import { block, day, isoOf } from "../builders";

function read(blocks: SourceBlock[], options?: LedgerOptions): Ledger {
  return buildLedger(toLedgerInput(detectTables(blocks)), options);
}

const reasons = (ledger: Ledger) => ledger.issues.map((i) => `${i.severity} ${i.row} ${i.column ?? ""}: ${i.reason}`);
const balances = (ledger: Ledger, asOf: string) =>
  Object.fromEntries(accountsAsOf(ledger, day(asOf)).map((a) => [`${a.customer.name} ${a.currency}`, a.balance]));

describe("one-sheet ledgers (台账)", () => {
  const headers = ["客户名称", "发票号码", "开票日期", "到期日", "含税金额", "已收金额"];

  it("derives the customers from the invoice rows, keyed by the normalised name", () => {
    const ledger = read([block("台账", headers, [
      ["华通科技", "F1", "2026/9/15", "2026/10/15", "¥1,000.00", null],
      [" 华通科技 ", "F2", "2026年10月8日", null, "¥500.00", "¥100.00"],
      ["ACME  Ltd", "F3", "2026/9/1", null, 300, null],
      ["ＡＣＭＥ Ltd", "F4", "2026/9/2", null, 200, null],
    ])]);
    expect(ledger.issues).toEqual([]);
    // ¥ markers → CNY for the numbers too; Chinese headers → Chinese for a Latin name as well.
    expect(ledger.customers.map((c) => [c.id, c.name, c.currency, c.language])).toEqual([
      ["华通科技", "华通科技", "CNY", "zh"],
      ["ACME  Ltd", "ACME  Ltd", "CNY", "zh"],
    ]);
    expect(ledger.invoices.map((i) => i.customerId)).toEqual(["华通科技", "华通科技", "ACME  Ltd", "ACME  Ltd"]);
    // F2 has no due date: 2026-10-08 + the default 30 days
    expect(isoOf(ledger.invoices[1].dueDate)).toBe("2026-11-07");
  });

  it("joins invoices to a contact list keyed by name, and a customer list without names uses the ID as name", () => {
    const contacts = block("Contacts", ["Customer", "Email", "Credit Limit", "Terms"], [["Blue Harbor Cafe", "ap@bh.example", 5000, "Net 15"]]);
    const invoices = block("Invoices", ["Num", "Customer", "Date", "Amount"], [["1", "blue harbor  cafe", "2026-10-01", 100]]);
    const byName = read([contacts, invoices]);
    expect(byName.customers).toHaveLength(1);
    expect(byName.invoices[0].customerId).toBe("Blue Harbor Cafe");
    expect(isoOf(byName.invoices[0].dueDate)).toBe("2026-10-16"); // Net 15 from the contact list
    expect(byName.customers[0].creditLimit).toEqual({ currency: "USD", minor: 500000 });

    const idOnly = read([block("Customers", ["Customer ID", "Email"], [["C-9", "a@b.example"]]), block("Invoices", ["Invoice No", "Customer ID", "Invoice Date", "Amount"], [["I1", "C-9", "2026-10-01", 5]])]);
    expect(idOnly.issues).toEqual([]);
    expect(idOnly.customers[0]).toMatchObject({ id: "C-9", name: "C-9", email: "a@b.example" });
  });

  it("skips footer, sign-off, timestamp and blank rows as one info note, never as errors", () => {
    const ledger = read([block("台账", headers, [
      ["华通科技", "F1", "2026/9/15", "2026/10/15", "¥1,000.00", null],
      [null, null, null, null, null, null],
      ["合计", null, null, null, "¥1,000.00", null],
      ["制表人：张三", null, null, null, "审核：李四", null],
      ["打印时间：2026-11-01 09:30", null, null, null, null, null],
    ])]);
    expect(reasons(ledger)).toEqual(["info 0 : skipped 3 total/footer rows (first: row 4), 1 blank row: not invoices"]);
    expect(ledger.issues[0]).toMatchObject({ code: "rowsSkipped", params: { footers: 3, notes: 0, blank: 1 } });
    expect(ledger.unread).toEqual({ rows: 0, rowsWithMoney: 0, byCurrency: {}, unsummed: 0 });
  });

  it("takes a customer from a group title row for the rows below it, until a total or blank row", () => {
    const ledger = read([block("Aged Receivables", ["Invoice Date", "Invoice Number", "Due Date", "Invoice Total", "Due"], [
      ["Koala Print Co"],
      ["2026-08-12", "INV-1", "2026-09-11", 3300, 2300],
      ["Total Koala Print Co", null, null, 3300, 2300],
      [],
      ["Wattle Catering"],
      ["2026-09-15", "INV-2", "2026-10-15", 1210, 1210],
      ["Total", null, null, 4510, 3510],
    ])]);
    expect(ledger.invoices.map((i) => [i.invoiceNo, i.customerId, i.paid.minor])).toEqual([["INV-1", "Koala Print Co", 100000], ["INV-2", "Wattle Catering", 0]]);
    expect(ledger.issues.filter((i) => i.severity !== "info")).toEqual([]);
  });
});

describe("a sheet per customer", () => {
  it("reads every sheet laid out like the invoice list, each sheet's name its customer", () => {
    const headers = ["日期", "发票号", "金额", "已收金额"];
    const ledger = read([
      block("华通科技", headers, [["2026-09-01", "F1", 1000, 400], ["2026-10-01", "F2", 500, null]]),
      block("明远贸易", headers, [["2026-09-15", "F3", 800, null]]),
      block("说明", ["项目", "内容"], [["制表", "张三"]]),
    ]);
    expect(ledger.issues).toEqual([]);
    expect(ledger.invoices.map((i) => [i.invoiceNo, i.customerId])).toEqual([["F1", "华通科技"], ["F2", "华通科技"], ["F3", "明远贸易"]]);
    expect(balances(ledger, "2026-10-31")).toEqual({ "华通科技 CNY": 110000, "明远贸易 CNY": 80000 });
  });
});

describe("header rows repeated per page", () => {
  it("skips a repeated header as a note, not as an unread row", () => {
    const headers = ["Invoice No", "Customer", "Invoice Date", "Amount"];
    const ledger = read([block("Export", headers, [["A", "Ann", "2026-10-01", 5], headers, ["B", "Ann", "2026-10-02", 6]])]);
    expect(ledger.invoices.map((i) => i.invoiceNo)).toEqual(["A", "B"]);
    expect(reasons(ledger)).toEqual(["info 0 : skipped 1 title or note row: not invoices"]);
  });
});

describe("open balances, paid dates, transaction types, terms", () => {
  it("takes Open Balance as the source system's result; a negative one stays unapplied credit", () => {
    const ledger = read([block("List", ["Date", "Transaction Type", "Num", "Customer", "Due Date", "Amount", "Open Balance"], [
      ["2026-08-10", "Invoice", "1", "Ann", "2026-09-09", 1500, 0],
      ["2026-07-01", "Invoice", "2", "Ann", "2026-07-31", 2400, 2400],
      ["2026-10-05", "Credit Memo", "3", "Ann", null, 300, 300], // a credit memo counts negative whatever its sign
    ])]);
    expect(ledger.openBalancesGiven).toBe(true);
    expect(ledger.invoices.map((i) => i.amount.minor)).toEqual([150000, 240000, -30000]);
    const [account] = accountsAsOf(ledger, day("2026-10-31"));
    // No re-allocation: the 2,400.00 invoice stays fully open, the credit is unapplied.
    expect(account.openItems.map((o) => [o.invoice.invoiceNo, o.open])).toEqual([["2", 240000]]);
    expect(account.unapplied).toBe(30000);
    expect(account.balance).toBe(210000);
  });

  it("warns when Paid disagrees with the open balance, and the open balance wins", () => {
    const ledger = read([block("List", ["Invoice No", "Customer", "Invoice Date", "Amount", "Paid", "Balance Due"], [["A", "Ann", "2026-10-01", 100, 10, 80]])]);
    expect(ledger.invoices[0].paid.minor).toBe(2000);
    expect(reasons(ledger)).toEqual(["warning 2 Paid: Paid disagrees with the open balance 80: the open balance is used"]);
  });

  it("makes a paid date on the invoice row a dated payment, so an earlier as-of rewinds it", () => {
    const ledger = read([block("AR", ["customerID", "invoiceNumber", "InvoiceDate", "DueDate", "InvoiceAmount", "SettledDate"], [
      ["C1", "I1", "2026-09-01", "2026-10-01", 100, "2026-10-20"],
      ["C1", "I2", "2026-09-05", "2026-10-05", 50, null],
    ])]);
    expect(ledger.hasPaymentsTable).toBe(true);
    expect(ledger.payments.map((p) => [isoOf(p.date), p.invoiceNo, p.amount.minor])).toEqual([["2026-10-20", "I1", 10000]]);
    expect(balances(ledger, "2026-10-10")).toEqual({ "C1 USD": 15000 });
    expect(balances(ledger, "2026-10-31")).toEqual({ "C1 USD": 5000 });
  });

  it("reads payment rows as payments of their customer", () => {
    const ledger = read([block("Txns", ["Date", "Type", "No.", "Customer", "Amount"], [
      ["2026-09-01", "Invoice", "I1", "Ann", 100],
      ["2026-10-02", "Payment", null, "Ann", -60],
    ])]);
    expect(ledger.payments.map((p) => [isoOf(p.date), p.amount.minor, p.invoiceNo])).toEqual([["2026-10-02", 6000, undefined]]);
    expect(balances(ledger, "2026-10-31")).toEqual({ "Ann USD": 4000 });
  });

  it.each([
    ["Net 30", "2026-10-31"], ["N30", "2026-10-31"], ["30 days", "2026-10-31"], ["30天", "2026-10-31"],
    ["月结30天", "2026-11-30"], ["EOM 30", "2026-11-30"], ["Net 30 EOM", "2026-11-30"], ["Due on receipt", "2026-10-01"], [45, "2026-11-15"],
  ] as [RawCell, string][])("terms %s from 2026-10-01 → due %s", (terms, due) => {
    const ledger = read([block("List", ["Invoice No", "Customer", "Invoice Date", "Terms", "Amount"], [["A", "Ann", "2026-10-01", terms, 1]])]);
    expect(ledger.issues).toEqual([]);
    expect(isoOf(ledger.invoices[0].dueDate)).toBe(due);
  });

  it("reads a debit/credit ledger: debits invoices, credits receipts, the running 余额 a check", () => {
    const ledger = read([block("明细账", ["日期", "凭证字号", "往来单位名称", "摘要", "借方", "贷方", "余额"], [
      ["2026-07-08", "记-1", "长江建材", "销售", 500, null, 500],
      ["2026-09-05", "记-2", "长江建材", "收款", null, 200, 300],
      [null, null, "长江建材", "本期合计", 500, 200, 300],
    ])]);
    expect(ledger.invoices.map((i) => [i.invoiceNo, i.amount.minor])).toEqual([["记-1", 50000]]);
    expect(ledger.payments.map((p) => [p.amount.minor, p.invoiceNo])).toEqual([[20000, undefined]]);
    expect(balances(ledger, "2026-10-31")).toEqual({ "长江建材 CNY": 30000 });
  });
});

describe("void, cancelled and draft documents", () => {
  it("are not receivables: skipped and noted once as info with their count, column and first row", () => {
    const ledger = read([block("Invoice", ["Invoice Date", "Invoice Number", "Invoice Status", "Customer Name", "Total", "Balance"], [
      ["2026-09-01", "INV-1", "Overdue", "Pine", 100, 100],
      ["2026-09-02", "INV-2", "Void", "Pine", 70, 70],
      ["2026-09-03", "INV-3", "Draft", "Pine", 30, 30],
      ["2026-09-04", "INV-4", "作废", "Pine", 9, 9],
    ])]);
    expect(ledger.invoices.map((i) => i.invoiceNo)).toEqual(["INV-1"]);
    expect(ledger.issues.map((i) => [i.severity, i.code, i.reason])).toEqual([
      ["info", "voidSkipped", "skipped 3 void, cancelled, draft or unapproved documents (Invoice Status; first: row 3): not owed"],
    ]);
    expect(balances(ledger, "2026-10-31")).toEqual({ "Pine USD": 10000 });
  });
});

describe("customer IDs typed another way", () => {
  it("joins c-001 and Ｃ-001 to the listed C-001, but not C001, and not when two IDs differ only in case", () => {
    const ledger = read([
      block("Customers", ["Customer ID", "Name"], [["C-001", "Acme Ltd"], ["K-1", "Kay"], ["k-1", "Kay too"]]),
      block("Invoices", ["Invoice No", "Customer ID", "Invoice Date", "Amount"], [
        ["I1", "c-001", "2026-10-01", 100], ["I2", "Ｃ-001", "2026-10-01", 50], ["I3", "C001", "2026-10-01", 70], ["I4", "K-1", "2026-10-01", 5], ["I5", "Ｋ-1", "2026-10-01", 6],
      ]),
    ]);
    expect(ledger.invoices.map((i) => [i.invoiceNo, i.customerId])).toEqual([["I1", "C-001"], ["I2", "C-001"], ["I3", "C001"], ["I4", "K-1"], ["I5", "Ｋ-1"]]);
    expect(ledger.issues.filter((i) => i.severity === "warning").map((i) => [i.row, i.value, i.code])).toEqual([[4, "C001", "customerNotListed"], [6, "Ｋ-1", "customerNotListed"]]);
  });
});

describe("running balance (余额 beside 借方/贷方)", () => {
  const headers = ["日期", "凭证字号", "往来单位名称", "摘要", "借方", "贷方", "余额"];

  it("warns once, naming the row and the value, where the balance disagrees with debit − credit, and keeps the money as debited", () => {
    const ledger = read([block("明细账", headers, [
      ["2026-07-08", "记-1", "长江建材", "销售", 500, null, 500],
      ["2026-08-01", "记-2", "长江建材", "销售", 250, null, 705], // 500 + 250 = 750, not 705
      ["2026-09-05", "记-3", "长江建材", "收款", null, 200, 505], // follows on from the stated 705: no second warning
      ["2026-09-06", "记-4", "西安秦川", "销售", 80, null, 80],
    ])]);
    expect(ledger.issues.filter((i) => i.severity !== "info").map((i) => [i.severity, i.row, i.column, i.value, i.code])).toEqual([["warning", 3, "余额", "705", "runningBalanceMismatch"]]);
    expect(ledger.issues.find((i) => i.code === "runningBalanceMismatch")!.reason).toContain("(750.00)");
    // 500 + 250 − 200 = 550: the debits and credits, not the stated balance
    expect(balances(ledger, "2026-10-31")).toEqual({ "长江建材 CNY": 55000, "西安秦川 CNY": 8000 });
  });

  it("says so where a balance cell is not an amount (it cannot be checked), and keeps the row", () => {
    const ledger = read([block("明细账", headers, [
      ["2026-07-08", "记-1", "长江建材", "销售", 500, null, "五百"],
      ["2026-08-01", "记-2", "长江建材", "销售", 250, null, 750],
    ])]);
    expect(ledger.issues.filter((i) => i.severity !== "info").map((i) => [i.severity, i.row, i.column, i.value, i.code])).toEqual([["warning", 2, "余额", "五百", "badRunningBalance"]]);
    expect(balances(ledger, "2026-10-31")).toEqual({ "长江建材 CNY": 75000 });
  });

  it("accepts a credit balance printed without its sign beside a 方向 column (用友)", () => {
    const ledger = read([block("明细账", [...headers.slice(0, 6), "方向", "余额"], [
      ["2026-07-08", "记-1", "海韵水产", "销售", 100, null, "借", 100],
      ["2026-09-30", "收-1", "海韵水产", "预收", null, 300, "贷", 200],
    ])]);
    expect(ledger.issues.filter((i) => i.severity !== "info")).toEqual([]);
  });
});

describe("Yonyou 客户往来明细账", () => {
  it("skips both 本月合计 and 本年累计 under each customer group: checks, never rows without a customer", () => {
    const ledger = read([block("客户往来明细账", ["日期", "凭证号", "摘要", "借方", "贷方", "方向", "余额"], [
      ["客户：天津重工", null, null, null, null, null, null],
      ["2026/8/5", "转-1", "销售产品", 678, null, "借", 678],
      ["2026/9/12", "收-1", "收回货款", null, 600, "借", 78],
      [null, null, "本月合计", 678, 600, "借", 78],
      [null, null, "本年累计", 678, 600, "借", 78],
      ["客户：青岛海韵", null, null, null, null, null, null],
      ["2026/7/14", "转-2", "销售产品", 96, null, "借", 96],
      [null, null, "本季累计", 96, null, "借", 96],
    ])]);
    expect(ledger.issues.filter((i) => i.severity !== "info")).toEqual([]);
    // 678 − 600 = 78 and 96, in minor units
    expect(balances(ledger, "2026-10-31")).toEqual({ "天津重工 CNY": 7800, "青岛海韵 CNY": 9600 });
  });
});

describe("currency inference", () => {
  const yen = (marker: string) => [block("发票", ["发票号", "客户名称", "开票日期", "金额"], [["F1", "华通", "2026-10-01", `${marker}1,000.00`]])];

  it("reads ¥ as CNY even when the workbook default says USD", () => {
    const ledger = read(yen("¥"), { defaultCurrency: "USD" });
    expect(ledger.issues).toEqual([]);
    expect(ledger.invoices[0].amount).toEqual({ currency: "CNY", minor: 100000 });
    expect(ledger.inferred?.currency).toBe("USD");
  });

  it("keeps ¥ in a JPY default (the marker fits), and a row's Currency beats the marker's guess", () => {
    expect(read(yen("¥"), { defaultCurrency: "JPY" }).invoices[0].amount).toEqual({ currency: "JPY", minor: 1000 });
    const ledger = read([block("Invoices", ["Invoice No", "Customer", "Invoice Date", "Amount", "Currency"], [["A", "Ann", "2026-10-01", "€5.00", "EUR"], ["B", "Ann", "2026-10-01", "£7.00", null]])]);
    expect(ledger.invoices.map((i) => i.amount)).toEqual([{ currency: "EUR", minor: 500 }, { currency: "GBP", minor: 700 }]);
  });

  it("defaults to the most used marker, else CNY for Chinese headers, else USD; the setting overrides all", () => {
    const markers = read([block("Invoices", ["Invoice No", "Customer", "Invoice Date", "Amount"], [["A", "Ann", "2026-10-01", "€5"], ["B", "Ann", "2026-10-01", "€6"], ["C", "Bob", "2026-10-01", "US$1"], ["D", "Cy", "2026-10-01", 9]])]);
    expect(markers.inferred).toMatchObject({ currency: "EUR", currencySource: "markers" });
    expect(markers.invoices[3].amount.currency).toBe("EUR");
    expect(read([block("发票", ["发票号", "客户名称", "开票日期", "金额"], [["F1", "Ann", "2026-10-01", 5]])]).inferred).toMatchObject({ currency: "CNY", currencySource: "headers" });
    expect(read([block("Invoices", ["Invoice No", "Customer", "Invoice Date", "Amount"], [["A", "Ann", "2026-10-01", 5]])]).inferred).toMatchObject({ currency: "USD", currencySource: "default" });
    expect(read(yen("¥"), { defaultCurrency: "GBP" }).inferred).toMatchObject({ currency: "GBP", currencySource: "setting" });
  });
});

describe("language inference", () => {
  const list = (headers: string[], rows: RawCell[][]) => read([block("Invoices", headers, rows)]);

  it("Language column > CJK characters in the name > the headers' language; ledger.defaultLanguage overrides the headers", () => {
    const en = ["Invoice No", "Customer", "Invoice Date", "Amount", "Language"];
    const ledger = list(en, [["A", "张敏", "2026-10-01", 1, null], ["B", "Acme", "2026-10-01", 1, null], ["C", "李雷", "2026-10-01", 1, "en"]]);
    expect(ledger.customers.map((c) => [c.name, c.language])).toEqual([["张敏", "zh"], ["Acme", "en"], ["李雷", "en"]]);
    const zhHeaders = list(["发票号", "客户名称", "开票日期", "金额"], [["A", "Acme", "2026-10-01", 1]]);
    expect(zhHeaders.customers[0].language).toBe("zh");
    const overridden = read([block("Invoices", ["发票号", "客户名称", "开票日期", "金额"], [["A", "Acme", "2026-10-01", 1]])], { defaultLanguage: "en" });
    expect(overridden.customers[0].language).toBe("en");
  });
});

describe("text-date order, per column", () => {
  const headers = ["Invoice No", "Customer", "Invoice Date", "Due Date", "Amount"];

  it("infers m/d/y from a deciding value and reads the ambiguous ones that way", () => {
    const ledger = read([block("I", headers, [["A", "Ann", "1/26/2013", "2/25/2013", 1], ["B", "Ann", "2/3/2013", "3/5/2013", 1]])]);
    expect(ledger.issues).toEqual([]);
    expect(ledger.invoices.map((i) => [isoOf(i.invoiceDate), isoOf(i.dueDate)])).toEqual([["2013-01-26", "2013-02-25"], ["2013-02-03", "2013-03-05"]]);
    expect(ledger.inferred?.dateOrders).toEqual({ "I.Invoice Date": "mdy", "I.Due Date": "mdy" });
  });

  it("infers d/m/y the same way", () => {
    const ledger = read([block("I", headers, [["A", "Ann", "13/1/2026", null, 1], ["B", "Ann", "3/4/2026", null, 1]])]);
    expect(ledger.invoices.map((i) => isoOf(i.invoiceDate))).toEqual(["2026-01-13", "2026-04-03"]);
  });

  it("refuses undecidable dates naming --date-order and ledger.dateOrder, and reads them with the option", () => {
    const rows: RawCell[][] = [["A", "Ann", "3/4/2026", null, 7]];
    const without = read([block("I", headers, rows)]);
    expect(reasons(without)).toEqual(["error 2 Invoice Date: InvoiceDate: ambiguous day/month order: write the date as YYYY-MM-DD (set --date-order mdy|dmy or ledger.dateOrder in AR Settings): row not read"]);
    expect(without.unread).toEqual({ rows: 1, rowsWithMoney: 1, byCurrency: { USD: 700 }, unsummed: 0 });
    expect(isoOf(read([block("I", headers, rows)], { dateOrder: "dmy" }).invoices[0].invoiceDate)).toBe("2026-04-03");
  });

  it("reports a column that holds both orders as a data issue", () => {
    const ledger = read([block("I", headers, [["A", "Ann", "13/1/2026", null, 1], ["B", "Ann", "1/13/2026", null, 2], ["C", "Ann", "3/4/2026", null, 3]])]);
    expect(reasons(ledger)).toEqual([
      "error 0 Invoice Date: holds dates in both orders: row 2 is day/month/year, row 3 is month/day/year; ambiguous dates in it are not read: fix the column, or set --date-order / ledger.dateOrder",
      "error 4 Invoice Date: InvoiceDate: ambiguous day/month order: write the date as YYYY-MM-DD (set --date-order mdy|dmy or ledger.dateOrder in AR Settings): row not read",
    ]);
    expect(ledger.invoices.map((i) => isoOf(i.invoiceDate))).toEqual(["2026-01-13", "2026-01-13"]);
  });
});

describe("status columns and CR amounts", () => {
  it("settles an invoice whose status says Paid, warns on a status it does not know", () => {
    const ledger = read([block("List", ["Invoice No", "Customer", "Invoice Date", "Amount", "Status"], [
      ["A", "Ann", "2026-10-01", 100, "Paid"], ["B", "Ann", "2026-10-01", 50, "未收"], ["C", "Ann", "2026-10-01", 20, "maybe"],
    ])]);
    expect(ledger.invoices.map((i) => i.paid.minor)).toEqual([10000, 0, 0]);
    expect(reasons(ledger)).toEqual(["warning 4 Status: status is neither paid nor unpaid (e.g. Paid, Unpaid, 已收, 未收): taken as unpaid"]);
    expect(balances(ledger, "2026-10-31")).toEqual({ "Ann USD": 7000 });
  });

  it("reads a trailing CR as a credit", () => {
    const ledger = read([block("List", ["Invoice No", "Customer", "Invoice Date", "Amount"], [["A", "Ann", "2026-10-01", "100.00"], ["CN1", "Ann", "2026-10-02", "30.00 CR"]])]);
    expect(ledger.invoices.map((i) => i.amount.minor)).toEqual([10000, -3000]);
  });
});
