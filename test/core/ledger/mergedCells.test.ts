/**
 * Merged cells as the clerk sees them (DESIGN §2 "Ledgers as clerks keep them"): a customer or a
 * date merged down is on every row it covers; an amount merged down is one amount, read once on
 * its first row and said; a merge across columns, a header merged down and a spacer row under a
 * merge change nothing. Merges are in sheet positions (row 1 = the header row here).
 */
import { buildLedger, issueText } from "../../../src/core/ledger";
import { withMergesRead } from "../../../src/core/ledger/_lib/mergedCells";
import { TableIssues } from "../../../src/core/ledger/_lib/issues";
import type { DataIssue } from "../../../src/core/model";
import type { MergedArea, SourceBlock } from "../../../src/workbook/port";
import { detectTables, toLedgerInput } from "../../../src/workbook/schema";
import { block } from "../builders";

const merged = (source: SourceBlock, merges: MergedArea[]): SourceBlock => ({ ...source, merges });
const down = (row: number, col: number, rows: number): MergedArea => ({ row, col, rows, cols: 1 });
const ledgerOf = (source: SourceBlock) => buildLedger(toLedgerInput(detectTables([source])));
const errors = (issues: readonly DataIssue[]) => issues.filter((i) => i.severity !== "info").map((i) => `${i.row} ${i.reason}`);

const HEADERS = ["客户编号", "客户名称", "发票号码", "开票日期", "金额", "已收金额"];

describe("merged cells in data rows", () => {
  it("gives a customer ID and name merged down to every invoice row under them (keyed by ID)", () => {
    const ledger = ledgerOf(merged(block("台账", HEADERS, [
      ["KH001", "苏州博远", "F1", "2026-09-01", 100, 0],
      [null, null, "F2", "2026-09-05", 200, 0],
      [null, null, "F3", "2026-09-09", 300, 0],
      ["KH002", "嘉兴恒泰", "F4", "2026-09-02", 400, 0],
    ]), [down(2, 1, 3), down(2, 2, 3)]));
    expect(errors(ledger.issues)).toEqual([]);
    expect(ledger.invoices.map((i) => [i.invoiceNo, i.customerId])).toEqual([["F1", "KH001"], ["F2", "KH001"], ["F3", "KH001"], ["F4", "KH002"]]);
  });

  it("reads the same rows without their merges as not read: what the fill changes", () => {
    const ledger = ledgerOf(block("台账", HEADERS, [
      ["KH001", "苏州博远", "F1", "2026-09-01", 100, 0],
      [null, null, "F2", "2026-09-05", 200, 0],
    ]));
    expect(ledger.invoices.map((i) => i.invoiceNo)).toEqual(["F1"]);
    expect(errors(ledger.issues)).toHaveLength(1);
  });

  it("gives a date merged over the rows of one day to each of them", () => {
    const ledger = ledgerOf(merged(block("日记账", ["日期", "客户名称", "单据号", "金额"], [
      ["2026-08-11", "成都蜀锦", "XS-1", 100],
      [null, "重庆山城", "XS-2", 200],
      ["2026-09-17", "成都蜀锦", "XS-3", 300],
    ]), [down(2, 1, 2)]));
    expect(errors(ledger.issues)).toEqual([]);
    const [first, second, third] = ledger.invoices;
    expect([second.invoiceNo, second.invoiceDate]).toEqual(["XS-2", first.invoiceDate]);
    // 2026-09-17 is 37 days after 2026-08-11 (20 left in August + 17)
    expect(third.invoiceDate - first.invoiceDate).toBe(37);
  });

  it("spreads a paid amount merged over invoices in row order, each up to its amount, and says which rows", () => {
    // One transfer of 7,000.00 for F1 (4,800.00) and F2 (3,150.00): F1 paid in full, F2 2,200.00 of it.
    const ledger = ledgerOf(merged(block("登记表", ["客户名称", "发票号码", "开票日期", "应收金额", "已收金额"], [
      ["青岛海洋", "F1", "2026-09-04", 4800, 7000],
      [null, "F2", "2026-09-19", 3150, null],
    ]), [down(2, 1, 2), down(2, 5, 2)]));
    expect(ledger.invoices.map((i) => [i.invoiceNo, i.customerId, i.paid.minor])).toEqual([["F1", "青岛海洋", 480000], ["F2", "青岛海洋", 220000]]);
    const note = ledger.issues.find((i) => i.code === "mergedPaidSpread")!;
    expect([note.severity, note.sheet, note.column, note.params]).toEqual(["info", "登记表", "已收金额", { column: "已收金额", count: 1, rows: "2–3" }]);
    expect(issueText(note, "zh")).toBe("有一个已收金额合并了多张发票（第 2–3 行）：每个视为这些发票的一笔收款，按行序分摊，每张发票以其金额为限，余额记在最后一张");
  });

  it("puts what a merged payment pays beyond its invoices on the last one (its credit), exactly in cents", () => {
    const ledger = ledgerOf(merged(block("登记表", ["客户名称", "发票号码", "开票日期", "应收金额", "已收金额"], [
      ["青岛海洋", "F1", "2026-09-04", 0.1, 0.5],
      [null, "F2", "2026-09-19", 0.2, null],
    ]), [down(2, 1, 2), down(2, 5, 2)]));
    // 0.50 over 0.10 and 0.20: 0.10, then the rest 0.40 (0.20 beyond F2: its credit) — no binary fraction left over.
    expect(ledger.invoices.map((i) => i.paid.minor)).toEqual([10, 40]);
  });

  it("reads any other amount merged down once, on its first row, and says which rows", () => {
    const ledger = ledgerOf(merged(block("登记表", ["客户名称", "发票号码", "开票日期", "应收金额", "已收金额"], [
      ["青岛海洋", "F1", "2026-09-04", 4800, null],
      [null, "F2", "2026-09-19", null, null],
    ]), [down(2, 1, 2), down(2, 4, 2)]));
    expect(ledger.invoices.map((i) => [i.invoiceNo, i.amount.minor])).toEqual([["F1", 480000]]);
    const note = ledger.issues.find((i) => i.code === "mergedAmount")!;
    expect([note.severity, note.sheet, note.column, note.params]).toEqual(["info", "登记表", "应收金额", { column: "应收金额", count: 1, rows: "2–3" }]);
  });

  it("leaves a spacer row under a merge blank, and a merge across columns in its first column", () => {
    const ledger = ledgerOf(merged(block("台账", ["客户名称", "备注", "发票号码", "开票日期", "金额"], [
      ["甲公司", null, "F1", "2026-09-01", 100],
      [null, null, null, null, null],
      ["乙公司", null, "F2", "2026-09-02", 200],
    ]), [down(2, 1, 2), { row: 4, col: 1, rows: 1, cols: 2 }]));
    expect(errors(ledger.issues)).toEqual([]);
    expect(ledger.invoices.map((i) => [i.invoiceNo, i.customerId])).toEqual([["F1", "甲公司"], ["F2", "乙公司"]]);
  });
});

