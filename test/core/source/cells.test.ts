import fc from "fast-check";
import { cellText, isBlankCell } from "../../../src/core/source";

describe("cellText", () => {
  it("reads a cell as trimmed text: blank, numbers as JS prints them, booleans as Excel shows them", () => {
    expect([cellText(null), cellText(undefined), cellText(1001), cellText(12.5), cellText(Number.NaN), cellText(true), cellText(false)])
      .toEqual(["", "", "1001", "12.5", "", "TRUE", "FALSE"]);
  });

  it("trims every kind of space a clerk's cell may carry, ASCII or not", () => {
    expect(cellText("  INV-1 ")).toBe("INV-1");
    expect(cellText("\u3000客户甲\u3000")).toBe("客户甲");
    expect(cellText("C001\u00a0")).toBe("C001");
    expect(cellText("\ufeffC001")).toBe("C001");
    expect(cellText("\tC001\r\n")).toBe("C001");
    expect(cellText("A")).toBe("A");
    expect(cellText("")).toBe("");
  });

  it("is String.prototype.trim on any text", () => {
    const space = fc.constantFrom(" ", "\t", "\n", "\u00a0", "\u2003", "\u3000", "\ufeff", "\u2028");
    const text = fc.tuple(fc.array(space, { maxLength: 2 }), fc.string({ unit: "binary", maxLength: 6 }), fc.array(space, { maxLength: 2 }))
      .map(([before, middle, after]) => before.join("") + middle + after.join(""));
    fc.assert(fc.property(text, (t) => cellText(t) === t.trim()));
  });

  it("agrees with isBlankCell on what is blank", () => {
    fc.assert(fc.property(fc.oneof(fc.string(), fc.constant(null), fc.constant(" \u3000")), (cell) => isBlankCell(cell) === (cellText(cell) === "")));
  });
});
