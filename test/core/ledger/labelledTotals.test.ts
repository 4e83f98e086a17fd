/**
 * A ledger's own labelled totals (合计, Total, `<name> Totals:`) are checked against the rows they
 * close: a customer's subtotal against its rows since the last total or heading, a grand total
 * against every row above. One that adds up says nothing; one that does not is an error naming the
 * row, the column, its value and the sum, in English and Chinese, and the difference is said on
 * every output apart from the rows not read (so `report` and `statements` exit 4).
 */
import { buildLedger } from "../../../src/core/ledger";
import { issueText } from "../../../src/core/ledger/issueTexts";
import { isLabelledTotal } from "../../../src/core/ledger/_lib/labelledTotal";
import { isBareTotalWord } from "../../../src/core/ledger/_lib/totalWords";
import { detectTables, toLedgerInput } from "../../../src/workbook/schema";
import type { SourceBlock } from "../../../src/workbook/port";
import type { Ledger } from "../../../src/core/model";
import { block } from "../builders";

const read = (blocks: SourceBlock[]): Ledger => buildLedger(toLedgerInput(detectTables(blocks)));
const headers = ["客户名称", "发票号码", "开票日期", "到期日", "金额", "已收金额", "未收金额"];

describe("a 台账's 小计 and 合计 rows", () => {
  const rows = [
    ["甲公司", "F-1", "2026-09-01", "2026-10-01", "1,000.00", "200.00", "800.00"],
    ["甲公司", "F-2", "2026-09-15", "2026-10-15", "500.00", "0", "500.00"],
    ["甲公司 小计", null, null, null, "1,500.00", "200.00", "1,300.00"], // row 4: adds up
    ["乙公司", "G-1", "2026-09-02", "2026-10-02", "300.00", "0", "300.00"],
    ["乙公司", "G-2", "2026-09-03", "2026-10-03", "450.00", "50.00", "400.00"],
    ["乙公司 小计", null, null, null, "750.00", "50.00", "700.00"], // row 7: adds up
    ["合计", null, null, null, "2,250.00", "250.00", "2,000.00"], // row 8: the whole table, adds up
  ];

  it("says nothing when every total adds up (subtotals by section, the 合计 over the whole table)", () => {
    const ledger = read([block("台账", headers, rows)]);
    expect(ledger.issues.filter((i) => i.severity !== "info")).toEqual([]);
    expect(ledger.unread?.rows ?? 0).toBe(0);
    expect(ledger.unread?.totalsOff).toBeUndefined();
  });

  it("names a subtotal its rows do not add up to: sheet, row, column, value and the sum (en + zh)", () => {
    // 乙公司's G-2 typed as 405.00 open instead of 400.00: 300.00 + 405.00 = 705.00, the 小计 says 700.00.
    const typo = rows.map((r) => [...r]);
    typo[4][6] = "405.00";
    const ledger = read([block("台账", headers, typo)]);
    const errors = ledger.issues.filter((i) => i.code === "totalNotSum");
    expect(errors.map((i) => [i.sheet, i.row, i.column, i.value, i.code])).toEqual([
      ["台账", 7, "未收金额", "700.00", "totalNotSum"],
      // The 合计 (2,000.00) is now off too: the whole table adds up to 2,005.00.
      ["台账", 8, "未收金额", "2,000.00", "totalNotSum"],
    ]);
    expect(errors[0].reason).toBe("the ledger's own total 700.00 in 未收金额 is not the sum of the rows it closes: rows 5–6 add up to 705.00, a difference of -5.00; a row is missing or typed wrong, and the outputs count the rows as they stand");
    expect(issueText(errors[0], "zh")).toBe("表中自带的合计 700.00（未收金额）与其所合计的各行不符：第 5–6 行合计为 705.00，相差 -5.00；有漏记或录错的行，输出按各行实际金额计算");
    expect(errors[1].reason).toContain("rows 2–7 add up to 2,005.00, a difference of -5.00");
    // Said where every output says what was not read, apart from the rows not read (every row was
    // read): two totals off, their difference counted once (the 合计 is off by the 小计's own -5.00).
    expect(ledger.unread).toEqual({ rows: 0, rowsWithMoney: 0, byCurrency: {}, unsummed: 0, totalsOff: { count: 2, byCurrency: { CNY: -500 } } });
    // The rows themselves are read as they stand.
    expect(ledger.invoices.map((i) => i.invoiceNo)).toEqual(["F-1", "F-2", "G-1", "G-2"]);
  });

  it("names a 合计 that misses a row (a row deleted after the total was typed)", () => {
    const missing = rows.filter((_, k) => k !== 0).filter((r) => !String(r[0]).includes("小计"));
    const ledger = read([block("台账", headers, missing)]);
    const errors = ledger.issues.filter((i) => i.code === "totalNotSum");
    // F-2 + G-1 + G-2 open: 500.00 + 300.00 + 400.00 = 1,200.00; the 合计 still says 2,250.00 in 金额 first.
    expect(errors.map((i) => [i.row, i.column, i.value])).toEqual([[5, "金额", "2,250.00"]]);
    expect(errors[0].reason).toContain("rows 2–4 add up to 1,250.00");
    expect(errors[0].reason).toContain("a difference of 1,000.00");
  });
});

