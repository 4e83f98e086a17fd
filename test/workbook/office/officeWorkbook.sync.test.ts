import { OfficeWorkbookError, OfficeWorkbookPort, PROTECTED_MESSAGE, type OfficeWorkbookPortOptions } from "../../../src/workbook/office/officeWorkbook";
import { FakeOfficeError, PAYLOAD_LIMIT_BYTES, WorkbookState, createFakeExcel, installFakeExcel, uninstallFakeExcel } from "../../fakes/excel";
import { readBackState } from "../../fakes/excel/contract";
import { index, leanRun, statementRun } from "./specBuilder";

function setup(options: Partial<OfficeWorkbookPortOptions> = {}, state = clerkBook()) {
  const fake = createFakeExcel(state);
  const port = new OfficeWorkbookPort({ run: (runOptions, batch) => fake.Excel.run(runOptions, batch as never), ...options });
  return { fake, port };
}

function clerkBook(): WorkbookState {
  const state = new WorkbookState();
  state.putValues("Customers", "A1", [["CustomerID", "Name"], ["C1", "Acme"]]);
  state.putTable("Customers", "Customers", "A1:B2");
  return state;
}

describe("OfficeWorkbookPort batching", () => {
  it("writes 10 and 1,000 customers' statements with the same number of syncs", async () => {
    const counts: number[] = [];
    for (const n of [10, 1000]) {
      const { fake, port } = setup();
      const names = await port.writeSheets(leanRun(n));
      expect(names).toHaveLength(n + 1);
      counts.push(fake.stats.syncs.length);
      expect(fake.stats.runs).toBe(1);
      expect(fake.state.sheets).toHaveLength(n + 2);
    }
    expect(counts).toEqual([2, 2]);
  });

  it("writes 1,000 fully formatted statements in a few syncs, each under the budget", async () => {
    const { fake, port } = setup();
    await port.writeSheets(statementRun(1000));
    const syncs = fake.stats.syncs;
    // 1 load + write chunks that depend on the bytes, not on the count: statements formatted
    // alike take their formats from the first (one copy each), ~3.5 KB each (5 syncs before).
    expect(syncs.length).toBeLessThanOrEqual(3);
    for (const s of syncs) expect(s.requestBytes).toBeLessThanOrEqual(4_000_000);
  });

  it("re-runs over 1,000 generated sheets, replacing them, in a few syncs under the budget", async () => {
    const { fake, port } = setup();
    await port.writeSheets(leanRun(1000));
    fake.resetStats();
    await port.writeSheets(leanRun(1000));
    // Replacing adds a rename and a delete per sheet, and points its marker at the new one: still one chunk.
    expect(fake.stats.syncs).toHaveLength(2);
    for (const s of fake.stats.syncs) expect(s.requestBytes).toBeLessThanOrEqual(4_000_000);
    expect(fake.state.sheets).toHaveLength(1002);
    expect(fake.state.names.filter((n) => n.name.startsWith("_ARDesk_"))).toHaveLength(1001);
  });

  it("chunks a big write so every sync stays under the 5 MB request limit", async () => {
    const { fake, port } = setup();
    await port.writeSheets([index(60000)]);
    const syncs = fake.stats.syncs;
    expect(syncs.length).toBeGreaterThan(2);
    for (const s of syncs) expect(s.requestBytes).toBeLessThan(PAYLOAD_LIMIT_BYTES);
    const total = syncs.reduce((a, s) => a + s.requestBytes, 0);
    expect(total).toBeGreaterThan(PAYLOAD_LIMIT_BYTES);
    const sheet = readBackState(fake.state).sheets.find((s) => s.name === "Index")!;
    expect(sheet.tables).toEqual([{ name: "StatementIndex", ref: "A1:D60001" }]);
    expect(sheet.cells.D60001?.hyperlink).toBe("#'C60000 Customer 60000'!A1");
  });

  it("pauses calculation in every write sync and screen updating once per action", async () => {
    const { fake, port } = setup({ requestBudgetBytes: 200_000 });
    await port.writeSheets(statementRun(300));
    const writes = fake.stats.syncs.slice(1);
    expect(writes.length).toBeGreaterThan(2);
    expect(writes.every((s) => s.calculationSuspended)).toBe(true);
    expect(writes.map((s) => s.screenUpdatingSuspended)).toEqual(writes.map((_, i) => i === 0));
    expect(fake.stats.syncs[0].calculationSuspended).toBe(false);
  });

  it("runs every action with delayForCellEdit, so it waits out cell-edit mode", async () => {
    const { fake, port } = setup();
    fake.state.cellEditMode = true;
    const listing = port.listSheets();
    await new Promise((resolve) => setTimeout(resolve, 5));
    fake.state.endCellEdit();
    expect(await listing).toEqual([{ name: "Customers", generated: false }]);
    await port.readBlocks();
    await port.writeSheets(leanRun(1));
    expect(fake.stats.runOptions).toEqual([{ delayForCellEdit: true }, { delayForCellEdit: true }, { delayForCellEdit: true }]);
  });

  it("says the workbook is protected before adding anything", async () => {
    const { fake, port } = setup();
    fake.state.protected = true;
    const error = await port.writeSheets(leanRun(2)).catch((e) => e);
    expect(error).toBeInstanceOf(OfficeWorkbookError);
    expect(error.message).toBe(PROTECTED_MESSAGE);
    expect(fake.state.sheets.map((s) => s.name)).toEqual(["Customers"]);
    expect(fake.state.names).toEqual([]);
  });

  it("writes after the read it is handed without a load sync of its own: the read's look serves once", async () => {
    const { fake, port } = setup();
    const read = await port.readWorkbook();
    fake.resetStats();
    await port.writeSheets(leanRun(10), { after: read });
    expect(fake.stats.syncs).toHaveLength(1);
    expect(fake.state.sheets).toHaveLength(12);
    // The look served that write: handed again, it is not used (the write changed the sheet list).
    fake.resetStats();
    await port.writeSheets(leanRun(10), { after: read });
    expect(fake.stats.syncs).toHaveLength(2);
    expect(fake.state.sheets).toHaveLength(12);
  });

  it("loads its own look when handed no read, however soon after one", async () => {
    const { fake, port } = setup();
    await port.readWorkbook();
    fake.resetStats();
    await port.writeSheets(leanRun(2));
    expect(fake.stats.syncs).toHaveLength(2);
  });

  it("does not plan from a read that another write followed", async () => {
    const { fake, port } = setup();
    const read = await port.readWorkbook();
    await port.writeSheets(leanRun(2));
    fake.resetStats();
    // The read saw no "C00001 Customer 1"; the write since added it. Planning from the read
    // would add it again (ItemAlreadyExists); the port looks again instead and replaces it.
    const names = await port.writeSheets(leanRun(2), { after: read });
    expect(fake.stats.syncs).toHaveLength(2);
    expect(names).toEqual(["C00001 Customer 1", "C00002 Customer 2", "Index"]);
    expect(fake.state.sheets.map((s) => s.name)).toEqual(["Customers", ...names]);
  });

  it("replaces its own sheets from the read's look: markers and names as a loading write sees them", async () => {
    const { fake, port } = setup();
    await port.writeSheets(leanRun(3));
    const read = await port.readWorkbook();
    fake.resetStats();
    const names = await port.writeSheets(leanRun(3), { after: read });
    // The write alone: no look first (the sheets it replaces are renamed by the ids the read saw).
    expect(fake.stats.syncs).toHaveLength(1);
    expect(fake.state.sheets.map((s) => s.name)).toEqual(["Customers", ...names]);
    expect(fake.state.names.filter((n) => n.name.startsWith("_ARDesk_"))).toHaveLength(4);
  });

  it("carries a replaced sheet's marker over to its successor of the same role, and replaces one of another role", async () => {
    const { fake, port } = setup();
    await port.writeSheets(leanRun(2));
    const before = fake.state.names.map((n) => [n.name, n.formula]);
    // Same names again, but "Index" now written as a settings sheet.
    const specs = leanRun(2).map((s) => (s.name === "Index" ? { ...s, role: "settings" as const } : s));
    await port.writeSheets(specs);
    const after = fake.state.names.map((n) => [n.name, n.formula]).sort();
    expect(after).toEqual(
      [...before.filter(([name]) => !name.startsWith("_ARDesk_index_")), ["_ARDesk_settings_4", "='Index'!$A$1"]].sort(),
    );
    expect(fake.state.names.every((n) => !n.formula.includes("#REF!") && n.visible === false)).toBe(true);
  });

  it("says the workbook is protected from the read's look, before adding anything", async () => {
    const { fake, port } = setup();
    fake.state.protected = true;
    const read = await port.readWorkbook();
    fake.resetStats();
    const error = await port.writeSheets(leanRun(2), { after: read }).catch((e) => e);
    expect(error.message).toBe(PROTECTED_MESSAGE);
    expect(fake.stats.syncs).toHaveLength(0);
    expect(fake.state.sheets.map((s) => s.name)).toEqual(["Customers"]);
  });

  it("reads 1 and 40 tables with the same number of syncs", async () => {
    const counts: number[] = [];
    for (const n of [1, 40]) {
      const state = new WorkbookState();
      for (let i = 0; i < n; i++) {
        state.putValues(`S${i}`, "A1", [["ID", "Amount"], [`X${i}`, i]]);
        state.putTable(`S${i}`, `T${i}`, "A1:B2");
      }
      const { fake, port } = setup({}, state);
      const blocks = await port.readBlocks();
      expect(blocks).toHaveLength(n);
      counts.push(fake.stats.syncs.length);
    }
    // Names, tables and markers; then every used range, address and values at once.
    expect(counts).toEqual([2, 2]);
  });

  it("reads the sheet list and the blocks together in 2 syncs, the listing the same as listSheets'", async () => {
    const { fake, port } = setup();
    await port.writeSheets(leanRun(2));
    const listed = await port.listSheets();
    fake.resetStats();
    const { sheets, blocks } = await port.readWorkbook();
    expect(fake.stats.syncs).toHaveLength(2);
    expect(fake.stats.runs).toBe(1);
    expect(sheets).toEqual(listed);
    expect(sheets.filter((s) => s.generated).map((s) => s.name)).toEqual(["C00001 Customer 1", "C00002 Customer 2", "Index"]);
    expect(blocks).toEqual(await port.readBlocks());
    expect(blocks.map((b) => b.sheet)).toEqual(["Customers"]);
  });

  it("does not read the sheets it generated, except its settings and dunning-log sheets", async () => {
    const { port } = setup();
    const role = (name: string, r: "settings" | "dunning-log") => ({ name, role: r, cells: [{ row: 1, col: 1, value: "Key" }, { row: 2, col: 1, value: "v" }] });
    await port.writeSheets([...leanRun(3), role("AR Settings", "settings"), role("Dunning log", "dunning-log")]);
    const sheets = new Set((await port.listSheets()).map((s) => s.name));
    const blocks = await port.readBlocks();
    const read = [...new Set(blocks.map((b) => b.sheet))].sort();
    expect(read).toEqual(["AR Settings", "Customers", "Dunning log"]);
    expect(sheets.size).toBeGreaterThan(read.length);
  });

  it("reads a sheet under the response limit in one sync of values", async () => {
    const state = new WorkbookState();
    // 60,000 rows of ~80 bytes: ~4.6 MB of JSON, under the 5 MB limit.
    const rows = Array.from({ length: 60001 }, (_, i) => (i === 0 ? ["InvoiceNo", "CustomerID", "Description", "Amount"] : [`INV-${i}`, `C${i % 500}`, "Consulting services, October".repeat(2), i * 1.5]));
    state.putValues("Invoices", "A1", rows);
    const { fake, port } = setup({}, state);
    const [block] = await port.readBlocks();
    expect(block.rows).toHaveLength(60000);
    expect(block.rows[59999]).toEqual(["INV-60000", "C0", "Consulting services, October".repeat(2), 90000]);
    expect(fake.stats.syncs).toHaveLength(2);
    for (const s of fake.stats.syncs) expect(s.responseBytes).toBeLessThan(PAYLOAD_LIMIT_BYTES);
  });

  it("reads a sheet over the response limit in slices after Excel refuses it whole", async () => {
    const state = new WorkbookState();
    // 60,000 rows of ~110 bytes: ~6.4 MB, refused whole; then 100,000-cell slices (~2.7 MB each).
    const rows = Array.from({ length: 60001 }, (_, i) => (i === 0 ? ["InvoiceNo", "CustomerID", "Description", "Amount"] : [`INV-${i}`, `C${i % 500}`, "Consulting services, October".repeat(3), i * 1.5]));
    state.putValues("Invoices", "A1", rows);
    const { fake, port } = setup({}, state);
    const [block] = await port.readBlocks();
    expect(block.rows).toHaveLength(60000);
    expect(block.rows[59999]).toEqual(["INV-60000", "C0", "Consulting services, October".repeat(3), 90000]);
    const refused = fake.stats.syncs.filter((s) => s.responseBytes > PAYLOAD_LIMIT_BYTES);
    expect(refused).toHaveLength(1);
    // names; the refused whole; addresses; 240,004 cells in slices of 100,000.
    expect(fake.stats.syncs).toHaveLength(1 + 1 + 1 + 3);
  });

  it("halves a read slice that Excel refuses with ResponsePayloadSizeLimitExceeded", async () => {
    const state = new WorkbookState();
    const note = "n".repeat(3000);
    state.putValues("Notes", "A1", [["ID", "Note"], ...Array.from({ length: 2000 }, (_, i) => [`N${i + 1}`, note])]);
    const { fake, port } = setup({}, state);
    const [block] = await port.readBlocks();
    expect(block.rows).toHaveLength(2000);
    expect(block.rows[1999]).toEqual(["N2000", note]);
    // The whole (~6 MB of text) is refused once; after the addresses, it is read in two halves.
    const refused = fake.stats.syncs.filter((s) => s.responseBytes > PAYLOAD_LIMIT_BYTES);
    expect(refused).toHaveLength(1);
    expect(fake.stats.syncs.length).toBe(1 + 1 + 1 + 2);
  });

  it("reads the first rows with the addresses, and the rows past them in slices", async () => {
    const state = new WorkbookState();
    const rows = Array.from({ length: 2501 }, (_, i) => (i === 0 ? ["InvoiceNo", "Amount"] : [`INV-${i}`, i]));
    state.putValues("Invoices", "A1", rows);
    // A sheet whose cells all lie below the first rows, and an empty one.
    state.putValues("Late", "B4000", [["ID", "Note"], ["L1", "x"]]);
    state.addSheet("Empty");
    const { fake, port } = setup({ readRowsAtOnce: 1000, readCellsPerSync: 2000 }, state);
    const blocks = await port.readBlocks();
    expect(blocks.find((b) => b.sheet === "Invoices")!.rows).toEqual(rows.slice(1));
    expect(blocks.find((b) => b.sheet === "Late")).toEqual({ sheet: "Late", headerRow: 4000, firstColumn: 2, headers: ["ID", "Note"], rows: [["L1", "x"]] });
    expect(blocks.map((b) => b.sheet)).toEqual(["Invoices", "Late"]);
    // names; addresses + the first 1,000 rows; then Invoices 1,001-2,501 (3,002 cells) and Late (4 cells) by 2,000 cells.
    expect(fake.stats.syncs).toHaveLength(2 + 2);
    expect(fake.stats.syncs.every((s) => s.responseBytes < PAYLOAD_LIMIT_BYTES)).toBe(true);
  });

  it("halves a slice again when even half of the refused whole is too large", async () => {
    const state = new WorkbookState();
    const note = "n".repeat(3000);
    // ~12 MB whole, ~6 MB a half: the first half-slice is refused too and read in quarters.
    state.putValues("Notes", "A1", [["ID", "Note"], ...Array.from({ length: 4000 }, (_, i) => [`N${i + 1}`, note])]);
    const { fake, port } = setup({}, state);
    const [block] = await port.readBlocks();
    expect(block.rows).toHaveLength(4000);
    expect(block.rows.map((r) => r[0])).toEqual(Array.from({ length: 4000 }, (_, i) => `N${i + 1}`));
    const refused = fake.stats.syncs.filter((s) => s.responseBytes > PAYLOAD_LIMIT_BYTES);
    expect(refused).toHaveLength(2);
  });

  it("reads and writes dates right in a 1904 date system workbook", async () => {
    // 2025-10-31 is serial 45961 in the 1900 system and 45961 - 1462 = 44499 in the 1904 system.
    const state = new WorkbookState();
    state.date1904 = true;
    state.putValues("Invoices", "A1", [["InvoiceNo", "DueDate", "Amount"], ["INV-1", { value: 44499, numberFormat: "yyyy-mm-dd" }, 44499]]);
    const { fake, port } = setup({}, state);
    const [block] = await port.readBlocks();
    expect(block.rows).toEqual([["INV-1", 45961, 44499]]);
    await port.writeSheets([{ name: "Dates", role: "index", cells: [{ row: 1, col: 1, value: { date: 45961 - 25569 } }] }]);
    expect(fake.state.sheet("Dates")!.cell(1, 1)).toMatchObject({ value: 44499, numberFormat: "yyyy-mm-dd" });
  });

  it("lists sheets in one sync", async () => {
    const { fake, port } = setup();
    await port.writeSheets(statementRun(2));
    fake.resetStats();
    const sheets = await port.listSheets();
    expect(sheets.filter((s) => s.generated)).toHaveLength(3);
    expect(fake.stats.syncs).toHaveLength(1);
  });
});

