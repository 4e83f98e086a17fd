import { agingBucket, agingLabels, DEFAULT_AGING_EDGES, validateEdges } from "../../../src/core/aging";

describe("agingLabels", () => {
  it("returns the due-date labels of DESIGN §3", () => {
    expect(agingLabels()).toEqual(["Current", "1-30", "31-60", "61-90", "90+"]);
    expect(agingLabels(DEFAULT_AGING_EDGES, "due")).toEqual(["Current", "1-30", "31-60", "61-90", "90+"]);
  });
  it("returns the invoice-date labels", () => {
    expect(agingLabels([30, 60, 90], "invoice")).toEqual(["0-30", "31-60", "61-90", "90+"]);
  });
  it("returns labels for custom edges", () => {
    expect(agingLabels([15, 30, 45, 60, 90, 120])).toEqual(["Current", "1-15", "16-30", "31-45", "46-60", "61-90", "91-120", "120+"]);
  });
});

describe("agingBucket", () => {
  const label = (days: number) => agingLabels()[agingBucket(days)];

  it("returns the bucket index of days overdue", () => {
    expect(label(10)).toBe("1-30");
    expect(label(45)).toBe("31-60");
  });

  describe("edge cases", () => {
    it("puts due today (0 days) and not yet due in Current", () => {
      expect([label(0), label(-1), label(-400)]).toEqual(["Current", "Current", "Current"]);
    });
    it("puts each edge on both sides in the right bucket", () => {
      expect([0, 1, 30, 31, 60, 61, 90, 91].map(label)).toEqual([
        "Current", "1-30", "1-30", "31-60", "31-60", "61-90", "61-90", "90+",
      ]);
    });
    it("puts invoice-date days on both sides of each edge", () => {
      const invoiceLabel = (days: number) => agingLabels([30, 60, 90], "invoice")[agingBucket(days, [30, 60, 90], "invoice")];
      expect([-2, 0, 30, 31, 60, 61, 90, 91].map(invoiceLabel)).toEqual([
        "0-30", "0-30", "0-30", "31-60", "31-60", "61-90", "61-90", "90+",
      ]);
    });
  });
});

describe("validateEdges", () => {
  it("accepts ascending whole days", () => {
    expect(() => validateEdges([1, 2, 365])).not.toThrow();
  });
  describe("edge cases", () => {
    it("refuses empty, non-positive, fractional and unordered edges", () => {
      expect(() => validateEdges([])).toThrowErrorMatchingInlineSnapshot(`"aging: give at least one edge"`);
      expect(() => validateEdges([0, 30])).toThrowErrorMatchingInlineSnapshot(`"aging: edges must be whole days greater than 0"`);
      expect(() => validateEdges([30.5])).toThrow("aging: edges must be whole days greater than 0");
      expect(() => validateEdges([30, 30])).toThrowErrorMatchingInlineSnapshot(`"aging: edges must be in ascending order without repeats"`);
      expect(() => validateEdges([60, 30])).toThrow("aging: edges must be in ascending order without repeats");
    });
  });
});
