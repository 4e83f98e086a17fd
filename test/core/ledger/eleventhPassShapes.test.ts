/**
 * Shapes found on the eleventh new user's pass: receivables kept from the tax system's 增值税发票
 * exports (金税盘 / 税控 lists, the 数电发票 platform's 全量发票查询) and a 客户对账单 sent back, read
 * through header detection as a workbook would be. Expected figures are worked by hand in the comments.
 */
import { buildLedger } from "../../../src/core/ledger";
import { issueText } from "../../../src/core/ledger/issueTexts";
import { accountsAsOf } from "../../../src/core/allocation";
import { detectTables, toLedgerInput } from "../../../src/workbook/schema";
import type { RawCell, SourceBlock } from "../../../src/workbook/port";
import type { Ledger } from "../../../src/core/model";
import { block, day } from "../builders";

const read = (blocks: SourceBlock[]): Ledger => buildLedger(toLedgerInput(detectTables(blocks)));
const balances = (ledger: Ledger, asOf: string) =>
  Object.fromEntries(accountsAsOf(ledger, day(asOf)).map((a) => [`${a.customer.name} ${a.currency}`, a.balance]));
const problems = (ledger: Ledger) => ledger.issues.filter((i) => i.severity !== "info");
const numbers = (ledger: Ledger) => ledger.invoices.map((i) => [i.invoiceNo, i.amount.minor]);

describe("a 金税盘 export: 发票代码 + 发票号码", () => {
  const headers = ["发票代码", "发票号码", "购方名称", "开票日期", "金额", "税额", "价税合计", "作废标志"];

  it("reads the pair as the invoice's number: the same 发票号码 under a new 发票代码 is another invoice, not a duplicate", () => {
    const ledger = read([block("发票查询", headers, [
      ["3100261130", "00412345", "甲公司", "2026-07-08", 20000, 2600, 22600, "正常"],
      ["3100262130", "00412345", "甲公司", "2026-09-12", 15929.2, 2070.8, 18000, "正常"],
    ])]);
    expect(problems(ledger)).toEqual([]);
    expect(numbers(ledger)).toEqual([["3100261130-00412345", 2260000], ["3100262130-00412345", 1800000]]);
  });

  it("pads a 发票号码 kept in a number cell back to its 8 digits", () => {
    const ledger = read([block("发票查询", headers, [[3100261130, 412345, "甲公司", "2026-07-08", 100, 13, 113, "正常"]])]);
    expect(numbers(ledger)).toEqual([["3100261130-00412345", 11300]]);
  });

  it("reads 价税合计 as the amount, not 金额 (the net) nor 税额", () => {
    const ledger = read([block("发票查询", headers, [["3100261130", "00412345", "甲公司", "2026-07-08", 20000, 2600, 22600, "正常"]])]);
    expect(ledger.invoices[0].amount.minor).toBe(2260000);
  });

  it("skips a 作废 invoice (never owed), and takes 正常 as issued without asking", () => {
    const ledger = read([block("发票查询", headers, [
      ["3100261130", "00412347", "甲公司", "2026-08-03", 5000, 650, 5650, "作废"],
      ["3100261130", "00412348", "甲公司", "2026-08-03", 5309.73, 690.27, 6000, "正常"],
    ])]);
    expect(problems(ledger)).toEqual([]);
    expect(numbers(ledger)).toEqual([["3100261130-00412348", 600000]]);
    expect(ledger.issues.map((i) => i.code)).toContain("voidSkipped");
  });

  it("reads a 作废标志 of 是 / 否 as voided / not voided, never 是 as paid", () => {
    const ledger = read([block("发票查询", headers, [
      ["3100261130", "00412347", "甲公司", "2026-08-03", 5000, 650, 5650, "是"],
      ["3100261130", "00412348", "甲公司", "2026-08-03", 5309.73, 690.27, 6000, "否"],
    ])]);
    expect(problems(ledger)).toEqual([]);
    expect(numbers(ledger)).toEqual([["3100261130-00412348", 600000]]);
    // 否 is not paid either: the 6,000 is owed.
    expect(balances(ledger, "2026-10-31")).toEqual({ "甲公司 CNY": 600000 });
  });
});

