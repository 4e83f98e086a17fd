import { isoOf } from "../../src/core/dates";
import { asOfDay, dayOption, localToday, PeriodError, statementPeriod } from "../../src/flows/period";
import { day } from "../core/builders";

describe("statementPeriod", () => {
  const today = day("2026-11-25");

  it("returns the previous calendar month by default", () => {
    const p = statementPeriod({}, today);
    expect([isoOf(p.start), isoOf(p.end), p.label]).toEqual(["2026-10-01", "2026-10-31", "2026-10"]);
  });

  it("returns the month asked for", () => {
    const p = statementPeriod({ month: "2024-02" }, today);
    expect([isoOf(p.start), isoOf(p.end)]).toEqual(["2024-02-01", "2024-02-29"]);
  });

  it("runs from the 1st of the month to an --as-of day", () => {
    const p = statementPeriod({ asOf: "2026-10-15" }, today);
    expect([isoOf(p.start), isoOf(p.end), p.label]).toEqual(["2026-10-01", "2026-10-15", "2026-10"]);
  });

  describe("edge cases", () => {
    it("rejects a bad month, a bad day and both at once, saying which input (each host names its own option)", () => {
      const refusal = (options: { month?: string; asOf?: string }) => {
        try {
          statementPeriod(options, today);
        } catch (e) {
          return e instanceof PeriodError ? { input: e.input, message: e.message } : e;
        }
        return undefined;
      };
      expect(refusal({ month: "2026-13" })).toEqual({ input: "month", message: '"2026-13" is not a month: use YYYY-MM, e.g. 2026-10' });
      expect(refusal({ asOf: "2026-02-30" })).toEqual({ input: "asOf", message: '"2026-02-30" is not a date: use YYYY-MM-DD, e.g. 2026-10-31' });
      expect(refusal({ month: "2026-10", asOf: "2026-10-31" })).toMatchObject({ input: "both" });
    });

    it("takes January's previous month from the year before", () => {
      expect(statementPeriod({}, day("2027-01-05")).label).toBe("2026-12");
    });
  });
});

describe("dayOption", () => {
  it("reads ISO, slash and Chinese dates", () => {
    expect(isoOf(dayOption("2026-10-31"))).toBe("2026-10-31");
    expect(isoOf(dayOption("2026/10/31"))).toBe("2026-10-31");
    expect(isoOf(dayOption("2026年10月31日"))).toBe("2026-10-31");
  });

  it("refuses a bare number: on the command line it is not an Excel serial", () => {
    expect(() => dayOption("45961")).toThrow('"45961" is not a date');
  });
});

describe("asOfDay", () => {
  it("takes the day given, else today", () => {
    expect(isoOf(asOfDay("2026-10-31", day("2026-11-25")))).toBe("2026-10-31");
    expect(isoOf(asOfDay(undefined, day("2026-11-25")))).toBe("2026-11-25");
  });

  it("refuses an empty day rather than taking today (the host decides what blank means)", () => {
    expect(() => asOfDay("", day("2026-11-25"))).toThrow(PeriodError);
  });
});

describe("localToday", () => {
  it("takes the local calendar day of the clock, not a millisecond count", () => {
    // 23:30 local time on 2026-10-31 is still the 31st, whatever the offset to UTC.
    expect(isoOf(localToday(new Date(2026, 9, 31, 23, 30)))).toBe("2026-10-31");
    expect(isoOf(localToday(new Date(2026, 10, 1, 0, 5)))).toBe("2026-11-01");
  });
});