describe("a 合计 right under the last 小计", () => {
  it("is judged against every row of the table above it, not its own empty section", () => {
    const ledger = read([block("台账", ["客户名称", "发票号码", "开票日期", "实收金额", "金额"], [
      ["甲公司", "F-1", "2026-09-01", 0, 100],
      ["甲公司", "F-2", "2026-09-15", 0, 200],
      ["甲公司 小计", null, null, null, 300], // row 4: adds up
      ["乙公司", "G-1", "2026-09-03", 0, 50],
      ["乙公司 小计", null, null, null, 60], // row 6: 50 typed 60
      ["合计", null, null, null, 360], // row 7: the rows hold 350
    ])]);
    const off = ledger.issues.filter((i) => i.code === "totalNotSum");
    expect(off.map((i) => [i.row, i.value])).toEqual([[6, "60"], [7, "360"]]);
    expect(off[1].reason).toContain("rows 2–6 add up to 350.00, a difference of 10.00");
    // The 合计's 10.00 is the 小计's own: counted once.
    expect(ledger.unread?.totalsOff).toEqual({ count: 2, byCurrency: { CNY: 1000 } });
  });

  it("reads 实收金额 on an invoice list as what was paid", () => {
    const ledger = read([block("台账", ["客户名称", "发票号码", "开票日期", "实收金额", "金额"], [["甲公司", "F-1", "2026-09-01", 40, 100]])]);
    expect(ledger.invoices.map((i) => [i.amount.minor, i.paid.minor])).toEqual([[10_000, 4_000]]);
  });
});

describe("a dated total in a list keyed by name", () => {
  it("is a total, checked, not an invoice without a number", () => {
    const ledger = read([block("台账", ["日期", "客户名称", "发票号码", "金额", "已收金额"], [
      ["2026-10-05", "甲公司", "F1", 100, 0],
      ["2026-10-09", "乙公司", "F2", 200, 50],
      ["2026-10-31", "本月合计", null, 300, 50], // row 4: dated, adds up
      ["2026-10-31", null, "合计", 300, 60], // row 5: 已收 typed 60
    ])]);
    expect(ledger.invoices.map((i) => i.invoiceNo)).toEqual(["F1", "F2"]);
    expect(ledger.issues.filter((i) => i.severity === "error")).toEqual([]);
    expect(ledger.unread?.rows ?? 0).toBe(0);
    expect(ledger.issues.filter((i) => i.code === "totalNotSum").map((i) => [i.row, i.column, i.value])).toEqual([[5, "已收金额", "60"]]);
  });
});

