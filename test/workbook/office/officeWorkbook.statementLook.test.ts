/**
 * What the clerk sees on statement sheets written through OfficeWorkbookPort (on the Excel fake)
 * is what their SheetSpecs say, cell by cell: values, number formats, fonts, fills, alignment,
 * borders, merged areas, column widths and print setup. The expected look is derived here from
 * the spec with this file's own small mapping (not the writer's), so a compaction of the write
 * requests (merge-across, property blocks, formats copied from an earlier statement) cannot
 * change the sheets unnoticed.
 */
import { monthPeriod, parseMonth } from "../../../src/core/dates";
import { openSession } from "../../../src/flows/session";
import { statementsJob } from "../../../src/flows/statements";
import { generateLedger } from "../../../src/sample";
import type { CellSpec, CellStyle, SheetSpec } from "../../../src/workbook/spec";
import { OfficeWorkbookPort } from "../../../src/workbook/office/officeWorkbook";
import type { RawCell } from "../../../src/workbook/port";
import { WorkbookState, createFakeExcel, type CellState } from "../../fakes/excel";
import { FakeRange } from "../../fakes/excel/range";

const COLS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
const a1 = (row: number, col: number) => `${COLS[col - 1]}${row}`;

function clerkBook(customers: number): WorkbookState {
  const ledger = generateLedger({ customers, invoicesPerCustomer: 6, asOf: "2026-10-31", seed: 4242 });
  const state = new WorkbookState();
  for (const [name, rows] of [["Customers", ledger.customers], ["Invoices", ledger.invoices], ["Payments", ledger.payments]] as [string, RawCell[][]][]) {
    state.putValues(name, "A1", rows);
    state.putTable(name, name, `A1:${COLS[rows[0].length - 1]}${rows.length}`);
  }
  return state;
}

/** The look a spec style asks for, in the fake's terms (Excel's defaults left out). */
function expectedLook(style: CellStyle | undefined): Partial<CellState> {
  if (!style) return {};
  const hAlign = { left: "Left", center: "Center", right: "Right" } as const;
  const vAlign = { top: "Top", middle: "Center", bottom: "Bottom" } as const;
  const thin = { style: "Continuous", weight: "Thin" };
  const borders = {
    "thin-bottom": { EdgeBottom: thin },
    "thin-top": { EdgeTop: thin },
    "thin-box": { EdgeTop: thin, EdgeBottom: thin, EdgeLeft: thin, EdgeRight: thin },
    "double-bottom": { EdgeBottom: { style: "Double" } },
  } as const;
  return {
    ...(style.bold !== undefined ? { bold: style.bold } : {}),
    ...(style.italic !== undefined ? { italic: style.italic } : {}),
    ...(style.size !== undefined ? { size: style.size } : {}),
    ...(style.color ? { color: `#${style.color}` } : {}),
    ...(style.fill ? { fill: `#${style.fill}` } : {}),
    ...(style.align ? { hAlign: hAlign[style.align] } : {}),
    ...(style.valign ? { vAlign: vAlign[style.valign] } : {}),
    ...(style.wrap !== undefined ? { wrap: style.wrap } : {}),
    ...(style.border ? { borders: borders[style.border] } : {}),
  };
}

const LOOK_KEYS = ["bold", "italic", "size", "color", "fill", "hAlign", "vAlign", "wrap", "borders"] as const;
const lookOf = (cell: CellState | undefined): Partial<CellState> =>
  Object.fromEntries(LOOK_KEYS.filter((k) => cell?.[k] !== undefined).map((k) => [k, cell![k]]));

/** The value the cell holds, as the spec says it: text as text, dates as 1900 serials, formulas with "=". */
function expectedContent(c: CellSpec): Partial<CellState> {
  const v = c.value;
  if (v === null) return {};
  if (typeof v === "string") return v === "" ? {} : { value: v };
  if (typeof v === "number" || typeof v === "boolean") return { value: v };
  if ("date" in v) return { value: v.date + 25569 };
  return { formula: `=${v.formula}` };
}

