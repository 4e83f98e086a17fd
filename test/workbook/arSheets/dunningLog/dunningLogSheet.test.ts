import type { DunningLogEntry } from "../../../../src/core/dunning";
import { DUNNING_LOG_HEADERS, dunningLogSheet } from "../../../../src/workbook/arSheets/dunningLog";
import { cellAt, day, rowValues } from "../../layout/fixtures";

describe("dunningLogSheet", () => {
  const entries: DunningLogEntry[] = [
    { date: day("2026-09-30"), customerId: "C001", invoiceNo: "INV-1", stage: "Reminder 2", currency: "USD", amount: 60000, fee: 0, interest: 0, channel: "email" },
    { date: day("2026-10-31"), customerId: "C009", invoiceNo: "J-7", stage: "Final notice", currency: "JPY", amount: 120000, fee: 500, interest: 12 },
  ];
  const spec = dunningLogSheet(entries);
  const table = spec.tables![0];

  it("writes every entry, previous ones included, as the DunningLog table", () => {
    expect(spec).toMatchObject({ name: "Dunning log", role: "dunning-log" });
    expect(table).toMatchObject({ name: "DunningLog", headers: DUNNING_LOG_HEADERS, rowCount: 2 });
    expect(rowValues(spec, table.top, 1, 9)).toEqual([...DUNNING_LOG_HEADERS]);
    expect(rowValues(spec, table.top + 1, 1, 9)).toEqual([{ date: day("2026-09-30") }, "C001", "INV-1", "Reminder 2", "USD", 600, 0, 0, "email"]);
    expect(rowValues(spec, table.top + 2, 1, 9)).toEqual([{ date: day("2026-10-31") }, "C009", "J-7", "Final notice", "JPY", 120000, 500, 12, null]);
    expect(cellAt(spec, table.top + 2, 6)?.style?.numberFormat).toBe("#,##0");
    expect(cellAt(spec, table.top + 1, 1)?.style?.numberFormat).toBe("yyyy-mm-dd");
  });

  it("keeps one blank table row for an empty log", () => {
    expect(dunningLogSheet([]).tables![0].rowCount).toBe(1);
  });

  it("in Chinese: Chinese title, note and headers; the same sheet and table names and cells", () => {
    const zh = dunningLogSheet(entries, { language: "zh" });
    const zhTable = zh.tables![0];
    expect(zh).toMatchObject({ name: "Dunning log", role: "dunning-log" });
    expect(zhTable).toMatchObject({ name: "DunningLog", headers: ["日期", "客户编号", "发票号", "催款阶段", "币种", "金额", "费用", "利息", "方式"], rowCount: 2 });
    expect(rowValues(zh, 1, 1, 1)).toEqual(["催款记录"]);
    const text = zh.cells.filter((c) => c.row < zhTable.top + 1 && typeof c.value === "string").map((c) => String(c.value).replace("AR Desk", ""));
    expect(text.filter((t) => /[A-Za-z]{2,}/.test(t))).toEqual([]);
    expect(zh.cells.filter((c) => c.row > zhTable.top)).toEqual(spec.cells.filter((c) => c.row > table.top));
  });
});
