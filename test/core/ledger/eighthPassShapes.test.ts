/**
 * An eighth new user's pass (accounting-tool exports): a customer whose name starts with a total
 * word and a number (`Total 24 Hour Plumbing`) is a customer, not a total; a 两清 / 核销 mark that
 * disagrees with the open-balance column beside it is said, naming the row; Business Central's
 * customer line (`10000` | `Adatum Corporation`) names the rows under it, and its unlabelled
 * totals may state their currency. Expected figures are worked by hand in the comments.
 */
import { buildLedger } from "../../../src/core/ledger";
import { issueText } from "../../../src/core/ledger/issueTexts";
import { accountsAsOf } from "../../../src/core/allocation";
import { detectTables, toLedgerInput } from "../../../src/workbook/schema";
import type { RawCell } from "../../../src/workbook/port";
import { customerNoAndName } from "../../../src/core/ledger/_lib/rowKinds";
import { block, day } from "../builders";

const read = (sheet: string, headers: string[], rows: RawCell[][]) => buildLedger(toLedgerInput(detectTables([block(sheet, headers, rows)])));
/** Open amount in minor units per customer name, as of the day. */
const openByCustomer = (ledger: ReturnType<typeof read>, asOf: string) =>
  Object.fromEntries(accountsAsOf(ledger, day(asOf)).map((a) => [a.customer.name, a.openItems.reduce((s, i) => s + i.open, 0)]));

describe("a customer named with a total word and a number (`Total 24 Hour Plumbing`)", () => {
  // QuickBooks Desktop: the customer's name alone on a row, its rows, then `Total <name>`.
  const headers = ["", "Type", "Date", "Num", "Due Date", "Open Balance"];
  const rows: RawCell[][] = [
    ["Total 24 Hour Plumbing"],
    [null, "Invoice", "2026-09-02", "1041", "2026-10-02", 1200],
    [null, "Invoice", "2026-10-05", "1057", "2026-11-04", 340.5],
    ["Total Total 24 Hour Plumbing", null, null, null, null, 1540.5],
    ["Koala Print Co"],
    [null, "Invoice", "2026-09-20", "1050", "2026-10-20", 99],
    ["Total Koala Print Co", null, null, null, null, 99],
    ["TOTAL", null, null, null, null, 1639.5],
  ];

  it("is a group title naming the customer: its invoices are its own, nothing is skipped as a total but the totals", () => {
    const ledger = read("Open Invoices", headers, rows);
    // 1,200.00 + 340.50 = 1,540.50 for the plumber; 99.00 for Koala.
    expect(openByCustomer(ledger, "2026-10-31")).toEqual({ "Total 24 Hour Plumbing": 154050, "Koala Print Co": 9900 });
    expect(ledger.issues.filter((i) => i.severity !== "info")).toEqual([]);
    expect(ledger.unread?.rows ?? 0).toBe(0);
  });

  it("is a group title in Chinese too (`总计3D打印有限公司`), while `合计 3 号仓` under its rows is a total", () => {
    const ledger = read("应收明细", ["单据号", "日期", "到期日", "金额"], [
      ["总计3D打印有限公司"],
      ["XS-1", "2026-09-01", "2026-10-01", 800],
      ["XS-2", "2026-09-20", "2026-10-20", 200],
      ["合计 3 号仓", null, null, 1000], // a warehouse's total: checked (800 + 200) and skipped
    ]);
    expect(openByCustomer(ledger, "2026-10-31")).toEqual({ 总计3D打印有限公司: 100000 });
    expect(ledger.issues.filter((i) => i.severity !== "info")).toEqual([]);
  });

  it("is a customer on an invoice row of a list keyed by name, and a number alone after the word still totals", () => {
    const ledger = read("Invoices", ["Customer", "Invoice No", "Invoice Date", "Amount"], [
      ["Total 24 Hour Plumbing", "A-1", "2026-10-01", 500],
      ["Acme Supply", "A-2", "2026-10-02", 250],
      ["Total 750.00", null, null, 750], // a total line, checked and skipped
    ]);
    expect(openByCustomer(ledger, "2026-10-31")).toEqual({ "Total 24 Hour Plumbing": 50000, "Acme Supply": 25000 });
    expect(ledger.unread?.rows ?? 0).toBe(0);
  });
});

