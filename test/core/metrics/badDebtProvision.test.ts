import { badDebtProvision, DEFAULT_PROVISION_RATES, provisionRatesFor } from "../../../src/core/metrics";

describe("badDebtProvision", () => {
  it("returns bucket total × rate per bucket with the default rates", () => {
    expect(badDebtProvision([100000, 50000, 10000, 4000, 2000])).toEqual({ byBucket: [1000, 2500, 2000, 2000, 2000], total: 9500 });
    expect(DEFAULT_PROVISION_RATES).toEqual(["0.01", "0.05", "0.2", "0.5", "1"]);
  });
  it("returns each bucket rounded half away from zero to the minor unit", () => {
    expect(badDebtProvision([50, 10, 0, 1, 0], DEFAULT_PROVISION_RATES, "USD").byBucket).toEqual([1, 1, 0, 1, 0]);
    expect(badDebtProvision([150, 0, 0, 0, 0], DEFAULT_PROVISION_RATES, "JPY").byBucket).toEqual([2, 0, 0, 0, 0]);
  });
  describe("edge cases", () => {
    it("uses spread default rates for other bucket counts", () => {
      expect(provisionRatesFor(5)).toEqual([...DEFAULT_PROVISION_RATES]);
      expect(provisionRatesFor(4)).toEqual(["0.01", "0.05", "0.5", "1"]);
      expect(provisionRatesFor(3)).toEqual(["0.01", "0.2", "1"]);
      expect(provisionRatesFor(2)).toEqual(["0.01", "1"]);
      expect(provisionRatesFor(8)).toEqual(["0.01", "0.05", "0.14", "0.23", "0.32", "0.41", "0.5", "1"]);
      expect(badDebtProvision([10000, 10000, 10000, 10000]).total).toBe(100 + 500 + 5000 + 10000);
    });
    it("refuses a wrong number of rates or a rate outside 0..1", () => {
      expect(() => badDebtProvision([1, 2], ["0.1"])).toThrowErrorMatchingInlineSnapshot(`"metrics: give one provision rate per aging bucket"`);
      expect(() => badDebtProvision([1, 2], ["0.1", "1.5"])).toThrowErrorMatchingInlineSnapshot(
        `"metrics: provision rates must be decimals between 0 and 1 (got "1.5")"`,
      );
      expect(() => provisionRatesFor(1)).toThrow("metrics: need at least two aging buckets");
    });
  });
});
