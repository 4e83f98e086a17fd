/**
 * The pane in Excel on a hand-kept 台账 with merged cells (corpus ledger 76): the rows under a
 * merged customer are that customer's, as in the CLI; an Excel without ExcelApi 1.13 shows the
 * one note, in English and Chinese; a Statements action keeps its pinned syncs.
 */
import { TextDecoder, TextEncoder } from "node:util";
import { dayFromCivil } from "../../../src/core/dates";
import { createExcelServices } from "../../../src/taskpane/services/excel";
import { WorkbookState, createFakeExcel, type FakeExcel } from "../../fakes/excel";
import { SIXTH_PASS } from "../../ledgers/corpusSixth";

Object.assign(globalThis, { TextEncoder, TextDecoder });

const TODAY = dayFromCivil(2026, 11, 15);
const taizhang = SIXTH_PASS[0];

/** Ledger 76's sheet in the fake, as Excel holds it: dates as serials with a date format, merged cells merged. */
function taizhangState(): WorkbookState {
  const state = new WorkbookState();
  const sheet = taizhang.sheets[0];
  state.addSheet(sheet.name);
  state.putValues(
    sheet.name,
    "A1",
    sheet.rows.map((row) => row.map((cell) => (cell instanceof Date ? { value: cell.getTime() / 86_400_000 + 25_569, numberFormat: "yyyy-mm-dd" } : (cell as string | number | null)))),
  );
  for (const ref of sheet.merges ?? []) state.putMerge(sheet.name, ref);
  return state;
}

function setup(excelApi: string): { fake: FakeExcel; services: ReturnType<typeof createExcelServices> } {
  const state = taizhangState();
  state.excelApi = excelApi;
  const fake = createFakeExcel(state);
  const services = createExcelServices({
    run: (runOptions, batch) => fake.Excel.run(runOptions, batch as never),
    port: { requirements: fake.Office.context.requirements },
    platform: "PC",
    today: () => TODAY,
  });
  return { fake, services };
}

describe("the pane in Excel on a 台账 with merged cells", () => {
  it("reads every row under a merged customer as that customer's, and writes its statements in the pinned syncs", async () => {
    const { fake, services } = setup("1.13");
    const analysis = await services.analyze();
    expect(analysis.ready).toBe(true);
    expect(analysis.issues.filter((i) => i.severity === "error")).toEqual([]);
    expect(analysis.issues.some((i) => /merged cells not read/.test(i.reason))).toBe(false);
    fake.resetStats();
    const result = await services.generateStatements({ month: taizhang.month, type: "open-item" });
    // Three customers (KH001 with 3 invoices, KH002 with 2, KH003 with 1), each with its own statement.
    expect(result.sheets.map((s) => s.customerId).sort()).toEqual(["KH001", "KH002", "KH003"]);
    // Read (2) + write (1), as for a ledger without merges.
    expect(fake.stats.syncs).toHaveLength(3);
  });

  it("in an Excel without ExcelApi 1.13: the rows read as before, and the note says why, in English and Chinese", async () => {
    const { services } = setup("1.12");
    const analysis = await services.analyze();
    const notes = analysis.issues.filter((i) => /^merged cells not read in this Excel/.test(i.reason));
    expect(notes).toHaveLength(1);
    expect(notes[0]).toMatchObject({ severity: "info", sheet: "应收台账", row: 0 });
    expect(notes[0].goTo).toBeUndefined();
    expect(notes[0].reasonZh).toMatch(/^此版本 Excel 中未读取合并单元格：缺少 ExcelApi 1\.13/);
    // What the clerk got before: the rows under each customer's first have no customer.
    expect(analysis.issues.filter((i) => i.severity === "error").length).toBeGreaterThan(0);
  });
});
