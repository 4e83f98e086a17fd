import type { DunningLogEntry } from "../../../../src/core/dunning";
import { issueText } from "../../../../src/core/ledger";
import { dunningLogFromBlocks, dunningLogSheet, DUNNING_LOG_HEADERS, DUNNING_LOG_TABLE } from "../../../../src/workbook/arSheets/dunningLog";
import type { SourceBlock } from "../../../../src/workbook/port";
import { blockOf } from "../../../flows/_lib/specBlocks";
import { day } from "../../../core/builders";

const entries: DunningLogEntry[] = [
  { date: day("2026-10-31"), customerId: "C001", invoiceNo: "INV-1", stage: "Reminder 1", currency: "USD", amount: 120050, fee: 1500, interest: 0, channel: "email" },
  { date: day("2026-11-15"), customerId: "C002", invoiceNo: "发票-2", stage: "Final notice", currency: "JPY", amount: 50000, fee: 0, interest: 37 },
];

describe("dunningLogFromBlocks", () => {
  it("reads back exactly what dunningLogSheet wrote", () => {
    const read = dunningLogFromBlocks([blockOf(dunningLogSheet(entries))]);
    expect(read.issues).toEqual([]);
    expect(read.entries).toEqual(entries);
  });

  it("returns no entries when the workbook has no log", () => {
    expect(dunningLogFromBlocks([])).toEqual({ entries: [], issues: [] });
  });

  describe("edge cases", () => {
    it("reports a row it cannot read, with its sheet row, and keeps the others", () => {
      const block = blockOf(dunningLogSheet(entries));
      const bad: SourceBlock = { ...block, rows: [block.rows[0], ["not a date", "C9", "INV-9", "Reminder 1", "USD", 1, 0, 0, null]] };
      const read = dunningLogFromBlocks([bad]);
      expect(read.entries).toHaveLength(1);
      expect(read.issues).toEqual([expect.objectContaining({ sheet: "Dunning log", row: block.headerRow + 2, column: "Date", value: "not a date" })]);
    });

    it("skips the blank row an empty log table carries", () => {
      expect(dunningLogFromBlocks([blockOf(dunningLogSheet([]))]).entries).toEqual([]);
    });

    it("finds the log by its headers when the table name was lost", () => {
      const block = { ...blockOf(dunningLogSheet(entries)), tableName: undefined };
      expect(block.headers).toEqual(DUNNING_LOG_HEADERS);
      expect(dunningLogFromBlocks([block]).entries).toHaveLength(2);
      expect(DUNNING_LOG_TABLE).toBe("DunningLog");
    });
  });

  describe("a log the clerk has rearranged", () => {
    // The writer's block, with its columns permuted by `order` (indexes into the written columns)
    // and, optionally, a clerk's own column inserted at the front.
    function rearranged(order: number[], inserted?: { header: string; values: (string | null)[] }): SourceBlock {
      const written = blockOf(dunningLogSheet(entries));
      const headers = order.map((k) => written.headers[k]);
      const rows = written.rows.map((row) => order.map((k) => row[k]));
      if (!inserted) return { ...written, headers, rows };
      return { ...written, headers: [inserted.header, ...headers], rows: rows.map((row, r) => [inserted.values[r], ...row]) };
    }

    it("reads a log whose columns were reordered and which has a column of the clerk's own", () => {
      // Channel first, then Interest … Date (the written order reversed), after a "Notes" column.
      const block = rearranged([8, 7, 6, 5, 4, 3, 2, 1, 0], { header: "Notes", values: ["rang twice", null] });
      const read = dunningLogFromBlocks([block]);
      expect(read.issues).toEqual([]);
      expect(read.entries).toEqual(entries);
    });

    it("finds an untitled block by its headers in any order, spelled as a clerk might", () => {
      const block: SourceBlock = { ...rearranged([2, 0, 1, 3, 4, 5, 6, 7, 8]), tableName: undefined };
      const spelled = { ...block, headers: block.headers.map((h) => (h === "CustomerID" ? "Customer ID" : h === "InvoiceNo" ? "invoice no" : h)) };
      expect(dunningLogFromBlocks([spelled]).entries).toEqual(entries);
    });

    it("names the sheet column of a bad cell where the column now stands", () => {
      const block = rearranged([8, 7, 6, 5, 4, 3, 2, 1, 0], { header: "Notes", values: [null, null] });
      const rows = [block.rows[0], [null, null, 0, 0, "lots", "USD", "Reminder 1", "INV-9", "C9", 46000]];
      const read = dunningLogFromBlocks([{ ...block, rows }]);
      // Amount was column 6 (F) as written; now: Notes, Channel, Interest, Fee, Amount → the 5th, E.
      expect(read.issues).toEqual([expect.objectContaining({ row: block.headerRow + 2, column: "Amount", columnIndex: block.firstColumn + 4, value: "lots" })]);
      expect(read.entries).toEqual([entries[0]]);
    });

    it("uses no row, and says so once, when a column naming the notice is gone", () => {
      const block = rearranged([0, 1, 3, 4, 5, 6, 7, 8]); // InvoiceNo deleted
      expect(dunningLogFromBlocks([block])).toEqual({
        entries: [],
        issues: [expect.objectContaining({ sheet: "Dunning log", row: block.headerRow, column: "InvoiceNo", reason: expect.stringMatching(/no InvoiceNo column; its 2 rows are not read/) })],
      });
    });

    it("reads a missing amount column as 0 and warns once", () => {
      const block = rearranged([0, 1, 2, 3, 4, 5, 7, 8]); // Fee deleted
      const read = dunningLogFromBlocks([block]);
      expect(read.entries.map((e) => e.fee)).toEqual([0, 0]);
      expect(read.entries.map((e) => e.interest)).toEqual([0, 37]);
      expect(read.issues).toEqual([expect.objectContaining({ row: block.headerRow, column: "Fee" })]);
    });

    it("codes its warnings, so a Chinese clerk reads them in Chinese", () => {
      const gone = dunningLogFromBlocks([rearranged([0, 1, 3, 4, 5, 6, 7, 8])]).issues[0];
      expect([gone.code, issueText(gone, "zh")]).toEqual(["logNotUsed", "催款记录未使用：缺少“发票号”列；其中 2 行均未读入"]);
      const zero = dunningLogFromBlocks([rearranged([0, 1, 2, 3, 4, 5, 7, 8])]).issues[0];
      expect([zero.code, issueText(zero, "zh")]).toEqual(["logColumnMissing", "催款记录缺少“费用”列：其 2 行按 0（或空）读入"]);
    });
  });
});

