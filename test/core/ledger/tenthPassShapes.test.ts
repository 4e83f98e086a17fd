/**
 * Shapes found on the tenth new user's pass: hand-kept ledgers with no document-number column at all
 * (`日期 | 客户 | 摘要 | 借方 | 贷方 | 余额`, `Date | Customer | Description | Debit | Credit | Balance`,
 * `日期 | 客户 | 摘要 | 应收 | 已收`), read through header detection as a workbook would be. Each debit
 * row is an invoice numbered by its sheet row, each credit row a receipt applied to the customer's
 * oldest invoices. Expected figures are worked by hand in the comments.
 */
import { buildLedger, isRowDocumentNo, numbersRowsByPlace, rowDocumentNo } from "../../../src/core/ledger";
import { issueText } from "../../../src/core/ledger/issueTexts";
import { accountsAsOf } from "../../../src/core/allocation";
import { statementsFor } from "../../../src/core/statements";
import { invoiceTableCells, paymentInstructionsText, reminderValues, remindersDue } from "../../../src/core/reminders";
import { detectTables, toLedgerInput } from "../../../src/workbook/schema";
import type { RawCell, SourceBlock } from "../../../src/workbook/port";
import type { Ledger } from "../../../src/core/model";
import { block, day } from "../builders";

const read = (blocks: SourceBlock[]): Ledger => buildLedger(toLedgerInput(detectTables(blocks)));
const balances = (ledger: Ledger, asOf: string) =>
  Object.fromEntries(accountsAsOf(ledger, day(asOf)).map((a) => [`${a.customer.name} ${a.currency}`, a.balance]));
const problems = (ledger: Ledger) => ledger.issues.filter((i) => i.severity !== "info");

describe("a 台账 with 借方 / 贷方 / 余额 and no number column", () => {
  const headers = ["日期", "客户", "摘要", "借方", "贷方", "余额"];
  // Header on row 1: the data rows are sheet rows 2 … 6.
  const rows: RawCell[][] = [
    ["2026-07-05", "甲公司", "销售货物", 10000, null, 10000],
    ["2026-08-10", "甲公司", "收到货款", null, 6000, 4000],
    ["2026-09-20", "甲公司", "销售货物", 5000, null, 9000],
    ["2026-07-15", "乙公司", "销售货物", 3000, null, 3000],
    ["2026-10-15", "乙公司", "销售货物", 2000, null, 5000],
  ];

  it("reads each debit row as an invoice numbered by its row, each credit row as a receipt", () => {
    const ledger = read([block("台账", headers, rows)]);
    expect(problems(ledger)).toEqual([]);
    expect(ledger.invoices.map((i) => [i.invoiceNo, i.description])).toEqual([
      ["第2行", "销售货物"], ["第4行", "销售货物"], ["第5行", "销售货物"], ["第6行", "销售货物"],
    ]);
    expect(ledger.payments.map((p) => [p.customerId, p.amount.minor, p.invoiceNo])).toEqual([["甲公司", 600000, undefined]]);
    // 甲公司 10,000 + 5,000 − 6,000 = 9,000; 乙公司 3,000 + 2,000 = 5,000.
    expect(balances(ledger, "2026-10-31")).toEqual({ "甲公司 CNY": 900000, "乙公司 CNY": 500000 });
  });

  it("applies the receipt to the oldest invoice (DESIGN §3): 甲公司's July invoice keeps 4,000, September's 5,000 stays whole", () => {
    const ledger = read([block("台账", headers, rows)]);
    const open = accountsAsOf(ledger, day("2026-10-31")).find((a) => a.customer.name === "甲公司")!.openItems;
    expect(open.map((item) => [item.invoice.invoiceNo, item.open])).toEqual([["第2行", 400000], ["第4行", 500000]]);
  });

  it("says once per table that the documents are numbered by row (en + zh)", () => {
    const notes = read([block("台账", headers, rows)]).issues.filter((i) => i.code === "invoiceNoFromRow");
    expect(notes.map((i) => [i.severity, i.sheet])).toEqual([["info", "台账"]]);
    expect(notes[0].reason).toBe("no document-number column: each debit row is an invoice numbered by its row (第2行 …), each credit row a receipt applied to the customer's oldest open invoices; statements show each row's date, description and amount beside it");
    expect(issueText(notes[0], "zh")).toBe("没有单据号列：每个借方行作为一张发票，以行号编号（第2行……），每个贷方行作为收款冲抵该客户最早的未清发票；对账单在行号旁列出各行的日期、摘要和金额");
  });

  it("prints on each statement that the documents are referred to by their rows", () => {
    const ledger = read([block("台账", headers, rows)]);
    const statements = statementsFor(ledger, { start: day("2026-10-01"), end: day("2026-10-31") });
    expect(statements.map((s) => [s.customer.name, s.notes.map((n) => n.code)])).toEqual([["甲公司", ["numbered-by-row"]], ["乙公司", ["numbered-by-row"]]]);
    // 乙公司's October statement shows its row 6 (2026-10-15): the note names that row, no made-up one.
    expect(statements[1].notes[0].text).toBe("我司台账未载单据号：各笔单据以其在台账中的行号（如第6行）标示，请按日期、摘要和金额核对。");
    // 甲公司's shows no document of October (its opening balance only): the note says it in general.
    expect(statements[0].notes[0].text).toBe("我司台账未载单据号：各笔单据以其在台账中的行号标示，请按日期、摘要和金额核对。");
    // An English customer of the same ledger reads the row in English.
    const en = statementsFor({ ...ledger, customers: ledger.customers.map((c) => ({ ...c, language: "en" as const })) }, { start: day("2026-10-01"), end: day("2026-10-31") });
    expect(en[1].notes[0].text).toBe("Our ledger gives these documents no numbers: each is referred to by its row in it (such as Row 6); please match them by date, description and amount.");
  });

  it("gives the reminder's table the date beside the row, under a heading that says so", () => {
    const ledger = read([block("台账", headers, rows)]);
    const reminder = remindersDue(ledger, day("2026-10-31")).find((r) => r.customer.name === "甲公司")!;
    const { header, rows: cells } = invoiceTableCells(reminder.groups[0], "zh");
    expect(header[0]).toBe("日期（行号）");
    // July's invoice is due 2026-08-04 (30 days), September's 2026-10-20: both overdue on 2026-10-31.
    expect(cells.map((row) => row[0])).toEqual(["2026年7月5日（第2行）", "2026年9月20日（第4行）"]);
  });

  it("asks the customer to quote the documents' dates, not numbers it was never given, and calls them 单据", () => {
    const ledger = read([block("台账", headers, rows)]);
    const reminder = remindersDue(ledger, day("2026-10-31")).find((r) => r.customer.name === "甲公司")!;
    const company = { name: "华东商贸", addressLines: [], email: "", phone: "", taxId: "" };
    const values = reminderValues(reminder, company, { bank: "工商银行 6222 0000" });
    expect(values.paymentInstructions).toBe("付款方式：\n银行转账：工商银行 6222 0000\n付款时请注明单据日期。");
    expect(values.invoices).toBe("单据");
    // A ledger with numbers still asks for them.
    expect(paymentInstructionsText({ bank: "工商银行 6222 0000" }, "zh")).toBe("付款方式：\n银行转账：工商银行 6222 0000\n付款时请注明发票号。");
  });
});

