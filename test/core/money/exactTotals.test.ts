import fc from "fast-check";
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

describe("inexactTotals against a BigInt sum of every amount", () => {
  // Amounts near the limit make sums cross 2^53 - 1 anywhere in the list, and exactly at it.
  const near = fc.oneof(
    fc.integer({ min: -1000, max: 1000 }),
    fc.integer({ min: 0, max: 1000 }).map((d) => Number.MAX_SAFE_INTEGER - d),
    fc.integer({ min: 0, max: 1000 }).map((d) => -(Math.floor(Number.MAX_SAFE_INTEGER / 2) - d)),
    fc.integer({ min: 0, max: 1000 }).map((d) => Math.floor(Number.MAX_SAFE_INTEGER / 3) + d),
  );
  const amounts = fc.array(fc.record({ minor: near, currency: fc.constantFrom("USD", "CNY", "JPY") }), { maxLength: 12 });

  it("names exactly the currencies whose absolute sum passes 2^53 - 1, with that sum", () => {
    fc.assert(
      fc.property(amounts, (list) => {
        const sums = new Map<string, bigint>();
        for (const { minor, currency } of list) sums.set(currency, (sums.get(currency) ?? 0n) + BigInt(Math.abs(minor)));
        const expected = [...sums].filter(([, sum]) => sum > MAX_EXACT_MINOR).map(([currency, absoluteSum]) => ({ currency, absoluteSum }));
        expect(inexactTotals(list.map(({ minor, currency }) => money(minor, currency)))).toEqual(expected);
      }),
      { numRuns: 2000 },
    );
  });
});
