/**
 * A write that never finished (the pane closed between its requests, or the request that would
 * have put the workbook back failed too) leaves the sheets it replaced under temporary names
 * ("ARDesk old 1"). The next write finds the ones AR Desk can prove it renamed, deletes them in
 * its first request, and says so; a sheet of such a name without that proof is never touched.
 */
import { OfficeWorkbookError, OfficeWorkbookPort, type OfficeWorkbookPortOptions } from "../../../src/workbook/office/officeWorkbook";
import type { SheetSpec } from "../../../src/workbook/spec";
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

/** A port on `fake`, as the pane makes one when it opens; `removed` and `kept` collect what it reports. */
function paneOn(fake: FakeExcel, options: Partial<OfficeWorkbookPortOptions> = {}) {
  const removed: string[][] = [];
  const kept: string[][] = [];
  const port = new OfficeWorkbookPort({
    run: (runOptions, batch) => fake.Excel.run(runOptions, batch as never),
    onLeftovers: (report) => {
      if (report.removed.length > 0) removed.push([...report.removed]);
      if (report.kept.length > 0) kept.push([...report.kept]);
    },
    ...options,
  });
  return { port, removed, kept };
}

/** Sheets with cells and tables, and every defined name (reference written one way). */
function image(fake: FakeExcel) {
  const formula = (f: string) => f.replace(/^='([A-Za-z0-9_]+)'!/, "=$1!");
  const names = fake.state.names.map((n) => ({ name: n.name, formula: formula(n.formula), visible: n.visible })).sort((a, b) => a.name.localeCompare(b.name));
  return { ...readBackState(fake.state), names };
}

const sheetNames = (fake: FakeExcel) => fake.state.sheets.map((s) => s.name);
const failure = (promise: Promise<unknown>) => promise.then(() => undefined, (e: Error) => e);
const setsValues = (op: OpDescription) => op.set === "values";

/**
 * Runs `first` then `second` into the clerk's workbook, the second interrupted as when the pane
 * closes: its request `failAt` fails (`at` picks where) and so does the look that would have put
 * the workbook back. Returns the fake as the second write left it.
 */
async function interrupted(first: SheetSpec[], second: SheetSpec[], failAt: number, at?: (op: OpDescription) => boolean): Promise<FakeExcel> {
  const fake = createFakeExcel(clerkBook());
  const { port } = paneOn(fake, { requestBudgetBytes: 20_000 });
  await port.writeSheets(first);
  const read = await port.readWorkbook();
  fake.resetStats();
  fake.failSync({ sync: failAt, at });
  fake.failSync({ sync: failAt + 1 });
  const error = await failure(port.writeSheets(second, { after: read }));
  expect(error?.message).toContain("AR Desk could not look at the workbook again to undo its changes.");
  expect((error as OfficeWorkbookError).in("zh")).toMatch(/^无法写入工作表：.*AR Desk 无法再次查看工作簿以撤销其更改。请检查工作簿：名为“ARDesk old 1”.*的工作表中可能是之前的.*可能是新增的，且可能不完整。$/);
  return fake;
}

/** The workbook after `first` then `second`, uninterrupted. */
async function clean(first: SheetSpec[], second: SheetSpec[]): Promise<FakeExcel> {
  const fake = createFakeExcel(clerkBook());
  const { port } = paneOn(fake);
  await port.writeSheets(first);
  await port.writeSheets(second);
  return fake;
}

