/**
 * Merged cells read in Excel (office/mergedCells.ts): a 台账 with merged cells read through the
 * Excel fake gives the blocks, and so the ledger, that the .xlsx reader gives for the same sheet;
 * an Excel that cannot list merged areas reads as before and says so once; the read's syncs stay
 * as pinned (2).
 */
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import * as path from "node:path";
import { openLedger } from "../../../src/flows/openLedger";
import { dataIssueReason } from "../../../src/workbook/xlsx/read/readReasons";
import { OfficeWorkbookPort } from "../../../src/workbook/office/officeWorkbook";
import { canListMerges, mergeBands, mergedAreasListed, mergedAreasOfBands } from "../../../src/workbook/office/mergedCells";
import { parseAreasAddress } from "../../../src/workbook/office/a1";
import type { SourceBlock, WorkbookSnapshot } from "../../../src/workbook/port";
import { XlsxWorkbook } from "../../../src/workbook/xlsx/xlsxWorkbook";
import { MAX_LISTED_MERGES, WorkbookState, createFakeExcel, type FakeExcel } from "../../fakes/excel";
import { SIXTH_PASS } from "../../ledgers/corpusSixth";
import type { CorpusLedger } from "../../ledgers/corpus";
import { writeWorkbook } from "../../ledgers/_lib/sheets";

/** A corpus sheet's cells in the fake, as Excel holds them: dates as serials with a date format, merges merged. */
function stateOf(ledger: CorpusLedger): WorkbookState {
  const state = new WorkbookState();
  for (const sheet of ledger.sheets) {
    state.addSheet(sheet.name);
    state.putValues(
      sheet.name,
      "A1",
      sheet.rows.map((row) =>
        row.map((cell) => {
          if (cell instanceof Date) return { value: cell.getTime() / 86_400_000 + 25_569, numberFormat: sheet.dateFormat ?? "yyyy-mm-dd" };
          if (cell !== null && typeof cell === "object") throw new Error("no formula cells in these ledgers");
          return cell === "" ? null : cell;
        }),
      ),
    );
    for (const ref of sheet.merges ?? []) state.putMerge(sheet.name, ref);
  }
  return state;
}

function portOn(fake: FakeExcel, requirements: "office" | "none" = "office"): OfficeWorkbookPort {
  return new OfficeWorkbookPort({
    run: (runOptions, batch) => fake.Excel.run(runOptions, batch as never),
    ...(requirements === "office" ? { requirements: fake.Office.context.requirements } : {}),
  });
}

/** Blocks with their merges in sheet order: Excel and the file may list them in different orders, and the engine takes them as a set. */
const inOrder = (blocks: readonly SourceBlock[]) =>
  blocks.map((b) => (b.merges ? { ...b, merges: [...b.merges].sort((x, y) => x.row - y.row || x.col - y.col) } : b));

const ledgerOf = (read: WorkbookSnapshot) => openLedger({ blocks: read.blocks, generatedSheets: new Set(), readIssues: read.readIssues ?? [] });

/**
 * A year's 台账 of 320 customers, 客户名称 merged down over each one's two invoices: 320 merged
 * areas of names and 320 of the 到期日 they share, more than one listing gives.
 */
const bigTaizhang: CorpusLedger = (() => {
  const rows: (string | number | Date | null)[][] = [["客户名称", "发票号", "开票日期", "到期日", "金额"]];
  const merges: string[] = [];
  for (let c = 0; c < 320; c++) {
    const first = rows.length + 1;
    const day = new Date(Date.UTC(2026, c % 10, 1 + (c % 27)));
    const due = new Date(day.getTime() + 30 * 86_400_000);
    rows.push([`客户${String(c + 1).padStart(3, "0")}有限公司`, `F${c}-1`, day, due, 1000 + c]);
    rows.push([null, `F${c}-2`, day, null, 500 + c]);
    merges.push(`A${first}:A${first + 1}`, `D${first}:D${first + 1}`);
  }
  return { file: "big-taizhang.xlsx", shape: "320 customers merged", asOf: "2026-10-31", month: "2026-10", sheets: [{ name: "台账", rows, merges }], expected: [] };
})();