describe("a Payments table's own total rows", () => {
  const tables = (total: number | string): SourceBlock[] => [
    block("Customers", ["CustomerID", "Name"], [["C1", "Acme"]]),
    block("Invoices", ["InvoiceNo", "CustomerID", "InvoiceDate", "DueDate", "Amount"], [["I1", "C1", "2026-09-01", "2026-10-01", 100], ["I2", "C1", "2026-09-02", "2026-10-02", 50]]),
    block("Payments", ["Date", "CustomerID", "Amount", "InvoiceNo"], [["2026-10-02", "C1", 100, "I1"], ["2026-10-03", "C1", 20, "I2"], [null, "Total", total, null]]),
  ];

  it("are no payments and no rows not read: skipped with a note when they add up", () => {
    const ledger = read(tables(120));
    expect(ledger.payments.map((p) => p.amount.minor)).toEqual([10_000, 2_000]);
    expect(ledger.issues.filter((i) => i.severity !== "info")).toEqual([]);
    expect(ledger.unread?.rows ?? 0).toBe(0);
    expect(ledger.unread?.totalsOff).toBeUndefined();
    expect(ledger.issues.find((i) => i.code === "rowsSkipped")?.params).toMatchObject({ footers: 1, firstFooter: 4 });
  });

  it("are found with their label where the date goes (合计 in a 收款登记's first column)", () => {
    const ledger = read([
      block("Customers", ["CustomerID", "Name"], [["C1", "Acme"]]),
      block("Invoices", ["InvoiceNo", "CustomerID", "InvoiceDate", "DueDate", "Amount"], [["I1", "C1", "2026-09-01", "2026-10-01", 100]]),
      block("Payments", ["Date", "CustomerID", "Amount", "InvoiceNo"], [["2026-10-02", "C1", 60, "I1"], ["2026-10-09", "C1", 40, "I1"], ["合计", null, 100, null]]),
    ]);
    expect(ledger.payments).toHaveLength(2);
    expect(ledger.issues.filter((i) => i.severity !== "info")).toEqual([]);
    expect(ledger.unread?.rows ?? 0).toBe(0);
  });

  it("are never a dated payment, nor one quoting an invoice, whatever its texts say", () => {
    const ledger = read([
      block("Customers", ["CustomerID", "Name"], [["C1", "Acme"]]),
      block("Invoices", ["InvoiceNo", "CustomerID", "InvoiceDate", "DueDate", "Amount"], [["I1", "C1", "2026-09-01", "2026-10-01", 100]]),
      block("Payments", ["Date", "CustomerID", "Amount", "InvoiceNo", "Reference"], [["Oct 2, 2026", "C1", 60, null, "Total transfer"], [null, "C1", 40, "I1", "Total"]]),
    ]);
    expect(ledger.payments.map((p) => p.amount.minor)).toEqual([6_000]);
    // The undated one quoting I1 is a payment whose date is missing: said and counted, not skipped.
    expect(ledger.issues.filter((i) => i.severity === "error").map((i) => [i.row, i.column])).toEqual([[3, "Date"]]);
    expect(ledger.unread).toMatchObject({ rows: 1, byCurrency: { USD: 4_000 } });
  });

  it("are said when the payments above do not add up to them", () => {
    const ledger = read(tables("130.00"));
    const off = ledger.issues.filter((i) => i.code === "totalNotSum");
    expect(off.map((i) => [i.sheet, i.row, i.column, i.value])).toEqual([["Payments", 4, "Amount", "130.00"]]);
    expect(off[0].reason).toContain("rows 2–3 add up to 120.00, a difference of 10.00");
    expect(ledger.unread).toEqual({ rows: 0, rowsWithMoney: 0, byCurrency: {}, unsummed: 0, totalsOff: { count: 1, byCurrency: { USD: 1000 } } });
  });
});

