import { dateOrderEvidence, isoOf, parseDate } from "../../../src/core/dates";
import type { RawCell } from "../../../src/workbook/port";

const iso = (raw: RawCell, order?: "mdy" | "dmy") => {
  const result = parseDate(raw, order ? { order } : undefined);
  return result.ok ? isoOf(result.day) : result.reason;
};

describe("parseDate", () => {
  it("returns the day of an Excel serial", () => {
    expect(iso(45961)).toBe("2025-10-31");
    expect(iso(45961.75)).toBe("2025-10-31");
  });
  it("returns the day of ISO and Chinese text", () => {
    expect(iso("2026-10-31")).toBe("2026-10-31");
    expect(iso("2026/10/31")).toBe("2026-10-31");
    expect(iso("2026.10.31")).toBe("2026-10-31");
    expect(iso("2026-1-5")).toBe("2026-01-05");
    expect(iso("2026年10月31日")).toBe("2026-10-31");
    expect(iso("2026年1月5日")).toBe("2026-01-05");
    expect(iso("２０２６年１０月３１日")).toBe("2026-10-31");
    expect(iso("20261031")).toBe("2026-10-31");
    expect(iso(" 2026-10-31T00:00:00Z ")).toBe("2026-10-31");
    expect(iso("2026-10-31 14:30")).toBe("2026-10-31");
  });
  it("reads Taiwan's 民國 dates: year 115 is 1911 + 115 = 2026, never the year 0115", () => {
    for (const text of ["115/10/05", "115.10.05", "115-10-05", "115/10/5", "115年10月5日", "民國115年10月5日", "民国115年10月5日", "中華民國115年10月5日", "民國 115 年 10 月 5 日", "１１５／１０／０５"]) {
      expect([text, iso(text)]).toEqual([text, "2026-10-05"]);
    }
    expect(iso("民國99年12月31日")).toBe("2010-12-31"); // two digits only with the prefix
    expect(iso("115/02/30")).toBe("not a real calendar date");
    expect(iso("215/10/05")).toBe("not a date"); // 2126: no 民國 year a ledger has yet
  });
  it("refuses a day and month without the year, saying the year is missing (never guessed)", () => {
    for (const text of ["10月5日", "10月5号", "１０月５日", "05-Oct", "5 Oct", "5. Okt", "Oct 5", "October 5th"]) {
      expect([text, iso(text)]).toEqual([text, "a day and month without the year: write the full date as YYYY-MM-DD"]);
    }
    expect(iso("5 Sunny")).toBe("not a date");
  });
  it("reads an Excel serial saved as text (five digits), as a system export leaves it", () => {
    expect(iso("45961")).toBe("2025-10-31");
    expect(iso(" 46086 ")).toBe("2026-03-05"); // 45961 + 30 (Nov) + 31 + 31 + 28 + 5
  });
  it("reads a date-time serial saved as text (a CSV of General cells: 46086.5833 is 14:00): the day, whatever the hour", () => {
    expect(iso("46086.5833")).toBe("2026-03-05");
    expect(iso("46086.99999")).toBe("2026-03-05"); // 23:59:59, still that day
    expect(iso("46086.0")).toBe("2026-03-05");
    expect(iso("46086.")).toBe("not a date");
    expect(iso("4608.65")).toBe("not a date");
  });
  it("reads Tally's d-Mon-yy: with a month name a two-digit year can only be 20yy", () => {
    expect(iso("5-Mar-26")).toBe("2026-03-05");
    expect(iso("31-Oct-26")).toBe("2026-10-31");
    expect(iso("31-Feb-26")).toBe("not a real calendar date");
  });
  it("reads German and French month names and German weekdays (5 March 2026 was a Donnerstag)", () => {
    for (const text of ["5. März 2026", "05-Mär-2026", "5. Mrz. 2026", "5 Maerz 2026", "Do 05.03.2026", "Donnerstag, 5. März 2026", "Do., 5. März 2026", "5 mars 2026"]) {
      expect([text, iso(text)]).toEqual([text, "2026-03-05"]);
    }
    expect(iso("1. Dezember 2026")).toBe("2026-12-01");
    expect(iso("31-Okt-2026")).toBe("2026-10-31");
    expect(iso("15 févr. 2026")).toBe("2026-02-15");
    expect(iso("3 août 2026")).toBe("2026-08-03");
    expect(iso("1er mars 2026")).toBe("2026-03-01");
    expect(iso("5. Ma\u0308rz 2026")).toBe("2026-03-05"); // decomposed ä, as a Mac may type it
    expect(iso("Fr 05.03.2026")).toBe("the weekday written beside it is not that date's weekday");
    expect(iso("März 2026")).toBe("a month without a day: write the full date as YYYY-MM-DD");
  });
  it("reads dotted dates day first (`05.03.2026` is 5 March: nobody writes month.day.year)", () => {
    expect(iso("05.03.2026")).toBe("2026-03-05");
    expect(iso("05.03.2026", "mdy")).toBe("2026-03-05");
    expect(iso("03.13.2026")).toBe("not a real calendar date");
    expect(dateOrderEvidence("05.03.2026")).toBe("dmy");
    expect(dateOrderEvidence("05/03/2026")).toBe("either");
  });
  it("reads a two-digit year at the end after / or . as Excel does (00-29: 20yy, 30-99: 19yy)", () => {
    expect(iso("05.03.26")).toBe("2026-03-05");
    expect(iso("13/03/26")).toBe("2026-03-13");
    expect(iso("03/13/26")).toBe("2026-03-13");
    expect(iso("05/03/26")).toBe("ambiguous day/month order: write the date as YYYY-MM-DD");
    expect(iso("05/03/26", "mdy")).toBe("2026-05-03");
    expect(iso("1/2/99", "dmy")).toBe("1999-02-01");
    expect(iso("1/2/30", "dmy")).toBe("1930-02-01");
    expect(iso("1/2/29", "dmy")).toBe("2029-02-01");
    expect(dateOrderEvidence("13/03/26")).toBe("dmy");
    expect(dateOrderEvidence("05/03/26")).toBe("either");
  });
  it("returns the day of month-name text", () => {
    expect(iso("31 Oct 2026")).toBe("2026-10-31");
    expect(iso("31-Oct-2026")).toBe("2026-10-31");
    expect(iso("October 31, 2026")).toBe("2026-10-31");
    expect(iso("Sept 3 2026")).toBe("2026-09-03");
  });
  it("returns the day of day/month text when unambiguous or ordered", () => {
    expect(iso("10/31/2026")).toBe("2026-10-31");
    expect(iso("31/10/2026")).toBe("2026-10-31");
    expect(iso("31.10.2026")).toBe("2026-10-31");
    expect(iso("05/05/2026")).toBe("2026-05-05");
    expect(iso("3/4/2026", "dmy")).toBe("2026-04-03");
    expect(iso("3/4/2026", "mdy")).toBe("2026-03-04");
  });
  it("reads a date printed with its weekday (2026-03-05 was a Thursday)", () => {
    for (const text of ["2026年03月05日 星期四", "2026年3月5日星期四", "2026年3月5日（周四）", "2026-03-05 (Thu)", "2026-03-05 Thu", "Thursday, March 5, 2026", "Thu, 5 Mar 2026", "星期四 2026/3/5", "2026-03-05（四）"]) {
      expect([text, iso(text)]).toEqual([text, "2026-03-05"]);
    }
  });
  it("lets the weekday decide day/month order when only one reading falls on it (5 March is a Thursday, 3 May a Sunday)", () => {
    expect(iso("Thu 05/03/2026")).toBe("2026-03-05");
    expect(iso("Sun 05/03/2026")).toBe("2026-05-03");
    expect(dateOrderEvidence("Thu 05/03/2026")).toBe("dmy");
    expect(dateOrderEvidence("Sun 05/03/2026")).toBe("mdy");
    expect(dateOrderEvidence("Fri 13/03/2026")).toBe("dmy");
  });
  it("refuses a date whose weekday is not its own: one of the two was mistyped", () => {
    expect(iso("2026-03-06 (Thu)")).toBe("the weekday written beside it is not that date's weekday");
    expect(iso("2026年3月5日 星期五")).toBe("the weekday written beside it is not that date's weekday");
    expect(iso("Thu 05/03/2026", "mdy")).toBe("the weekday written beside it is not that date's weekday");
    expect(iso("Mon 05/03/2026")).toBe("ambiguous day/month order: write the date as YYYY-MM-DD");
    expect(iso("Sunny 2026-03-05")).toBe("not a date");
    expect(iso("Thu Fri 2026-03-05")).toBe("not a date");
  });
  it("reads Chinese-numeral dates (二〇二六年三月五日) and full-width digits", () => {
    expect(iso("二〇二六年三月五日")).toBe("2026-03-05");
    expect(iso("二零二六年三月五日")).toBe("2026-03-05");
    expect(iso("二○二六年十二月三十一日")).toBe("2026-12-31");
    expect(iso("二〇二六年三月廿五日")).toBe("2026-03-25");
    expect(iso("二〇二六年十月三十一日 星期六")).toBe("2026-10-31");
    expect(iso("２０２６－０３－０５")).toBe("2026-03-05");
    expect(iso("二〇二六年二月三十日")).toBe("not a real calendar date");
    expect(iso("二〇二六年十十月一日")).toBe("not a date");
  });
  it("refuses a month without its day, saying a day is needed (never read as the 1st)", () => {
    for (const text of ["Mar-26", "2026-03", "2026/3", "03/2026", "2026年3月", "2026年三月", "2026年3月份", "March 2026", "Mar 2026"]) {
      expect([text, iso(text)]).toEqual([text, "a month without a day: write the full date as YYYY-MM-DD"]);
    }
    expect(iso("2026-13")).toBe("not a date");
    expect(iso("Net 30")).toBe("not a date");
  });

  describe("edge cases", () => {
    it("refuses dates that do not exist", () => {
      expect(iso("2026-02-30")).toBe("not a real calendar date");
      expect(iso("2026-13-01")).toBe("not a real calendar date");
      expect(iso("2/30/2026", "mdy")).toBe("not a real calendar date");
      expect(iso("31/10/2026", "mdy")).toBe("not a real calendar date");
      expect(iso("2025-02-29")).toBe("not a real calendar date");
    });
    it("treats serials 59/60/61 as Excel does, refusing the phantom leap day", () => {
      expect(iso(59)).toBe("1900-02-28");
      expect(iso(60)).toBe("1900-02-29 does not exist (Excel serial 60)");
      expect(iso(61)).toBe("1900-03-01");
    });
    it("refuses ambiguous day/month text without an order", () => {
      expect(iso("3/4/2026")).toBe("ambiguous day/month order: write the date as YYYY-MM-DD");
    });
    it("refuses a hostile cell (a long run of spaces) quickly, whatever it ends with", () => {
      const started = Date.now();
      for (const end of ["b", "Thu", "(Thu)", "星期四", "年"]) expect(iso(`2026${" ".repeat(30_000)}${end}`)).toBe("not a date");
      expect(Date.now() - started).toBeLessThan(1000);
    });
    it("refuses blanks, booleans, out-of-range serials and other text", () => {
      expect(iso(null)).toBe("empty");
      expect(iso("  ")).toBe("empty");
      expect(iso(true)).toBe("TRUE/FALSE is not a date");
      expect(iso(0)).toBe("date serial outside 1900-01-01..9999-12-31");
      expect(iso(-5)).toBe("date serial outside 1900-01-01..9999-12-31");
      expect(iso("tomorrow")).toBe("not a date");
      expect(iso("31 Foo 2026")).toBe("not a date");
      expect(iso("26-10-31")).toBe("two-digit year (26-3-5: 2026-03-05 or 2005-03-26?): write the date as YYYY-MM-DD");
      expect(iso("26-3-5")).toBe("two-digit year (26-3-5: 2026-03-05 or 2005-03-26?): write the date as YYYY-MM-DD");
      expect(iso("5-3-26")).toBe(iso("26-3-5")); // dashes: the year may be first
      expect(iso("4596")).toBe("not a date");
      expect(iso("459610")).toBe("not a date");
    });
  });
});
