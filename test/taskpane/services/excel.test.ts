import { TextDecoder, TextEncoder } from "node:util";
import { unzipSync } from "fflate";
import { dayFromCivil } from "../../../src/core/dates";
import { DEFAULT_SETTINGS } from "../../../src/core/settings";
import { createExcelServices, downloadsWork, NEEDS_TABLES_MESSAGE, NO_DOWNLOADS_MESSAGE } from "../../../src/taskpane/services/excel";
import { PaneError } from "../../../src/taskpane/i18n/paneError";
import { WorkbookState, createFakeExcel, type FakeExcel } from "../../fakes/excel";
import { colLetters } from "../../fakes/excel/a1";
import { clerkBook } from "./_lib/clerkBook";

Object.assign(globalThis, { TextEncoder, TextDecoder });

const TODAY = dayFromCivil(2026, 11, 15);


function setup(state: WorkbookState, platform = "PC"): { fake: FakeExcel; services: ReturnType<typeof createExcelServices> } {
  const fake = createFakeExcel(state);
  const services = createExcelServices({ run: (runOptions, batch) => fake.Excel.run(runOptions, batch as never), platform, today: () => TODAY });
  return { fake, services };
}

/** Every cell of a sheet as "A1=value|formula" strings, to compare before and after. */
function cellsOf(state: WorkbookState, sheet: string): string[] {
  const s = state.sheet(sheet)!;
  return [...s.cells.entries()].map(([k, c]) => `${k}=${JSON.stringify(c.value ?? null)}|${c.formula ?? ""}`).sort();
}

