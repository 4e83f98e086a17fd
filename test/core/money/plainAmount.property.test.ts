/**
 * The fast reading of plain amount text (`1234.56`, `-7`) gives what the general reader gives, for
 * every text: decimal-shaped text in every currency width, and arbitrary text it must hand over.
 */
import fc from "fast-check";
import { parseAmount, parseAmountText, plainAmountMinor } from "../../../src/core/money";

const CURRENCIES = ["USD", "CNY", "JPY", "KWD", "EUR", "XYZ"] as const;

/** Text near the plain shape: signs, points, digits, spaces, commas, in any order, any length. */
const nearPlain = fc
  .array(fc.constantFrom("0", "1", "5", "9", "9", "9", ".", "-", "+", " ", ",", "e", "０"), { minLength: 0, maxLength: 20 })
  .map((chars) => chars.join(""));

/** Plain decimals: a sign, up to 18 whole digits, up to 4 places, sometimes a bare point. */
const plain = fc
  .tuple(fc.boolean(), fc.stringMatching(/^\d{1,18}$/), fc.constantFrom("", ".", ".0", ".5", ".05", ".125", ".9999", ".50"))
  .map(([negative, whole, fraction]) => `${negative ? "-" : ""}${whole}${fraction}`);

describe("plainAmountMinor", () => {
  it("agrees with the general reader wherever it answers, and parseAmount with it everywhere", () => {
    fc.assert(
      fc.property(fc.oneof(plain, nearPlain, fc.string(), fc.string({ unit: "binary" })), fc.constantFrom(...CURRENCIES), (text, currency) => {
        const general = parseAmountText(text, currency, 0);
        const fast = plainAmountMinor(text, currency);
        if (fast !== undefined) expect(general).toEqual({ ok: true, minor: fast });
        expect(parseAmount(text, currency)).toEqual(general);
      }),
      { numRuns: 5000 },
    );
  });

  it("answers the plain shapes and hands the rest over", () => {
    // Expected minor units worked out by hand.
    expect(plainAmountMinor("1234.56", "USD")).toBe(123456);
    expect(plainAmountMinor("-7", "USD")).toBe(-700);
    expect(plainAmountMinor("12.", "USD")).toBe(1200);
    expect(plainAmountMinor("0.5", "KWD")).toBe(500);
    expect(plainAmountMinor("1200", "JPY")).toBe(1200);
    expect(Object.is(plainAmountMinor("-0", "USD"), 0)).toBe(true);
    for (const other of ["1,234.50", "1.005", "12.5", " 12", "+3", ".5", "-", "", "1234567890123456"]) {
      const currency = other === "12.5" ? "JPY" : "USD";
      expect(plainAmountMinor(other, currency)).toBeUndefined();
    }
  });
});
