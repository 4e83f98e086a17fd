/**
 * The shared string table reads the commonest item, `<si><t>text</t></si>`, in place; every
 * other spelling of the same item goes through the general walk of its tags. Both must give the
 * same strings, whatever the text (fast-check).
 */
import fc from "fast-check";
import { parseSharedStrings, pushSharedStringBytes } from "../../../../src/workbook/xlsx/read/sharedStrings";
import { BytePieces } from "../../../../src/workbook/xlsx/read/bytePieces";

/** Item text as the XML holds it: plain, entities, Excel's _xHHHH_ escapes, CJK, empty. */
const textArb = fc.oneof(
  fc.string({ maxLength: 12 }).map((t) => t.replace(/&/g, "&amp;").replace(/</g, "&lt;")),
  fc.constantFrom("", "A &amp; B", "&#x4E2D;&#25991;", "a_x000D_b", "上海 客户", "_x005F_x0041_", "   "),
);

/** The same item in the compact spelling (read in place) or in one the general walk takes. */
function item(text: string, spelling: number): string {
  switch (spelling) {
    case 0:
      return `<si><t>${text}</t></si>`;
    case 1:
      return `<si><t xml:space="preserve">${text}</t></si>`;
    case 2:
      return `<si><r><t>${text}</t></r></si>`;
    default:
      return `<x:si><x:t>${text}</x:t></x:si>`;
  }
}

it("reads a compact item like the same item spelled otherwise (fast-check)", () => {
  fc.assert(
    fc.property(fc.array(fc.tuple(textArb, fc.integer({ min: 0, max: 3 }))), (items) => {
      const compact = parseSharedStrings(`<sst>${items.map(([t]) => item(t, 0)).join("")}</sst>`);
      const other = parseSharedStrings(`<sst>${items.map(([t, s]) => item(t, s === 0 ? 1 : s)).join("")}</sst>`);
      expect(compact).toEqual(other);
      expect(compact).toHaveLength(items.length);
    }),
    { numRuns: 1000 },
  );
});

it("reads rich text and skips phonetic runs after a compact item", () => {
  expect(parseSharedStrings('<sst><si><t>A &amp; B</t></si><si><r><t>x</t></r><r><t xml:space="preserve"> y</t></r><rPh><t>ふ</t></rPh></si><si><t/></si></sst>')).toEqual(["A & B", "x y", ""]);
});

describe("pushSharedStringBytes", () => {
  const utf8 = (text: string) => new TextEncoder().encode(text);

  /** An item as Excel or another writer spells it, or something between items. */
  const entryArb = fc.oneof(
    { weight: 8, arbitrary: fc.tuple(textArb, fc.integer({ min: 0, max: 3 })).map(([t, s]) => item(t, s)) },
    { weight: 2, arbitrary: textArb.map((t) => `<si><t>\uFEFF${t} 🙂</t></si>`) },
    {
      weight: 2,
      arbitrary: fc.constantFrom(
        "<si/>",
        "<si><t/></si>",
        "<si><t></t></si>",
        '<si><r><rPr><b/></rPr><t>bold</t></r><rPh sb="0" eb="1"><t>ふ</t></rPh><phoneticPr fontId="1"/></si>',
        "\n  ",
        // (a comment holding an `<si` tag could be cut in two by BytePieces: not written here)
        "<!-- a <t>note</t> -->",
        "<si><t><![CDATA[a<b]]></t></si>",
        '<extLst><ext uri="x"/></extLst>',
      ),
    },
  );

  /** The table's bytes cut anywhere, in pieces cut before `<si` as the reader cuts them. */
  function inPieces(xml: string, points: number[], batch: number): string[] {
    const bytes = utf8(xml);
    const out: string[] = [];
    const decoder = new TextDecoder("utf-8", { ignoreBOM: true });
    const pieces = new BytePieces("si", (piece) => pushSharedStringBytes(piece, out, decoder), 1 << 20, batch);
    const at = [0, ...points.map((p) => p % (bytes.length + 1)).sort((a, b) => a - b), bytes.length];
    for (let k = 1; k < at.length; k++) pieces.bytes(bytes.slice(at[k - 1], at[k]));
    pieces.end();
    return out;
  }

  it("reads the table's bytes cut anywhere to the strings the general walk reads from its text (fast-check)", () => {
    fc.assert(
      fc.property(fc.array(entryArb, { maxLength: 20 }), fc.boolean(), fc.boolean(), fc.array(fc.nat(), { maxLength: 8 }), fc.integer({ min: 1, max: 300 }), (entries, declared, bom, points, batch) => {
        const xml = `${bom ? "\uFEFF" : ""}${declared ? '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' : ""}<sst xmlns="m" xmlns:x="m" count="${entries.length}">${entries.join("")}</sst>`;
        expect(inPieces(xml, points, batch)).toEqual(parseSharedStrings(xml.replace(/^\uFEFF/, "")));
      }),
      { numRuns: 1500 },
    );
  });

  it("decodes a plain item from its own bytes and keeps a leading U+FEFF of its text", () => {
    expect(inPieces('\uFEFF<?xml version="1.0"?><sst><si><t>\uFEFFA &amp; B</t></si><si><t>上海 🙂</t></si><si><r><t>x</t></r></si></sst>', [], 1 << 20)).toEqual(["\uFEFFA & B", "上海 🙂", "x"]);
  });
});