describe("merged cells and the ledger's own totals", () => {
  const rowsWith = (subtotal: number): (string | number | null)[][] => [
    ["甲公司", "F1", "2026-09-01", 100],
    [null, "F2", "2026-09-05", 200],
    [null, "小计", null, 300],
    ["乙公司", "F3", "2026-09-02", 400],
    [null, "F4", "2026-09-03", 50],
    [null, "小计", null, subtotal],
  ];
  // each customer's name merged down over its rows and its 小计 row, as clerks merge them
  const totalsOff = (subtotal: number) =>
    ledgerOf(merged(block("台账", ["客户名称", "发票号码", "开票日期", "金额"], rowsWith(subtotal)), [down(2, 1, 3), down(5, 1, 3)]))
      .issues.filter((i) => i.code === "totalNotSum").map((i) => i.row);

  it("keeps a 小计 under a merged customer name a total that adds up (100 + 200, 400 + 50)", () => {
    expect(totalsOff(450)).toEqual([]);
  });

  it("still says a 小计 that does not add up", () => {
    expect(totalsOff(460)).toEqual([7]);
  });
});

describe("withMergesRead", () => {
  const table = (merges?: MergedArea[]) => ({
    block: { ...block("S", ["客户名称", "发票号码", "摘要", "金额"], [["甲", "F1", "a", 1], [null, null, null, 2], [null, "F3", null, 3]]), ...(merges ? { merges } : {}) },
    columns: { CustomerName: 0, InvoiceNo: 1, Description: 2, Amount: 3 },
  });

  it("is the table itself when the block has no merges", () => {
    const t = table();
    expect(withMergesRead(t, new TableIssues(t.block, []))).toBe(t);
  });

  it("fills identifying fields only: a number or description merged down stays on its first row", () => {
    const t = table([down(2, 1, 3), down(2, 2, 2), down(2, 3, 3)]);
    const out = withMergesRead(t, new TableIssues(t.block, []));
    expect(out.block.rows).toEqual([["甲", "F1", "a", 1], ["甲", null, null, 2], ["甲", "F3", null, 3]]);
    // the clerk's block is not written to
    expect(t.block.rows[1]).toEqual([null, null, null, 2]);
  });

  it("gives nothing from a merge that starts in the header row or above (a header merged down, a title)", () => {
    const t = table([down(1, 1, 3), { row: 0, col: 1, rows: 4, cols: 4 }]);
    expect(withMergesRead(t, new TableIssues(t.block, [])).block.rows).toEqual(t.block.rows);
  });

  it("lists at most five merged amounts per column in its note, then says there are more", () => {
    const rows = Array.from({ length: 14 }, (_, i) => ["甲", `F${i}`, null, i % 2 === 0 ? 10 : null]);
    const source = { ...block("S", ["客户名称", "发票号码", "摘要", "金额"], rows), merges: Array.from({ length: 7 }, (_, k) => down(2 + 2 * k, 4, 2)) };
    const out: DataIssue[] = [];
    withMergesRead({ block: source, columns: { CustomerName: 0, InvoiceNo: 1, Amount: 3 } }, new TableIssues(source, out));
    expect(out.map((i) => i.params)).toEqual([{ column: "金额", count: 7, rows: "2–3, 4–5, 6–7, 8–9, 10–11, …" }]);
  });
});