describe("a 数电发票 platform export", () => {
  const headers = ["发票代码", "发票号码", "数电票号码", "购买方名称", "开票日期", "价税合计", "发票状态"];

  it("reads the 20-digit 数电票号码 typed as text exactly (two differing only in the last digit stay two), and a 税控 row of the same list by its code and number", () => {
    const ledger = read([block("发票基础信息", headers, [
      [null, null, "26332000000107654321", "甲公司", "2026-07-21 09:15:42", 31800, "正常"],
      [null, null, "26332000000107654322", "甲公司", "2026-08-18 16:02:07", 13250, "正常"],
      ["3100261130", "00412345", null, "甲公司", "2026-06-30 10:00:00", 5000, "正常"],
    ])]);
    expect(problems(ledger)).toEqual([]);
    expect(numbers(ledger)).toEqual([["26332000000107654321", 3180000], ["26332000000107654322", 1325000], ["3100261130-00412345", 500000]]);
  });

  it("reads 开票日期 with a time of day as its day, whether text or a date serial with a fraction", () => {
    const ledger = read([block("发票基础信息", headers, [
      [null, null, "26332000000110050402", "甲公司", "2026-10-05 14:23:11", 100, "正常"],
      // 46300.99 is 2026-10-05 23:45 (serial 46300 = 2026-10-05).
      [null, null, "26332000000110050403", "甲公司", 46300.99, 100, "正常"],
    ])]);
    expect(problems(ledger)).toEqual([]);
    expect(ledger.invoices.map((i) => i.invoiceDate)).toEqual([day("2026-10-05"), day("2026-10-05")]);
  });

  it("keeps a blue invoice marked 全额红冲 owed and its listed 红字 invoice a credit: they net to nothing", () => {
    const ledger = read([block("发票基础信息", headers, [
      [null, null, "26332000000108011930", "乙公司", "2026-08-25 10:44:19", 51980, "全额红冲"],
      [null, null, "26332000000108011987", "乙公司", "2026-09-02 11:30:55", -51980, "正常"],
      [null, null, "26332000000108011988", "乙公司", "2026-09-02 11:36:03", 49720, "正常"],
    ])]);
    expect(problems(ledger)).toEqual([]);
    expect(balances(ledger, "2026-10-31")).toEqual({ "乙公司 CNY": 4972000 });
  });

  it("says a 数电票号码 kept in a number cell has lost its last digits, and reads two that became one number apart", () => {
    // Excel keeps 15 digits: both numbers are 26332000000107600000 in the cell.
    const ledger = read([block("发票", ["数电票号码", "购买方名称", "开票日期", "价税合计"], [
      [26332000000107600000, "甲公司", "2026-09-01", 1000],
      [26332000000107600000, "甲公司", "2026-09-02", 2000],
    ])]);
    const lost = ledger.issues.filter((i) => i.code === "numberDigitsLost");
    expect(lost.map((i) => [i.severity, i.row, i.column, i.value])).toEqual([
      ["warning", 2, "数电票号码", "26332000000107600000"], ["warning", 3, "数电票号码", "26332000000107600000"],
    ]);
    expect(lost[0].reason).toBe("InvoiceNo is a number of 20 digits: Excel keeps only 15, so its last 5 are lost and two documents may show the same number (read apart, by their rows); format the column as Text and export or type the numbers again");
    expect(issueText(lost[0], "zh")).toBe("发票号是 20 位的数字：Excel 只保留 15 位有效数字，后 5 位已丢失，两张单据可能显示成同一号码（已按行分开读入）；请把该列设为文本格式后重新导出或录入号码");
    // Neither row is dropped nor merged: 1,000 + 2,000.
    expect(ledger.issues.filter((i) => i.severity === "error")).toEqual([]);
    expect(balances(ledger, "2026-10-31")).toEqual({ "甲公司 CNY": 300000 });
  });

  it("says so of such a number saved as Excel displays it (a CSV saved from Excel: `2.63320000001077E+19` as text)", () => {
    const ledger = read([block("发票", ["数电票号码", "购买方名称", "开票日期", "价税合计"], [
      ["2.63320000001077E+19", "甲公司", "2026-09-01", 1000],
      ["2.63320000001077E+19", "甲公司", "2026-09-02", 2000],
      ["INV-E+1", "甲公司", "2026-09-03", 500],
    ])]);
    expect(ledger.issues.filter((i) => i.code === "numberDigitsLost").map((i) => [i.row, i.value])).toEqual([[2, "2.63320000001077E+19"], [3, "2.63320000001077E+19"]]);
    expect(balances(ledger, "2026-10-31")).toEqual({ "甲公司 CNY": 350000 });
  });

  it("says so of a payment quoting such a number too", () => {
    const ledger = read([
      block("发票", ["数电票号码", "购买方名称", "开票日期", "价税合计"], [["26332000000107654321", "甲公司", "2026-09-01", 1000]]),
      block("回款记录", ["回款日期", "客户", "回款金额", "数电票号码"], [["2026-10-10", "甲公司", 400, 26332000000107600000]]),
    ]);
    expect(ledger.issues.filter((i) => i.code === "numberDigitsLost").map((i) => [i.sheet, i.row])).toEqual([["回款记录", 2]]);
    expect(balances(ledger, "2026-10-31")).toEqual({ "甲公司 CNY": 60000 });
  });
});

