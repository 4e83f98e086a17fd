import { dunningLogFromBlocks } from "../../src/flows/dunningLogFromBlocks";
import type { DunningLogEntry } from "../../src/core/dunning";
import { dunningLogSheet, DUNNING_LOG_HEADERS, DUNNING_LOG_TABLE } from "../../src/workbook/layout";
import type { SourceBlock } from "../../src/workbook/port";
import { blockOf } from "./_lib/specBlocks";
import { day } from "../core/builders";

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
});