let dir: string;
const xlsxReads = new Map<string, WorkbookSnapshot>();

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), "ar-office-merges-"));
  for (const ledger of [...SIXTH_PASS, bigTaizhang]) {
    const file = path.join(dir, ledger.file);
    await writeWorkbook(file, ledger.sheets);
    xlsxReads.set(ledger.file, await new XlsxWorkbook(new Uint8Array(readFileSync(file)), { fileName: ledger.file }).readWorkbook());
  }
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe.each(SIXTH_PASS.map((ledger) => [ledger.file, ledger] as const))("%s in Excel", (file, ledger) => {
  it("reads the same blocks, merges included, and the same ledger as the .xlsx reader, in 2 syncs", async () => {
    const fake = createFakeExcel(stateOf(ledger));
    const read = await portOn(fake).readWorkbook();
    expect(fake.stats.syncs).toHaveLength(2);
    const fromFile = xlsxReads.get(file)!;
    expect(read.blocks.some((b) => (b.merges ?? []).length > 0)).toBe(true);
    expect(inOrder(read.blocks)).toEqual(inOrder(fromFile.blocks));
    expect(read.readIssues).toBeUndefined();
    const inExcel = ledgerOf(read);
    const inFile = ledgerOf(fromFile);
    expect(inExcel.ledger).toEqual(inFile.ledger);
    expect(inExcel.issues).toEqual(inFile.issues);
  });

  it("in an Excel without ExcelApi 1.13: reads as before (no merges asked), in 2 syncs, and says so once", async () => {
    const fake = createFakeExcel(stateOf(ledger));
    fake.state.excelApi = "1.12";
    const read = await portOn(fake).readWorkbook();
    expect(fake.stats.syncs).toHaveLength(2);
    for (const block of read.blocks) expect(block.merges).toBeUndefined();
    expect(read.readIssues).toHaveLength(1);
    const [note] = read.readIssues!;
    expect(note).toMatchObject({ severity: "info", sheet: ledger.sheets.map((s) => s.name).join(", "), row: 0, code: "mergesNotRead" });
    expect(note.reason).toMatch(/^merged cells not read in this Excel: it lacks ExcelApi 1\.13 /);
    expect(dataIssueReason(note, "zh")).toMatch(/^此版本 Excel 中未读取合并单元格：缺少 ExcelApi 1\.13/);
    // The same cells as the file's, without the merges: what the clerk got before.
    expect(read.blocks).toEqual(xlsxReads.get(file)!.blocks.map(({ merges: _merges, ...block }) => block));
  });
});