describe("a 两清 / 核销 mark beside an open-balance column (金蝶 应收单 with 核销状态 and 未核销金额)", () => {
  const headers = ["客户名称", "单据编号", "业务日期", "到期日", "价税合计", "未核销金额", "核销状态"];
  const rows: RawCell[][] = [
    ["甲公司", "AR-001", "2026-08-01", "2026-08-31", "10,000.00", "0.00", "已核销"], // agrees: settled
    ["甲公司", "AR-002", "2026-09-01", "2026-09-30", "6,000.00", "2,500.00", "已核销"], // row 3: marked, yet 2,500.00 open
    ["甲公司", "AR-003", "2026-10-01", "2026-10-31", "3,000.00", "3,000.00", "未核销"],
  ];

  it("reads the open amount, and warns on the row whose mark says cleared while money is still open (en + zh)", () => {
    const ledger = read("应收单列表", headers, rows);
    // The open column decides: 0 + 2,500.00 + 3,000.00 = 5,500.00.
    expect(openByCustomer(ledger, "2026-10-31")).toEqual({ 甲公司: 550000 });
    const said = ledger.issues.filter((i) => i.code === "clearedButOpen");
    expect(said.map((i) => [i.severity, i.row, i.column, i.value])).toEqual([["warning", 3, "核销状态", "已核销"]]);
    expect(said[0].reason).toBe("marked cleared, yet the open balance still shows 2,500.00: the open balance is read (the row stays open for 2,500.00); check the mark or the open amount");
    expect(issueText(said[0], "zh")).toBe("标为两清/已核销，但未收金额仍为 2,500.00：以未收金额为准（此行仍按 2,500.00 未收）；请核对两清标志或未收金额");
  });

  it("says nothing when every mark agrees with the open amount", () => {
    const agreeing = rows.map((r, k) => (k === 1 ? [...r.slice(0, 6), "未核销"] : r));
    expect(read("应收单列表", headers, agreeing).issues.filter((i) => i.severity !== "info")).toEqual([]);
  });
});

describe("customerNoAndName", () => {
  it.each([
    [["10000", "Adatum Corporation"], "10000", "Adatum Corporation"],
    [["C-10020", null, "Trey Research", null], "C-10020", "Trey Research"],
    [["Adatum Corporation", "10000"], "10000", "Adatum Corporation"],
  ])("%j names customer %j, %j", (row, no, name) => {
    expect(customerNoAndName(row)).toEqual({ no, name });
  });

  it.each([
    [["Page", "12"]], // too short for a number: a page line
    [["10000"]], // a number alone
    [["Customer:", "10000"]], // a label
    [["10000", "Adatum Corporation", "555-0100", "Seattle"]], // more than a number and a name
    [["10000", 1200]], // money on the row
    [["Adatum Corporation", "Trey Research"]], // no number
  ])("%j is no customer line", (row) => {
    expect(customerNoAndName(row)).toBeUndefined();
  });
});

