import { lateInterest } from "../../../src/core/dunning/interest";

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