describe("an English Debit / Credit / Balance ledger with no number column", () => {
  it("numbers the rows `Row n` and reads the credits as receipts", () => {
    const ledger = read([block("Ledger", ["Date", "Customer", "Description", "Debit", "Credit", "Balance"], [
      ["2026-07-05", "Acme Ltd", "Goods", 1000, null, 1000],
      ["2026-08-10", "Acme Ltd", "Cheque received", null, 600, 400],
      ["2026-09-20", "Acme Ltd", "Goods", 500, null, 900],
    ])]);
    expect(problems(ledger)).toEqual([]);
    expect(ledger.invoices.map((i) => i.invoiceNo)).toEqual(["Row 2", "Row 4"]);
    // 1,000 + 500 − 600 = 900.00
    expect(balances(ledger, "2026-10-31")).toEqual({ "Acme Ltd USD": 90000 });
  });
});

describe("a 台账 with 应收 / 已收 and no number column", () => {
  const headers = ["日期", "客户", "摘要", "应收", "已收"];

  it("reads a 已收 on a row of its own as a receipt settling the oldest, not an invoice of nothing", () => {
    const ledger = read([block("台账", headers, [
      ["2026-07-05", "甲公司", "销售", 10000, null],
      ["2026-08-10", "甲公司", "收款", null, 6000],
      ["2026-09-20", "甲公司", "销售", 5000, null],
    ])]);
    expect(problems(ledger)).toEqual([]);
    expect(ledger.invoices.map((i) => [i.invoiceNo, i.amount.minor])).toEqual([["第2行", 1000000], ["第4行", 500000]]);
    const open = accountsAsOf(ledger, day("2026-10-31"))[0].openItems;
    // The 6,000 goes to the July invoice: 4,000 left on it, 5,000 on September's.
    expect(open.map((item) => [item.invoice.invoiceNo, item.open])).toEqual([["第2行", 400000], ["第4行", 500000]]);
  });

  it("reads a 已收 on the row of its 应收 as that row's payment", () => {
    const ledger = read([block("台账", headers, [
      ["2026-07-05", "甲公司", "销售", 10000, 10000],
      ["2026-09-20", "甲公司", "销售", 5000, null],
    ])]);
    expect(balances(ledger, "2026-10-31")).toEqual({ "甲公司 CNY": 500000 });
  });

  it("takes 余额 as each customer's running balance when the customers are interleaved by date", () => {
    const ledger = read([block("登记表", [...headers, "余额"], [
      ["2026-07-05", "甲公司", "销售", 10000, null, 10000],
      ["2026-07-09", "乙公司", "销售", 8000, null, 8000],
      ["2026-08-10", "甲公司", "收款", null, 6000, 4000],
      ["2026-08-14", "乙公司", "收款", null, 3000, 5000],
      ["2026-09-20", "甲公司", "销售", 5000, null, 9000],
      ["2026-10-02", "乙公司", "销售", 1000, null, 6000],
    ])]);
    expect(problems(ledger)).toEqual([]);
    // Read as open balances each row would owe the whole balance so far (甲公司 10,000 + 4,000 + 9,000).
    expect(balances(ledger, "2026-10-31")).toEqual({ "甲公司 CNY": 900000, "乙公司 CNY": 600000 });
    expect(ledger.invoices.map((i) => i.invoiceNo)).toEqual(["第2行", "第3行", "第6行", "第7行"]);
  });
});

