import { previousMonthSheets, sheetMonth } from "../../../src/core/ledger/_lib/monthSheets";

describe("sheets named for a month", () => {
  it.each([
    ["10月", { month: 10 }],
    ["09月", { month: 9 }],
    ["10月份", { month: 10 }],
    ["2026年9月", { year: 2026, month: 9 }],
    ["2026-10", { year: 2026, month: 10 }],
    ["十二月", { month: 12 }],
    ["三月", { month: 3 }],
    ["１０月", { month: 10 }],
  ])("%s is a month's sheet", (name, month) => {
    expect(sheetMonth(name)).toEqual(month);
  });

  it.each(["汇总", "13月", "2026年", "Sheet1", "0月"])("%s is not", (name) => {
    expect(sheetMonth(name)).toBeUndefined();
  });

  it("finds each month's previous month among the sheets (a year only when both names give one)", () => {
    expect([...previousMonthSheets(["汇总", "9月", "10月", "11月"])]).toEqual([["10月", "9月"], ["11月", "10月"]]);
    expect([...previousMonthSheets(["2025年12月", "2026年1月"])]).toEqual([["2026年1月", "2025年12月"]]);
    expect([...previousMonthSheets(["12月", "1月"])]).toEqual([]);
    expect([...previousMonthSheets(["2025年9月", "2026年10月"])]).toEqual([]);
  });
});
