import { addFormulaColumns, goTo } from "../../../src/workbook/office/actions";
import { OfficeWorkbookError } from "../../../src/workbook/office/officeWorkbook";
import { PAYLOAD_LIMIT_BYTES, WorkbookState, createFakeExcel } from "../../fakes/excel";

/** An Invoices table of `rows` data rows (ID, DueDate). */
function invoices(rows: number): WorkbookState {
  const state = new WorkbookState();
  state.putValues("Invoices", "A1", [["InvoiceNo", "DueDate"], ...Array.from({ length: rows }, (_, i) => [`INV-${i + 1}`, 45961 + (i % 90)])]);
  state.putTable("Invoices", "Invoices", `A1:B${rows + 1}`);
  return state;
}

// The longest formula AR Desk writes is ~260 bytes a row; this one is as long.
const LONG_FORMULA = `=AR.DUNNING_STAGE([@DueDate],${"0+".repeat(110)}0)`;

describe("addFormulaColumns", () => {
  it("writes a 30,000-row formula column in several syncs, each request under Excel on the web's 5 MB", async () => {
    const fake = createFakeExcel(invoices(30000));
    const run = { run: <T,>(options: Excel.RunOptions, batch: (context: Excel.RequestContext) => Promise<T>) => fake.Excel.run(options, batch as never) as Promise<T> };
    await addFormulaColumns(["Invoices"], () => ({ add: [{ table: "Invoices", column: "Stage", wanted: "Stage", formula: LONG_FORMULA }], skipped: [] }), run);
    const sheet = fake.state.sheet("Invoices")!;
    for (const row of [2, 15000, 30001]) expect(sheet.cell(row, 3)?.formula).toBe(LONG_FORMULA);
    expect(sheet.cell(30002, 3)).toBeUndefined();
    // 30,000 × ~240 bytes ≈ 7 MB of formulas: one read sync and at least two write syncs.
    expect(fake.stats.syncs.length).toBeGreaterThanOrEqual(3);
    for (const s of fake.stats.syncs) expect(s.requestBytes).toBeLessThan(PAYLOAD_LIMIT_BYTES);
    expect(fake.stats.runOptions).toEqual([{ delayForCellEdit: true }]);
  });

  it("writes a small column in one sync after the read", async () => {
    const fake = createFakeExcel(invoices(10));
    await addFormulaColumns(["Invoices"], () => ({ add: [{ table: "Invoices", column: "Aging", wanted: "Aging", formula: "=AR.AGING([@DueDate])" }], skipped: [] }), {
      run: (options, batch) => fake.Excel.run(options, batch as never),
    });
    expect(fake.stats.syncs).toHaveLength(2);
    expect(fake.state.sheet("Invoices")!.cell(11, 3)?.formula).toBe("=AR.AGING([@DueDate])");
  });
});

describe("goTo", () => {
  it("waits out cell-edit mode instead of failing", async () => {
    const fake = createFakeExcel(invoices(2));
    fake.state.cellEditMode = true;
    const going = goTo("Invoices!B3", { run: (options, batch) => fake.Excel.run(options, batch as never) });
    await new Promise((resolve) => setTimeout(resolve, 5));
    fake.state.endCellEdit();
    await going;
    expect(fake.state.selection?.rect).toEqual({ top: 3, left: 2, bottom: 3, right: 2 });
  });

  it("names a protected sheet as the reason when Excel refuses", async () => {
    const error = await goTo("A1", {
      run: async () => {
        throw Object.assign(new Error("denied"), { code: "AccessDenied" });
      },
    }).catch((e) => e);
    expect(error).toBeInstanceOf(OfficeWorkbookError);
    expect(error.message).toBe("Could not go to A1: the workbook or sheet is protected. Unprotect it (Review ▸ Protect) and try again.");
    expect(error.in("zh")).toBe("无法转到 A1：工作簿或工作表受保护。请取消保护（审阅 ▸ 保护）后重试。");
  });
});