describe("OfficeWorkbookPort output", () => {
  it("adds the chart of a ChartSpec with categories, series name and position", async () => {
    const { fake, port } = setup();
    await port.writeSheets([
      {
        name: "AR Summary",
        role: "summary",
        cells: [
          { row: 1, col: 1, value: "Current" },
          { row: 1, col: 2, value: "1-30" },
          { row: 2, col: 1, value: 100 },
          { row: 2, col: 2, value: 50 },
        ],
        charts: [{ kind: "column", title: "Aging", categoriesRange: "A1:B1", valuesRange: "A2:B2", seriesName: "USD", top: 4, left: 1, widthCols: 6, heightRows: 15 }],
        tabColor: "1F4E79",
      },
    ]);
    const sheet = fake.state.sheet("AR Summary")!;
    expect(sheet.charts).toEqual([
      {
        name: "Chart 1",
        type: "ColumnClustered",
        source: "'AR Summary'!A2:B2",
        seriesBy: "Rows",
        title: "Aging",
        position: { start: "A4", end: "F18" },
        series: [{ name: "USD", xAxis: "'AR Summary'!A1:B1" }],
      },
    ]);
    expect(sheet.tabColor).toBe("#1F4E79");
  });

  it("applies styles, borders, widths and print setup", async () => {
    const { fake, port } = setup();
    const [name] = await port.writeSheets(statementRun(1));
    const s = fake.state.sheet(name)!;
    expect(s.cell(6, 1)).toMatchObject({ bold: true, fill: "#D9E1F2", borders: { EdgeBottom: { style: "Continuous", weight: "Thin" } } });
    expect(s.cell(12, 3)).toMatchObject({ formula: "=SUM(C7:C11)", numberFormat: "#,##0.00", borders: { EdgeBottom: { style: "Double" } } });
    expect(s.columnWidths.get(1)).toBe(129.75);
    expect(s).toMatchObject({ printArea: "'C00001 Customer 1'!$A$1:$C$14", printTitleRows: "$6:$6", zoom: { horizontalFitToPages: 1 }, freezeRows: 6, centerFooter: "Page &P of &N" });
  });

  it("removes broken markers left by sheets the clerk deleted", async () => {
    const { fake, port } = setup();
    await port.writeSheets(statementRun(2));
    const doomed = fake.state.sheet("C00001 Customer 1")!;
    fake.state.deleteSheet(doomed);
    expect(fake.state.names.some((n) => n.formula.includes("#REF!"))).toBe(true);
    await port.writeSheets([index(2)]);
    expect(fake.state.names.some((n) => n.formula.includes("#REF!"))).toBe(false);
  });
});

