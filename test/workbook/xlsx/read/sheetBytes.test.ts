/**
 * The sheet parser reads plain rows straight from the part's bytes (pushBytes, sheetBytes.ts)
 * and hands any other row to its general loop (push) as decoded text. Whatever the sheet XML,
 * the bytes cut into pieces of any size must give the grid, the problems and the refusals the
 * general loop gives for the whole part as one string (fast-check), and the fast path must
 * stop exactly where a plain row stops being plain.
 */
import fc from "fast-check";
import { BytePieces, lastStartTagIn } from "../../../../src/workbook/xlsx/read/bytePieces";
import { SheetDataParser } from "../../../../src/workbook/xlsx/read/sheetData";
import { plainNumberIn, readPlainRows, type RowTarget } from "../../../../src/workbook/xlsx/read/sheetBytes";
import { ReadLimitError } from "../../../../src/workbook/xlsx/read/limits";

const SHARED = ["Name", "", "Acme & Co", "上海 🙂", "x"];
const utf8 = (text: string) => new TextEncoder().encode(text);

/** The text of a `<v>` in a number cell: plain numbers, and what only the general loop reads. */
const numberText = fc.oneof(
  fc.integer({ min: -10_000_000, max: 10_000_000 }).map(String),
  fc.integer({ min: -99_999_999, max: 99_999_999 }).map((n) => (n / 100).toString()),
  fc.double({ noNaN: true, noDefaultInfinity: true }).map(String),
  fc.constantFrom("0", "-0", "5.", ".5", "-.5", "-", ".", "+1", " 1", "1e3", "0x1F", "12345678901234567", "0.0000000000000000000001", "1.2.3", "abc", "&#49;", "45901"),
);

const text = fc.oneof(
  fc.constantFrom("plain", "A &amp; B", "&#x4E2D;&#25991;", "中文 客户", "🙂 emoji", "a_x000D_b", "&lt;row r=&quot;9&quot;&gt;", " lead", "trail "),
  fc.string({ maxLength: 6 }).map((s) => s.replace(/[<&\]]/g, "_")),
);

/** One cell, spelled as Excel or another writer might. */
const cellArb = fc.oneof(
  { weight: 6, arbitrary: numberText.map((v) => ({ attrs: "", body: `<v>${v}</v>` })) },
  { weight: 6, arbitrary: fc.oneof(fc.integer({ min: 0, max: 6 }).map(String), fc.constantFrom("x", "", "01", "99999999999")).map((v) => ({ attrs: ' t="s"', body: `<v>${v}</v>` })) },
  { weight: 2, arbitrary: fc.constantFrom("0", "1", "true", "false", "tru", "").map((v) => ({ attrs: ' t="b"', body: `<v>${v}</v>` })) },
  { weight: 1, arbitrary: fc.constantFrom("#N/A", "#DIV/0!").map((v) => ({ attrs: ' t="e"', body: `<v>${v}</v>` })) },
  { weight: 1, arbitrary: text.map((v) => ({ attrs: ' t="str"', body: `<f>A1&amp;"x"</f><v>${v}</v>` })) },
  { weight: 1, arbitrary: numberText.map((v) => ({ attrs: "", body: `<f>SUM(A1:A2)</f><v>${v}</v>` })) },
  { weight: 1, arbitrary: fc.constant({ attrs: "", body: "<f>A1*2</f>" }) },
  { weight: 2, arbitrary: text.map((v) => ({ attrs: ' t="inlineStr"', body: `<is><t xml:space="preserve">${v}</t></is>` })) },
  { weight: 1, arbitrary: text.map((v) => ({ attrs: ' t="inlineStr"', body: `<is><r><t>${v}</t></r><r><t>!</t></r><rPh><t>ふ</t></rPh></is>` })) },
  { weight: 1, arbitrary: fc.constantFrom("2026-10-31", "2026-02-30", "2026-10-31T00:00:00").map((v) => ({ attrs: ' t="d"', body: `<v>${v}</v>` })) },
  { weight: 1, arbitrary: fc.constantFrom(' s="3"', ' s="1" t="n"', " t='s'").map((attrs) => ({ attrs, body: "" })) },
  { weight: 1, arbitrary: fc.constantFrom("<v></v>", "<v/>", '<v xml:space="preserve">1</v>', " <v>2</v> ", "<x:v>3</x:v>").map((body) => ({ attrs: "", body })) },
);

