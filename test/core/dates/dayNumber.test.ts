import {
  addDays,
  asDayNumber,
  civilFromDay,
  dayFromCivil,
  daysBetween,
  daysInMonth,
  isoOf,
  isValidCivil,
  weekdayOf,
} from "../../../src/core/dates";

describe("dayFromCivil", () => {
  it("returns days since 1970-01-01", () => {
    expect(dayFromCivil(1970, 1, 1)).toBe(0);
    expect(dayFromCivil(1970, 1, 2)).toBe(1);
    expect(dayFromCivil(1969, 12, 31)).toBe(-1);
    expect(dayFromCivil(2025, 10, 31)).toBe(20392);
    expect(dayFromCivil(2000, 3, 1)).toBe(11017);
  });
  describe("edge cases", () => {
    it("refuses dates that do not exist", () => {
      expect(() => dayFromCivil(2026, 2, 30)).toThrowErrorMatchingInlineSnapshot(`"dates: not a real calendar date (2026-2-30)"`);
      expect(() => dayFromCivil(2026, 2, 29)).toThrow();
      expect(() => dayFromCivil(1900, 2, 29)).toThrow();
      expect(() => dayFromCivil(2026, 13, 1)).toThrow();
      expect(() => dayFromCivil(2026, 1, 0)).toThrow();
      expect(() => dayFromCivil(2026.5, 1, 1)).toThrow();
    });
    it("accepts leap days of leap years", () => {
      expect(isoOf(dayFromCivil(2000, 2, 29))).toBe("2000-02-29");
      expect(isoOf(dayFromCivil(2024, 2, 29))).toBe("2024-02-29");
    });
  });
});

describe("civilFromDay", () => {
  it("returns year, month and day", () => {
    expect(civilFromDay(asDayNumber(20392))).toEqual({ year: 2025, month: 10, day: 31 });
    expect(civilFromDay(asDayNumber(-1))).toEqual({ year: 1969, month: 12, day: 31 });
  });
  it("steps one calendar day per day number for 1899-2101", () => {
    const first = dayFromCivil(1899, 1, 1);
    const last = dayFromCivil(2101, 12, 31);
    let expected = { year: 1899, month: 1, day: 1 };
    const wrong: string[] = [];
    for (let d = first; d <= last; d++) {
      const c = civilFromDay(asDayNumber(d));
      if (c.year !== expected.year || c.month !== expected.month || c.day !== expected.day) wrong.push(isoOf(asDayNumber(d)));
      expected =
        c.day < daysInMonth(c.year, c.month)
          ? { year: c.year, month: c.month, day: c.day + 1 }
          : c.month < 12
            ? { year: c.year, month: c.month + 1, day: 1 }
            : { year: c.year + 1, month: 1, day: 1 };
    }
    expect(wrong).toEqual([]);
  });
});

describe("isoOf", () => {
  it("returns YYYY-MM-DD", () => {
    expect(isoOf(dayFromCivil(2026, 10, 31))).toBe("2026-10-31");
    expect(isoOf(dayFromCivil(1, 1, 1))).toBe("0001-01-01");
    expect(isoOf(dayFromCivil(9999, 12, 31))).toBe("9999-12-31");
  });
});

describe("addDays / daysBetween", () => {
  it("returns calendar-day arithmetic across month and year ends", () => {
    const due = dayFromCivil(2026, 12, 31);
    expect(isoOf(addDays(due, 1))).toBe("2027-01-01");
    expect(isoOf(addDays(dayFromCivil(2024, 2, 28), 1))).toBe("2024-02-29");
    expect(daysBetween(dayFromCivil(2026, 3, 1), dayFromCivil(2026, 2, 1))).toBe(28);
    expect(daysBetween(due, due)).toBe(0);
    expect(daysBetween(dayFromCivil(2026, 1, 1), due)).toBe(-364);
  });
  describe("edge cases", () => {
    it("refuses a fractional day", () => {
      expect(() => addDays(asDayNumber(0), 0.5)).toThrowErrorMatchingInlineSnapshot(`"dates: day number must be a safe integer (got 0.5)"`);
    });
  });
});

describe("isValidCivil", () => {
  it("returns whether the date exists", () => {
    expect([isValidCivil(2026, 2, 28), isValidCivil(2026, 2, 30), isValidCivil(10000, 1, 1), isValidCivil(0, 1, 1)]).toEqual([
      true, false, false, false,
    ]);
  });
});

describe("weekdayOf", () => {
  it("returns 0 for Sunday", () => {
    expect(weekdayOf(dayFromCivil(1970, 1, 1))).toBe(4);
    expect(weekdayOf(dayFromCivil(2026, 11, 1))).toBe(0);
    expect(weekdayOf(dayFromCivil(1969, 12, 28))).toBe(0);
  });
});
