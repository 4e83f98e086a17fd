/**
 * Shapes found on the seventh new user's pass, read through header detection as a workbook would
 * be: an aging list by due date with no invoice date (Oracle's Aging by Account), `同上` / `〃` for
 * the customer in a hand-kept 台账, red ink written out (`红字2,340.00`), hostile date cells (a
 * formula error, a number typed where a date goes), and a Payments table whose amounts name their
 * currency, with totals per currency. Expected figures are worked by hand in the comments.
 */
import { buildLedger } from "../../../src/core/ledger";
import { issueText } from "../../../src/core/ledger/issueTexts";
import { isDitto } from "../../../src/core/ledger/_lib/dittoMark";
import { accountsAsOf } from "../../../src/core/allocation";
import { statementsFor } from "../../../src/core/statements";
import { detectTables, toLedgerInput } from "../../../src/workbook/schema";
import type { RawCell, SourceBlock } from "../../../src/workbook/port";
import type { Ledger } from "../../../src/core/model";
import { block, day } from "../builders";

const read = (blocks: SourceBlock[]): Ledger => buildLedger(toLedgerInput(detectTables(blocks)));
const balances = (ledger: Ledger, asOf: string) =>
  Object.fromEntries(accountsAsOf(ledger, day(asOf)).map((a) => [`${a.customer.name} ${a.currency}`, a.balance]));
const problems = (ledger: Ledger) => ledger.issues.filter((i) => i.severity !== "info");
const iso = (d: number) => new Date(d * 86_400_000).toISOString().slice(0, 10);

describe("an aging list with a due date and no invoice date (Oracle Aging by Account)", () => {
  const headers = ["Customer Name", "Customer Number", "Transaction Number", "Type", "Due Date", "Original Amount", "Outstanding Amount"];
  const rows: RawCell[][] = [
    ["Blue Heron Logistics", "1004", "103345", "Invoice", "2026-07-19", 12400, 7400],
    ["Blue Heron Logistics", "1004", "103498", "Invoice", "2026-11-20", 2150, 2150], // not due yet on 2026-10-31
    ["Blue Heron Logistics", "1004", "CM-2211", "Credit Memo", "2026-10-09", -640, -640],
  ];

  it("is read: aged by its due dates, each invoice dated its due date less the customer's terms (30 days), a credit on its due date", () => {
    const ledger = read([block("Aging by Account", headers, rows)]);
    expect(problems(ledger)).toEqual([]);
    expect(ledger.invoices.map((i) => [i.invoiceNo, iso(i.invoiceDate), iso(i.dueDate)])).toEqual([
      ["103345", "2026-06-19", "2026-07-19"],
      ["103498", "2026-10-21", "2026-11-20"],
      ["CM-2211", "2026-10-09", "2026-10-09"],
    ]);
    // 7,400.00 + 2,150.00 − 640.00: the invoice not yet due is in the as-of day's figures.
    expect(balances(ledger, "2026-10-31")).toEqual({ "Blue Heron Logistics USD": 891_000 });
    expect(ledger.invoiceDatesFromDue).toEqual(["1004"]);
  });

  it("says so once for the table (en + zh), naming the due-date column and the default terms", () => {
    const notes = read([block("Aging by Account", headers, rows)]).issues.filter((i) => i.code === "invoiceDateFromDue");
    expect(notes.map((i) => [i.severity, i.sheet, i.column])).toEqual([["info", "Aging by Account", "Due Date"]]);
    expect(notes[0].reason).toContain("each invoice is dated its due date less its terms (the row's, else the customer's, else 30 days)");
    expect(issueText(notes[0], "zh")).toContain("各发票的开票日期按到期日减去账期（该行的，否则客户的，否则 30 天）推算");
  });

  it("takes the row's own terms when it has them (Net 45)", () => {
    const ledger = read([block("Aging", [...headers, "Terms"], [["Blue Heron Logistics", "1004", "103345", "Invoice", "2026-07-19", 12400, 7400, "Net 45"]])]);
    expect(iso(ledger.invoices[0].invoiceDate)).toBe("2026-06-04");
  });

  it("prints on the customer's statement that its invoice dates were worked out", () => {
    const ledger = read([block("Aging by Account", headers, rows)]);
    const [statement] = statementsFor(ledger, { start: day("2026-10-01"), end: day("2026-10-31") });
    expect(statement.notes.map((n) => n.code)).toContain("invoice-date-from-due");
    expect(statement.notes.find((n) => n.code === "invoice-date-from-due")!.text).toMatch(/worked out from the due dates/);
  });

  it("is still refused, naming both columns, when neither an invoice date nor a due date is there", () => {
    // Found by its sheet's name: without a date column its header alone would not make it the invoice list.
    const ledger = read([block("Invoices", ["Customer Name", "Transaction Number", "Original Amount", "Outstanding Amount"], [["Blue Heron Logistics", "103345", 12400, 7400]])]);
    const missing = ledger.issues.filter((i) => i.code === "requiredColumnMissing");
    expect(missing.map((i) => i.reason)).toEqual(["required column InvoiceDate (or DueDate) not found: the table's 1 row was not read"]);
    expect(issueText(missing[0], "zh")).toBe("找不到必需的列“开票日期”（或“到期日”）：该表 1 行均未读入");
  });

  it("refuses a row whose due date is not a date, naming DueDate", () => {
    const ledger = read([block("Aging by Account", headers, [...rows, ["Blue Heron Logistics", "1004", "103500", "Invoice", "soon", 300, 300]])]);
    expect(problems(ledger).map((i) => [i.row, i.column, i.value, i.reason])).toEqual([[5, "Due Date", "soon", "DueDate is not a date: row not read"]]);
  });
});

