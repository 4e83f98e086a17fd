/**
 * 两清 / 核销 marks (用友 U8 客户往来两清, Kingdee 核销): rows the source system settled against each
 * other. A marked invoice is paid in full by the marked receipts, which settle nothing else; the
 * unmarked receipts still settle the oldest open invoices. Expected figures are worked by hand.
 */
import { buildLedger } from "../../../src/core/ledger";
import { clearedMark } from "../../../src/core/ledger/_lib/clearedMarks";
import { issueText } from "../../../src/core/ledger/issueTexts";
import { accountsAsOf } from "../../../src/core/allocation";
import { detectTables, toLedgerInput } from "../../../src/workbook/schema";
import type { RawCell } from "../../../src/workbook/port";
import { block, day } from "../builders";

const HEADERS = ["日期", "单据号", "客户编码", "客户名称", "借方", "贷方", "两清标志"];
const read = (rows: RawCell[][]) => buildLedger(toLedgerInput(detectTables([block("往来明细", HEADERS, rows)])));
/** Open amount per invoice number as of the day. */
const openByNo = (rows: RawCell[][], asOf: string) =>
  Object.fromEntries(accountsAsOf(read(rows), day(asOf)).flatMap((a) => a.openItems.map((i) => [i.invoice.invoiceNo, i.open])));

describe("clearedMark", () => {
  it.each([
    ["Y", "cleared"], ["y", "cleared"], ["√", "cleared"], ["是", "cleared"], ["两清", "cleared"], ["已核销", "cleared"], ["Ｙ", "cleared"],
    ["N", "open"], ["否", "open"], ["未核销", "open"], ["部分核销", "open"], ["", "open"],
    ["maybe", "unknown"], ["2026-10-08", "unknown"],
  ])("%j → %s", (text, expected) => {
    expect(clearedMark(text)).toBe(expected);
  });
});

describe("rows marked cleared", () => {
  const rows: RawCell[][] = [
    ["2026-07-05", "FP-1", "01", "甲公司", 20000, null, null],
    ["2026-09-03", "FP-2", "01", "甲公司", 8000, null, "Y"],
    ["2026-10-08", "SK-1", "01", "甲公司", null, 8000, "Y"],
    ["2026-10-20", "SK-2", "01", "甲公司", null, 5000, null],
  ];

  it("pay the invoice cleared with them, and the unmarked receipt settles the oldest", () => {
    // Marks read: FP-2 paid by SK-1; SK-2 (5,000) settles FP-1: 15,000 open.
    // Marks ignored, 13,000 would settle FP-1 and leave FP-2 open: 7,000 and 8,000.
    expect(openByNo(rows, "2026-10-31")).toEqual({ "FP-1": 1500000 });
  });

  it("are said once for the table, in English and Chinese", () => {
    const notes = read(rows).issues.filter((i) => i.code === "clearedRows");
    expect(notes.map((i) => [i.row, i.column, i.severity])).toEqual([[0, "两清标志", "info"]]);
    expect(notes[0].reason).toBe("2 rows marked cleared in 两清标志 (1 invoice, 1 receipt or credit note): settled against each other in the source system, so each invoice so marked is paid in full and each receipt or credit note so marked is applied to them (no unapplied credit)");
    expect(issueText(notes[0], "zh")).toBe("2 行在“两清标志”中标为两清/已核销（1 张发票，1 笔收款或红字发票）：已在源系统中相互核销，标记的发票按全额已收，标记的收款或红字发票已冲抵这些发票（不计为未冲抵预收）");
  });

  it("date the cleared invoice's payment on the customer's last cleared receipt: still open the day before", () => {
    expect(openByNo(rows, "2026-10-07")).toEqual({ "FP-1": 2000000, "FP-2": 800000 });
  });

  it("take a credit note (红字) marked cleared as applied, like a receipt: no credit left to settle another invoice", () => {
    // FP-1 (600) and its 红字 note (-600) were cleared together: FP-2 (400) is still owed. Were the
    // note left as unapplied credit besides FP-1's clearing, it would settle FP-2 too (a balance of -200.00).
    const ledger = read([
      ["2026-09-01", "FP-1", "01", "甲公司", 600, null, "是"],
      ["2026-09-10", "HZ-1", "01", "甲公司", -600, null, "是"],
      ["2026-09-20", "FP-2", "01", "甲公司", 400, null, null],
    ]);
    expect(accountsAsOf(ledger, day("2026-10-31")).map((a) => [a.balance, a.unapplied, a.openItems.map((i) => i.invoice.invoiceNo)])).toEqual([[40000, 0, ["FP-2"]]]);
    expect(ledger.issues.map((i) => [i.code, i.params?.invoices, i.params?.receipts])).toEqual([["clearedRows", 1, 1]]);
  });

  it("warn when a customer's cleared rows do not net to zero, and a mark that is none is said", () => {
    const ledger = read([
      ["2026-09-03", "FP-2", "01", "甲公司", 8000, null, "Y"],
      ["2026-10-08", "SK-1", "01", "甲公司", null, 7000, "Y"],
      ["2026-10-09", "FP-3", "01", "甲公司", 100, null, "maybe"],
    ]);
    expect(ledger.issues.map((i) => [i.severity, i.row, i.value ?? "", i.code])).toEqual([
      ["warning", 4, "maybe", "clearedMarkUnknown"],
      ["info", 0, "", "clearedRows"],
      ["warning", 0, "", "clearedNotNetted"],
    ]);
    expect(ledger.issues[2].reason).toBe("the rows of 甲公司 marked cleared do not net to zero (CNY 1,000.00, invoices less receipts): the marked invoices are still taken as paid in full; check the marks");
    expect(issueText(ledger.issues[2], "zh")).toBe("甲公司 标为两清的各行合计不为零（CNY 1,000.00，发票减收款）：标记的发票仍按全额已收；请核对两清标志");
  });
});