/** How a cell names its column: a reference, none, lowercase, a single-quoted one, past XFD. */
const refArb = fc.constantFrom("ref", "ref", "ref", "ref", "none", "lower", "single", "xfe", "prefixed", "suffixed");

const rowArb = fc.record({
  r: fc.constantFrom("given", "given", "given", "none", "beyond", "bad"),
  attrs: fc.constantFrom("", ' spans="1:8"', ' spans="1:8" x14ac:dyDescent="0.25"', " ht='15' customHeight=\"1\""),
  // the first column (A, or two or three letters), then columns in order with holes between
  firstCol: fc.oneof(fc.constant(1), fc.integer({ min: 1, max: 800 })),
  cells: fc.array(fc.tuple(cellArb, refArb, fc.constantFrom("", "", "", ' s="2"', ' s=""', ' s="1x"'), fc.integer({ min: 1, max: 3 })), { maxLength: 6 }),
  // (a comment holding a `<row` tag could be cut in two by BytePieces: not written here)
  gap: fc.constantFrom("", "", "", "\n  ", "<!-- note -->", "<!-- a <c> tag -->"),
  empty: fc.boolean(),
});

function letters(col: number): string {
  let out = "";
  for (let c = col; c > 0; c = Math.floor((c - 1) / 26)) out = String.fromCharCode(65 + ((c - 1) % 26)) + out;
  return out;
}

type RowSpec = typeof rowArb extends fc.Arbitrary<infer T> ? T : never;

function sheetXml(rows: RowSpec[], prolog: string, bom: boolean): string {
  let rowNumber = 0;
  const body = rows
    .map((row) => {
      rowNumber += 1 + (rowNumber % 3);
      const r = row.r === "given" ? ` r="${rowNumber}"` : row.r === "beyond" ? ' r="1048577"' : row.r === "bad" ? ' r="0x2"' : "";
      if (row.empty) return `${row.gap}<row${r}${row.attrs}/>`;
      let col = row.firstCol - 1;
      const cells = row.cells
        .map(([cell, ref, style, step]) => {
          col += step;
          const a1 = `${letters(col)}${rowNumber}`;
          const refAttr =
            ref === "ref" ? ` r="${a1}"` : ref === "lower" ? ` r="${a1.toLowerCase()}"` : ref === "single" ? ` r='${a1}'` : ref === "xfe" ? ` r="XFE${rowNumber}"` : ref === "prefixed" ? ` x:r="${a1}"` : ref === "suffixed" ? ` r="${a1}$"` : "";
          const open = `<c${refAttr}${style}${cell.attrs}`;
          return cell.body === "" ? `${open}/>` : `${open}>${cell.body}</c>`;
        })
        .join(row.gap === "\n  " ? "\n    " : "");
      return `${row.gap}<row${r}${row.attrs}>${cells}</row>`;
    })
    .join("");
  return `${bom ? "\uFEFF" : ""}<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns:x="x">${prolog}<sheetData>${body}</sheetData><mergeCells count="0"/></worksheet>`;
}

/** What a parse ends in: the grid and problems, or the refusal's message. */
function outcome(read: (parser: SheetDataParser) => void) {
  const parser = new SheetDataParser({ shared: SHARED, maxProblems: 50 });
  try {
    read(parser);
    return { grid: parser.end(), problems: parser.problems, count: parser.problemCount };
  } catch (e) {
    return { refused: (e as Error).message };
  }
}