describe("merged cells in Excel: failures", () => {
  const taizhang = SIXTH_PASS[0];

  it("without the merges, rows under a merged customer read as having none (what the listing fixes)", async () => {
    const fake = createFakeExcel(stateOf(taizhang));
    fake.state.excelApi = "1.12";
    const without = ledgerOf(await portOn(fake).readWorkbook());
    const withMerges = ledgerOf(await portOn(createFakeExcel(stateOf(taizhang))).readWorkbook());
    const errors = (issues: readonly { severity: string }[]) => issues.filter((i) => i.severity === "error").length;
    expect(errors(without.issues)).toBeGreaterThan(0);
    expect(errors(withMerges.issues)).toBe(0);
    expect(without.issues.some((i) => i.code === "mergesNotRead")).toBe(true);
  });

  it("without a requirement check, tries the listing; Excel failing it costs 1 sync more and the note", async () => {
    const fake = createFakeExcel(stateOf(taizhang));
    fake.state.excelApi = "1.12";
    const read = await portOn(fake, "none").readWorkbook();
    expect(fake.stats.syncs).toHaveLength(3);
    expect(read.readIssues).toEqual([expect.objectContaining({ code: "mergesNotRead", params: expect.objectContaining({ why: "failed" }) })]);
    expect(read.readIssues![0].reason).toMatch(/^merged cells not read in this Excel: Excel did not list them \(The API you are trying to use could not be found/);
    expect(read.blocks).toEqual(xlsxReads.get(taizhang.file)!.blocks.map(({ merges: _merges, ...block }) => block));
  });

  it(`reads a 台账 of more than ${MAX_LISTED_MERGES} merged areas as the file reads it: once more without them, then in bands (2 syncs more)`, async () => {
    const fake = createFakeExcel(stateOf(bigTaizhang));
    const read = await portOn(fake).readWorkbook();
    expect(fake.stats.syncs).toHaveLength(4);
    expect(bigTaizhang.sheets[0].merges!.length).toBeGreaterThan(MAX_LISTED_MERGES);
    expect(read.readIssues).toBeUndefined();
    expect(inOrder(read.blocks)).toEqual(inOrder(xlsxReads.get(bigTaizhang.file)!.blocks));
    expect(ledgerOf(read).ledger).toEqual(ledgerOf(xlsxReads.get(bigTaizhang.file)!).ledger);
  });

  it("reads as before, with the note once, when Excel fails the bands too", async () => {
    const state = stateOf(bigTaizhang);
    state.putValues("Notes", "A1", [["备注"]]);
    const fake = createFakeExcel(state);
    fake.failSync({ sync: 4 });
    const read = await portOn(fake).readWorkbook();
    expect(fake.stats.syncs).toHaveLength(4);
    expect(read.readIssues).toHaveLength(1);
    expect(read.readIssues![0]).toMatchObject({ sheet: "台账, Notes", params: { why: "failed" } });
    expect(read.readIssues![0].reason).toContain(`more than ${MAX_LISTED_MERGES}`);
    for (const block of read.blocks) expect(block.merges).toBeUndefined();
  });

  it("fails the read as before when Excel fails it again without the listing", async () => {
    const fake = createFakeExcel(stateOf(taizhang));
    fake.failSync({ sync: 2, code: "GeneralException", message: "first" });
    fake.failSync({ sync: 3, code: "GeneralException", message: "second" });
    await expect(portOn(fake).readWorkbook()).rejects.toThrow(/second/);
  });

  it("lists the merges with the addresses when Excel refuses the whole response (the slices path)", async () => {
    const fake = createFakeExcel(stateOf(taizhang));
    fake.failSync({ sync: 2, code: "ResponsePayloadSizeLimitExceeded" });
    const read = await portOn(fake).readWorkbook();
    expect(inOrder(read.blocks)).toEqual(inOrder(xlsxReads.get(taizhang.file)!.blocks));
    expect(read.readIssues).toBeUndefined();
  });

  it("says nothing when the clerk's sheets hold nothing to read", async () => {
    const state = new WorkbookState();
    state.addSheet("Sheet1");
    state.excelApi = "1.12";
    const read = await portOn(createFakeExcel(state)).readWorkbook();
    expect(read.blocks).toEqual([]);
    expect(read.readIssues).toBeUndefined();
  });
});

describe("mergeBands", () => {
  it(`cuts A1 to the last used cell into bands of at most ${MAX_LISTED_MERGES} cells, whole rows`, () => {
    // 512 / 10 columns = 51 rows a band: 300 rows are 5 bands of 51 and one of 45.
    const bands = mergeBands(300, 10);
    expect(bands.map((b) => [b.top, b.bottom])).toEqual([[1, 51], [52, 102], [103, 153], [154, 204], [205, 255], [256, 300]]);
    for (const b of bands) expect({ left: b.left, right: b.right }).toEqual({ left: 1, right: 10 });
    expect(mergeBands(3, 600)).toEqual([1, 2, 3].map((r) => ({ top: r, left: 1, bottom: r, right: 600 })));
    expect(mergeBands(1, 1)).toEqual([{ top: 1, left: 1, bottom: 1, right: 1 }]);
  });

  it("counts an area listed by two bands once", () => {
    const listing = (address: string) => ({ isNullObject: false, address }) as Excel.RangeAreas;
    expect(mergedAreasOfBands([listing("S!A50:A53,S!B1:C1"), listing("S!A50:A53"), { isNullObject: true } as Excel.RangeAreas])).toEqual([
      { row: 50, col: 1, rows: 4, cols: 1 },
      { row: 1, col: 2, rows: 1, cols: 2 },
    ]);
  });
});

describe("canListMerges", () => {
  it("asks Office for ExcelApi 1.13; a check that throws is a no", () => {
    const asked: string[] = [];
    expect(canListMerges({ isSetSupported: (name, version) => (asked.push(`${name} ${version}`), true) })).toBe(true);
    expect(asked).toEqual(["ExcelApi 1.13"]);
    expect(canListMerges({ isSetSupported: () => false })).toBe(false);
    expect(
      canListMerges({
        isSetSupported: () => {
          throw new Error("no requirements here");
        },
      }),
    ).toBe(false);
  });
});

describe("mergedAreasListed / parseAreasAddress", () => {
  it("reads a RangeAreas address into areas in sheet positions, single cells left out", () => {
    const listing = { isNullObject: false, address: "'a, b''s'!A2:A4, 'a, b''s'!D1:E1,'a, b''s'!F9" } as Excel.RangeAreas;
    expect(mergedAreasListed(listing)).toEqual([
      { row: 2, col: 1, rows: 3, cols: 1 },
      { row: 1, col: 4, rows: 1, cols: 2 },
    ]);
    expect(parseAreasAddress("Sheet1!A1:B4, Sheet1!D1:D4").map((a) => a.sheet)).toEqual(["Sheet1", "Sheet1"]);
    expect(mergedAreasListed({ isNullObject: true } as Excel.RangeAreas)).toEqual([]);
  });
});

