import { dateSystemOf, fromSerial1900, isDateFormat, toSerial1900 } from "../../../src/workbook/office/dateSystem";

describe("dateSystemOf", () => {
  it("reads DATE(1904,1,1): 0 in a 1904 workbook, 1462 in a 1900 one", () => {
    expect(dateSystemOf(0)).toBe("1904");
    expect(dateSystemOf(1462)).toBe("1900");
    expect(dateSystemOf(undefined)).toBe("1900");
  });
});

describe("isDateFormat", () => {
  it("returns true for formats with a day or year code", () => {
    for (const format of ["yyyy-mm-dd", "m/d/yyyy", "d-mmm-yy", "[$-804]yyyy\"年\"m\"月\"d\"日\"", "dddd, mmmm d", "yyyy-mm-dd hh:mm"]) {
      expect({ format, date: isDateFormat(format) }).toEqual({ format, date: true });
    }
  });

  it("returns false for numbers, text, times and codes inside quotes, escapes or brackets", () => {
    for (const format of ["General", "#,##0.00", "0%", "@", "h:mm", "[h]:mm:ss", '0.00 "days"', "\\d0", "[Red]#,##0", null, 42]) {
      expect({ format, date: isDateFormat(format) }).toEqual({ format, date: false });
    }
  });
});

describe("toSerial1900 / fromSerial1900", () => {
  // 2025-10-31: serial 45961 in the 1900 system, 45961 - 1462 = 44499 in the 1904 system.
  it("shifts by 1462 days between the systems and leaves 1900 serials alone", () => {
    expect(toSerial1900(44499, "1904")).toBe(45961);
    expect(fromSerial1900(45961, "1904")).toBe(44499);
    expect(toSerial1900(45961, "1900")).toBe(45961);
    expect(fromSerial1900(45961, "1900")).toBe(45961);
  });
});