describe("同上 / 〃 for the customer in a hand-kept 台账", () => {
  const headers = ["日期", "客户名称", "单号", "应收金额", "已收金额"];

  it("reads each as the customer of the row above, noted once (en + zh)", () => {
    const ledger = read([block("登记表", headers, [
      ["2026-09-06", "宁波港城物流有限公司", "NB-1", "1,000.00", "0"],
      ["2026-09-07", "同上", "NB-2", "2,000.00", "0"],
      ["2026-09-08", "〃", "NB-3", "300.00", "0"],
      ["2026-09-09", "绍兴水乡酒业有限公司", "SX-1", "500.00", "0"],
      ["2026-09-10", "〃", "SX-2", "50.00", "0"],
    ])]);
    expect(ledger.customers.map((c) => c.name)).toEqual(["宁波港城物流有限公司", "绍兴水乡酒业有限公司"]);
    // 1,000 + 2,000 + 300 and 500 + 50.
    expect(balances(ledger, "2026-10-31")).toEqual({ "宁波港城物流有限公司 CNY": 330_000, "绍兴水乡酒业有限公司 CNY": 55_000 });
    const note = ledger.issues.find((i) => i.code === "customerDitto")!;
    expect([note.severity, note.column, note.params]).toEqual(["info", "客户名称", { count: 3, first: 3 }]);
    expect(issueText(note, "zh")).toBe("3 行客户写作“同上”或“〃”：按上一行的客户读入（第一行：第 3 行）");
  });

  it("never makes a customer called 同上: on the first row there is none above, and the row is not read", () => {
    const ledger = read([block("登记表", headers, [["2026-09-07", "同上", "NB-2", "2,000.00", "0"], ["2026-09-08", "甲公司", "J-1", "10.00", "0"]])]);
    expect(ledger.customers.map((c) => c.name)).toEqual(["甲公司"]);
    expect(problems(ledger).map((i) => [i.row, i.code])).toEqual([[2, "noCustomer"]]);
  });

  it.each(["同上", "〃", "″", "ditto", "same as above"])("isDitto(%j) is true", (text) => expect(isDitto(text)).toBe(true));
  it.each(["上海同上贸易有限公司", "Dorset Dairies", "DO", "", "S"])("isDitto(%j) is false", (text) => expect(isDitto(text)).toBe(false));
});

