import { inexactTotals, MAX_EXACT_MINOR, money } from "../../../src/core/money";

describe("inexactTotals", () => {
  it("is empty while the absolute amounts of each currency add up to 2^53 - 1 at most", () => {
    const half = Math.floor(Number.MAX_SAFE_INTEGER / 2); // 4503599627370495; twice that + 1 = 2^53 - 1
    expect(inexactTotals([money(half, "USD"), money(-half, "USD"), money(1, "USD")])).toEqual([]);
  });

  it("names the currency whose amounts add up past 2^53 - 1, signs ignored, summed exactly", () => {
    // 5,000,000,000,000,000 + 4,500,000,000,000,001 = 9,500,000,000,000,001 > 9,007,199,254,740,991
    const found = inexactTotals([money(5_000_000_000_000_000, "USD"), money(-4_500_000_000_000_001, "USD"), money(7, "CNY")]);
    expect(found).toEqual([{ currency: "USD", absoluteSum: 9_500_000_000_000_001n }]);
    expect(found[0].absoluteSum > MAX_EXACT_MINOR).toBe(true);
  });
});
