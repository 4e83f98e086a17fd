import { isoOf } from "../../src/core/dates/dayNumber";
import { BLANK, amountArg, currencyInText, dateArg, edgesArg, plainDecimal, rateArg, wholeDaysArg } from "../../src/functions/args";
import { FunctionError } from "../../src/functions/errors";

function iso(value: ReturnType<typeof dateArg>): string {
  if (value === BLANK) return "(blank)";
  if (value instanceof FunctionError) return `${value.kind} ${value.message}`;
  return isoOf(value);
}

describe("dateArg", () => {
  it("reads 1900-system serials around Excel's phantom leap day", () => {
    expect(iso(dateArg(1, "d"))).toBe("1900-01-01");
    expect(iso(dateArg(59, "d"))).toBe("1900-02-28");
    expect(iso(dateArg(60, "d"))).toBe("#VALUE! d: 60 is not a date: 1900-02-29 does not exist (Excel serial 60)");
    expect(iso(dateArg(61, "d"))).toBe("1900-03-01");
    expect(iso(dateArg(45961, "d"))).toBe("2025-10-31");
    expect(iso(dateArg(45961.75, "d"))).toBe("2025-10-31");
  });

  it("reads text dates and treats blanks as blank", () => {
    expect(iso(dateArg("2026-10-31", "d"))).toBe("2026-10-31");
    expect(iso(dateArg(" 2026/10/31 ", "d"))).toBe("2026-10-31");
    expect(iso(dateArg("2026年10月31日", "d"))).toBe("2026-10-31");
    expect(iso(dateArg(null, "d"))).toBe("(blank)");
    expect(iso(dateArg(undefined, "d"))).toBe("(blank)");
    expect(iso(dateArg(" ", "d"))).toBe("(blank)");
  });

  it("refuses days that do not exist and garbage", () => {
    expect(iso(dateArg("2026-02-30", "due_date"))).toBe('#VALUE! due_date: "2026-02-30" is not a date: not a real calendar date');
    expect(iso(dateArg(-1, "d"))).toMatch(/^#VALUE! d: -1 is not a date/);
    expect(iso(dateArg(false, "d"))).toMatch(/^#VALUE! d: false is not a date/);
  });
});

describe("amountArg", () => {
  it("reads numbers and text in 2 places unless the text names a currency", () => {
    expect(amountArg(1234.5, "b")).toEqual({ minor: 123450, currency: "XXX" });
    expect(amountArg("1,234.50", "b")).toEqual({ minor: 123450, currency: "XXX" });
    expect(amountArg("(100.00)", "b")).toEqual({ minor: -10000, currency: "XXX" });
    expect(amountArg("JPY 1,234", "b")).toEqual({ minor: 1234, currency: "JPY" });
    expect(amountArg(1.005, "b")).toEqual({ minor: 101, currency: "XXX" });
    expect(amountArg(10.5, "b", "JPY")).toEqual({ minor: 11, currency: "JPY" });
  });

  it("returns blank for empty cells and #VALUE! for garbage", () => {
    expect(amountArg("", "b")).toBe(BLANK);
    expect(amountArg("ten", "b")).toMatchObject({ kind: "#VALUE!", message: 'b: "ten" is not an amount (not an amount)' });
    expect(amountArg(true, "b")).toMatchObject({ kind: "#VALUE!", message: "b: true is not an amount" });
  });
});

describe("currencyInText", () => {
  it("finds a leading or trailing code or symbol", () => {
    expect(currencyInText("JPY 1,000")).toBe("JPY");
    expect(currencyInText("1,000 usd")).toBe("USD");
    expect(currencyInText("¥1,000")).toBe("CNY");
    expect(currencyInText("1000")).toBeUndefined();
  });
});

describe("rateArg and plainDecimal", () => {
  it("reads rates exactly as Excel shows them", () => {
    expect(rateArg(0.08, "r")).toBe("0.08");
    expect(rateArg("8%", "r")).toBe("0.08");
    expect(rateArg("0.085", "r")).toBe("0.085");
    expect(rateArg(0.1 + 0.2, "r")).toBe("0.3");
    expect(plainDecimal(1e-7)).toBe("0.0000001");
  });
});

describe("wholeDaysArg", () => {
  it("accepts whole numbers ≥ 0 as numbers or text", () => {
    expect(wholeDaysArg(5, "g")).toBe(5);
    expect(wholeDaysArg("10", "g")).toBe(10);
    expect(wholeDaysArg(null, "g")).toBe(BLANK);
    expect(wholeDaysArg(-1, "g")).toBeInstanceOf(FunctionError);
  });
});

describe("edgesArg", () => {
  it("defaults to 30, 60, 90 and reads ranges and text", () => {
    expect(edgesArg(undefined)).toEqual([30, 60, 90]);
    expect(edgesArg([[15], [30], [null]])).toEqual([15, 30]);
    expect(edgesArg([["15, 30;45"]])).toEqual([15, 30, 45]);
    expect(edgesArg([[null]])).toEqual([30, 60, 90]);
  });

  it("refuses edges the core refuses", () => {
    expect(edgesArg([[30, 30]])).toBeInstanceOf(FunctionError);
    expect(edgesArg([[-5]])).toBeInstanceOf(FunctionError);
  });

  it("parses each distinct edges argument once, and never mixes up different ones", () => {
    const first = edgesArg([[15], [45]]);
    expect(first).toEqual([15, 45]);
    expect(edgesArg([[15], [45]])).toBe(first);
    expect(edgesArg([["15,45,90"]])).toEqual([15, 45, 90]);
    expect(edgesArg([["15"], ["45"]])).toEqual([15, 45]);
    expect(edgesArg([[15], [45], [null]])).toEqual([15, 45]);
    expect(edgesArg([[30, 30]])).toBeInstanceOf(FunctionError);
    expect(edgesArg([[30, 30]])).toBeInstanceOf(FunctionError);
    expect(edgesArg([[15], [45]])).toEqual([15, 45]);
  });

  it("skips a 0, an empty edges cell as Excel desktop passes it", () => {
    expect(edgesArg([[0]])).toEqual([30, 60, 90]);
    expect(edgesArg([[15], [0], [45]])).toEqual([15, 45]);
  });
});