describe("OfficeWorkbookPort errors", () => {
  it("wraps an Office error and keeps it as the cause", async () => {
    const { port } = setup({}, clerkBook());
    const error = await port.writeSheets([{ name: "Bad", role: "index", cells: [], tables: [{ name: "1 bad name", top: 1, left: 1, headers: ["A"], rowCount: 1 }] }]).catch((e) => e);
    expect(error).toBeInstanceOf(OfficeWorkbookError);
    expect(error.code).toBe("InvalidArgument");
    expect(error.cause).toBeInstanceOf(FakeOfficeError);
  });

  it("says so when Excel refuses because a cell is being edited", async () => {
    const port = new OfficeWorkbookPort({
      run: async () => {
        throw Object.assign(new Error("editing"), { code: "InvalidOperationInCellEditMode" });
      },
    });
    await expect(port.listSheets()).rejects.toThrow("Excel is editing a cell");
  });
});

describe("OfficeWorkbookPort with the global Excel", () => {
  afterEach(() => uninstallFakeExcel());

  it("uses globalThis.Excel.run by default", async () => {
    const fake = installFakeExcel(clerkBook());
    const port = new OfficeWorkbookPort();
    expect(await port.writeSheets(leanRun(2))).toEqual(["C00001 Customer 1", "C00002 Customer 2", "Index"]);
    expect(fake.stats.runs).toBe(1);
    const sheet = readBackState(fake.state).sheets.find((s) => s.name === "C00001 Customer 1")!;
    expect(sheet.cells.A9).toMatchObject({ value: "Index", hyperlink: "#'Index'!A1" });
  });
});