describe("a sheet per month with no number column", () => {
  it("names the sheet in the row's number: row 2 of 9月 and of 10月 are two invoices, not a duplicate", () => {
    const headers = ["日期", "客户", "摘要", "借方", "贷方"];
    const ledger = read([
      block("9月", headers, [["2026-09-03", "甲公司", "销售", 1000, null]]),
      block("10月", headers, [["2026-10-03", "甲公司", "销售", 1000, null]]),
    ]);
    expect(problems(ledger)).toEqual([]);
    expect(ledger.invoices.map((i) => i.invoiceNo).sort()).toEqual(["10月 第2行", "9月 第2行"]);
    expect(balances(ledger, "2026-10-31")).toEqual({ "甲公司 CNY": 200000 });
  });
});

describe("still refused when there is nothing to number the rows by", () => {
  it.each([
    ["no date", ["客户", "摘要", "借方", "贷方"], ["甲公司", "销售", 1000, null]],
    ["no amount, only an open balance", ["日期", "客户", "摘要", "未收金额"], ["2026-09-02", "甲公司", "销售", 1000]],
  ])("%s: required column InvoiceNo not found", (_what, headers, row) => {
    const ledger = buildLedger(toLedgerInput(detectTables([block("台账", headers as string[], [row as RawCell[]])])));
    expect(ledger.issues.filter((i) => i.code === "requiredColumnMissing").map((i) => i.column)).toContain("InvoiceNo");
    expect(ledger.invoices).toEqual([]);
    expect(ledger.unread?.rows).toBe(1);
  });
});

describe("rowSequence: numbers made from rows", () => {
  it("numbers a row in the ledger's language, with its sheet when the ledger reads several", () => {
    expect([rowDocumentNo(12, "zh"), rowDocumentNo(12, "en"), rowDocumentNo(3, "zh", "9月"), rowDocumentNo(3, "en", "Sep")]).toEqual(["第12行", "Row 12", "9月 第3行", "Sep row 3"]);
  });

  it("recognises only the numbers it made", () => {
    expect(["第12行", "Row 12", "9月 第3行", "Sep row 3"].map(isRowDocumentNo)).toEqual([true, true, true, true]);
    expect(["INV-12", "12", "Row12", "第12", "Arrow 12"].map(isRowDocumentNo)).toEqual([false, false, false, false, false]);
  });

  it("numbers rows only with an amount and a date and no number column", () => {
    const has = (...fields: string[]) => (field: string) => fields.includes(field);
    expect(numbersRowsByPlace(has("Amount", "InvoiceDate"))).toBe(true);
    expect(numbersRowsByPlace(has("Amount", "DueDate"))).toBe(true);
    expect(numbersRowsByPlace(has("InvoiceNo", "Amount", "InvoiceDate"))).toBe(false);
    expect(numbersRowsByPlace(has("Amount"))).toBe(false);
    expect(numbersRowsByPlace(has("InvoiceDate", "OpenBalance"))).toBe(false);
  });
});
