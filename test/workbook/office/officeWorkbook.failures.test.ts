/**
 * A write whose request Excel fails part-way (Office.js keeps what already ran), or that plans
 * from a read the workbook no longer matches: the clerk's sheets and AR Desk's previous sheets
 * come out as they were, or the message says exactly which sheets remained. Each case compares
 * the whole workbook (cells, tables, names) with a copy taken before the write.
 */
import { OfficeWorkbookError, OfficeWorkbookPort, PROTECTED_MESSAGE, type OfficeWorkbookPortOptions } from "../../../src/workbook/office/officeWorkbook";
import { WorkbookState, createFakeExcel, type FakeExcel, type OpDescription } from "../../fakes/excel";
import { readBackState } from "../../fakes/excel/contract";
import { leanRun, statementRun } from "./specBuilder";

function clerkBook(): WorkbookState {
  const state = new WorkbookState();
  state.putValues("Customers", "A1", [["CustomerID", "Name"], ["C1", "Acme"]]);
  state.putTable("Customers", "Customers", "A1:B2");
  state.putValues("Notes", "A1", [["Call Acme on Monday"]]);
  return state;
}

function setup(options: Partial<OfficeWorkbookPortOptions> = {}) {
  const fake = createFakeExcel(clerkBook());
  const port = new OfficeWorkbookPort({ run: (runOptions, batch) => fake.Excel.run(runOptions, batch as never), ...options });
  return { fake, port };
}

/**
 * Everything a clerk could see: sheets in order with cells and tables, and every defined name
 * (its reference written one way: `'Index'!$A$1` and `Index!$A$1` are the same reference).
 */
function image(fake: FakeExcel) {
  const formula = (f: string) => f.replace(/^='([A-Za-z0-9_]+)'!/, "=$1!");
  const names = fake.state.names.map((n) => ({ name: n.name, formula: formula(n.formula), visible: n.visible })).sort((a, b) => a.name.localeCompare(b.name));
  return { ...readBackState(fake.state), names };
}

/** The clerk renames a sheet in Excel (references to it follow, as in Excel). */
async function renameSheet(fake: FakeExcel, from: string, to: string): Promise<void> {
  await fake.Excel.run(async (context) => {
    context.workbook.worksheets.getItem(from).name = to;
    await context.sync();
  });
}

const setsValues = (op: OpDescription) => op.set === "values";
const failure = (promise: Promise<unknown>) => promise.then(() => undefined, (e: Error) => e);
/** The message as the pane shows it to a Chinese clerk (Excel's own words, here the fake's, stay as Excel gives them). */
const inChinese = (error: Error | undefined) => (error as OfficeWorkbookError).in("zh");