describe("a log written in Chinese", () => {
  const zh = blockOf(dunningLogSheet(entries, { language: "zh" }));

  it("has the Chinese headers and reads back exactly what it holds", () => {
    expect(zh.headers).toEqual(["日期", "客户编号", "发票号", "催款阶段", "币种", "金额", "费用", "利息", "方式"]);
    expect(dunningLogFromBlocks([zh])).toEqual({ entries, issues: [] });
  });

  it("is found by its Chinese headers when the table name was lost", () => {
    expect(dunningLogFromBlocks([{ ...zh, tableName: undefined }]).entries).toEqual(entries);
  });

  it("reads a log whose headers mix both languages (a clerk's column renamed back, say)", () => {
    const mixed = { ...zh, tableName: undefined, headers: zh.headers.map((h, i) => (i % 2 === 0 ? DUNNING_LOG_HEADERS[i] : h)) };
    expect(dunningLogFromBlocks([mixed]).entries).toEqual(entries);
  });

  it("names a row's problem by the column as the sheet names it", () => {
    const bad: SourceBlock = { ...zh, rows: [zh.rows[0], ["某天", "C9", "INV-9", "Reminder 1", "USD", 1, 0, 0, null]] };
    expect(dunningLogFromBlocks([bad]).issues).toEqual([expect.objectContaining({ column: "日期", value: "某天" })]);
  });
});
