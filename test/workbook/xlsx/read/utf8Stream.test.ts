/**
 * Utf8Stream decodes slices cut anywhere to the text the streaming TextDecoder gives (the path
 * it replaced): same characters, same U+FFFD for bad bytes, a leading byte-order mark dropped.
 */
import fc from "fast-check";
import { Utf8Stream } from "../../../../src/workbook/xlsx/read/utf8Stream";

/** The reference: TextDecoder in streaming mode over the same slices. */
function streamed(slices: readonly Uint8Array[]): string {
  const decoder = new TextDecoder("utf-8");
  return slices.map((s) => decoder.decode(s, { stream: true })).join("") + decoder.decode();
}

function decoded(slices: readonly Uint8Array[]): string {
  const stream = new Utf8Stream();
  return slices.map((s) => stream.decode(s)).join("") + stream.end();
}

/** Cuts `bytes` at the given points (sorted, clamped), empty slices included. */
function cut(bytes: Uint8Array, points: number[]): Uint8Array[] {
  const at = [0, ...points.map((p) => p % (bytes.length + 1)).sort((a, b) => a - b), bytes.length];
  return at.slice(1).map((end, i) => bytes.slice(at[i], end));
}

const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);

describe("Utf8Stream", () => {
  it("joins a character cut between two slices", () => {
    const bytes = utf8("客户 €5 😀");
    for (let k = 0; k <= bytes.length; k++) expect(decoded([bytes.slice(0, k), bytes.slice(k)])).toBe("客户 €5 😀");
  });

  it("drops a leading byte-order mark, even cut in three, and keeps one later in the text", () => {
    expect(decoded([new Uint8Array([0xef]), new Uint8Array([0xbb]), new Uint8Array([0xbf, 0x41])])).toBe("A");
    expect(decoded([utf8("A"), new Uint8Array([0xef, 0xbb, 0xbf])])).toBe("A\ufeff");
  });

  it("ends a character cut short with U+FFFD, as the streaming decoder does", () => {
    expect(decoded([new Uint8Array([0x41, 0xe5, 0xae])])).toBe("A\ufffd");
  });

  it("gives the streaming decoder's text for any bytes cut anywhere", () => {
    // Mostly UTF-8 text (ASCII, CJK, astral), with bytes that are not: stray continuation
    // bytes, leads without their continuation, overlongs, surrogates encoded, F5–FF, a BOM.
    const piece = fc.oneof(
      fc.string({ unit: "binary", maxLength: 6 }).map(utf8),
      fc.constantFrom(...[[0xef, 0xbb, 0xbf], [0x80], [0xbf, 0x80], [0xc0, 0x80], [0xc2], [0xe0, 0x80], [0xe0, 0xa0], [0xed, 0xa0, 0x80], [0xf0, 0x90], [0xf4, 0x90, 0x80, 0x80], [0xf5], [0xff], [0xe5, 0xae]].map((b) => new Uint8Array(b))),
      fc.uint8Array({ maxLength: 5 }),
    );
    const bytes = fc.array(piece, { maxLength: 12 }).map((pieces) => {
      const out = new Uint8Array(pieces.reduce((n, p) => n + p.length, 0));
      let at = 0;
      for (const p of pieces) {
        out.set(p, at);
        at += p.length;
      }
      return out;
    });
    fc.assert(
      fc.property(bytes, fc.array(fc.nat(), { maxLength: 8 }), (b, points) => {
        const slices = cut(b, points);
        expect(decoded(slices)).toBe(streamed(slices));
      }),
      { numRuns: 5000 },
    );
  });
});