describe("leftovers of a write that never finished", () => {
  it("are removed by the next write, which reports them and leaves the workbook as an uninterrupted run would", async () => {
    // Sync 1 is the first request (old sheets renamed away by id, new ones added), 2 the second,
    // which fails whole: the pane closed.
    const fake = await interrupted(leanRun(12), statementRun(12), 2);
    const old = Array.from({ length: 13 }, (_, i) => `ARDesk old ${i + 1}`);
    expect(sheetNames(fake).filter((n) => n.startsWith("ARDesk old"))).toEqual(old);
    // Their markers moved to the new sheets: each recorded the old sheet's id first.
    expect(fake.state.names.filter((n) => (n.comment ?? "").startsWith("AR Desk replaced sheet "))).toHaveLength(13);

    const { port, removed } = paneOn(fake);
    const read = await port.readWorkbook();
    // Not the clerk's input: not read, and listed as AR Desk's.
    expect(read.blocks.map((b) => b.sheet).filter((s) => s.startsWith("ARDesk old"))).toEqual([]);
    expect(read.sheets.filter((s) => s.name.startsWith("ARDesk old")).every((s) => s.generated)).toBe(true);
    fake.resetStats();
    const names = await port.writeSheets(statementRun(12), { after: read });

    expect(removed).toEqual([old]);
    expect(image(fake)).toEqual(image(await clean(leanRun(12), statementRun(12))));
    expect(names).toEqual(statementRun(12).map((s) => s.name));
    // The look at the leftovers by id (a write that deletes or marks leftovers only), then one write request.
    expect(fake.stats.syncs).toHaveLength(2);
  });

  it("are found by the marker still on them when their marker was not carried over (another role)", async () => {
    const settingsIndex: SheetSpec = { name: "Index", role: "settings", cells: [{ row: 1, col: 1, value: "Setting" }] };
    // One request: it fails at its first cell, after the old "Index" was renamed away and the new one added.
    const fake = await interrupted(leanRun(2), [settingsIndex], 1, setsValues);
    expect(sheetNames(fake)).toContain("ARDesk old 1");
    expect(fake.state.names.find((n) => n.formula.includes("ARDesk old 1"))?.name).toMatch(/^_ARDesk_index_/);

    const { port, removed } = paneOn(fake);
    const read = await port.readWorkbook();
    await port.writeSheets([settingsIndex], { after: read });
    expect(removed).toEqual([["ARDesk old 1"]]);
    expect(image(fake)).toEqual(image(await clean(leanRun(2), [settingsIndex])));
  });

  it("never include a sheet of such a name that AR Desk cannot prove it renamed", async () => {
    const fake = await interrupted(leanRun(12), statementRun(12), 2);
    // Before the clerk reopens the pane: one leftover renamed by the clerk (kept on purpose), and
    // a sheet of their own that happens to be named like one.
    fake.state.renameSheet(fake.state.sheet("ARDesk old 1")!, "Statements October");
    fake.state.putValues("ARDesk old 99", "A1", [["my own notes"]]);
    const { port, removed } = paneOn(fake);
    const read = await port.readWorkbook();
    expect(read.blocks.some((b) => b.sheet === "ARDesk old 99")).toBe(true);
    await port.writeSheets(statementRun(12), { after: read });
    expect(removed).toEqual([Array.from({ length: 12 }, (_, i) => `ARDesk old ${i + 2}`)]);
    expect(sheetNames(fake).slice(0, 4)).toEqual(["Customers", "Notes", "Statements October", "ARDesk old 99"]);
    expect(fake.state.sheet("ARDesk old 99")!.cell(1, 1)?.value).toBe("my own notes");
    expect(fake.state.sheet("Statements October")!.cell(1, 1)?.value).toBe("Statement C00001");
  });

  it("are not removed when the clerk renamed one between the read and the write: the write refuses, touching nothing", async () => {
    const fake = await interrupted(leanRun(12), statementRun(12), 2);
    const { port, removed } = paneOn(fake);
    const read = await port.readWorkbook();
    fake.state.renameSheet(fake.state.sheet("ARDesk old 2")!, "Keep this");
    const before = image(fake);
    const error = await failure(port.writeSheets(statementRun(12), { after: read }));
    expect(error?.message).toBe('AR Desk did not write its sheets: "ARDesk old 2" was renamed "Keep this" after AR Desk read the workbook. Nothing was changed; run it again.');
    expect(image(fake)).toEqual(before);
    expect(removed).toEqual([]);
  });

  it("are looked at by id first, and a failed look changes nothing (a re-run without leftovers has no such look)", async () => {
    const fake = await interrupted(leanRun(12), statementRun(12), 2);
    const { port, removed } = paneOn(fake);
    const read = await port.readWorkbook();
    const before = image(fake);
    fake.resetStats();
    fake.failSync({ sync: 1 });
    const error = await failure(port.writeSheets(statementRun(12), { after: read }));
    expect(error?.message).toBe("Could not write the sheets: An internal error has occurred (a request failed on purpose). Nothing was changed.");
    expect(image(fake)).toEqual(before);
    expect(fake.stats.syncs).toHaveLength(1);
    expect(removed).toEqual([]);
  });

  it("are named in the message when the write that removed them fails and is undone", async () => {
    const fake = await interrupted(leanRun(12), statementRun(12), 2);
    const { port, removed } = paneOn(fake, { requestBudgetBytes: 20_000 });
    const read = await port.readWorkbook();
    fake.resetStats();
    // The check (1), the first request (2) removes the leftovers; the second (3) fails; the look and the undo work.
    fake.failSync({ sync: 3 });
    const error = await failure(port.writeSheets(statementRun(12), { after: read }));
    expect(error?.message).toBe(
      "Could not write the sheets: An internal error has occurred (a request failed on purpose)." +
        ' AR Desk removed "ARDesk old 1", "ARDesk old 2", "ARDesk old 3", "ARDesk old 4", "ARDesk old 5" and 8 more, left by an earlier run that did not finish.' +
        " AR Desk undid its other changes: the workbook is otherwise as it was.",
    );
    expect((error as OfficeWorkbookError).in("zh")).toBe(
      "无法写入工作表：An internal error has occurred (a request failed on purpose)." +
        "AR Desk 已删除上次未完成的运行留下的“ARDesk old 1”、“ARDesk old 2”、“ARDesk old 3”、“ARDesk old 4”、“ARDesk old 5”等 13 个。" +
        "AR Desk 已撤销其他更改：工作簿其余部分已恢复原状。",
    );
    expect(sheetNames(fake).some((n) => n.startsWith("ARDesk old"))).toBe(false);
    expect(removed).toEqual([]);
  });

  it("keep an earlier dunning log, which may hold notices the unfinished write's new log lacks, and say so each time", async () => {
    const log = (rows: number): SheetSpec => ({
      name: "Dunning log",
      role: "dunning-log",
      cells: Array.from({ length: rows }, (_, i) => ({ row: i + 1, col: 1, value: `notice ${i + 1}` })),
    });
    // The new log's first cells were written when the request failed.
    let cells = 0;
    const fake = await interrupted([log(3)], [log(4)], 1, (op) => setsValues(op) && ++cells === 1);
    expect(fake.state.sheet("ARDesk old 1")!.cell(3, 1)?.value).toBe("notice 3");

    const { port, removed, kept } = paneOn(fake);
    const read = await port.readWorkbook();
    expect(read.blocks.some((b) => b.sheet === "ARDesk old 1")).toBe(false);
    await port.writeSheets([log(4)], { after: read });
    await port.writeSheets([log(5)]);
    expect(removed).toEqual([]);
    // Told each time; it keeps a marker of its own ("leftover"), so it stays proven when the log's
    // marker, whose comment recorded it, moves on to the next log.
    expect(kept).toEqual([["ARDesk old 1"], ["ARDesk old 1"]]);
    expect(fake.state.names.filter((n) => n.formula === "='ARDesk old 1'!$A$1").map((n) => n.name)).toEqual([expect.stringMatching(/^_ARDesk_leftover_\d+$/)]);
    expect(fake.state.sheet("ARDesk old 1")!.cell(3, 1)?.value).toBe("notice 3");
    expect(fake.state.sheet("Dunning log")!.cell(5, 1)?.value).toBe("notice 5");
  });
});
