/**
 * The streaming package writer against the ExcelJS writer, on real month-end statements of a
 * generated ledger (plus the AR summary as `ar-desk report --out` writes it, with its table and
 * charts): both packages are read back with
 * ExcelJS and with our own reader, and must agree cell by cell on what a clerk sees (values,
 * number formats, fonts, fills, borders, alignment), merges, widths, print setup, links, tables
 * and markers. Every XML part must parse.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import * as path from "node:path";
import type ExcelJS from "exceljs";
import { unzipSync, strFromU8 } from "fflate";
import { SaxesParser } from "saxes";
import { generateLedger } from "../../../../../src/sample";
import { writeLedgerXlsx } from "../../../../../src/sample/writeXlsx";
import { readWorkbookFile } from "../../../../../src/workbook/xlsx/node";
import { openSession } from "../../../../../src/flows/session";
import { planStatements, statementsJob } from "../../../../../src/flows/statements";
import { statementPeriod } from "../../../../../src/flows/period";
import { reportJob } from "../../../../../src/flows/report";
import { remindersJob } from "../../../../../src/flows/reminders";
import type { SheetSpec } from "../../../../../src/workbook/spec";
import { writeSpecsToBytes } from "../../../../../src/workbook/xlsx/write";
import { streamSpecsPackage, writeSpecsPackage } from "../../../../../src/workbook/xlsx/write/package/writePackage";
import { nodeDeflate } from "../../../../../src/workbook/xlsx/write/package/nodeDeflate";
import { contentOf } from "../../../../../src/workbook/xlsx/xlsxWorkbook";
import { loadWithExcelJs } from "../../../_fixtures/excelJsWorkbook";
import { readBack } from "../../../_fixtures/readBack";

const created = new Date(Date.UTC(2026, 10, 1));
let specs: SheetSpec[];
let plannedSheetCount: number;
let extraSheets: { report: number; reminders: number; letters: number };
let reference: ExcelJS.Workbook;
let streamed: ExcelJS.Workbook;
let referenceBytes: Uint8Array;
let streamedBytes: Uint8Array;

beforeAll(async () => {
  const dir = mkdtempSync(path.join(tmpdir(), "ar-desk-package-"));
  try {
    const file = path.join(dir, "ledger.xlsx");
    await writeLedgerXlsx(file, generateLedger({ customers: 30, asOf: "2026-10-31", seed: 11 }), { asTables: true, streaming: false });
    const content = await readWorkbookFile(file);
    const session = openSession(content.blocks, { generatedSheets: new Set(content.generatedSheets) });
    const period = statementPeriod({ month: "2026-10" }, 0 as Parameters<typeof statementPeriod>[1]);
    const plan = planStatements(session, period);
    plannedSheetCount = plan.sheetCount;
    const run = statementsJob(session, period);
    // and what `ar-desk report --out` and `reminders` write: the summary, the reminders list
    // and the dunning log (every customer here has an email address: no letters)
    const reminders = remindersJob(session, period.end);
    extraSheets = { report: 1, reminders: reminders.sheets.length, letters: reminders.letters.length };
    specs = [...run.sheets, reportJob(session, period.end).sheet, ...reminders.sheets, ...reminders.letters];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  referenceBytes = await writeSpecsToBytes(specs, { created });
  streamedBytes = await writeSpecsPackage(specs, { created });
  reference = await loadWithExcelJs(referenceBytes);
  streamed = await loadWithExcelJs(streamedBytes);
}, 60_000);

/** What a clerk sees of a font: ExcelJS's writer leaves defaults out, ours writes them. */
function font(f: Partial<ExcelJS.Font> | undefined) {
  return { bold: !!f?.bold, italic: !!f?.italic, underline: !!f?.underline, size: f?.size ?? 11, color: f?.color?.argb ?? "default" };
}

function look(cell: ExcelJS.Cell) {
  const fill = cell.fill as ExcelJS.FillPattern | undefined;
  const a = cell.alignment ?? {};
  const border = (side: Partial<ExcelJS.Border> | undefined) => side?.style ?? "none";
  return {
    value: cell.value,
    numFmt: cell.numFmt ?? "General",
    font: font(cell.font),
    fill: fill?.pattern === "solid" ? fill.fgColor?.argb : "none",
    border: [border(cell.border?.top), border(cell.border?.left), border(cell.border?.bottom), border(cell.border?.right)],
    alignment: { horizontal: a.horizontal ?? "general", vertical: a.vertical ?? "bottom", wrap: !!a.wrapText },
  };
}

function everyCell(ws: ExcelJS.Worksheet): Map<string, ExcelJS.Cell> {
  const cells = new Map<string, ExcelJS.Cell>();
  // cells covered by a merge (ExcelJS type Merge = 1) show the first cell's content, not their own
  ws.eachRow({ includeEmpty: false }, (row) => row.eachCell({ includeEmpty: false }, (cell) => void (cell.type !== 1 && cells.set(cell.address, cell))));
  return cells;
}

