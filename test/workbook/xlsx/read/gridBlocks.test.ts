/**
 * plainBlocks finds a sheet's runs of columns from the parser's count of used columns
 * (SheetGrid.usedColumns) and, for a sheet of one run, takes the sheet's bounds as the block's:
 * the blocks must be the ones it finds by walking every cell (a grid without the count), for
 * cells anywhere, far apart or not, with and without tables beside them (fast-check).
 */
import fc from "fast-check";
import { SheetDataParser, type SheetGrid } from "../../../../src/workbook/xlsx/read/sheetData";
import { plainBlocks } from "../../../../src/workbook/xlsx/read/gridBlocks";
import { columnLetters } from "../../../../src/workbook/a1";

/** A sheet's cells: row, column and a number, an empty string (no cell kept) or text. */
const cellsArb = fc.array(
  fc.record({
    row: fc.integer({ min: 1, max: 12 }),
    col: fc.oneof(fc.integer({ min: 1, max: 8 }), fc.integer({ min: 1, max: 120 })),
    value: fc.constantFrom("<v>1</v>", "<v></v>", '<is><t>x</t></is>'),
  }),
  { maxLength: 30 },
);

function grid(cells: { row: number; col: number; value: string }[]): SheetGrid {
  const byRow = new Map<number, Map<number, string>>();
  for (const c of cells) byRow.set(c.row, (byRow.get(c.row) ?? new Map()).set(c.col, c.value));
  const rows = [...byRow].sort(([a], [b]) => a - b).map(([r, cols]) => {
    const xml = [...cols].sort(([a], [b]) => a - b).map(([c, v]) => `<c r="${columnLetters(c)}${r}"${v.startsWith("<is>") ? ' t="inlineStr"' : ""}>${v}</c>`);
    return `<row r="${r}">${xml.join("")}</row>`;
  });
  const parser = new SheetDataParser({ shared: [] });
  parser.pushBytes(new TextEncoder().encode(`<worksheet><sheetData>${rows.join("")}</sheetData></worksheet>`));
  return parser.end();
}

/** The same grid as a reader that does not count used columns gives it. */
function uncounted(g: SheetGrid): SheetGrid {
  const { usedColumns: _counted, ...rest } = g;
  return rest;
}

describe("plainBlocks", () => {
  it("cuts the blocks it cuts by walking the cells, from the counted columns (fast-check)", () => {
    fc.assert(
      fc.property(cellsArb, fc.boolean(), (cells, withTable) => {
        const tables = withTable ? [{ top: 2, left: 2, bottom: 4, right: 3 }] : [];
        // two parses: a plain block may take over the grid's rows
        const counted = grid(cells);
        expect(counted.usedColumns).toBeDefined();
        expect(plainBlocks("S", counted, tables)).toEqual(plainBlocks("S", uncounted(grid(cells)), tables));
      }),
      { numRuns: 800 },
    );
  });

  it("keeps far columns in blocks of their own", () => {
    const blocks = plainBlocks("S", grid([{ row: 1, col: 1, value: "<v>1</v>" }, { row: 2, col: 1, value: "<v>2</v>" }, { row: 1, col: 60, value: "<v>3</v>" }, { row: 3, col: 60, value: "<v>4</v>" }]), []);
    expect(blocks.map((b) => [b.firstColumn, b.headerRow, b.headers, b.rows])).toEqual([
      [1, 1, ["1"], [[2]]],
      [60, 1, ["3"], [[null], [4]]],
    ]);
  });
});
