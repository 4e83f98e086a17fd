import { isKnownCurrency, markerFitsCurrency, minorUnitsOf, normalizeCurrency } from "../../../src/core/money";

describe("minorUnitsOf", () => {
  it("returns the currency's decimal places", () => {
    expect(["USD", "CNY", "EUR", "JPY", "KRW", "VND", "KWD"].map(minorUnitsOf)).toEqual([2, 2, 2, 0, 0, 0, 3]);
  });
  describe("edge cases", () => {
    it("returns 2 for an unknown code", () => {
      expect(minorUnitsOf("XYZ")).toBe(2);
    });
    it("returns 2 for text that names an object's own property (no lookup falls through to a prototype)", () => {
      expect(["constructor", "toString", "__proto__"].map(minorUnitsOf)).toEqual([2, 2, 2]);
    });
  });
});

describe("normalizeCurrency", () => {
  it("returns the ISO code of codes, symbols and names", () => {
    const inputs = [" usd ", "$", "¥", "￥", "RMB", "rmb", "人民币", "元", "€", "£", "JPY", "円", "美元", "HK$"];
    expect(inputs.map(normalizeCurrency)).toEqual([
      "USD", "USD", "CNY", "CNY", "CNY", "CNY", "CNY", "CNY", "EUR", "GBP", "JPY", "JPY", "USD", "HKD",
    ]);
  });
  describe("edge cases", () => {
    it("returns undefined for unknown text", () => {
      expect(["XYZ", "", "dollars", "US"].map(normalizeCurrency)).toEqual([undefined, undefined, undefined, undefined]);
    });
  });
});

describe("isKnownCurrency", () => {
  it("returns true for ISO codes only", () => {
    expect([isKnownCurrency("CNY"), isKnownCurrency("usd"), isKnownCurrency("XYZ")]).toEqual([true, false, false]);
  });
});

describe("markerFitsCurrency", () => {
  it("returns true when a symbol may stand for the currency", () => {
    expect(markerFitsCurrency("¥", "JPY")).toBe(true);
    expect(markerFitsCurrency("¥", "CNY")).toBe(true);
    expect(markerFitsCurrency("$", "CAD")).toBe(true);
    expect(markerFitsCurrency("USD", "CNY")).toBe(false);
  });
});
