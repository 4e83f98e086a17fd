import { dayFromCivil, isoOf, monthEnd, monthLabel, monthOf, monthPeriod, monthStart, parseMonth, previousMonth } from "../../../src/core/dates";
import type { Period } from "../../../src/core/dates";

const show = (p: Period) => `${isoOf(p.start)}..${isoOf(p.end)} ${p.label}`;

describe("previousMonth", () => {
  it("returns the month before the as-of day", () => {
    expect(show(previousMonth(dayFromCivil(2026, 11, 5)))).toBe("2026-10-01..2026-10-31 2026-10");
  });
  describe("edge cases", () => {
    it("crosses the year and handles February", () => {
      expect(show(previousMonth(dayFromCivil(2027, 1, 1)))).toBe("2026-12-01..2026-12-31 2026-12");
      expect(show(previousMonth(dayFromCivil(2024, 3, 31)))).toBe("2024-02-01..2024-02-29 2024-02");
      expect(show(previousMonth(dayFromCivil(2026, 3, 1)))).toBe("2026-02-01..2026-02-28 2026-02");
    });
  });
});

describe("monthOf / monthStart / monthEnd / monthPeriod", () => {
  it("returns the month and its first and last days", () => {
    const day = dayFromCivil(2026, 10, 15);
    expect(monthOf(day)).toEqual({ year: 2026, month: 10 });
    expect(isoOf(monthStart(day))).toBe("2026-10-01");
    expect(isoOf(monthEnd({ year: 2026, month: 4 }))).toBe("2026-04-30");
    expect(show(monthPeriod({ year: 2026, month: 2 }))).toBe("2026-02-01..2026-02-28 2026-02");
    expect(monthLabel({ year: 2026, month: 1 })).toBe("2026-01");
  });
});

describe("parseMonth", () => {
  it("returns year and month of month text", () => {
    expect(parseMonth("2026-10")).toEqual({ year: 2026, month: 10 });
    expect(parseMonth("2026/1")).toEqual({ year: 2026, month: 1 });
    expect(parseMonth("2026年10月")).toEqual({ year: 2026, month: 10 });
  });
  describe("edge cases", () => {
    it("returns undefined for what is not a month", () => {
      expect([parseMonth("2026-13"), parseMonth("2026-00"), parseMonth("Oct"), parseMonth("2026-10-31")]).toEqual([
        undefined, undefined, undefined, undefined,
      ]);
    });
  });
});
