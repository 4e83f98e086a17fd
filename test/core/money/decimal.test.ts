import fc from "fast-check";
import {
  applyRate,
  compareDecimalText,
  isDecimalText,
  minorToDecimalString,
  minorToNumber,
  toMinor,
} from "../../../src/core/money";

describe("toMinor", () => {
  it("returns minor units of an exact number", () => {
    expect(toMinor(1234.5, "USD")).toBe(123450);
    expect(toMinor(-0.01, "USD")).toBe(-1);
  });
  it("returns minor units of decimal text", () => {
    expect(toMinor("1234.50", "CNY")).toBe(123450);
    expect(toMinor(" -7 ", "CNY")).toBe(-700);
  });
  it("reads a number as the decimal it prints as", () => {
    expect(toMinor(1.005, "USD")).toBe(101); // the double is 1.00499999…, the clerk typed 1.005
    expect(toMinor(0.1 + 0.2, "USD")).toBe(30);
    expect(toMinor(1.015, "USD")).toBe(102);
  });

  describe("edge cases", () => {
    it("rounds half away from zero, also for negatives", () => {
      expect(toMinor(-0.005, "USD")).toBe(-1);
      expect(toMinor("-0.005", "USD")).toBe(-1);
      expect(toMinor("0.005", "USD")).toBe(1);
      expect(toMinor("0.0049999", "USD")).toBe(0);
      expect(toMinor(2.675, "USD")).toBe(268);
    });
    it("rounds JPY and KRW to whole units", () => {
      expect(toMinor(1234.5, "JPY")).toBe(1235);
      expect(toMinor(-1234.5, "JPY")).toBe(-1235);
      expect(toMinor("99.4", "KRW")).toBe(99);
      expect(toMinor(100, "JPY")).toBe(100);
    });
    it("uses three places for KWD", () => {
      expect(toMinor("1.2345", "KWD")).toBe(1235);
    });
    it("never returns -0", () => {
      expect(Object.is(toMinor(-0.001, "USD"), 0)).toBe(true);
      expect(Object.is(toMinor(-0, "USD"), 0)).toBe(true);
    });
    it("refuses what is not an amount", () => {
      expect(() => toMinor(NaN, "USD")).toThrowErrorMatchingInlineSnapshot(`"decimal: amount is not a finite number"`);
      expect(() => toMinor("1,000", "USD")).toThrowErrorMatchingInlineSnapshot(`"decimal: text is not a decimal number: "1,000""`);
      expect(() => toMinor(1e20, "USD")).toThrowErrorMatchingInlineSnapshot(`"decimal: amount is too large to hold exactly"`);
    });
  });

  it("agrees with decimal text for every two-place amount", () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e13, max: 1e13 }), (cents) => {
        expect(toMinor(cents / 100, "USD")).toBe(cents);
        expect(toMinor(minorToDecimalString(cents, "USD"), "USD")).toBe(cents);
      }),
    );
  });
});

describe("minorToDecimalString", () => {
  it("returns plain decimal text with the currency's places", () => {
    expect(minorToDecimalString(123450, "USD")).toBe("1234.50");
    expect(minorToDecimalString(1200, "JPY")).toBe("1200");
  });
  describe("edge cases", () => {
    it("pads small and negative amounts", () => {
      expect(minorToDecimalString(-5, "USD")).toBe("-0.05");
      expect(minorToDecimalString(0, "USD")).toBe("0.00");
      expect(minorToDecimalString(7, "KWD")).toBe("0.007");
    });
  });
});

describe("minorToNumber", () => {
  it("returns major units as a number for a cell", () => {
    expect(minorToNumber(123450, "USD")).toBe(1234.5);
    expect(minorToNumber(1235, "JPY")).toBe(1235);
    expect(Object.is(minorToNumber(-0, "USD"), 0)).toBe(true);
  });
});

describe("applyRate", () => {
  it("returns amount × rate × num / den rounded half away from zero", () => {
    expect(applyRate(100000, "0.08", "USD", 30, 365)).toBe(658); // 657.53…
    expect(applyRate(12345, "0.05", "USD")).toBe(617); // 617.25
    expect(applyRate(10, "0.05", "USD")).toBe(1); // 0.5 → 1
    expect(applyRate(-10, "0.05", "USD")).toBe(-1); // -0.5 → -1
    expect(applyRate(50000, "2", "CNY", 1, 100)).toBe(1000); // 2 % discount
  });
  describe("edge cases", () => {
    it("returns 0 for a zero amount or factor", () => {
      expect(applyRate(0, "0.1", "USD")).toBe(0);
      expect(applyRate(100, "0.1", "USD", 0, 365)).toBe(0);
    });
    it("refuses a bad rate or denominator", () => {
      expect(() => applyRate(1, "8%", "USD")).toThrow("decimal: text is not a decimal number");
      expect(() => applyRate(1, "1", "USD", 1, 0)).toThrowErrorMatchingInlineSnapshot(
        `"decimal: factor must be a safe integer and the denominator non-zero"`,
      );
    });
  });
});

describe("isDecimalText", () => {
  it("returns true only for plain decimals", () => {
    expect(["1", "-2.50", ".5", "+3."].map(isDecimalText)).toEqual([true, true, true, true]);
    expect(["", "1e3", "1,000", "abc", "--1"].map(isDecimalText)).toEqual([false, false, false, false, false]);
  });
});

describe("compareDecimalText", () => {
  it("returns the order of two decimals exactly", () => {
    expect(compareDecimalText("0.10", "0.1")).toBe(0);
    expect(compareDecimalText("0.3", "0.1")).toBeGreaterThan(0);
    expect(compareDecimalText("-1", "0.00001")).toBeLessThan(0);
  });
});