it("lays out a statement plan lazily with the sheets statementsJob returns", () => {
  expect(specs.length - extraSheets.report - extraSheets.reminders - extraSheets.letters).toBe(plannedSheetCount);
  expect(extraSheets).toEqual({ report: 1, reminders: 2, letters: 0 });
  expect(specs.filter((s) => s.role === "statement").length).toBeGreaterThan(20);
});

it("writes the same sheets, in the same order, as the ExcelJS writer", () => {
  expect(streamed.worksheets.map((w) => w.name)).toEqual(specs.map((s) => s.name));
  expect(reference.worksheets.map((w) => w.name)).toEqual(specs.map((s) => s.name));
});

/** The value a cell should read back as: text as text, dates as ExcelJS's UTC dates, formulas with results. */
function expectedValue(value: SheetSpec["cells"][number]["value"]): unknown {
  if (value === null || value === "") return undefined; // nothing to read back
  if (typeof value !== "object") return value;
  // days since 1970-01-01 are ExcelJS's date-formatted serials, shown as UTC dates
  if ("date" in value) return new Date(value.date * 86_400_000);
  return value.result === undefined ? { formula: value.formula } : { formula: value.formula, result: value.result };
}

it("holds every spec cell, value for value (text stays text, dates are serials)", () => {
  let compared = 0;
  for (const spec of specs) {
    const mine = everyCell(streamed.getWorksheet(spec.name)!);
    const wanted = new Map(spec.cells.filter((c) => expectedValue(c.value) !== undefined).map((c) => [streamed.getWorksheet(spec.name)!.getCell(c.row, c.col).address, c]));
    for (const [address, c] of wanted) {
      const cell = mine.get(address);
      const got = cell?.value;
      const value = c.link && !c.link.startsWith("#") ? (got as { text?: string } | undefined)?.text : got;
      expect({ sheet: spec.name, address, value }).toEqual({ sheet: spec.name, address, value: expectedValue(c.value) });
      // ExcelJS's ValueType: String (3), or Hyperlink (5) whose text was compared above
      if (typeof c.value === "string") expect({ sheet: spec.name, address, type: cell!.type === 3 || cell!.type === 5 ? "text" : cell!.type }).toEqual({ sheet: spec.name, address, type: "text" });
      compared++;
    }
    // nothing more than the spec (and table headers) holds
    const headers = new Set((spec.tables ?? []).flatMap((t) => t.headers.map((_h, i) => streamed.getWorksheet(spec.name)!.getCell(t.top, t.left + i).address)));
    for (const address of mine.keys()) expect({ sheet: spec.name, address, known: wanted.has(address) || headers.has(address) }).toEqual({ sheet: spec.name, address, known: true });
  }
  expect(compared).toBeGreaterThan(1000);
});

it("looks like the ExcelJS writer's cells: formats, fonts, fills, borders, alignment", () => {
  let compared = 0;
  for (const spec of specs) {
    const mine = everyCell(streamed.getWorksheet(spec.name)!);
    const theirs = reference.getWorksheet(spec.name)!;
    for (const [address, cell] of mine) {
      const { value: _mine, ...myLook } = look(cell);
      const { value: _theirs, ...theirLook } = look(theirs.getCell(address));
      expect({ sheet: spec.name, address, ...myLook }).toEqual({ sheet: spec.name, address, ...theirLook });
      compared++;
    }
  }
  expect(compared).toBeGreaterThan(1000);
});

it("keeps merges, widths, frozen rows, page setup and print names", () => {
  for (const spec of specs) {
    const mine = streamed.getWorksheet(spec.name)!;
    const theirs = reference.getWorksheet(spec.name)!;
    expect(Object.keys((mine as unknown as { _merges: object })._merges).sort()).toEqual(Object.keys((theirs as unknown as { _merges: object })._merges).sort());
    (spec.columnWidths ?? []).forEach((w, i) => expect(mine.getColumn(i + 1).width).toBe(w));
    const pick = (p: Partial<ExcelJS.PageSetup>) => ({ orientation: p.orientation ?? "portrait", fitToPage: !!p.fitToPage, fitToWidth: p.fitToPage ? p.fitToWidth : undefined, fitToHeight: p.fitToPage ? p.fitToHeight : undefined });
    expect(pick(mine.pageSetup)).toEqual(pick(theirs.pageSetup));
    expect((mine.views ?? []).map((v) => v.state ?? "normal").filter((st) => st !== "normal")).toEqual((theirs.views ?? []).map((v) => v.state ?? "normal").filter((st) => st !== "normal"));
  }
  const names = (bytes: Uint8Array) => contentOf(bytes).definedNames;
  expect(names(streamedBytes)).toEqual(names(referenceBytes));
});

