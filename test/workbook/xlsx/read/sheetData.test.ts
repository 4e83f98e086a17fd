/**
 * The sheet parser reads the commonest cell shape, `<c …><v>x</v></c>`, without walking its
 * tags; every other spelling of the same cell goes through the general loop. Both must give the
 * same grid and the same problems, whatever the cells (fast-check), and a ledger's plain blocks
 * must come out the same when the parser hands its rows over in place.
 */
import fc from "fast-check";
import { SheetDataParser } from "../../../../src/workbook/xlsx/read/sheetData";
import { plainBlocks } from "../../../../src/workbook/xlsx/read/gridBlocks";

const SHARED = ["Name", "", "Acme & Co", "上海"];

/** One cell: its `t` attribute (or none) and the text of its `<v>`. */
const cell = fc.oneof(
  fc.record({ t: fc.constant(undefined), v: fc.oneof(fc.double({ noNaN: true, noDefaultInfinity: true }).map(String), fc.integer().map(String), fc.constantFrom("", "0x1F", "1e3", "-.5", " 1", "abc")) }),
  fc.record({ t: fc.constant("s"), v: fc.oneof(fc.integer({ min: 0, max: 5 }).map(String), fc.constantFrom("x", "")) }),
  fc.record({ t: fc.constant("b"), v: fc.constantFrom("0", "1", "true") }),
  fc.record({ t: fc.constant("e"), v: fc.constantFrom("#N/A", "#DIV/0!") }),
  fc.record({ t: fc.constant("str"), v: fc.constantFrom("text", "a &amp; b", "") }),
  fc.record({ t: fc.constant("d"), v: fc.constantFrom("2026-10-31", "2026-02-30", "2026-10-31T00:00:00") }),
);

/** The cell written compactly (fast path) or with a space before `</c>` (general loop). */
function cellXml(ref: string, c: { t?: string; v: string }, general: boolean): string {
  const t = c.t ? ` t="${c.t}"` : "";
  return `<c r="${ref}"${t}><v>${c.v}</v>${general ? " " : ""}</c>`;
}

function parse(xml: string) {
  const parser = new SheetDataParser({ shared: SHARED });
  parser.push(xml);
  return { grid: parser.end(), problems: parser.problems };
}

function sheet(rows: { t?: string; v: string }[][], general: boolean): string {
  const body = rows.map((cells, r) => `<row r="${r + 1}">${cells.map((c, i) => cellXml(`${String.fromCharCode(65 + i)}${r + 1}`, c, general)).join("")}</row>`).join("");
  return `<worksheet><sheetData>${body}</sheetData></worksheet>`;
}

it("reads a compact cell like the same cell spelled otherwise (fast-check)", () => {
  fc.assert(
    fc.property(fc.array(fc.array(cell, { minLength: 1, maxLength: 6 }), { minLength: 1, maxLength: 8 }), (rows) => {
      expect(parse(sheet(rows, false))).toEqual(parse(sheet(rows, true)));
    }),
    { numRuns: 500 },
  );
});

it("reads each kind of compact cell as Excel shows it", () => {
  const { grid, problems } = parse(
    sheet([[{ v: "1234.5" }, { t: "s", v: "2" }, { t: "b", v: "1" }, { t: "e", v: "#N/A" }, { t: "d", v: "2026-10-31" }, { v: "0x1F" }]], false),
  );
  // 2026-10-31 is Excel serial 46326 (45658 for 2025-01-01, plus 365 + 303 days)
  expect(grid.rows[0]).toEqual([1234.5, "Acme & Co", true, "#N/A", 46326, "0x1F"]);
  expect(problems).toEqual([expect.objectContaining({ row: 1, col: 6, value: "0x1F" })]);
});

it("keeps a formula's cached value and a formula without one as a problem, beside compact cells", () => {
  const xml = `<worksheet><sheetData><row r="1"><c r="A1"><v>1</v></c><c r="B1"><f>A1*2</f><v>2</v></c><c r="C1"><f>A1*3</f></c><c r="D1"><v>4</v></c></row></sheetData></worksheet>`;
  const { grid, problems } = parse(xml);
  const row = grid.rows[0]!;
  expect([row[0], row[1], 2 in row, row[3]]).toEqual([1, 2, false, 4]);
  expect(problems.map((p) => [p.row, p.col])).toEqual([[1, 3]]);
});

it("cuts a ledger's plain block the same when rows are handed over in place", () => {
  // rows of uneven length, a hole, and a second run of columns 40 columns to the right
  const xml =
    `<worksheet><sheetData>` +
    `<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="str"><v>Amount</v></c><c r="C1" t="str"><v>Due</v></c><c r="AR1" t="str"><v>Note</v></c></row>` +
    `<row r="2"><c r="A2" t="str"><v>a</v></c><c r="C2"><v>3</v></c></row>` +
    `<row r="3"><c r="A3" t="str"><v>b</v></c></row>` +
    `<row r="4"><c r="A4" t="str"><v>c</v></c><c r="B4"><v>2</v></c><c r="C4"><v>5</v></c><c r="AR4" t="str"><v>late</v></c></row>` +
    `</sheetData></worksheet>`;
  const blocks = plainBlocks("S", parse(xml).grid, []);
  expect(blocks.map((b) => ({ firstColumn: b.firstColumn, headers: b.headers, rows: b.rows }))).toEqual([
    { firstColumn: 1, headers: ["Name", "Amount", "Due"], rows: [["a", null, 3], ["b", null, null], ["c", 2, 5]] },
    { firstColumn: 44, headers: ["Note"], rows: [[null], [null], ["late"]] },
  ]);
});
