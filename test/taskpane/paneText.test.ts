/** @jest-environment jsdom */
import { isIsoDate, isMonth, parseEdges, previousMonth, sheetAddress } from "../../src/taskpane/paneText";

describe("previousMonth", () => {
  it("returns the calendar month before", () => {
    expect(previousMonth("2026-11-15")).toBe("2026-10");
    expect(previousMonth("2026-10-01")).toBe("2026-09");
  });
  it("edge cases: January goes to December of the year before", () => {
    expect(previousMonth("2026-01-31")).toBe("2025-12");
    expect(() => previousMonth("15/11/2026")).toThrow("AR Desk pane: not an ISO date: 15/11/2026");
  });
});

describe("isMonth / isIsoDate", () => {
  it("accepts only well-formed values", () => {
    expect(isMonth("2026-10")).toBe(true);
    expect(isMonth("2026-13")).toBe(false);
    expect(isMonth("2026-1")).toBe(false);
    expect(isIsoDate("2026-11-15")).toBe(true);
    expect(isIsoDate("2026-11-32")).toBe(false);
  });
});

describe("parseEdges", () => {
  it("reads comma, space and Chinese separators", () => {
    expect(parseEdges("30, 60,90")).toEqual([30, 60, 90]);
    expect(parseEdges("15，30、45 60")).toEqual([15, 30, 45, 60]);
  });
  it("edge cases: rejects empty, decreasing, zero and fractional edges", () => {
    expect(parseEdges("")).toBeUndefined();
    expect(parseEdges("60, 30")).toBeUndefined();
    expect(parseEdges("30, 30")).toBeUndefined();
    expect(parseEdges("0, 30")).toBeUndefined();
    expect(parseEdges("30.5")).toBeUndefined();
  });
});

describe("sheetAddress", () => {
  it("quotes the sheet name as Excel does", () => {
    expect(sheetAddress("Index")).toBe("'Index'!A1");
    expect(sheetAddress("O'Brien Ltd")).toBe("'O''Brien Ltd'!A1");
    expect(sheetAddress("Sales", "C7")).toBe("'Sales'!C7");
  });
});
