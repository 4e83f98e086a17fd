/**
 * The shared string table reads the commonest item, `<si><t>text</t></si>`, in place; every
 * other spelling of the same item goes through the general walk of its tags. Both must give the
 * same strings, whatever the text (fast-check).
 */
import fc from "fast-check";
import { parseSharedStrings } from "../../../../src/workbook/xlsx/read/sharedStrings";

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
