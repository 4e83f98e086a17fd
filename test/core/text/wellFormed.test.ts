import fc from "fast-check";
import { wellFormed } from "../../../src/core/text";

describe("wellFormed", () => {
  it("replaces a lone high or low surrogate by U+FFFD and keeps pairs", () => {
    expect(wellFormed("a\uD83Db")).toBe("a\uFFFDb");
    expect(wellFormed("a\uDE00b")).toBe("a\uFFFDb");
    expect(wellFormed("😀 ok")).toBe("😀 ok");
    expect(wellFormed("\uDE00\uD83D")).toBe("\uFFFD\uFFFD");
    expect(wellFormed("end\uD83D")).toBe("end\uFFFD");
  });

  it("agrees with String.prototype.toWellFormed on any UTF-16 text", () => {
    const native = (text: string): string => (text as unknown as { toWellFormed(): string }).toWellFormed();
    fc.assert(
      fc.property(fc.string({ unit: "binary" }), fc.array(fc.integer({ min: 0xd800, max: 0xdfff }), { maxLength: 4 }), (text, lone) => {
        const mixed = text + String.fromCharCode(...lone) + text;
        expect(wellFormed(mixed)).toBe(native(mixed));
      }),
    );
  });
});
