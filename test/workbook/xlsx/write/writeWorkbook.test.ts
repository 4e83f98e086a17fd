import ExcelJS from "exceljs";
import type { SheetSpec } from "../../../../src/workbook/spec";
import { writeSpecsToBytes, WorkbookWriteError, serialOfDay } from "../../../../src/workbook/xlsx/write";
import { writeSpecsStreaming } from "../../../../src/workbook/xlsx/write/streamWorkbook";
import { writeSpecsPackage } from "../../../../src/workbook/xlsx/write/package/writePackage";
import { contentOf } from "../../../../src/workbook/xlsx/xlsxWorkbook";
import { loadWithExcelJs } from "../../_fixtures/excelJsWorkbook";
import { readBack } from "../../_fixtures/readBack";

const INJECTIONS = ['=HYPERLINK("http://x","y")', "+SUM(1)", "-1+2", "@cmd", "=1+1"];

const statement: SheetSpec = {
  name: "O'Brien & Co",
  role: "statement",
  cells: [
    { row: 1, col: 1, value: "Statement", style: { bold: true, size: 14, color: "1F4E79", fill: "DDEBF7", align: "center" } },
    ...INJECTIONS.map((text, i) => ({ row: 2 + i, col: 1, value: text })),
    { row: 2, col: 2, value: { date: 20392 } },
    { row: 3, col: 2, value: { date: 20392 }, style: { numberFormat: "dd/mm/yyyy" } },
    { row: 4, col: 2, value: 1234.5, style: { numberFormat: "#,##0.00", border: "double-bottom" } },
    { row: 5, col: 2, value: "pay@acme.test", link: "mailto:pay@acme.test" },
    { row: 6, col: 2, value: "Back to index", link: "#'Index'!A1" },
  ],
  columnWidths: [40, 16],
  merges: [{ top: 1, left: 1, bottom: 1, right: 2 }],
  print: { area: "A1:B30", fitToWidth: true, landscape: true, repeatRows: [1, 1] },
  freezeRows: 1,
  tabColor: "00B050",
};

const index: SheetSpec = {
  name: "Index",
  role: "index",
  cells: [
    { row: 1, col: 1, value: "Customer" },
    { row: 2, col: 1, value: "O'Brien & Co", link: "#'O''Brien & Co'!A1" },
  ],
  tables: [{ name: "StatementIndex", top: 1, left: 1, headers: ["Customer", "Closing"], rowCount: 1 }],
  charts: [{ kind: "column", title: "Aging", categoriesRange: "A1:A2", valuesRange: "B1:B2", seriesName: "Open", top: 5, left: 1, widthCols: 6, heightRows: 12 }],
};

