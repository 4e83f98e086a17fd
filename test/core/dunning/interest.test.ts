import { lateInterest, normalizedRate } from "../../../src/core/dunning/interest";

describe("lateInterest", () => {
  it("returns open × rate × days / 365 rounded half away from zero", () => {
    expect(lateInterest(100000, "USD", "0.08", 30)).toBe(658);
  });
  it("returns interest on the days beyond grace only", () => {
    expect(lateInterest(100000, "USD", "0.08", 40, 10)).toBe(658);
  });
  it("returns 0 within grace days", () => {
    expect(lateInterest(100000, "USD", "0.08", 10, 10)).toBe(0);
    expect(lateInterest(100000, "USD", "0.08", 3, 10)).toBe(0);
  });
  it("returns 0 before the due date, for a zero rate and for nothing open", () => {
    expect(lateInterest(100000, "USD", "0.08", -5)).toBe(0);
    expect(lateInterest(100000, "USD", "0", 100)).toBe(0);
    expect(lateInterest(0, "USD", "0.08", 100)).toBe(0);
  });
  it("accepts a percent rate", () => {
    expect(lateInterest(100000, "USD", "8%", 30)).toBe(658);
  });
  it("rounds to whole yen for JPY", () => {
    // 100000 × 0.05 × 10 / 365 = 136.98… → 137
    expect(lateInterest(100000, "JPY", "0.05", 10)).toBe(137);
  });
  describe("edge cases", () => {
    it("throws on a bad rate", () => {
      expect(() => lateInterest(100, "USD", "-0.1", 10)).toThrow("annual rate");
      expect(() => lateInterest(100, "USD", "abc", 10)).toThrow("annual rate");
    });
  });
});

describe("normalizedRate", () => {
  it("reads each rate afresh whatever was read before it (the last one is remembered)", () => {
    // 8 % written three ways, then 5 %, then back: each read as its own text says.
    expect([normalizedRate("0.08"), normalizedRate("8%"), normalizedRate("0.08"), normalizedRate("5%"), normalizedRate("8%")]).toEqual(["0.08", "0.08", "0.08", "0.05", "0.08"]);
    expect(normalizedRate("0")).toBe("0");
    expect(() => normalizedRate("abc")).toThrow("annual rate");
    // A refused rate is not remembered: it is refused again, and the one before still reads.
    expect(() => normalizedRate("abc")).toThrow("annual rate");
    expect(normalizedRate("5%")).toBe("0.05");
  });
});
