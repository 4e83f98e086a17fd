import fc from "fast-check";
import { utf8Length } from "../../../src/core/text";

describe("utf8Length", () => {
  it("counts 1, 2, 3 and 4-byte characters", () => {
    // a = 1 byte, é (U+00E9) = 2, 上 (U+4E0A) = 3, 😀 (U+1F600, a surrogate pair) = 4
    expect(utf8Length("")).toBe(0);
    expect(utf8Length("a")).toBe(1);
    expect(utf8Length("é")).toBe(2);
    expect(utf8Length("上")).toBe(3);
    expect(utf8Length("😀")).toBe(4);
    expect(utf8Length("aé上😀")).toBe(10);
  });

  it("counts a lone surrogate as the 3 bytes of U+FFFD, as TextEncoder writes it", () => {
    expect(utf8Length("\uD83D")).toBe(3);
    expect(utf8Length("\uDE00x")).toBe(4);
    expect(utf8Length("\uD83Dx")).toBe(4);
  });

  it("agrees with TextEncoder on any string, lone surrogates included", () => {
    const encoder = new TextEncoder();
    // Any UTF-16 code units, so pairs, lone halves and reversed halves all occur.
    const anyUnits = fc.array(fc.integer({ min: 0, max: 0xffff })).map((units) => String.fromCharCode(...units));
    fc.assert(fc.property(fc.oneof(anyUnits, fc.string({ unit: "binary" })), (text) => utf8Length(text) === encoder.encode(text).length));
  });
});
