/**
 * Merged areas: `<mergeCells>` after `<sheetData>` is read into the grid by the general loop and
 * by the byte path alike (the bytes cut anywhere), and handed to the blocks that touch them, in
 * sheet positions. A sheet without merges carries none.
 */
import fc from "fast-check";
import type { MergedArea } from "../../../../src/workbook/port";
import { BytePieces } from "../../../../src/workbook/xlsx/read/bytePieces";
import { MAX_MERGES, mergedArea, mergedAreasIn, mergesWithin } from "../../../../src/workbook/xlsx/read/mergeCells";
import { SheetDataParser } from "../../../../src/workbook/xlsx/read/sheetData";
import { readXlsx } from "../../../../src/workbook/xlsx/read";
import { excelJsBytes } from "../../_fixtures/excelJsWorkbook";

const utf8 = (text: string) => new TextEncoder().encode(text);

/** Column letters, worked out here (A = 1, Z = 26, AA = 27). */
function letters(col: number): string {
  let out = "";
  for (let c = col; c > 0; c = Math.floor((c - 1) / 26)) out = String.fromCharCode(65 + ((c - 1) % 26)) + out;
  return out;
}

describe("mergedArea", () => {
  it("reads a ref as its top-left cell and its size, whichever corner comes first", () => {
    expect(mergedArea("A4:A9")).toEqual({ row: 4, col: 1, rows: 6, cols: 1 });
    expect(mergedArea("F2:G2")).toEqual({ row: 2, col: 6, rows: 1, cols: 2 });
    expect(mergedArea("b9:a4")).toEqual({ row: 4, col: 1, rows: 6, cols: 2 });
    expect(mergedArea("$AA$10:$AB$11")).toEqual({ row: 10, col: 27, rows: 2, cols: 2 });
  });

  it("takes one cell, a ref beyond Excel's sheet or no ref at all as no merge", () => {
    for (const ref of ["A4", "A4:A4", "A0:A3", "XFE1:XFE2", "A1:A1048577", "A1:B", "", "A1:B2:C3", "R1C1:R2C2"]) expect([ref, mergedArea(ref)]).toEqual([ref, undefined]);
  });
});

describe("mergedAreasIn", () => {
  it("reads no more than MAX_MERGES areas from a sheet (a hostile part of nothing but merges)", () => {
    const tags = Array.from({ length: MAX_MERGES + 3 }, (_, i) => `<mergeCell ref="A${2 * i + 1}:A${2 * i + 2}"/>`).join("");
    const out: MergedArea[] = [];
    mergedAreasIn(`<mergeCells>${tags}</mergeCells>`, 0, out);
    expect([out.length, out[out.length - 1].row]).toEqual([MAX_MERGES, 2 * MAX_MERGES - 1]);
  });
});

describe("mergesWithin", () => {
  const merges = [{ row: 4, col: 1, rows: 6, cols: 1 }, { row: 1, col: 1, rows: 1, cols: 9 }, { row: 20, col: 3, rows: 2, cols: 1 }];

  it("keeps the merges that touch the block's rectangle", () => {
    expect(mergesWithin(merges, 2, 1, 12, 5)).toEqual([merges[0]]);
    expect(mergesWithin(merges, 1, 2, 21, 3)).toEqual([merges[1], merges[2]]);
  });

  it("gives nothing when none touches it (the block then has no merges key)", () => {
    expect(mergesWithin(merges, 2, 2, 12, 5)).toBeUndefined();
    expect(mergesWithin(undefined, 1, 1, 9, 9)).toBeUndefined();
    expect(mergesWithin([], 1, 1, 9, 9)).toBeUndefined();
  });
});

/** A merge as the fast-check draws it: the area and how the tag is spelled. */
const mergeArb = fc.record({
  row: fc.integer({ min: 1, max: 40 }),
  col: fc.integer({ min: 1, max: 60 }),
  rows: fc.integer({ min: 1, max: 5 }),
  cols: fc.integer({ min: 1, max: 3 }),
  spelling: fc.constantFrom('<mergeCell ref="$"/>', "<mergeCell ref='$'/>", '<x:mergeCell ref="$"/>', '<mergeCell ref="$"></mergeCell>', '<mergeCell  xr:uid="{1}" ref="$" />'),
});

type MergeSpec = typeof mergeArb extends fc.Arbitrary<infer T> ? T : never;