describe("a write planned from a read the workbook no longer matches", () => {
  // No look before writing: the sheets it replaces are renamed by the id the read saw, so the
  // clerk's renames meanwhile cannot redirect it; a name the clerk took, or a sheet the clerk
  // deleted, fails the request, and the failure path puts the workbook back.
  it("renames its old sheets by id: when the clerk swapped the names of its old sheet and their own, theirs keeps its name and cells", async () => {
    const { fake, port } = setup();
    await port.writeSheets(leanRun(3));
    const read = await port.readWorkbook();
    // Three renames in the tab: "Index" ↔ "Notes".
    await renameSheet(fake, "Index", "swap");
    await renameSheet(fake, "Notes", "Index");
    await renameSheet(fake, "swap", "Notes");
    const before = image(fake);
    fake.resetStats();
    const error = await failure(port.writeSheets(statementRun(3), { after: read }));
    // Adding the new "Index" was refused (the clerk's sheet has the name); AR Desk's previous
    // index, renamed "Notes" by the clerk, cannot get back a name it does not know: it waits.
    expect(error?.message).toBe(
      'AR Desk did not write its sheets: "Notes" was renamed "Index" after AR Desk read the workbook.' +
        ' AR Desk\'s previous "Index" is now "ARDesk old 4" (a sheet of yours has that name). Nothing else was changed; run it again.',
    );
    expect(inChinese(error)).toBe("AR Desk 未写入其工作表：读取工作簿之后，“Notes”已被重命名为“Index”。AR Desk 之前的“Index”现名为“ARDesk old 4”（您的某个工作表已使用该名称）。未做其他更改，请重新运行。");
    expect(fake.state.sheet("Index")!.cell(1, 1)?.value).toBe("Call Acme on Monday");
    // Nothing else: with its name back, the workbook is the one the clerk left.
    fake.state.renameSheet(fake.state.sheet("ARDesk old 4")!, "Notes");
    expect(image(fake)).toEqual(before);
    // The failed request, the look, the request that put the rest back.
    expect(fake.stats.syncs).toHaveLength(3);
  });

  it("renames its old tables by id: a table of the clerk's given the name of AR Desk's since the read keeps its name", async () => {
    const { fake, port } = setup();
    await port.writeSheets(leanRun(3));
    const read = await port.readWorkbook();
    // The clerk renames AR Desk's table, then gives theirs its name.
    const table = (name: string) => fake.state.tables.find((t) => t.name === name)!;
    table("StatementIndex").name = "OldIndex";
    table("Customers").name = "StatementIndex";
    const before = image(fake);
    const error = await failure(port.writeSheets(statementRun(3), { after: read }));
    // The new index's table could not take the name: the write is undone, but AR Desk's previous
    // table cannot get back a name it does not know ("OldIndex"): it keeps its temporary name.
    expect(error?.message).toBe(
      'Could not write the sheets: A table or name "StatementIndex" already exists.' +
        ' AR Desk\'s previous table "StatementIndex" is now "ARDeskOldTable1" (a table of yours has that name). AR Desk undid its other changes: the workbook is otherwise as it was.',
    );
    expect(inChinese(error)).toBe(
      '无法写入工作表：A table or name "StatementIndex" already exists.AR Desk 之前的表“StatementIndex”现名为“ARDeskOldTable1”（您的某个表已使用该名称）。AR Desk 已撤销其他更改：工作簿其余部分已恢复原状。',
    );
    expect(table("StatementIndex").sheet.name).toBe("Customers");
    // Nothing else: with its name back, the workbook is the one the clerk left.
    table("ARDeskOldTable1").name = "OldIndex";
    expect(image(fake)).toEqual(before);
  });

  it("is refused, changing nothing, when a sheet it replaces was deleted since the read", async () => {
    const { fake, port } = setup();
    await port.writeSheets(leanRun(3));
    const read = await port.readWorkbook();
    fake.state.deleteSheet(fake.state.sheet("C00002 Customer 2")!);
    const before = image(fake);
    fake.resetStats();
    const error = await failure(port.writeSheets(statementRun(3), { after: read }));
    // Its rename by id failed (ItemNotFound) after the first old sheet's, which is renamed back.
    expect(error?.message).toBe('AR Desk did not write its sheets: "C00002 Customer 2" was deleted after AR Desk read the workbook. Nothing was changed; run it again.');
    expect(inChinese(error)).toBe("AR Desk 未写入其工作表：读取工作簿之后，“C00002 Customer 2”已被删除。未做任何更改，请重新运行。");
    expect(image(fake)).toEqual(before);
    expect(fake.stats.syncs).toHaveLength(3);
  });

  it("replaces an old sheet of its own the clerk renamed since the read (it is AR Desk's by id and marker), in one request", async () => {
    const { fake, port } = setup();
    await port.writeSheets(leanRun(3));
    const read = await port.readWorkbook();
    await renameSheet(fake, "C00002 Customer 2", "Acme October");
    fake.resetStats();
    const names = await port.writeSheets(statementRun(3), { after: read });
    expect(names).toEqual(["C00001 Customer 1", "C00002 Customer 2", "C00003 Customer 3", "Index"]);
    expect(fake.state.sheets.map((s) => s.name)).toEqual(["Customers", "Notes", ...names]);
    expect(fake.stats.syncs).toHaveLength(1);
  });

  it("writes as usual when the clerk renamed only sheets it does not replace", async () => {
    const { fake, port } = setup();
    await port.writeSheets(leanRun(3));
    const read = await port.readWorkbook();
    await renameSheet(fake, "Notes", "Notes 2026");
    fake.resetStats();
    const names = await port.writeSheets(statementRun(3), { after: read });
    expect(names).toEqual(["C00001 Customer 1", "C00002 Customer 2", "C00003 Customer 3", "Index"]);
    expect(fake.state.sheets.map((s) => s.name)).toEqual(["Customers", "Notes 2026", ...names]);
    // One write request.
    expect(fake.stats.syncs).toHaveLength(1);
  });

  it("leaves the clerk's sheet alone when it was renamed to a name the write adds, and says so", async () => {
    const { fake, port } = setup();
    const read = await port.readWorkbook();
    await renameSheet(fake, "Notes", "C00002 Customer 2");
    const before = image(fake);
    const error = await failure(port.writeSheets(leanRun(3), { after: read }));
    expect(error?.message).toBe('AR Desk did not write its sheets: "Notes" was renamed "C00002 Customer 2" after AR Desk read the workbook. Nothing was changed; run it again.');
    expect(image(fake)).toEqual(before);
    expect(fake.state.sheet("C00002 Customer 2")!.cell(1, 1)?.value).toBe("Call Acme on Monday");
  });

  it.each([
    ["a first run", false],
    ["a re-run", true],
  ])("says the workbook is protected when it was protected since the read (%s), and changes nothing", async (_, rerun) => {
    // Either finds out from the refused request (its first change), then a look.
    const { fake, port } = setup();
    if (rerun) await port.writeSheets(leanRun(3));
    const read = await port.readWorkbook();
    fake.state.protected = true;
    const before = image(fake);
    fake.resetStats();
    const error = await failure(port.writeSheets(statementRun(3), { after: read }));
    expect(error?.message).toBe(PROTECTED_MESSAGE);
    expect(inChinese(error)).toBe("工作簿结构受保护，AR Desk 无法添加其工作表。请取消保护（审阅 ▸ 保护工作簿）后重试；未做任何更改。");
    expect(image(fake)).toEqual(before);
    expect(fake.stats.syncs).toHaveLength(2);
  });
});

