import { currencyNumberFormat, formatAmount, formatMoney, money } from "../../../src/core/money";

describe("formatAmount", () => {
  it("returns the amount with thousands separators and the currency's places", () => {
    expect(formatAmount(123450, "USD")).toBe("1,234.50");
    expect(formatAmount(1234567, "JPY")).toBe("1,234,567");
  });
  describe("edge cases", () => {
    it("formats zero, small and negative amounts", () => {
      expect(formatAmount(0, "USD")).toBe("0.00");
      expect(formatAmount(-5, "USD")).toBe("-0.05");
      expect(formatAmount(-100000, "USD")).toBe("-1,000.00");
      expect(formatAmount(99999, "USD")).toBe("999.99");
    });
  });
});

describe("formatMoney", () => {
  it("returns code and amount in English", () => {
    expect(formatMoney(money(123450, "USD"), "en")).toBe("USD 1,234.50");
    expect(formatMoney(money(123450, "CNY"), "en")).toBe("CNY 1,234.50");
  });
  it("returns ¥ for yuan in Chinese", () => {
    expect(formatMoney(money(123450, "CNY"), "zh")).toBe("¥1,234.50");
    expect(formatMoney(money(-500, "CNY"), "zh")).toBe("-¥5.00");
    expect(formatMoney(money(500, "USD"), "zh")).toBe("USD 5.00");
  });
  describe("edge cases", () => {
    it("formats negatives after the code", () => {
      expect(formatMoney(money(-500, "USD"), "en")).toBe("USD -5.00");
      expect(formatMoney(money(-1235, "JPY"), "en")).toBe("JPY -1,235");
    });
  });
});

describe("currencyNumberFormat", () => {
  it("returns an Excel number format with the currency's places", () => {
    expect(currencyNumberFormat("USD")).toBe("#,##0.00");
    expect(currencyNumberFormat("JPY")).toBe("#,##0");
    expect(currencyNumberFormat("KWD")).toBe("#,##0.000");
  });
});