describe("Business Central's Customer - Detailed Aging: No. and Name lines, unlabelled totals with their currency", () => {
  const headers = ["Posting Date", "Document Type", "Document No.", "Due Date", "Original Amount", "Remaining Amount", "Currency Code"];
  const rows: RawCell[][] = [
    ["10000", "Adatum Corporation"],
    ["2026-09-24", "Invoice", "103041", "2026-10-24", 2190.4, 1190.4, null],
    ["2026-10-12", "Credit Memo", "104007", "2026-10-12", -310, -310, null],
    [null, null, null, null, 1880.4, 880.4, null],
    [],
    ["20000", "Trey Research"],
    ["2026-08-30", "Invoice", "103033", "2026-09-29", 7500, 7500, "EUR"],
    ["2026-10-20", "Payment", "2590", "2026-10-20", -1250, -1250, "EUR"],
    [null, null, null, null, 6250, 6250, "EUR"], // the total states its currency
  ];

  it("reads each customer's entries under its line, and the totals as totals", () => {
    const ledger = read("Customer - Detailed Aging", headers, rows);
    // Adatum: 1,190.40 open less the 310.00 credit = 880.40; Trey: 7,500.00 less 1,250.00 = 6,250.00 (EUR).
    expect(accountsAsOf(ledger, day("2026-10-31")).map((a) => [a.customer.name, a.currency, a.balance])).toEqual([
      ["Adatum Corporation", "USD", 88040], ["Trey Research", "EUR", 625000],
    ]);
    // The line's number is the customer's ID (printed on its statement), its name the name: not keyed by name.
    expect(ledger.customers.map((c) => [c.id, c.name, c.keyedByName ?? false])).toEqual([["10000", "Adatum Corporation", false], ["20000", "Trey Research", false]]);
    expect(ledger.issues.filter((i) => i.severity !== "info")).toEqual([]);
    expect(ledger.unread?.rows ?? 0).toBe(0);
  });

  it("still refuses an unlabelled total that does not add up, with its currency beside it", () => {
    const typo = rows.map((r, k) => (k === 8 ? [null, null, null, null, 6250, 6205, "EUR"] : r));
    const ledger = read("Customer - Detailed Aging", headers, typo);
    expect(ledger.issues.filter((i) => i.severity === "error").map((i) => [i.row, i.code])).toEqual([[10, "unlabelledSubtotal"]]);
  });
});

describe("Peachtree's Customer Ledgers: the customer on its first line only, Balance Fwd, SJ / CRJ", () => {
  const headers = ["Customer ID", "Customer", "Date", "Trans No", "Type", "Debit Amt", "Credit Amt", "Balance"];
  const rows: RawCell[][] = [
    ["ALDRED", "Aldred Builders", "7/1/26", "Balance Fwd", null, null, null, 1500],
    [null, null, "7/12/26", "10305", "SJ", 2000, null, 3500],
    [null, null, "8/15/26", "CC0001", "CRJ", null, 1500, 2000], // a receipt: credit only, whatever the code
    [],
    ["CHAPPELL", "Chappell Interiors", "9/3/26", "10330", "SJ", 3600, null, 3600],
    [null, null, "10/10/26", "CC0007", "CRJ", null, 1000, 2600],
  ];

  it("reads the rows right under a customer's first line as its own, the Balance Fwd as an opening item, CRJ as receipts", () => {
    const ledger = read("Customer Ledgers", headers, rows);
    // Aldred: opening 1,500 + 10305 2,000 − receipt 1,500 = 2,000; Chappell: 3,600 − 1,000 = 2,600.
    expect(accountsAsOf(ledger, day("2026-10-31")).map((a) => [a.customer.id, a.balance])).toEqual([["ALDRED", 200000], ["CHAPPELL", 260000]]);
    expect(ledger.issues.filter((i) => i.severity !== "info")).toEqual([]);
    const note = ledger.issues.find((i) => i.code === "customerFromAbove")!;
    expect(note.reason).toBe("3 rows without a customer ID or name are the customer of the row right above, whose running balance they go on with (a ledger printing the customer on its first line only; first: row 3)");
    expect(issueText(note, "zh")).toBe("3 行客户编号和名称为空，按紧邻上一行的客户读入，余额与之连续（账簿只在首行打印客户；第一行：第 3 行）");
  });

  it("takes no customer from across a blank row: a row under it with neither is still not read, said", () => {
    const broken = [...rows.slice(0, 3), [], [null, null, "9/3/26", "10330", "SJ", 3600, null, 3600]];
    const ledger = read("Customer Ledgers", headers, broken);
    expect(ledger.issues.filter((i) => i.severity === "error").map((i) => [i.row, i.code])).toEqual([[6, "noCustomer"]]);
    expect(ledger.unread?.rows).toBe(1);
  });
});
