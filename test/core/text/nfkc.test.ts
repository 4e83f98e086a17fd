import fc from "fast-check";
import { nfkc } from "../../../src/core/text";

describe("nfkc", () => {
  it("is String.prototype.normalize('NFKC') for any text", () => {
    fc.assert(fc.property(fc.oneof(fc.string(), fc.string({ unit: "grapheme" }), fc.string({ unit: "binary" })), (text) => expect(nfkc(text)).toBe(text.normalize("NFKC"))), { numRuns: 3000 });
  });

  it("folds full-width and compatibility letters, and keeps ASCII as it is", () => {
    expect(nfkc("ＡＣＭＥ　Ｌｔｄ")).toBe("ACME Ltd");
    expect(nfkc("ﬁle №5")).toBe("file No5");
    expect(nfkc("C-0001 Acme")).toBe("C-0001 Acme");
  });
});