describe("createExcelServices", () => {
  it("analyses the workbook's tables", async () => {
    const { services } = setup(clerkBook(12));
    expect(services.host).toBe("excel");
    const analysis = await services.analyze();
    expect(analysis.ready).toBe(true);
    expect(analysis.asOf).toBe("2026-11-15");
    expect(analysis.tables.map((t) => [t.kind, t.sourceId, t.how])).toEqual([
      ["customers", "Customers", "table-name"],
      ["invoices", "Invoices", "table-name"],
      ["payments", "Payments", "table-name"],
    ]);
    expect(analysis.overview.map((c) => c.currency).sort()).toEqual(expect.arrayContaining(["USD"]));
  });

  it("reports missing tables instead of failing", async () => {
    const state = new WorkbookState();
    state.putValues("Notes", "A1", [["Hello"], ["world"]]);
    const { services } = setup(state);
    const analysis = await services.analyze();
    expect(analysis.ready).toBe(false);
    // Only the invoice list is required: customers can come from its rows (a one-sheet ledger).
    expect(analysis.tables.find((t) => t.kind === "customers")!.missingRequired).toEqual([]);
    expect(analysis.tables.find((t) => t.kind === "invoices")!.missingRequired).toEqual(["InvoiceNo", "CustomerID", "InvoiceDate", "Amount"]);
    await expect(services.generateStatements({ month: "2026-10", type: "open-item" })).rejects.toThrow(/No Invoices table found/);
  });

  it("refuses totals it cannot make exact, naming this workbook (Excel has no file name), in both languages", async () => {
    // 50,000,000,000,000.00 + 45,000,000,000,000.01 = 9,500,000,000,000,001 minor units > 2^53 - 1 = 9,007,199,254,740,991
    const state = new WorkbookState();
    state.putValues("Invoices", "A1", [
      ["Invoice No", "Customer ID", "Invoice Date", "Due Date", "Amount"],
      ["INV-1", "C001", "2026-08-01", "2026-08-31", 50_000_000_000_000],
      ["INV-2", "C001", "2026-08-02", "2026-08-31", 45_000_000_000_000.01],
    ]);
    const { services } = setup(state);
    const refusal = await services.analyze().then(() => undefined, (e: unknown) => e);
    expect(refusal).toBeInstanceOf(PaneError);
    expect((refusal as PaneError).message).toBe(
      "The USD amounts of this workbook add up to more than 90,071,992,547,409.91 (2^53 - 1 minor units), beyond what AR Desk can total exactly; split the ledger",
    );
    expect((refusal as PaneError).in("zh")).toBe("本工作簿的 USD 金额合计超过 90,071,992,547,409.91（2^53 - 1 个最小货币单位），AR Desk 无法精确合计；请拆分台账。");
    await expect(services.previewReminders({ includeUpcoming: false })).rejects.toThrow(/^The USD amounts of this workbook add up to more than/);
  });

  it("writes the statements into the workbook, with an Index table", async () => {
    const { fake, services } = setup(clerkBook(12));
    const result = await services.generateStatements({ month: "2026-10", type: "balance-forward" });
    expect(result.download).toBeUndefined();
    expect(result.indexSheet).toBe("Index");
    expect(result.count).toBeGreaterThan(0);
    for (const s of result.sheets) expect(fake.state.sheet(s.sheet)).toBeDefined();
    expect(fake.state.tables.map((t) => t.name)).toContain("StatementIndex");
    // The clerk's tables are untouched.
    expect(fake.state.tables.filter((t) => ["Customers", "Invoices", "Payments"].includes(t.name))).toHaveLength(3);
  });

  it("writes the Data issues sheet in the pane's language", async () => {
    const book = (): WorkbookState => {
      const state = new WorkbookState();
      state.putValues("Invoices", "A1", [
        ["InvoiceNo", "CustomerID", "InvoiceDate", "DueDate", "Amount"],
        ["INV-1", "C001", "2026-10-01", "2026-10-31", 100],
        ["INV-2", "C001", "someday", "2026-10-31", 50],
      ]);
      return state;
    };
    // INV-2's date on worksheet row 3, column C: the one issue (error, row not read).
    const row = (fake: FakeExcel, r: number) => [1, 2, 3, 4, 5, 6, 7].map((c) => fake.state.sheet("Data issues")!.cell(r, c)?.value ?? null);
    const zh = setup(book());
    await zh.services.generateStatements({ month: "2026-10", type: "open-item", language: "zh" });
    expect(zh.fake.state.sheet("Data issues")!.cell(1, 1)?.value).toBe("数据问题");
    expect(row(zh.fake, 4)).toEqual(["级别", "工作表", "行", "列", "值", "原因", "单元格"]);
    expect(row(zh.fake, 5)).toEqual(["错误", "Invoices", 3, "InvoiceDate", "someday", "开票日期不是日期：该行未读入", "C3"]);
    expect(row(zh.fake, 6)).toEqual([null, null, null, null, null, null, null]);

    const en = setup(book());
    await en.services.generateStatements({ month: "2026-10", type: "open-item" });
    expect(row(en.fake, 4)).toEqual(["Severity", "Sheet", "Row", "Column", "Value", "Reason", "Cell"]);
    expect(row(en.fake, 5)).toEqual(["error", "Invoices", 3, "InvoiceDate", "someday", "InvoiceDate is not a date: row not read", "C3"]);
  });

  it("uses the same number of syncs for 10 and 200 customers (more only as byte chunks under the 5 MB limit)", async () => {
    const runs: { statements: number[]; analyze: number }[] = [];
    for (const n of [10, 100, 200]) {
      const { fake, services } = setup(clerkBook(n));
      await services.generateStatements({ month: "2026-10", type: "open-item" });
      const statements = fake.stats.syncs.map((s) => s.requestBytes);
      fake.resetStats();
      await services.analyze();
      runs.push({ statements, analyze: fake.stats.syncs.length });
    }
    // Reading (the sheet list and the blocks: 2) and analysing never depend on the number of customers.
    expect(runs.map((r) => r.analyze)).toEqual([2, 2, 2]);
    // 10 and 100 customers: 2 reads + 1 write batch (what the read loaded stands in for the write's load).
    expect(runs[0].statements).toHaveLength(3);
    expect(runs[1].statements).toHaveLength(3);
    // 200 fully formatted statements are ~5 MB of requests: the port splits the write by bytes,
    // every request under Excel on the web's limit; the count follows the bytes, not the customers.
    const big = runs[2].statements;
    const writeBytes = big.slice(2).reduce((a, b) => a + b, 0);
    expect(big.length).toBe(2 + Math.ceil(writeBytes / 4_000_000));
    for (const bytes of big) expect(bytes).toBeLessThanOrEqual(4_000_000);
  });

  it("writes the AR Settings sheet's explanation in the pane's language, its keys unchanged and read back", async () => {
    const { fake, services } = setup(clerkBook(8));
    await services.saveSettings({ ...DEFAULT_SETTINGS, defaultCurrency: "CNY" }, "zh");
    const sheet = fake.state.sheet("AR Settings")!;
    expect(String(sheet.cell(2, 1)?.value)).toMatch(/^AR Desk 从本表读取设置。/);
    expect((await services.loadSettings()).defaultCurrency).toBe("CNY");
    await services.saveMapping({}, "en");
    expect(String(fake.state.sheet("AR Settings")!.cell(2, 1)?.value)).toMatch(/^AR Desk reads its settings from this sheet\./);
    await services.saveMapping({}, "zh");
    expect(String(fake.state.sheet("AR Settings")!.cell(2, 1)?.value)).toMatch(/^AR Desk 从本表读取设置。/);
    expect((await services.loadSettings()).defaultCurrency).toBe("CNY");
  });

  it("hands each action's read to its write: a write handed none (Settings saved) looks itself", async () => {
    const { fake, services } = setup(clerkBook(8));
    fake.resetStats();
    await services.saveSettings(DEFAULT_SETTINGS);
    // The write's own look (sheets, markers, protection, date system), then one write request.
    expect(fake.stats.syncs).toHaveLength(2);
    fake.resetStats();
    await services.saveMapping({});
    // Read the settings (2), write them planned from that read (1: the AR Settings sheet it
    // replaces renamed by the id the read saw, no look first), analyse (2).
    expect(fake.stats.syncs).toHaveLength(5);
  });

  it("leaves last month's statements as they were when the write of new ones fails part-way, and says so", async () => {
    const { fake, services } = setup(clerkBook(12));
    const first = await services.generateStatements({ month: "2026-09", type: "open-item" });
    const sheets = fake.state.sheets.map((s) => s.name);
    const before = sheets.map((name) => cellsOf(fake.state, name));
    fake.resetStats();
    // Read (syncs 1-2), then the write's one request (3) fails at its tenth cell block: the new
    // sheets were added and the old ones renamed away by then.
    let values = 0;
    fake.failSync({ sync: 3, at: (op) => op.set === "values" && ++values === 10 });
    const refusal = await services.generateStatements({ month: "2026-10", type: "open-item" }).then(() => undefined, (e: Error) => e);
    expect(refusal?.message).toBe("Could not write the sheets: An internal error has occurred (a request failed on purpose). AR Desk undid what it had done: the workbook is as it was.");
    expect(fake.state.sheets.map((s) => s.name)).toEqual(sheets);
    expect(sheets.map((name) => cellsOf(fake.state, name))).toEqual(before);
    // The next click writes them over last month's, as if nothing had failed: no copies, nothing left behind.
    const again = await services.generateStatements({ month: "2026-10", type: "open-item" });
    expect(again.sheets.map((s) => s.sheet)).toEqual(expect.arrayContaining(first.sheets.map((s) => s.sheet)));
    expect(fake.state.sheets.filter((s) => s.name.startsWith("ARDesk old") || s.name.endsWith(" (2)"))).toEqual([]);
  });

  it("removes the leftovers of a statements run that never finished before the next one writes, and says which", async () => {
    const fake = createFakeExcel(clerkBook(12));
    const services = createExcelServices({ run: (runOptions, batch) => fake.Excel.run(runOptions, batch as never), platform: "PC", today: () => TODAY, port: { requestBudgetBytes: 30_000 } });
    const first = await services.generateStatements({ month: "2026-09", type: "open-item" });
    expect(first.leftoversRemoved).toBeUndefined();
    fake.resetStats();
    // Read (1-2), first request (3: old sheets renamed away, new ones added), the second fails
    // (4) and so does the look that would put things back (5): the pane closed.
    fake.failSync({ sync: 4 });
    fake.failSync({ sync: 5 });
    await expect(services.generateStatements({ month: "2026-10", type: "open-item" })).rejects.toThrow("could not look at the workbook again");
    const waiting = fake.state.sheets.map((s) => s.name).filter((n) => n.startsWith("ARDesk old"));
    expect(waiting.length).toBe(first.sheets.length + 1);

    const again = await services.generateStatements({ month: "2026-10", type: "open-item" });
    expect(again.leftoversRemoved).toEqual(waiting);
    expect(fake.state.sheets.filter((s) => s.name.startsWith("ARDesk old"))).toEqual([]);
    // A later action has nothing to report.
    expect((await services.generateStatements({ month: "2026-10", type: "open-item" })).leftoversRemoved).toBeUndefined();
  });

  /** Services whose next Excel.run is followed by `afterRun` (the clerk's change in the tab, after the action's read). */
  function clerkActsAfterRead() {
    const fake = createFakeExcel(clerkBook(12));
    const state = { afterRun: undefined as (() => void) | undefined };
    const services = createExcelServices({
      run: async (runOptions, batch) => {
        const result = await fake.Excel.run(runOptions, batch as never);
        state.afterRun?.();
        state.afterRun = undefined;
        return result as never;
      },
      platform: "PC",
      today: () => TODAY,
    });
    return { fake, services, state };
  }

  it("refuses in the pane's language, changing nothing, when the clerk deleted a sheet it replaces while the statements were made", async () => {
    const { fake, services, state } = clerkActsAfterRead();
    await services.generateStatements({ month: "2026-09", type: "open-item" });
    const gone = fake.state.sheets[4].name;
    state.afterRun = () => fake.state.deleteSheet(fake.state.sheet(gone)!);
    const sheets = fake.state.sheets.map((s) => s.name).filter((n) => n !== gone);
    const refusal = await services.generateStatements({ month: "2026-10", type: "open-item" }).then(() => undefined, (e: unknown) => e);
    expect(refusal).toBeInstanceOf(PaneError);
    expect((refusal as PaneError).message).toBe(`AR Desk did not write its sheets: sheet ${gone} was renamed or deleted after AR Desk read the workbook. Nothing was changed; run it again.`);
    expect((refusal as PaneError).in("zh")).toBe(`AR Desk 未写入工作表：读取工作簿之后，工作表 ${gone} 已被重命名或删除。未作任何更改，请重新运行。`);
    expect(fake.state.sheets.map((s) => s.name)).toEqual(sheets);
  });

  it("never renames the clerk's sheet when they swapped its name with one it replaces, and says where its previous sheet waits, in the pane's language", async () => {
    const { fake, services, state } = clerkActsAfterRead();
    await services.generateStatements({ month: "2026-09", type: "open-item" });
    // "Index" ↔ "Payments" in the tab, while the statements are made.
    state.afterRun = () => {
      fake.state.renameSheet(fake.state.sheet("Index")!, "swap");
      fake.state.renameSheet(fake.state.sheet("Payments")!, "Index");
      fake.state.renameSheet(fake.state.sheet("swap")!, "Payments");
    };
    const payments = cellsOf(fake.state, "Payments");
    const refusal = await services.generateStatements({ month: "2026-10", type: "open-item" }).then(() => undefined, (e: unknown) => e);
    expect(refusal).toBeInstanceOf(PaneError);
    const temp = fake.state.sheets.map((s) => s.name).find((n) => n.startsWith("ARDesk old"))!;
    expect((refusal as PaneError).message).toBe(
      "AR Desk did not write its sheets: sheet Payments was renamed or deleted after AR Desk read the workbook." +
        ` A sheet of yours has the name of AR Desk's previous sheet, so it waits under a temporary name (Index → ${temp}). Nothing else was changed; run it again.`,
    );
    expect((refusal as PaneError).in("zh")).toBe(
      `AR Desk 未写入工作表：读取工作簿之后，工作表 Payments 已被重命名或删除。您的工作表占用了 AR Desk 原有工作表的名称，原有工作表暂以临时名称保留（Index → ${temp}）。未作其他更改，请重新运行。`,
    );
    // The clerk's payments, now named "Index", untouched.
    expect(cellsOf(fake.state, "Index")).toEqual(payments);
    expect(fake.state.sheets.filter((s) => s.name.startsWith("ARDesk old"))).toHaveLength(1);
  });

  it("saves settings into the AR Settings sheet and loads them back equal", async () => {
    const { fake, services } = setup(clerkBook(8));
    const changed = {
      ...DEFAULT_SETTINGS,
      company: { ...DEFAULT_SETTINGS.company, name: "Northwind Trading", addressLines: ["1 Harbour Road", "Seattle"] },
      agingEdges: [15, 30, 45, 60],
      dsoDays: 60,
    };
    await services.saveSettings(changed);
    expect(fake.state.sheet("AR Settings")).toBeDefined();
    expect(await services.loadSettings()).toEqual(changed);
    // Saving again replaces AR Desk's own sheet, never adds a second one.
    await services.saveSettings({ ...changed, dsoDays: 30 });
    expect(fake.state.sheets.filter((s) => s.name.startsWith("AR Settings"))).toHaveLength(1);
    expect((await services.loadSettings()).dsoDays).toBe(30);
  });

  it("writes reminders and the dunning log; offers the zip only where downloads work", async () => {
    const desktop = setup(clerkBook(12), "PC");
    expect(desktop.services.canDownload).toBe(false);
    const preview = await desktop.services.previewReminders({ asOf: "2026-10-31", includeUpcoming: false });
    const ids = preview.candidates.map((c) => c.customerId);
    const result = await desktop.services.createReminders(ids, { asOf: "2026-10-31", includeUpcoming: false });
    expect(result.download).toBeUndefined();
    expect(desktop.fake.state.sheet("Reminders")).toBeDefined();
    expect(desktop.fake.state.sheet("Dunning log")).toBeDefined();
    expect(result.logged).toBeGreaterThan(0);
    // The log is read back from the workbook: the same notices are not logged twice.
    expect((await desktop.services.createReminders(ids, { asOf: "2026-10-31", includeUpcoming: false })).logged).toBe(0);
    await expect(desktop.services.downloadResult({ fileName: "x.zip", mimeType: "application/zip", bytes: new Uint8Array() })).rejects.toThrow(NO_DOWNLOADS_MESSAGE);

    const web = setup(clerkBook(12), "OfficeOnline");
    expect(web.services.canDownload).toBe(true);
    const offered = await web.services.createReminders(ids, { asOf: "2026-10-31", includeUpcoming: false });
    const files = Object.keys(unzipSync(offered.download!.bytes));
    expect(files.length).toBe(preview.candidates.filter((c) => c.email).length);
  });

  it("selects the cell of an issue and inserts a formula at the active cell", async () => {
    const { fake, services } = setup(clerkBook(8));
    await services.goTo("'Invoices'!C5");
    expect(fake.state.selection?.sheet.name).toBe("Invoices");
    expect(fake.state.selection?.rect).toEqual({ top: 5, left: 3, bottom: 5, right: 3 });
    await services.insertExampleFormula!("=1+1");
    expect(fake.state.sheet("Invoices")!.cell(5, 3)?.formula).toBe("=1+1");
  });

  describe("formula columns", () => {
    it("names the columns in the pane's language; a click in the other language adds none twice; removal takes them all", async () => {
      const state = clerkBook(8);
      const { services } = setup(state);
      const before = { invoices: cellsOf(state, "Invoices"), customers: cellsOf(state, "Customers") };
      const added = await services.addFormulaColumns("zh");
      expect(added.added).toEqual([
        { table: "Invoices", column: "未收金额" },
        { table: "Invoices", column: "逾期天数" },
        { table: "Invoices", column: "账龄" },
        { table: "Invoices", column: "催款阶段" },
        { table: "Customers", column: "未收金额" },
        { table: "Customers", column: "可用额度" },
        { table: "Customers", column: "催款阶段" },
      ]);
      const again = await services.addFormulaColumns("en");
      expect(again.added).toEqual([]);
      expect((await services.removeFormulaColumns()).removed).toBe(7);
      expect(cellsOf(state, "Invoices")).toEqual(before.invoices);
      expect(cellsOf(state, "Customers")).toEqual(before.customers);
    });

    it("adds AR.* columns to the clerk's tables, then removes exactly those in one click", async () => {
      const state = clerkBook(8);
      const { fake, services } = setup(state);
      const before = { invoices: cellsOf(state, "Invoices"), customers: cellsOf(state, "Customers"), rects: state.tables.map((t) => ({ ...t.rect })) };
      const invoicesWidth = state.tables.find((t) => t.name === "Invoices")!.rect.right;

      fake.resetStats();
      const added = await services.addFormulaColumns();
      expect(fake.stats.syncs.length).toBeLessThanOrEqual(2 + 4); // read (2 + 1 per ~100k cells) + plan/apply (2)
      expect(added.added).toEqual([
        { table: "Invoices", column: "Open balance" },
        { table: "Invoices", column: "Days overdue" },
        { table: "Invoices", column: "Aging" },
        { table: "Invoices", column: "Stage" },
        { table: "Customers", column: "Open balance" },
        { table: "Customers", column: "Credit available" },
        { table: "Customers", column: "Stage" },
      ]);
      const invoices = state.tables.find((t) => t.name === "Invoices")!;
      expect(invoices.rect.right).toBe(invoicesWidth + 4);
      const sheet = state.sheet("Invoices")!;
      expect(sheet.cell(1, invoicesWidth + 3)?.value).toBe("Aging");
      for (let r = 2; r <= invoices.rect.bottom; r++) expect(sheet.cell(r, invoicesWidth + 3)?.formula).toMatch(/^=AR\.AGING\(\[@DueDate\]\)$/);
      expect(state.names.filter((n) => n.name.startsWith("_ARDeskCol_"))).toHaveLength(7);

      // A second click adds nothing twice.
      const again = await services.addFormulaColumns();
      expect(again.added).toEqual([]);
      expect(again.skipped.every((s) => s.reason === "already added by AR Desk")).toBe(true);

      fake.resetStats();
      const removed = await services.removeFormulaColumns();
      expect(removed.removed).toBe(7);
      expect(fake.stats.syncs).toHaveLength(3);
      expect(cellsOf(state, "Invoices")).toEqual(before.invoices);
      expect(cellsOf(state, "Customers")).toEqual(before.customers);
      expect(state.tables.map((t) => t.rect)).toEqual(before.rects);
      expect(state.names.filter((n) => n.name.startsWith("_ARDeskCol_"))).toEqual([]);
    });

    it("never writes over an existing column and never removes the clerk's own", async () => {
      const state = clerkBook(8);
      const invoices = state.tables.find((t) => t.name === "Invoices")!;
      // The clerk already has an "Aging" column of their own.
      const col = invoices.rect.right + 1;
      state.putValues("Invoices", `${colLetters(col)}1`, [["Aging"], ...Array.from({ length: invoices.rect.bottom - 1 }, () => ["mine"])]);
      invoices.rect = { ...invoices.rect, right: col };
      const { services } = setup(state);
      const added = await services.addFormulaColumns();
      expect(added.added).toContainEqual({ table: "Invoices", column: "Aging (AR)" });
      expect(state.sheet("Invoices")!.cell(2, col)?.value).toBe("mine");
      await services.removeFormulaColumns();
      expect(state.sheet("Invoices")!.cell(1, col)?.value).toBe("Aging");
      expect(state.sheet("Invoices")!.cell(2, col)?.value).toBe("mine");
      expect(invoices.rect.right).toBe(col);
    });

    it("explains that plain ranges need an Excel table", async () => {
      const { services } = setup(clerkBook(8, false));
      await expect(services.addFormulaColumns()).rejects.toThrow(NEEDS_TABLES_MESSAGE);
    });
  });
});

describe("downloadsWork", () => {
  it("returns true on Excel on the web only", () => {
    expect(downloadsWork("OfficeOnline")).toBe(true);
    expect(downloadsWork("PC")).toBe(false);
    expect(downloadsWork("Mac")).toBe(false);
    expect(downloadsWork(undefined)).toBe(false);
  });
});