/** The bytes as an inflater hands them on: cut anywhere, into pieces by BytePieces. */
function inBytes(parser: SheetDataParser, bytes: Uint8Array, points: number[], batch: number): void {
  const pieces = new BytePieces("row", (piece) => parser.pushBytes(piece), 1 << 20, batch);
  const at = [0, ...points.map((p) => p % (bytes.length + 1)).sort((a, b) => a - b), bytes.length];
  for (let k = 1; k < at.length; k++) pieces.bytes(bytes.slice(at[k - 1], at[k]));
  pieces.end();
}

describe("SheetDataParser.pushBytes", () => {
  it("reads the bytes cut anywhere to what the general loop reads from the whole text (fast-check)", () => {
    fc.assert(
      fc.property(
        fc.array(rowArb, { maxLength: 12 }),
        fc.constantFrom("", '<sheetViews><sheetView workbookViewId="0"/></sheetViews>', "<!-- <c><v>9</v></c> -->", "<cols><col min=\"1\" max=\"2\"/></cols>"),
        fc.boolean(),
        fc.array(fc.nat(), { maxLength: 8 }),
        fc.integer({ min: 1, max: 400 }),
        (rows, prolog, bom, points, batch) => {
          const xml = sheetXml(rows, prolog, bom);
          const general = outcome((p) => p.push(xml.replace(/^\uFEFF/, "")));
          expect(outcome((p) => inBytes(p, utf8(xml), points, batch))).toEqual(general);
        },
      ),
      { numRuns: 1500 },
    );
  });

  it("reads a ledger's plain rows without the general loop, and an odd row through it", () => {
    const xml =
      `<worksheet><sheetData>` +
      `<row r="1" spans="1:3"><c r="A1" t="s"><v>0</v></c><c r="B1" s="2"><v>45901</v></c><c r="C1"><v>-7509.02</v></c></row>` +
      `<row r="2"><c r="A2" t="s"><v>2</v></c><c r="B2"><f>B1+1</f><v>45902</v></c><c r="C2" t="b"><v>1</v></c></row>` +
      `<row><c t="s"><v>3</v></c><c/><c><v>12</v></c></row>` +
      `</sheetData></worksheet>`;
    const parser = new SheetDataParser({ shared: SHARED });
    const decoded: string[] = [];
    const push = parser.push.bind(parser);
    parser.push = (text: string) => {
      decoded.push(text);
      push(text);
    };
    parser.pushBytes(utf8(xml));
    // 45901 is 2025-09-01 as an Excel serial; row 3 has no r: it follows row 2
    expect(parser.end().rows).toEqual([["Name", 45901, -7509.02], ["Acme & Co", 45902, true], ["上海 🙂", undefined, 12]]);
    // the prolog, the row with a formula and the end of the sheet data, nothing else
    expect(decoded).toEqual(["<worksheet><sheetData>", `<row r="2"><c r="A2" t="s"><v>2</v></c><c r="B2"><f>B1+1</f><v>45902</v></c><c r="C2" t="b"><v>1</v></c></row>`, "</sheetData></worksheet>"]);
  });
});

describe("SheetDataParser rows", () => {
  it("sizes a row like the narrow row before it, never like a row with a cell far right", () => {
    const rows = [`<row r="1"><c r="A1"><v>1</v></c><c r="XFD1"><v>2</v></c></row>`];
    for (let r = 2; r <= 4; r++) rows.push(`<row r="${r}"><c r="A${r}"><v>${r}</v></c><c r="C${r}"><v>${r}</v></c></row>`);
    const parser = new SheetDataParser({ shared: SHARED });
    parser.pushBytes(utf8(`<worksheet><sheetData>${rows.join("")}</sheetData></worksheet>`));
    const grid = parser.end();
    expect(grid.rows.map((row) => row?.length)).toEqual([16384, 3, 3, 3]);
    expect(grid.rows[3]).toEqual([4, undefined, 4]);
  });
});

