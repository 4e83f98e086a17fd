/**
 * XmlPieces hands a part on in pieces cut just before a start tag, whatever the sizes of the
 * texts it is fed: the pieces add up to the part, none but the first starts elsewhere than at
 * the tag, and the sheet parser reads the pieces to the grid it reads from the whole part.
 * (Cut within the last text, the piece is joined from whole texts; else the joined buffer is cut.)
 */
import fc from "fast-check";
import { XmlPieces } from "../../../../src/workbook/xlsx/read/xmlPieces";
import { SheetDataParser } from "../../../../src/workbook/xlsx/read/sheetData";

const SHARED = ["Name", "Acme & Co", "上海"];

const cellArb = fc.oneof(
  fc.integer({ min: -99999, max: 99999 }).map((n) => `<v>${n / 100}</v>`),
  fc.integer({ min: 0, max: 2 }).map((i) => `<v>${i}</v>`),
  fc.constantFrom("<is><t>客户 row</t></is>", "<v>x&lt;row</v>"),
);

/** A sheet part, rows with or without a prefix (`<x:row>`), cells in the default namespace. */
const sheetArb = fc
  .array(fc.tuple(fc.boolean(), fc.array(cellArb, { minLength: 1, maxLength: 4 })), { maxLength: 30 })
  .map((rows) => {
    const body = rows
      .map(([prefixed, cells], r) => {
        const tag = prefixed ? "x:row" : "row";
        const xml = cells.map((v, c) => `<c r="${String.fromCharCode(65 + c)}${r + 1}"${v.startsWith("<is>") ? ' t="inlineStr"' : v === "<v>0</v>" || v === "<v>1</v>" ? ' t="s"' : ""}>${v}</c>`).join("");
        return `<${tag} r="${r + 1}">${xml}</${tag}>`;
      })
      .join("");
    return `<worksheet xmlns:x="x"><sheetData>${body}</sheetData></worksheet>`;
  });

/** The part cut into texts at the given points (as an inflater hands them on). */
function texts(xml: string, points: number[]): string[] {
  const at = [0, ...points.map((p) => p % (xml.length + 1)).sort((a, b) => a - b), xml.length];
  return at.slice(1).map((end, i) => xml.slice(at[i], end));
}

function grid(pieces: readonly string[]) {
  const parser = new SheetDataParser({ shared: SHARED });
  for (const piece of pieces) parser.push(piece);
  return { grid: parser.end(), problems: parser.problems };
}

it("cuts pieces before a start tag that add up to the part and parse as the whole part (fast-check)", () => {
  fc.assert(
    fc.property(sheetArb, fc.array(fc.nat(), { maxLength: 12 }), fc.integer({ min: 1, max: 120 }), (xml, points, batch) => {
      const pieces: string[] = [];
      const cutter = new XmlPieces("row", (piece) => pieces.push(piece), 1 << 20, batch);
      for (const text of texts(xml, points)) cutter.push(text);
      cutter.end();
      expect(pieces.join("")).toBe(xml);
      for (const piece of pieces.slice(1)) expect(piece).toMatch(/^<(x:)?row[ >]/);
      expect(grid(pieces)).toEqual(grid([xml]));
    }),
    { numRuns: 1000 },
  );
});

it("hands on what comes before the last start tag of the texts so far, the rest at the end", () => {
  const pieces: string[] = [];
  const cutter = new XmlPieces("row", (piece) => pieces.push(piece), 1 << 20, 10);
  for (const text of ['<sheetData><row r="1"><c><v>1</v></c></row>', '<row r="2"><c><v>2</v></c></row><ro', 'w r="3"/>']) cutter.push(text);
  cutter.end();
  // 1st text: cut before its <row; 2nd: before its own <row (at its start), not the "<ro" cut short
  expect(pieces).toEqual(["<sheetData>", '<row r="1"><c><v>1</v></c></row>', '<row r="2"><c><v>2</v></c></row><row r="3"/>']);
});