it("reads back through our reader like the ExcelJS writer's package: tables, links, markers", async () => {
  const mine = contentOf(streamedBytes);
  const theirs = contentOf(referenceBytes);
  expect(mine.generated).toEqual(theirs.generated);
  expect(mine.blocks).toEqual(theirs.blocks);
  const links = (book: Awaited<ReturnType<typeof readBack>>) =>
    book.sheets.map((s) => ({ name: s.name, tables: s.tables, links: Object.entries(s.cells).filter(([, c]) => c.hyperlink).map(([a, c]) => [a, c.hyperlink]) }));
  expect(links(await readBack(streamedBytes))).toEqual(links(await readBack(referenceBytes)));
  expect((await readBack(streamedBytes)).sheets.find((s) => s.name === "Index")!.tables).toEqual([expect.objectContaining({ name: "StatementIndex" })]);
});

it("writes only XML that parses, with a content type for every part", () => {
  const files = unzipSync(streamedBytes);
  const types = strFromU8(files["[Content_Types].xml"]);
  for (const [name, data] of Object.entries(files)) {
    const parser = new SaxesParser({ xmlns: true });
    let error: Error | undefined;
    parser.on("error", (e) => (error ??= e));
    parser.write(strFromU8(data)).close();
    expect({ name, error: error?.message }).toEqual({ name, error: undefined });
    if (name.endsWith(".xml") && !name.startsWith("[")) expect(types).toContain(`PartName="/${name}"`);
  }
  expect(Object.keys(files)).toContain("xl/charts/chart1.xml");
});

it("cleans XML-illegal characters and keeps formula-looking text as text", async () => {
  const spec: SheetSpec = {
    name: "C9 Bad \uFFFF name".replace("\uFFFF", ""),
    role: "statement",
    cells: [
      { row: 1, col: 1, value: "A\u0001B\uFFFE<&>" },
      { row: 2, col: 1, value: '=HYPERLINK("http://x","y")' },
      { row: 3, col: 1, value: "mail", link: "mailto:a@b.test?subject=x&body=\u0002" },
    ],
  };
  const wb = await loadWithExcelJs(await writeSpecsPackage([spec]));
  const ws = wb.getWorksheet(spec.name)!;
  expect(ws.getCell("A1").value).toBe("AB\uFFFD<&>");
  expect(ws.getCell("A2").value).toBe('=HYPERLINK("http://x","y")');
  expect(ws.getCell("A2").formula).toBeFalsy();
  expect(ws.getCell("A3").value).toMatchObject({ hyperlink: "mailto:a@b.test?subject=x&body=" });
});

it("refuses to write a workbook without sheets", async () => {
  await expect(writeSpecsPackage([])).rejects.toThrow("ARDesk writer: a workbook needs at least one sheet");
});

it("hands the sink its bytes sheet by sheet, never the whole package at once", async () => {
  // hex noise deflates to about half, so the package is a few MB
  let seed = 1;
  const noise = () => Array.from({ length: 6 }, () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) >>> 0).toString(16)).join("");
  const many: SheetSpec[] = Array.from({ length: 300 }, (_, i) => ({
    name: `C${i + 1}`,
    role: "statement",
    cells: Array.from({ length: 200 }, (_r, r) => ({ row: r + 1, col: 1, value: noise() })),
  }));
  const chunks: number[] = [];
  const progress: number[] = [];
  await streamSpecsPackage(many, (chunk) => void chunks.push(chunk.length), { onProgress: (done) => progress.push(done), total: many.length });
  expect(progress.at(-1)).toBe(300);
  expect(chunks.length).toBeGreaterThan(3);
  const total = chunks.reduce((a, b) => a + b, 0);
  expect(Math.max(...chunks)).toBeLessThan(total / 2);
});

describe("with Node's zlib as the compressor (as ar-desk statements writes)", () => {
  it("writes the same parts, byte for byte once inflated, as with fflate's deflate", async () => {
    const native = await writeSpecsPackage(specs, { created, deflate: nodeDeflate() });
    const a = unzipSync(native);
    const b = unzipSync(streamedBytes);
    expect(Object.keys(a)).toEqual(Object.keys(b));
    for (const name of Object.keys(b)) expect({ name, same: Buffer.from(a[name]).equals(Buffer.from(b[name])) }).toEqual({ name, same: true });
  });

  it("joins many separately deflated pieces of one part into a stream ExcelJS reads back", async () => {
    // 3,000 rows of 100 characters: the sheet part is several 64 KB pieces
    const big: SheetSpec = { name: "Big", role: "index", cells: Array.from({ length: 3000 }, (_, r) => ({ row: r + 1, col: 1, value: `${r}:${"y".repeat(96)}` })) };
    const wb = await loadWithExcelJs(await writeSpecsPackage([big], { deflate: nodeDeflate() }));
    const ws = wb.getWorksheet("Big")!;
    expect(ws.rowCount).toBe(3000);
    expect(ws.getCell(2999, 1).value).toBe(`2998:${"y".repeat(96)}`);
  });
});