describe("hostile date cells", () => {
  const headers = ["Customer", "Invoice No", "Invoice Date", "Amount"];

  it("a formula error in a date says it is one (en + zh), and the row's money is counted as not read", () => {
    const ledger = read([block("Invoices", headers, [["Ashdown Bakery", "AB-350", "#REF!", 1310], ["Ashdown Bakery", "AB-351", "2026-10-01", 10]])]);
    const [error] = problems(ledger);
    expect([error.row, error.column, error.value, error.reason]).toEqual([2, "Invoice Date", "#REF!", "InvoiceDate is a formula error (#REF!, #N/A, #VALUE! …): fix the formula or type the date: row not read"]);
    expect(issueText(error, "zh")).toBe("开票日期是公式错误值（#REF!、#N/A、#VALUE! 等）：请修正公式或直接填写日期：该行未读入");
    expect(ledger.unread?.byCurrency).toEqual({ USD: 131_000 });
  });

  it("a number typed where a date goes (10.5 for 5 October, 2026 for the year) is no date: never 1900-01-10 aged 90+", () => {
    const ledger = read([block("Invoices", headers, [["Millbrook", "MH-125", 10.5, 2200], ["Millbrook", "MH-126", 2026, 10], ["Millbrook", "MH-127", 46297, 20]])]);
    expect(problems(ledger).map((i) => [i.row, i.value])).toEqual([[2, "10.5"], [3, "2026"]]);
    expect(problems(ledger)[0].reason).toBe("InvoiceDate is a number, not a date (as an Excel date it would fall before 1950): type the date as YYYY-MM-DD: row not read");
    expect(issueText(problems(ledger)[0], "zh")).toBe("开票日期是数字而不是日期（按 Excel 日期序号读将是 1950 年以前）：请写成 YYYY-MM-DD：该行未读入");
    // 46297 is 2026-10-02 (45961 is 2025-10-31, DESIGN §3; + 336 days): an Excel date cell, read.
    expect(ledger.invoices.map((i) => [i.invoiceNo, iso(i.invoiceDate)])).toEqual([["MH-127", "2026-10-02"]]);
  });

  it("a due date typed as a number of days (30) is no date: the terms are used instead, and said", () => {
    const ledger = read([block("Invoices", [...headers, "Due Date"], [["Millbrook", "MH-1", "2026-10-01", 10, 30]])]);
    expect(iso(ledger.invoices[0].dueDate)).toBe("2026-10-31");
    expect(problems(ledger).map((i) => [i.severity, i.code])).toEqual([["warning", "badDueDate"]]);
  });

  it("an amount of 1e15 (a paste gone wrong) is refused as too large, said once in each language", () => {
    const ledger = read([block("Invoices", headers, [["Millbrook", "MH-140", "2026-10-21", 1e15]])]);
    const [error] = problems(ledger);
    expect([error.column, error.reason]).toEqual(["Amount", "Amount: amount too large: row not read"]);
    expect(issueText(error, "zh")).toBe("金额数额过大，无法精确计算：该行未读入");
    expect(ledger.unread).toMatchObject({ rows: 1, unsummed: 1 });
  });

  it("10.5 and 10/5 as text say the year is missing", () => {
    const ledger = read([block("Invoices", headers, [["Millbrook", "MH-1", "10.5", 10], ["Millbrook", "MH-2", "10/5", 10]])]);
    expect(problems(ledger).map((i) => i.reason)).toEqual([
      "InvoiceDate is a day and month without the year: write the full date as YYYY-MM-DD: row not read",
      "InvoiceDate is a day and month without the year: write the full date as YYYY-MM-DD: row not read",
    ]);
  });
});

