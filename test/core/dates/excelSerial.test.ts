import { asDayNumber, civilFromDay, dayFromCivil, dayFromSerial, isoOf, serialFromDay } from "../../../src/core/dates";

const isoOfSerial = (serial: number) => {
  const day = dayFromSerial(serial);
  return day === undefined ? undefined : isoOf(day);
};

describe("dayFromSerial", () => {
  it("returns the day of a 1900-system serial", () => {
    expect(isoOfSerial(1)).toBe("1900-01-01");
    expect(isoOfSerial(25569)).toBe("1970-01-01");
    expect(isoOfSerial(45961)).toBe("2025-10-31");
    expect(isoOfSerial(2958465)).toBe("9999-12-31");
  });
  describe("edge cases", () => {
    it("treats serial 60 (Excel's phantom 1900-02-29) as not a date", () => {
      expect(isoOfSerial(59)).toBe("1900-02-28");
      expect(dayFromSerial(60)).toBeUndefined();
      expect(isoOfSerial(61)).toBe("1900-03-01");
    });
    it("drops the time of day", () => {
      expect(isoOfSerial(45961.99)).toBe("2025-10-31");
      expect(isoOfSerial(1.5)).toBe("1900-01-01");
    });
    it("returns undefined outside Excel's range", () => {
      expect([0, 0.5, -1, 2958466, NaN, Infinity].map(dayFromSerial)).toEqual(Array(6).fill(undefined));
    });
  });
});

describe("serialFromDay", () => {
  it("returns the serial of a day", () => {
    expect(serialFromDay(dayFromCivil(2025, 10, 31))).toBe(45961);
    expect(serialFromDay(dayFromCivil(1900, 3, 1))).toBe(61);
    expect(serialFromDay(dayFromCivil(1900, 2, 28))).toBe(59);
    expect(serialFromDay(dayFromCivil(1900, 1, 1))).toBe(1);
  });
  describe("edge cases", () => {
    it("refuses days Excel cannot show", () => {
      expect(() => serialFromDay(dayFromCivil(1899, 12, 31))).toThrowErrorMatchingInlineSnapshot(
        `"dates: outside Excel's date range 1900-01-01..9999-12-31"`,
      );
    });
  });
  it("round-trips with dayFromSerial and civilFromDay for every day 1900-03-01..9999-12-31", () => {
    const first = dayFromCivil(1900, 3, 1);
    const last = dayFromCivil(9999, 12, 31);
    let failures = 0;
    let previous = civilFromDay(asDayNumber(first - 1));
    for (let d = first; d <= last; d++) {
      const day = asDayNumber(d);
      const serial = serialFromDay(day);
      if (dayFromSerial(serial) !== day || serial !== d + 25569) failures++;
      const c = civilFromDay(day);
      if (dayFromCivil(c.year, c.month, c.day) !== day) failures++;
      // consecutive days are consecutive calendar dates
      const next = c.day === 1 ? (c.month === 1 ? previous.month === 12 && previous.year === c.year - 1 : previous.month === c.month - 1) : previous.day === c.day - 1;
      if (!next) failures++;
      previous = c;
    }
    expect(last - first + 1).toBe(2958465 - 61 + 1);
    expect(failures).toBe(0);
  });
});