function sheet(rowCount: number, merges: readonly MergeSpec[], after: string): string {
  const rows = Array.from({ length: rowCount }, (_, i) => `<row r="${i + 1}"><c r="A${i + 1}"><v>${i}</v></c><c r="B${i + 1}" t="inlineStr"><is><t>r${i}</t></is></c></row>`);
  const tags = merges.map((m) => m.spelling.replace("$", `${letters(m.col)}${m.row}:${letters(m.col + m.cols - 1)}${m.row + m.rows - 1}`));
  const mergeCells = merges.length === 0 ? "" : `<mergeCells count="${merges.length}">${tags.join("\n")}</mergeCells>`;
  return `<worksheet xmlns:x="x"><sheetData>${rows.join("")}</sheetData><sheetProtection sheet="1"/>${mergeCells}${after}<pageMargins left="0.7"/></worksheet>`;
}

function bytePath(xml: string, points: readonly number[], batch: number) {
  const parser = new SheetDataParser({ shared: [] });
  const bytes = utf8(xml);
  const pieces = new BytePieces("row", (piece) => parser.pushBytes(piece), 1 << 20, batch);
  const at = [0, ...points.map((p) => p % (bytes.length + 1)).sort((a, b) => a - b), bytes.length];
  for (let k = 1; k < at.length; k++) pieces.bytes(bytes.slice(at[k - 1], at[k]));
  pieces.end();
  return parser.end();
}

function generalPath(xml: string) {
  const parser = new SheetDataParser({ shared: [] });
  parser.push(xml);
  return parser.end();
}

describe("SheetDataParser merges", () => {
  it("reads the same merges from the bytes cut anywhere as from the whole text, each merge of two cells or more as drawn (fast-check)", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 12 }),
        fc.array(mergeArb, { maxLength: 8 }),
        fc.constantFrom("", '<conditionalFormatting sqref="A1:A9"><cfRule type="cellIs"/></conditionalFormatting>', '<dataValidations count="1"><dataValidation sqref="C1:C4"/></dataValidations>'),
        fc.array(fc.nat(), { maxLength: 6 }),
        fc.integer({ min: 1, max: 300 }),
        (rowCount, merges, after, points, batch) => {
          const xml = sheet(rowCount, merges, after);
          const expected = merges.filter((m) => m.rows > 1 || m.cols > 1).map(({ row, col, rows, cols }) => ({ row, col, rows, cols }));
          const general = generalPath(xml);
          expect(general.merges ?? []).toEqual(expected);
          expect(bytePath(xml, points, batch)).toEqual(general);
        },
      ),
      { numRuns: 600 },
    );
  });

  it("gives a sheet without merges no merges key, and a sheet with only one-cell merges none either", () => {
    expect("merges" in generalPath(sheet(3, [], ""))).toBe(false);
    expect("merges" in bytePath(sheet(3, [], ""), [], 1 << 20)).toBe(false);
    const oneCell = sheet(3, [{ row: 1, col: 1, rows: 1, cols: 1, spelling: '<mergeCell ref="$"/>' }], "");
    expect("merges" in bytePath(oneCell, [], 1 << 20)).toBe(false);
  });

  it("reads the merges of a sheet whose sheetData is empty", () => {
    const grid = generalPath('<worksheet><sheetData/><mergeCells count="1"><mergeCell ref="A1:C1"/></mergeCells></worksheet>');
    expect(grid.merges).toEqual([{ row: 1, col: 1, rows: 1, cols: 3 }]);
  });
});

describe("readXlsx merges", () => {
  it("hands each block the merges that touch it, in sheet positions, and a sheet without merges none", async () => {
    const bytes = await excelJsBytes((wb) => {
      const ws = wb.addWorksheet("台账");
      const cells: (string | number | null)[][] = [["应收账款台账"], ["客户名称", "发票号码", "金额"], ["甲公司", "F1", 100], [null, "F2", 200], ["乙公司", "F3", 300]];
      cells.forEach((row, r) => row.forEach((value, c) => { if (value !== null) ws.getCell(r + 1, c + 1).value = value; }));
      ws.mergeCells("A1:C1");
      ws.mergeCells("A3:A4");
      const plain = wb.addWorksheet("Plain");
      plain.getCell("A1").value = "Invoice No";
      plain.getCell("B1").value = "Amount";
      plain.getCell("A2").value = "I1";
      plain.getCell("B2").value = 5;
    });
    const { blocks } = readXlsx(bytes, { fileName: "merged.xlsx" });
    const ledger = blocks.find((b) => b.sheet === "台账")!;
    expect(ledger.merges).toEqual([{ row: 1, col: 1, rows: 1, cols: 3 }, { row: 3, col: 1, rows: 2, cols: 1 }]);
    // only the top-left cell holds the value: the reader does not fill (the ledger decides what is safe)
    expect(ledger.rows[2]).toEqual([null, "F2", 200]);
    expect("merges" in blocks.find((b) => b.sheet === "Plain")!).toBe(false);
  });
});