describe.each([
  ["writeSpecsToBytes (in memory, browser)", writeSpecsToBytes],
  ["writeSpecsStreaming (Node streaming writer)", writeSpecsStreaming],
  ["writeSpecsPackage (streaming package writer, no ExcelJS)", writeSpecsPackage],
] as const)("%s", (_name, write) => {
  let bytes: Uint8Array;
  let wb: ExcelJS.Workbook;
  beforeAll(async () => {
    bytes = await write([statement, index], { created: new Date(Date.UTC(2026, 10, 1)) });
    wb = await loadWithExcelJs(bytes);
  });

  it("writes formula-looking text as string cells, never formulas", () => {
    const ws = wb.getWorksheet("O'Brien & Co")!;
    INJECTIONS.forEach((text, i) => {
      const cell = ws.getCell(2 + i, 1);
      expect(cell.type).toBe(ExcelJS.ValueType.String);
      expect(cell.value).toBe(text);
      expect(cell.formula).toBeFalsy();
    });
  });

  it("writes dates as serial numbers with a date format", () => {
    const ws = wb.getWorksheet("O'Brien & Co")!;
    expect(ws.getCell("B2").numFmt).toBe("yyyy-mm-dd");
    expect(ws.getCell("B3").numFmt).toBe("dd/mm/yyyy");
    // ExcelJS shows date-formatted serials as UTC dates
    expect((ws.getCell("B2").value as Date).toISOString()).toBe("2025-10-31T00:00:00.000Z");
    expect(serialOfDay(20392)).toBe(45961);
    expect(contentOf(bytes).blocks.find((b) => b.sheet === "O'Brien & Co")!.rows[0][1]).toBe(45961);
  });

  it("writes styles, widths, merges, freeze panes, page setup and tab colour", () => {
    const ws = wb.getWorksheet("O'Brien & Co")!;
    const a1 = ws.getCell("A1");
    expect(a1.font).toMatchObject({ bold: true, size: 14, color: { argb: "FF1F4E79" } });
    expect(a1.fill).toMatchObject({ type: "pattern", pattern: "solid", fgColor: { argb: "FFDDEBF7" } });
    expect(a1.alignment).toMatchObject({ horizontal: "center" });
    expect(ws.getCell("B4").border).toMatchObject({ bottom: { style: "double" } });
    expect(ws.getColumn(1).width).toBe(40);
    expect(ws.pageSetup).toMatchObject({ orientation: "landscape", fitToPage: true, fitToWidth: 1, fitToHeight: 0 });
    expect(ws.views[0]).toMatchObject({ state: "frozen", ySplit: 1 });
    expect(ws.properties.tabColor).toEqual({ argb: "FF00B050" });
  });

  it("writes links, tables, print names and markers that read back", async () => {
    const book = await readBack(bytes);
    const s = book.sheets.find((x) => x.name === "O'Brien & Co")!;
    expect(s.cells.B5).toMatchObject({ value: "pay@acme.test", hyperlink: "mailto:pay@acme.test" });
    expect(s.cells.B6).toMatchObject({ value: "Back to index", hyperlink: "#'Index'!A1" });
    expect(s.merges).toEqual(["A1:B1"]);
    expect(s.printArea).toBe("A1:B30");
    const i = book.sheets.find((x) => x.name === "Index")!;
    expect(i.tables).toEqual([{ name: "StatementIndex", ref: "A1:B2" }]);
    expect(i.cells.A2.hyperlink).toBe("#'O''Brien & Co'!A1");
    // header cell the spec left out is filled in from the table
    expect(i.cells.B1.value).toBe("Closing");
    // the chart is a drawing now, no placeholder text under it
    expect(i.cells.A5).toBeUndefined();
    const content = contentOf(bytes);
    expect(content.generated).toEqual([
      { sheet: "O'Brien & Co", role: "statement", markerName: "_ARDesk_statement_1" },
      { sheet: "Index", role: "index", markerName: "_ARDesk_index_2" },
    ]);
    expect(content.definedNames).toContainEqual({ name: "_xlnm.Print_Titles", localSheetId: 0, reference: "'O''Brien & Co'!$1:$1" });
    expect(content.blocks.find((b) => b.tableName === "StatementIndex")?.rows).toEqual([["O'Brien & Co", null]]);
  });

  it("keeps a merged area's text when the cells it covers carry only a style", async () => {
    const header = { bold: true, fill: "D9E1F2" };
    const merged: SheetSpec = {
      name: "Merged",
      role: "statement",
      cells: [
        { row: 1, col: 1, value: "Terms", style: header },
        { row: 1, col: 2, value: null, style: header },
        { row: 1, col: 3, value: null, style: header },
      ],
      merges: [{ top: 1, left: 1, bottom: 1, right: 3 }],
    };
    const book = await loadWithExcelJs(await write([merged]));
    expect(book.getWorksheet("Merged")!.getCell("A1").value).toBe("Terms");
  });

  it("rejects invalid and duplicate sheet names with a clear message", async () => {
    await expect(write([{ ...index, name: "a/b" }])).rejects.toThrow(WorkbookWriteError);
    await expect(write([index, { ...index, name: "INDEX" }])).rejects.toThrow('ARDesk writer: two sheets named "INDEX"');
  });
});

describe("writeSpecsStreaming at scale", () => {
  it("writes 2,000 statement sheets and reports progress", async () => {
    const specs: SheetSpec[] = Array.from({ length: 2000 }, (_, i) => ({
      name: `C${i + 1}`,
      role: "statement" as const,
      cells: Array.from({ length: 30 }, (_r, r) => ({ row: r + 1, col: 1 + (r % 5), value: r % 2 ? r * 1.5 : `line ${r}` })),
      print: { area: "A1:E30", fitToWidth: true, repeatRows: [1, 2] as const },
    }));
    let last = 0;
    const bytes = await writeSpecsStreaming(specs, { onProgress: (done) => (last = done) });
    expect(last).toBe(2000);
    const content = contentOf(bytes);
    expect(content.sheets).toHaveLength(2000);
    expect(content.generated).toHaveLength(2000);
  });
});
