import fc from "fast-check";
import {
  MAX_SHEET_NAME_LENGTH,
  isValidSheetName,
  statementSheetWanted,
  uniqueSheetName,
  validSheetName,
} from "../../../src/workbook/layout/sheetNames";

describe("validSheetName", () => {
  it("keeps an ordinary name", () => {
    expect(validSheetName("C001 Acme Ltd")).toBe("C001 Acme Ltd");
  });
  it("keeps Chinese names", () => {
    expect(validSheetName("C002 上海某某贸易有限公司")).toBe("C002 上海某某贸易有限公司");
  });
  it("replaces forbidden characters", () => {
    expect(validSheetName("A/B: Trading [HK] * ? \\")).toBe("A-B- Trading (HK) - -");
  });
  it("cuts to 31 characters and trims apostrophes and spaces", () => {
    expect(validSheetName("'Quoted'")).toBe("Quoted");
    expect(validSheetName("x".repeat(40))).toHaveLength(MAX_SHEET_NAME_LENGTH);
    expect(validSheetName(`${"a".repeat(30)} 'b`)).toBe("a".repeat(30));
  });
  it("never splits a surrogate pair", () => {
    const name = validSheetName(`${"a".repeat(30)}😀`);
    expect(name).toBe("a".repeat(30));
  });
  describe("edge cases", () => {
    it("gives a name for empty or all-forbidden input", () => {
      expect(validSheetName("")).toBe("Sheet");
      expect(validSheetName("'''")).toBe("Sheet");
      expect(validSheetName("???")).toBe("Sheet");
    });
    it("avoids the reserved name History", () => {
      expect(validSheetName("history")).not.toMatch(/^history$/i);
      expect(isValidSheetName(validSheetName("HISTORY"))).toBe(true);
    });
    it("drops control characters", () => {
      expect(validSheetName("a\u0000b\tc\nd")).toBe("a b c d");
    });
  });
});

describe("uniqueSheetName", () => {
  it("adds a counter when the name is taken, case-insensitively", () => {
    const taken = new Set(["Index"]);
    expect(uniqueSheetName("INDEX", taken)).toBe("INDEX (2)");
    expect(uniqueSheetName("index", taken)).toBe("index (3)");
    expect(taken.size).toBe(3);
  });
  it("keeps the suffix whole when the name is cut", () => {
    const taken = new Set<string>();
    const long = statementSheetWanted("C001", "A Very Long Customer Name Trading Company Limited");
    const first = uniqueSheetName(long, taken);
    const second = uniqueSheetName(long, taken, "EUR");
    expect(first).toBe("C001 A Very Long Customer Name"); // cut at 31, trailing space trimmed
    expect(second.endsWith(" EUR")).toBe(true);
    expect(second.length).toBeLessThanOrEqual(31);
    const third = uniqueSheetName(long, taken, "EUR");
    expect(third.endsWith(" EUR (2)")).toBe(true);
  });
  it("names a customer's statement after its id and name", () => {
    expect(statementSheetWanted(" C001 ", " Acme Ltd ")).toBe("C001 Acme Ltd");
    expect(statementSheetWanted("C001", "C001")).toBe("C001");
    expect(statementSheetWanted("C001", "")).toBe("C001");
  });

  it("always returns a valid name not taken before (property)", () => {
    const alphabet = fc.constantFrom(..."aZ0 -'[]:*?/\\上海贸易公司😀\u0000\t".split(""), "😀");
    const nameArb = fc.array(alphabet, { maxLength: 45 }).map((chars) => chars.join(""));
    fc.assert(
      fc.property(fc.array(nameArb, { maxLength: 40 }), fc.array(nameArb, { maxLength: 5 }), (wanted, existing) => {
        const taken = new Set(existing);
        const lower = new Set([...taken].map((n) => n.toLowerCase()));
        for (const name of wanted) {
          const got = uniqueSheetName(name, taken);
          expect(isValidSheetName(got)).toBe(true);
          expect(lower.has(got.toLowerCase())).toBe(false);
          lower.add(got.toLowerCase());
          expect(taken.has(got)).toBe(true);
        }
      }),
      { numRuns: 300 },
    );
  });

  it("stays valid and unique with a long suffix and XML-illegal characters (property)", () => {
    const alphabet = fc.constantFrom("a", "Z", " ", "\uFFFE", "\uFFFF", "\uD83D", "\uDE00", "\u0001", "上");
    const text = (max: number) => fc.array(alphabet, { maxLength: max }).map((c) => c.join(""));
    fc.assert(
      fc.property(fc.array(text(40), { minLength: 1, maxLength: 30 }), text(40), (wanted, suffix) => {
        const taken = new Set<string>();
        const seen = new Set<string>();
        for (const name of wanted) {
          const got = uniqueSheetName(name, taken, suffix);
          expect(isValidSheetName(got)).toBe(true);
          expect(/[\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/.test(got)).toBe(false);
          expect(seen.has(got.toLowerCase())).toBe(false);
          seen.add(got.toLowerCase());
        }
      }),
      { numRuns: 300 },
    );
  });
});