describe("a Payments table with no currency column, customers paying in two currencies", () => {
  const customers = block("Customers", ["CustomerID", "Name", "Currency"], [["KH01", "上海远航", "CNY"]]);
  const invoices = block("Invoices", ["InvoiceNo", "CustomerID", "InvoiceDate", "DueDate", "Currency", "Amount"], [
    ["YH-1", "KH01", "2026-07-08", "2026-08-07", "CNY", 36000],
    ["YH-2", "KH01", "2026-08-19", "2026-09-18", "USD", 4200],
  ]);
  const payments = (rows: RawCell[][]) => block("Payments", ["Date", "CustomerID", "InvoiceNo", "Amount"], rows);

  it("reads a marked amount without an invoice number in the marker's currency (USD for a customer kept in CNY), never refused", () => {
    const ledger = read([customers, invoices, payments([["2026-10-18", "KH01", null, "$800.00"], ["2026-08-20", "KH01", "YH-1", "¥20,000.00"]])]);
    expect(problems(ledger)).toEqual([]);
    // CNY 36,000 − 20,000; USD 4,200 − 800 (the dollars settle the dollar invoice).
    expect(balances(ledger, "2026-10-31")).toEqual({ "上海远航 CNY": 1_600_000, "上海远航 USD": 340_000 });
  });

  it("checks a total per currency (小计 USD, then 小计 CNY right under it, then 合计 per currency): no false TOTALS OFF", () => {
    const ledger = read([customers, invoices, payments([
      ["2026-08-20", "KH01", "YH-1", "¥20,000.00"],
      ["2026-09-30", "KH01", "YH-2", "USD 1,500.00"],
      ["2026-10-18", "KH01", null, "$800.00"],
      ["小计（USD）", null, null, "USD 2,300.00"],
      ["小计（人民币）", null, null, "¥20,000.00"],
      ["合计（USD）", null, null, "USD 2,300.00"],
    ])]);
    expect(problems(ledger)).toEqual([]);
    expect(ledger.unread?.totalsOff).toBeUndefined();
  });

  it("still finds a per-currency total that is off, counted in its currency", () => {
    const ledger = read([customers, invoices, payments([
      ["2026-08-20", "KH01", "YH-1", "¥20,000.00"],
      ["2026-09-30", "KH01", "YH-2", "USD 1,500.00"],
      ["小计（USD）", null, null, "USD 1,600.00"], // 100.00 more than the dollar rows
    ])]);
    const off = ledger.issues.filter((i) => i.code === "totalNotSum");
    expect(off.map((i) => [i.row, i.value])).toEqual([[4, "USD 1,600.00"]]);
    expect(off[0].reason).toContain("rows 2–3 add up to 1,500.00, a difference of 100.00");
    expect(ledger.unread?.totalsOff).toEqual({ count: 1, byCurrency: { USD: 10_000 } });
  });

  it("does not check a total that states no currency over rows of two, and says so once (en + zh)", () => {
    const ledger = read([customers, invoices, payments([
      ["2026-08-20", "KH01", "YH-1", "¥20,000.00"],
      ["2026-09-30", "KH01", "YH-2", "USD 1,500.00"],
      ["合计", null, null, 21500],
    ])]);
    expect(problems(ledger)).toEqual([]);
    expect(ledger.unread?.totalsOff).toBeUndefined();
    const note = ledger.issues.find((i) => i.code === "totalMixedCurrencies")!;
    expect([note.severity, note.params]).toEqual(["info", { count: 1, first: 4 }]);
    expect(issueText(note, "zh")).toContain("表中自带的合计有 1 个所合计的各行含多种币种、且未注明币种：未核对（第一个：第 4 行）");
  });
});

describe("red ink written out in an amount", () => {
  it("红字2,340.00 and 2,340.00（红字） are credits of 2,340.00", () => {
    const ledger = read([block("台账", ["客户名称", "单号", "日期", "金额"], [
      ["甲公司", "A-1", "2026-10-01", "5,000.00"],
      ["甲公司", "A-2", "2026-10-02", "红字2,340.00"],
      ["甲公司", "A-3", "2026-10-03", "1,000.00（红字）"],
    ])]);
    expect(problems(ledger)).toEqual([]);
    expect(ledger.invoices.map((i) => i.amount.minor)).toEqual([500_000, -234_000, -100_000]);
  });
});

describe("a report grouped by aging interval under its header (Zoho AR Aging Details)", () => {
  it("keeps the Date column as the invoice date: the group title under the header (`Current`) is no second header row", () => {
    const rows: RawCell[][] = [
      ["Date", "Transaction#", "Type", "Customer Name", "Due Date", "Amount", "Balance Due"],
      ["Current"],
      ["20 Oct 2026", "INV-000412", "Invoice", "Bright Minds Tutoring", "19 Nov 2026", 1850, 1850],
    ];
    // As the reader hands a sheet over: its first non-empty row (the title) as the header, padded to the sheet's width.
    const invoices = detectTables([block("AR Aging Details", ["Zylker Learning", "", "", "", "", "", ""], [["AR Aging Details"], ...rows])]).invoices!;
    expect([invoices.block.headerRow, invoices.columns.InvoiceDate, invoices.columns.DueDate]).toEqual([3, 0, 4]);
  });
});

