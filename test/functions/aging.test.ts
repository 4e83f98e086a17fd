import * as AR from "../../src/functions/functions";
import { asExcel, cell, column, one, pinToday, serial, show } from "./excel";

const aging = asExcel(AR.aging);
const agingSummary = asExcel(AR.agingSummary);

const AS_OF = serial("2026-10-31");
const dueDaysAgo = (days: number): number => AS_OF - days;

describe("aging", () => {
  pinToday("2026-10-31");

  it("returns Current for an invoice due today", () => {
    expect(one(aging(cell(AS_OF), cell(AS_OF), null))).toBe("Current");
  });

  it("puts each default bucket edge in the lower bucket", () => {
    const days = [-5, 0, 1, 30, 31, 60, 61, 90, 91, 400];
    const result = aging(column(...days.map(dueDaysAgo)), cell(AS_OF), null);
    expect(show(result)).toEqual(column("Current", "Current", "1-30", "1-30", "31-60", "31-60", "61-90", "61-90", "90+", "90+"));
  });

  it("spills a same-shaped result for a range, with empty due dates empty", () => {
    const result = aging([[dueDaysAgo(10), null], ["", dueDaysAgo(45)]], cell(AS_OF), null);
    expect(show(result)).toEqual([["1-30", ""], ["", "31-60"]]);
  });

  it("uses today when as_of is omitted", () => {
    expect(one(aging(cell(dueDaysAgo(31)), null, null))).toBe("31-60");
  });

  it("accepts custom edges as a range or as text", () => {
    const edges = [[15, 30, 45, 60, 90, 120]];
    expect(show(aging(column(dueDaysAgo(16), dueDaysAgo(121)), cell(AS_OF), edges))).toEqual(column("16-30", "120+"));
    expect(one(aging(cell(dueDaysAgo(20)), cell(AS_OF), cell("15,30")))).toBe("16-30");
  });

  it("reads text dates", () => {
    expect(one(aging(cell("2026-10-01"), cell("2026/10/31"), null))).toBe("1-30");
    expect(one(aging(cell("2026年9月30日"), cell(AS_OF), null))).toBe("31-60");
  });

  describe("edge cases", () => {
    it("returns #VALUE! with a message for a day that does not exist", () => {
      expect(one(aging(cell("2026-02-30"), cell(AS_OF), null))).toBe(
        '#VALUE! due_date: "2026-02-30" is not a date: not a real calendar date',
      );
    });

    it("returns #VALUE! for garbage and booleans, per cell", () => {
      expect(show(aging(column("soon", true, dueDaysAgo(1)), cell(AS_OF), null))).toEqual(
        column('#VALUE! due_date: "soon" is not a date: not a date', "#VALUE! due_date: true is not a date: TRUE/FALSE is not a date", "1-30"),
      );
    });

    it("returns #VALUE! in every cell for bad edges", () => {
      const result = show(aging(column(dueDaysAgo(1), dueDaysAgo(2)), cell(AS_OF), cell("30,abc")));
      expect(result).toEqual(column('#VALUE! edges: "abc" is not a number of days', '#VALUE! edges: "abc" is not a number of days'));
      const descending = one(aging(cell(dueDaysAgo(1)), cell(AS_OF), [[60, 30]]));
      expect(String(descending)).toMatch(/^#VALUE! /);
    });

    it("returns #VALUE! for a bad as_of", () => {
      expect(one(aging(cell(dueDaysAgo(1)), cell("yesterday"), null))).toBe('#VALUE! as_of: "yesterday" is not a date: not a date');
    });

    it("gives #N/A where ranges of different sizes do not overlap, as Excel does", () => {
      const result = show(aging(column(dueDaysAgo(1), dueDaysAgo(40), dueDaysAgo(70)), column(AS_OF, AS_OF), null));
      expect(result).toEqual(column("1-30", "31-60", "#N/A the ranges given are not the same size"));
    });
  });
});

describe("agingSummary", () => {
  pinToday("2026-10-31");

  it("returns labels over totals that add up to the balances", () => {
    const due = column(dueDaysAgo(0), dueDaysAgo(10), dueDaysAgo(20), dueDaysAgo(45), dueDaysAgo(100), "");
    const balances = column(100, 200.1, 0.2, 300, 400.55, "");
    expect(show(agingSummary(due, balances, cell(AS_OF), null))).toEqual([
      ["Current", "1-30", "31-60", "61-90", "90+"],
      [100, 200.3, 300, 0, 400.55],
    ]);
  });

  it("uses custom edges and today by default", () => {
    const result = show(agingSummary(column(dueDaysAgo(5), dueDaysAgo(50)), column(10, 20), null, cell("15")));
    expect(result).toEqual([["Current", "1-15", "15+"], [0, 10, 20]]);
  });

  it("adds credit notes (negative balances) into their bucket", () => {
    const result = show(agingSummary(column(dueDaysAgo(5), dueDaysAgo(6)), column(100, -30), cell(AS_OF), null));
    expect(result[1]).toEqual([0, 70, 0, 0, 0]);
  });

  it("rounds JPY text amounts to whole yen", () => {
    const result = show(agingSummary(column(dueDaysAgo(5), dueDaysAgo(6)), column("JPY 1,000", "JPY 2,000"), cell(AS_OF), null));
    expect(result[1]).toEqual([0, 3000, 0, 0, 0]);
  });

  describe("edge cases", () => {
    it("returns #N/A when a row has a balance but no due date", () => {
      expect(one(agingSummary(column(dueDaysAgo(1), null), column(5, 7), cell(AS_OF), null))).toBe(
        "#N/A due_dates row 2: empty, but its balance is 7",
      );
    });

    it("returns #VALUE! for ranges of different sizes", () => {
      expect(one(agingSummary(column(1, 2), column(1), cell(AS_OF), null))).toBe(
        "#VALUE! due_dates (2×1) and balances (1×1) must be the same size",
      );
    });

    it("returns #VALUE! naming the row of a bad amount", () => {
      expect(one(agingSummary(column(dueDaysAgo(1), dueDaysAgo(2)), column(5, "five"), cell(AS_OF), null))).toBe(
        '#VALUE! balances row 2: "five" is not an amount (not an amount)',
      );
    });

    it("refuses balances in two currencies", () => {
      expect(one(agingSummary(column(dueDaysAgo(1), dueDaysAgo(2)), column("USD 5", "CNY 5"), cell(AS_OF), null))).toBe(
        "#VALUE! balances: amounts in different currencies (USD and CNY) cannot be added",
      );
    });
  });
});