describe("totals in other shapes", () => {
  it("counts a credit in an S/H side column negative, as the system's total does", () => {
    const ledger = read([block("OP-Liste", ["Debitor", "Rechnungsnr.", "Belegdatum", "Betrag", "S/H"], [
      ["10001", "R-1", "2026-09-01", "1.000,00", "S"],
      ["10001", "G-1", "2026-09-05", "300,00", "H"],
      [null, "Summe Debitor 10001", null, "700,00", "S"],
    ])]);
    expect(ledger.issues.filter((i) => i.severity !== "info")).toEqual([]);
  });

  it("does not add two currencies into one grand total", () => {
    const ledger = read([block("Invoices", ["Customer", "Invoice No", "Invoice Date", "Currency", "Amount"], [
      ["Acme", "A-1", "2026-09-01", "USD", 100],
      ["Beta", "B-1", "2026-09-01", "EUR", 50],
      ["Total", null, null, null, 999],
    ])]);
    expect(ledger.issues.filter((i) => i.severity !== "info")).toEqual([]);
  });

  it("leaves a cumulative 本年累计 unchecked: it reaches back before the sheet", () => {
    const ledger = read([block("10月", ["客户名称", "凭证号", "日期", "借方", "贷方"], [
      ["甲公司", "记-1", "2026-10-01", "100.00", null],
      [null, "本月合计", null, "100.00", null],
      [null, "本年累计", null, "5,100.00", "2,000.00"],
    ])]);
    expect(ledger.issues.filter((i) => i.severity !== "info")).toEqual([]);
  });
});

describe("isLabelledTotal", () => {
  it.each([
    [["合计"], true], [["", "甲公司 小計"], true], [["Total Koala Print Co"], true], [["Aaron Fitz Electrical Totals:"], true],
    [["Summe Debitor 10001"], true], [["Totaal 20014"], true], [["**"], true], [["Grand Total"], true],
    [["本年累计"], false], [["Balance b/f"], false], [["制表人：李娜"], false], [["Totalizer Ltd"], false], [["INV-1"], false],
  ])("%j → %s", (row, expected) => {
    expect(isLabelledTotal(row)).toBe(expected);
  });
});

describe("a Customers list's own total row", () => {
  const customers = (rows: (string | number | null)[][]): Ledger => read([
    block("Customers", ["CustomerID", "Name", "Credit Limit"], rows),
    block("Invoices", ["InvoiceNo", "CustomerID", "InvoiceDate", "DueDate", "Amount"], [["I1", "C1", "2026-09-01", "2026-10-01", 100]]),
  ]);

  it("is no customer called Total: skipped with a note", () => {
    const ledger = customers([["C1", "Acme", 1000], ["C2", "Beta", 500], ["Total", null, 1500]]);
    expect(ledger.customers.map((c) => c.id)).toEqual(["C1", "C2"]);
    expect(ledger.issues.filter((i) => i.severity !== "info")).toEqual([]);
    expect(ledger.issues.find((i) => i.sheet === "Customers" && i.code === "rowsSkipped")?.params).toMatchObject({ footers: 1, firstFooter: 4 });
  });

  it("keeps a customer whose ID or name only starts with a total word", () => {
    const ledger = customers([["C1", "Acme", 1000], ["Total", "Total Logistics Ltd", 500], ["TOT-1", "Totaal Bouw BV", null]]);
    expect(ledger.customers.map((c) => [c.id, c.name])).toEqual([["C1", "Acme"], ["Total", "Total Logistics Ltd"], ["TOT-1", "Totaal Bouw BV"]]);
  });
});

describe("isBareTotalWord", () => {
  it.each([
    ["Total", true], ["Grand total:", true], ["合计", true], ["總計：", true], ["Summe", true], ["ＴＯＴＡＬ", true],
    ["Total Logistics", false], ["合计科技有限公司", false], ["Summe GmbH", false], ["Totaal Bouw BV", false], ["C001", false],
  ])("%s → %s", (text, expected) => {
    expect(isBareTotalWord(text)).toBe(expected);
  });
});