describe("an invoice list with a Currency column and a 合计 per currency", () => {
  const headers = ["客户", "单据号", "开票日期", "币种", "金额"];
  const rows = (cnyTotal: number): RawCell[][] => [
    ["厦门鹭江", "YS-1", "2026-09-14", "CNY", 48000],
    ["厦门鹭江", "YS-2", "2026-10-19", "USD", 3900],
    ["泉州晋江", "YS-3", "2026-07-30", "人民币", 26400],
    ["合计（CNY）", null, null, "CNY", cnyTotal],
    ["合计（USD）", null, null, "USD", 3900],
  ];

  it("checks each 合计 against the rows of the currency its Currency cell states (人民币 is CNY): no note, nothing off", () => {
    const ledger = read([block("账龄", headers, rows(74400))]);
    expect(ledger.issues.filter((i) => i.code === "totalNotSum" || i.code === "totalMixedCurrencies")).toEqual([]);
  });

  it("finds the CNY 合计 that misses a row (48,000 + 26,400 = 74,400, not 48,000)", () => {
    const ledger = read([block("账龄", headers, rows(48000))]);
    expect(ledger.issues.filter((i) => i.code === "totalNotSum").map((i) => [i.row, i.params?.sum, i.params?.difference])).toEqual([[5, "74,400.00", "-26,400.00"]]);
    expect(ledger.unread?.totalsOff).toEqual({ count: 1, byCurrency: { CNY: -2_640_000 } });
  });
});

describe("Odoo's Aged Receivable (partner lines with their totals above the move lines)", () => {
  const headers = ["", "Due Date", "Account", "As of: 10/31/2026", "1 - 30", "31 - 60", "Total"];
  const rows: RawCell[][] = [
    ["Azure Interior", null, null, 1500, 3000, null, 4500],
    ["INV/2026/00031", "10/20/2026", "121000 Account Receivable", null, 3000, null, 3000],
    ["INV/2026/00044", "11/14/2026", "121000 Account Receivable", 1500, null, null, 1500],
    ["Deco Addict", null, null, null, null, 2000, 2000],
    ["INV/2026/00012", "08/31/2026", "121000 Account Receivable", null, null, 2000, 2000],
    ["Total", null, null, 1500, 3000, 2000, 6500],
  ];

  it("reads the first column (no header) as the numbers, each partner line as the customer of the lines under it, the receivable Account as no customer", () => {
    const ledger = read([block("Aged Receivable", headers, rows)]);
    const detection = detectTables([block("Aged Receivable", headers, rows)]).invoices!;
    expect([detection.columns.InvoiceNo, detection.columns.CustomerID, detection.columns.CustomerName]).toEqual([0, undefined, undefined]);
    expect(problems(ledger)).toEqual([]);
    expect(ledger.invoices.map((i) => [i.invoiceNo, i.customerId])).toEqual([
      ["INV/2026/00031", "Azure Interior"], ["INV/2026/00044", "Azure Interior"], ["INV/2026/00012", "Deco Addict"],
    ]);
    // The grand Total is checked against the move lines only (the partner lines are never summed twice): no TOTALS OFF.
    expect(ledger.unread?.totalsOff).toBeUndefined();
  });

  it("keeps a line whose totals are not its rows' as it was (a row not read, said), never a heading that swallows money", () => {
    const off = rows.map((r) => [...r]);
    off[0][6] = 4000; // Azure's Total says 4,000.00, its lines add up to 4,500.00
    const ledger = read([block("Aged Receivable", headers, off)]);
    // Then nothing names a customer above the line and its two move lines: each is said, none dropped.
    expect(problems(ledger).filter((i) => i.severity === "error").map((i) => [i.row, i.code])).toEqual([[2, "noCustomer"], [3, "noCustomer"], [4, "noCustomer"]]);
  });

  it("does not name the aging buckets that only spread each line's Total as unread paid or open columns", () => {
    const ledger = read([block("Aged Receivable", headers, rows)]);
    expect(ledger.issues.filter((i) => i.code === "settlementColumnUnread")).toEqual([]);
  });
});