describe("readPlainRows", () => {
  /** The rows read and where the fast path stopped. */
  function plain(xml: string) {
    const cells: [number, number, unknown][] = [];
    let row = 0;
    let col = 0;
    const target: RowTarget = {
      beginRow: (_at, n) => ((row = n === 0 ? row + 1 : n), (col = 0)),
      cellColumn: (ref) => (col = ref > 0 ? ref : col + 1),
      put: (c, v) => cells.push([row, c, v]),
    };
    const bytes = utf8(xml);
    const stop = readPlainRows(bytes, 0, bytes.length, SHARED, target);
    return { cells, stop: stop === bytes.length ? "end" : xml.slice(stop, stop + 12) };
  }

  it("reads numbers, shared strings and booleans, and rows and cells without r", () => {
    expect(plain(`<row r="4"><c r="B4"><v>1.5</v></c><c t="s"><v>2</v></c></row>\n<row><c r="A5" t="b"><v>0</v></c></row>`)).toEqual({
      cells: [
        [4, 2, 1.5],
        [4, 3, "Acme & Co"],
        [5, 1, false],
      ],
      stop: "end",
    });
  });

  it("stops at the start of a row holding what the general loop must read", () => {
    for (const odd of [`<c r="A2" t="s"><v>9</v></c>`, `<c r="A2"><v>1e3</v></c>`, `<c r="A2" t="e"><v>#N/A</v></c>`, `<c r="A2"><f>1</f><v>1</v></c>`, `<c r="XFE2"><v>1</v></c>`, `<x:c r="A2"><v>1</v></x:c>`]) {
      const { cells, stop } = plain(`<row r="1"><c r="A1"><v>1</v></c></row><row r="2"><c r="B2"><v>2</v></c>${odd}</row>`);
      expect({ odd, cells: cells.slice(0, 1), stop }).toEqual({ odd, cells: [[1, 1, 1]], stop: '<row r="2"><' });
    }
  });

  it("stops at what is not a row", () => {
    expect(plain(`<row r="1"/></sheetData>`)).toEqual({ cells: [], stop: "</sheetData>" });
  });
});

describe("plainNumberIn", () => {
  it("reads a plain decimal as parseFloat does, anything else as NaN (fast-check)", () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e15 + 1, max: 1e15 - 1 }), fc.integer({ min: 0, max: 15 }), (mantissa, scale) => {
        const digits = Math.abs(mantissa).toString().padStart(scale + 1, "0");
        const textual = `${mantissa < 0 ? "-" : ""}${scale === 0 ? digits : `${digits.slice(0, -scale)}.${digits.slice(-scale)}`}`;
        const bytes = utf8(textual);
        expect(Object.is(plainNumberIn(bytes, 0, bytes.length), parseFloat(textual))).toBe(true);
      }),
      { numRuns: 2000 },
    );
    for (const odd of ["1e3", "+1", " 1", "0x1F", "-", ".", "1.2.3", "1234567890123456"]) {
      const bytes = utf8(odd);
      expect(plainNumberIn(bytes, 0, bytes.length)).toBeNaN();
    }
  });
});

describe("BytePieces", () => {
  it("cuts before a row start tag, prefixed or not, never inside a name", () => {
    const bytes = utf8('<row r="1"/><x:row r="2"><rows/><c>row</c>');
    expect(lastStartTagIn(bytes, bytes.length, utf8("row"))).toBe(12);
  });

  it("refuses one row longer than the limit in characters, not bytes", () => {
    // 40 characters of Chinese are 120 bytes: within a 100-character limit, the piece is kept
    const cjk = `<row r="1"><c t="inlineStr"><is><t>${"中".repeat(40)}</t></is></c></row>`;
    const kept: number[] = [];
    const within = new BytePieces("row", (piece) => kept.push(piece.length), 100, 16);
    within.bytes(utf8(cjk));
    within.end();
    expect(kept).toEqual([utf8(cjk).length]);
    const over = new BytePieces("row", () => undefined, 50, 16);
    expect(() => over.bytes(utf8(cjk))).toThrow(ReadLimitError);
  });
});