describe("an English VAT invoice register", () => {
  it("reads Invoice Code + Invoice No., Total incl. VAT, Buyer Name, Voided / Cancelled / Normal and the Received columns", () => {
    const ledger = read([block("Invoices", ["Invoice Code", "Invoice No.", "Buyer Name", "Issue Date", "Amount excl. VAT", "VAT", "Total incl. VAT", "Status", "Received Amount", "Received Date"], [
      ["3200261130", "01857301", "Kunshan Molding", "2026-07-09 10:12:45", 40000, 5200, 45200, "Normal", 10000, "2026-08-28"],
      ["3200261130", "01857303", "Kunshan Molding", "2026-08-14 09:01:10", 9000, 1170, 10170, "Voided", null, null],
      ["3200261130", "01857305", "Kunshan Molding", "2026-09-17 16:55:48", 6400, 832, 7232, "Cancelled", null, null],
      ["3200262130", "01857301", "Kunshan Molding", "2026-09-24 11:11:11", 22000, 2860, 24860, "Normal", null, null],
    ])]);
    expect(problems(ledger)).toEqual([]);
    expect(numbers(ledger)).toEqual([["3200261130-01857301", 4520000], ["3200262130-01857301", 2486000]]);
    expect(ledger.payments.map((p) => [p.invoiceNo, p.amount.minor, p.date])).toEqual([["3200261130-01857301", 1000000, day("2026-08-28")]]);
    // 45,200 − 10,000 + 24,860 = 60,060.00
    expect(balances(ledger, "2026-10-31")).toEqual({ "Kunshan Molding USD": 6006000 });
  });
});

describe("a 客户对账单 sent back", () => {
  const title = ["应收账款对账单", "", "", "", "", ""];
  const customerLine: RawCell[] = ["客户名称：合肥皖江新能源", null, null, "对账期间：2026-08-01 至 2026-10-31", null, null];
  const headers = ["日期", "摘要", "发票号码", "本期开票", "本期回款", "余额"];

  it("reads it as the customer's ledger: 本期开票 rows invoices, 本期回款 rows with no number receipts, 期末余额 and the sign-off no rows", () => {
    const ledger = read([block("对账单", title, [customerLine, headers,
      ["2026-08-01", "期初余额", null, null, null, 12300],
      ["2026-08-06", "销售逆变器", "34012651", 56500, null, 68800],
      ["2026-08-25", "回款", null, null, 40000, 28800],
      ["2026-09-14", "销售汇流箱", "34012702", 21470, null, 50270],
      [null, "本期合计", null, 77970, 40000, null],
      ["2026-10-31", "期末余额", null, null, null, 50270],
      [],
      ["以上对账无误。", null, null, "客户盖章：", null, "日期：2026年11月3日"],
    ])]);
    expect(problems(ledger)).toEqual([]);
    expect(ledger.invoices.map((i) => i.invoiceNo)).toEqual(["期初余额", "34012651", "34012702"]);
    expect(ledger.payments.map((p) => [p.customerId, p.amount.minor, p.invoiceNo])).toEqual([["合肥皖江新能源", 4000000, undefined]]);
    // 12,300 + 56,500 − 40,000 + 21,470 = 50,270.00, as the 期末余额 line says.
    expect(balances(ledger, "2026-10-31")).toEqual({ "合肥皖江新能源 CNY": 5027000 });
  });

  it("still checks the 期末余额 line against the running balance", () => {
    const ledger = read([block("对账单", title, [customerLine, headers,
      ["2026-08-06", "销售", "34012651", 56500, null, 56500],
      ["2026-10-31", "期末余额", null, null, null, 50000],
    ])]);
    expect(problems(ledger).map((i) => [i.row, i.value])).toEqual([[5, "50000"]]);
  });
});