function checkSheet(spec: SheetSpec, state: WorkbookState, name: string): void {
  const sheet = state.sheet(name)!;
  const inSpec = new Set<string>();
  for (const c of spec.cells) {
    const key = a1(c.row, c.col);
    inSpec.add(key);
    const cell = sheet.cell(c.row, c.col);
    const merged = (spec.merges ?? []).some((m) => c.row >= m.top && c.row <= m.bottom && c.col >= m.left && c.col <= m.right && (c.row !== m.top || c.col !== m.left));
    if (!merged) {
      const content = expectedContent(c);
      expect([key, cell?.value ?? null, cell?.formula ?? null]).toEqual([key, content.value ?? null, content.formula ?? null]);
    }
    expect([key, lookOf(cell)]).toEqual([key, expectedLook(c.style)]);
    const date = typeof c.value === "object" && c.value !== null && "date" in c.value;
    const format = c.style?.numberFormat ?? (date ? "yyyy-mm-dd" : undefined);
    if (format !== undefined) expect([key, cell?.numberFormat]).toEqual([key, format]);
  }
  // Nothing outside the spec's cells is formatted.
  for (const [k, cell] of sheet.cells) {
    const key = a1(Math.floor(k / 16384) + 1, (k % 16384) + 1);
    if (!inSpec.has(key)) expect([key, lookOf(cell)]).toEqual([key, {}]);
  }
  const rect = (m: { top: number; left: number; bottom: number; right: number }) => `${a1(m.top, m.left)}:${a1(m.bottom, m.right)}`;
  expect(sheet.merges.map(rect).sort()).toEqual((spec.merges ?? []).map(rect).sort());
  // Width in points of a width in characters (Excel: pixels = trunc(chars × 7 + 5), 0.75 pt a pixel).
  (spec.columnWidths ?? []).forEach((chars, i) => expect([i + 1, sheet.columnWidths.get(i + 1)]).toEqual([i + 1, Math.trunc(chars * 7 + 5) * 0.75]));
  const p = spec.print!;
  expect(sheet.printArea?.replace(/^.*!/, "").replace(/\$/g, "")).toBe(p.area);
  expect(sheet.printTitleRows).toBe(`$${p.repeatRows![0]}:$${p.repeatRows![1]}`);
  expect(sheet.zoom).toEqual({ horizontalFitToPages: 1 });
  expect(sheet.centerFooter).toBe(p.footer);
}

describe("statements written through Office.js look as their specs say", () => {
  it.each(["balance-forward", "open-item"] as const)("%s statements of 40 customers (English and Chinese)", async (type) => {
    const fake = createFakeExcel(clerkBook(40));
    const port = new OfficeWorkbookPort({ run: (options, batch) => fake.Excel.run(options, batch as never) });
    const { blocks, sheets } = await port.readWorkbook();
    const session = openSession(blocks, { generatedSheets: new Set() });
    const run = statementsJob(session, monthPeriod(parseMonth("2026-10")!), { type, takenSheetNames: sheets.map((s) => s.name) });
    const copies = jest.spyOn(FakeRange.prototype, "copyFrom");
    const names = await port.writeSheets(run.sheets);
    // Formats shared between statements are in play: some are pasted from another sheet.
    expect(copies.mock.calls.filter(([source]) => typeof source === "string" && source.includes("!")).length).toBeGreaterThan(5);
    copies.mockRestore();
    const statements = run.sheets.map((spec, i) => ({ spec, name: names[i] })).filter(({ spec }) => spec.role === "statement");
    expect(statements.length).toBeGreaterThan(20);
    expect(new Set(run.statements.map((s) => s.language))).toEqual(new Set(["en", "zh"]));
    // Merge-across is in play: some statement has merged areas on consecutive rows.
    expect(statements.some(({ spec }) => (spec.merges ?? []).some((m) => (spec.merges ?? []).some((o) => o.top === m.top + 1 && o.left === m.left && o.right === m.right)))).toBe(true);
    for (const { spec, name } of statements) checkSheet(spec, fake.state, name);

    // A re-run replaces them (markers carried over to the new sheets) and they look the same.
    const again = await port.readWorkbook();
    const rerun = statementsJob(openSession(again.blocks, { generatedSheets: new Set(again.sheets.filter((s) => s.generated).map((s) => s.name)) }), monthPeriod(parseMonth("2026-10")!), {
      type,
      takenSheetNames: again.sheets.filter((s) => !s.generated).map((s) => s.name),
    });
    const renamed = await port.writeSheets(rerun.sheets);
    expect(renamed).toEqual(names);
    expect(fake.state.sheets).toHaveLength(3 + names.length);
    rerun.sheets.forEach((spec, i) => spec.role === "statement" && checkSheet(spec, fake.state, renamed[i]));
  });
});