describe("a write whose request Excel fails", () => {
  it("changes nothing when the first request is refused whole", async () => {
    const { fake, port } = setup();
    await port.writeSheets(leanRun(3));
    const read = await port.readWorkbook();
    const before = image(fake);
    fake.resetStats();
    // The first write request is refused whole (no look before it).
    fake.failSync({ sync: 1 });
    const error = await failure(port.writeSheets(statementRun(3), { after: read }));
    expect(error?.message).toBe("Could not write the sheets: An internal error has occurred (a request failed on purpose). Nothing was changed.");
    expect(inChinese(error)).toBe("无法写入工作表：An internal error has occurred (a request failed on purpose).未做任何更改。");
    expect(image(fake)).toEqual(before);
    expect(fake.stats.syncs).toHaveLength(2);
  });

  it.each([
    ["a first run", false],
    ["a re-run", true],
  ])("undoes a first request that failed in the middle of the contents (%s)", async (_, rerun) => {
    const { fake, port } = setup();
    if (rerun) await port.writeSheets(leanRun(3));
    const read = await port.readWorkbook();
    const before = image(fake);
    fake.resetStats();
    // Every sheet added and marked, the old ones renamed away, some cells written.
    let values = 0;
    fake.failSync({ sync: 1, at: (op) => setsValues(op) && ++values === 4 });
    const error = await failure(port.writeSheets(statementRun(3), { after: read }));
    expect(error?.message).toBe("Could not write the sheets: An internal error has occurred (a request failed on purpose). AR Desk undid what it had done: the workbook is as it was.");
    expect(inChinese(error)).toBe("无法写入工作表：An internal error has occurred (a request failed on purpose).AR Desk 已撤销其操作：工作簿已恢复原状。");
    expect(image(fake)).toEqual(before);
  });

  it.each([
    ["a first run", false],
    ["a re-run", true],
  ])("undoes a write whose second request failed (%s)", async (_, rerun) => {
    const { fake, port } = setup({ requestBudgetBytes: 20_000 });
    if (rerun) await port.writeSheets(leanRun(12));
    const read = await port.readWorkbook();
    const before = image(fake);
    fake.resetStats();
    fake.failSync({ sync: 2, at: (op) => setsValues(op) });
    const error = await failure(port.writeSheets(statementRun(12), { after: read }));
    expect(error?.message).toContain("AR Desk undid what it had done: the workbook is as it was.");
    expect(image(fake)).toEqual(before);
    // Two write requests (the second failed), a look, the request that put it back: a re-run as a first run.
    expect(fake.stats.syncs).toHaveLength(4);
  });

  it("finishes removing the old sheets when the last request failed there, and the write succeeds", async () => {
    const expected = setup();
    await expected.port.writeSheets(leanRun(3));
    await expected.port.writeSheets(statementRun(3));

    const { fake, port } = setup();
    await port.writeSheets(leanRun(3));
    const read = await port.readWorkbook();
    fake.resetStats();
    // Every sheet written (sync 1); the first old sheet deleted, the second's delete (by the id the read saw; it waits as "ARDesk old 2") fails.
    const second = fake.state.sheet("C00002 Customer 2")!.id;
    fake.failSync({ sync: 1, at: (op) => op.call === "delete" && op.path === `wb/worksheets/item("${second}")` });
    const names = await port.writeSheets(statementRun(3), { after: read });
    expect(names).toEqual(["C00001 Customer 1", "C00002 Customer 2", "C00003 Customer 3", "Index"]);
    expect(image(fake)).toEqual(image(expected.fake));
    expect(fake.state.sheets.some((s) => s.name.startsWith("ARDesk old"))).toBe(false);
  });

  it("says which old sheets remain when finishing their removal failed too", async () => {
    const { fake, port } = setup();
    await port.writeSheets(leanRun(3));
    const read = await port.readWorkbook();
    fake.resetStats();
    const second = fake.state.sheet("C00002 Customer 2")!.id;
    fake.failSync({ sync: 1, at: (op) => op.call === "delete" && op.path === `wb/worksheets/item("${second}")` });
    fake.failSync({ sync: 3 });
    const error = await failure(port.writeSheets(statementRun(3), { after: read }));
    expect(error?.message).toBe(
      "Could not write the sheets: An internal error has occurred (a request failed on purpose). Every sheet was written, but removing the sheets they replace failed: An internal error has occurred (a request failed on purpose)." +
        ' In the workbook now: "ARDesk old 2", "ARDesk old 3" and "ARDesk old 4" hold the previous "C00002 Customer 2", "C00003 Customer 3" and "Index".',
    );
    expect(inChinese(error)).toBe(
      "无法写入工作表：An internal error has occurred (a request failed on purpose).所有工作表均已写入，但删除被替换的工作表失败：An internal error has occurred (a request failed on purpose)." +
        "工作簿现状：“ARDesk old 2”、“ARDesk old 3”和“ARDesk old 4”中是之前的“C00002 Customer 2”、“C00003 Customer 3”和“Index”。",
    );
    expect(fake.state.sheets.map((s) => s.name)).toEqual(["Customers", "Notes", "ARDesk old 2", "ARDesk old 3", "ARDesk old 4", "C00001 Customer 1", "C00002 Customer 2", "C00003 Customer 3", "Index"]);
  });

  it("says exactly which sheets remained when putting the workbook back failed too", async () => {
    const { fake, port } = setup();
    await port.writeSheets(leanRun(3));
    const read = await port.readWorkbook();
    fake.resetStats();
    fake.failSync({ sync: 1, at: (op) => setsValues(op) });
    // Sync 2 is the look; the request that puts the workbook back (3) is refused whole.
    fake.failSync({ sync: 3 });
    const error = await failure(port.writeSheets(statementRun(3), { after: read }));
    expect(error?.message).toBe(
      "Could not write the sheets: An internal error has occurred (a request failed on purpose). Putting the workbook back failed too: An internal error has occurred (a request failed on purpose)." +
        ' In the workbook now: "ARDesk old 1", "ARDesk old 2", "ARDesk old 3" and "ARDesk old 4" hold the previous "C00001 Customer 1", "C00002 Customer 2", "C00003 Customer 3" and "Index";' +
        ' "C00001 Customer 1", "C00002 Customer 2", "C00003 Customer 3" and "Index" are new and may be incomplete.',
    );
    expect(inChinese(error)).toBe(
      "无法写入工作表：An internal error has occurred (a request failed on purpose).恢复工作簿也失败了：An internal error has occurred (a request failed on purpose)." +
        "工作簿现状：“ARDesk old 1”、“ARDesk old 2”、“ARDesk old 3”和“ARDesk old 4”中是之前的“C00001 Customer 1”、“C00002 Customer 2”、“C00003 Customer 3”和“Index”；" +
        "“C00001 Customer 1”、“C00002 Customer 2”、“C00003 Customer 3”和“Index”是新增的，可能不完整。",
    );
    // What the message says is what is there.
    expect(fake.state.sheets.map((s) => s.name)).toEqual([
      "Customers",
      "Notes",
      "ARDesk old 1",
      "ARDesk old 2",
      "ARDesk old 3",
      "ARDesk old 4",
      "C00001 Customer 1",
      "C00002 Customer 2",
      "C00003 Customer 3",
      "Index",
    ]);
    expect(fake.state.sheet("ARDesk old 4")!.cell(1, 1)?.value).toBe("CustomerID");
  });

  it("names a sheet it added but could not mark, and leaves it (it cannot tell it from the clerk's)", async () => {
    const { fake, port } = setup();
    const read = await port.readWorkbook();
    const before = image(fake);
    fake.resetStats();
    let markers = 0;
    fake.failSync({ sync: 1, at: (op) => op.path === "wb/names" && op.call === "add" && ++markers === 2 });
    const error = await failure(port.writeSheets(leanRun(3), { after: read }));
    expect(error?.message).toBe(
      "Could not write the sheets: An internal error has occurred (a request failed on purpose). AR Desk undid what it had done: the workbook is as it was." +
        ' "C00002 Customer 2" was added without AR Desk\'s mark; delete it if not needed.',
    );
    expect(inChinese(error)).toBe(
      "无法写入工作表：An internal error has occurred (a request failed on purpose).AR Desk 已撤销其操作：工作簿已恢复原状。“C00002 Customer 2”已添加，但没有 AR Desk 的标记；如不需要请删除。",
    );
    expect(fake.state.sheets.map((s) => s.name)).toEqual(["Customers", "Notes", "C00002 Customer 2"]);
    expect(fake.state.sheet("C00002 Customer 2")!.cells.size).toBe(0);
    expect({ ...image(fake), sheets: image(fake).sheets.slice(0, 2) }).toEqual(before);
  });
});

describe("a failed write's message in Chinese, when the clerk changed the workbook meanwhile", () => {
  it("names the sheet added since the read, in both languages", async () => {
    const { fake, port } = setup();
    const read = await port.readWorkbook();
    fake.resetStats();
    let added = false;
    // The clerk adds a sheet while the request runs; the request then fails.
    fake.failSync({
      sync: 1,
      at: (op) => {
        if (added || !setsValues(op)) return false;
        fake.state.putValues("Clerk sheet", "A1", [["x"]]);
        added = true;
        return true;
      },
    });
    const error = await failure(port.writeSheets(leanRun(3), { after: read }));
    expect(error?.message).toBe(
      'Could not write the sheets: An internal error has occurred (a request failed on purpose). The workbook changed after AR Desk read it ("Clerk sheet" is new): try again. AR Desk undid what it had done: the workbook is as it was.',
    );
    expect(inChinese(error)).toBe(
      "无法写入工作表：An internal error has occurred (a request failed on purpose).AR Desk 读取工作簿之后，工作簿发生了变化（“Clerk sheet”是新增的）：请重试。AR Desk 已撤销其操作：工作簿已恢复原状。",
    );
  });
});
