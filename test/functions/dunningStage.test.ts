import * as AR from "../../src/functions/functions";
import { asExcel, cell, column, one, pinToday, serial, show } from "./excel";

const dunningStage = asExcel(AR.dunningStage);

const AS_OF = serial("2026-10-31");
const dueDaysAgo = (days: number): number => AS_OF - days;

describe("dunningStage", () => {
  pinToday("2026-10-31");

  it("follows the default policy's thresholds", () => {
    const days = [-4, -3, 0, 1, 14, 15, 29, 30, 59, 60, 365];
    const result = dunningStage(column(...days.map(dueDaysAgo)), cell(100), cell(AS_OF), null);
    expect(show(result)).toEqual(
      column("None", "Upcoming", "Upcoming", "Reminder 1", "Reminder 1", "Reminder 2", "Reminder 2", "Final notice", "Final notice", "Collections", "Collections"),
    );
  });

  it("returns None when nothing is owed: zero, empty, negative or below the minimum amount", () => {
    const result = dunningStage(cell(dueDaysAgo(20)), column(0, null, -50, 0.004, 0.01), cell(AS_OF), null);
    expect(show(result)).toEqual(column("None", "None", "None", "None", "Reminder 2"));
  });

  it("stages by days alone when balance is omitted, as of today by default", () => {
    expect(one(dunningStage(cell(dueDaysAgo(31)), null, null, null))).toBe("Final notice");
  });

  it("reads a policy range with a header row", () => {
    const policy = [["Stage", "From days"], ["Late", 1], ["Very late", 30]];
    expect(show(dunningStage(column(dueDaysAgo(0), dueDaysAgo(5), dueDaysAgo(45)), cell(10), cell(AS_OF), policy))).toEqual(
      column("None", "Late", "Very late"),
    );
  });

  it("reads a policy range without a header, with fee and min amount", () => {
    const policy = [["Reminder 1", 1, 0, 50], ["Final notice", 30, 25, 50]];
    expect(show(dunningStage(cell(dueDaysAgo(40)), column(49.99, 50), cell(AS_OF), policy))).toEqual(column("None", "Final notice"));
  });

  it("returns empty for an empty due date", () => {
    expect(one(dunningStage(cell(""), cell(100), cell(AS_OF), null))).toBe("");
  });

  describe("edge cases", () => {
    it("returns #VALUE! with the policy's message for a bad policy range", () => {
      expect(one(dunningStage(cell(dueDaysAgo(5)), cell(10), cell(AS_OF), [["Reminder 1", "soon"]]))).toBe(
        '#VALUE! policy: Dunning policy row 1, from days: "soon" is not a whole number of days',
      );
    });

    it("returns #VALUE! for a bad balance or date", () => {
      expect(one(dunningStage(cell(dueDaysAgo(5)), cell("lots"), cell(AS_OF), null))).toBe(
        '#VALUE! balance: "lots" is not an amount (not an amount)',
      );
      expect(String(one(dunningStage(cell("2026-13-01"), cell(1), cell(AS_OF), null)))).toMatch(/^#VALUE! due_date: "2026-13-01"/);
    });
  });
});
