/**
 * WriteOptions.append on Office.js: rows go to the bottom of an existing table in the write's own
 * request, as Excel takes cells of a spec (text stays text, a formula-like text is not run, a date
 * in the workbook's date system); should Excel refuse them, the sheets of the same write are undone.
 */
import { OfficeWorkbookPort } from "../../../src/workbook/office/officeWorkbook";
import type { AppendCell, TableAppend } from "../../../src/workbook/port";
import { WorkbookState, createFakeExcel } from "../../fakes/excel";
import { readBackState } from "../../fakes/excel/contract";
import { leanRun } from "./specBuilder";

const DATE = { numberFormat: "yyyy-mm-dd" };

function setup(date1904 = false) {
  const state = new WorkbookState();
  state.date1904 = date1904;
  state.putValues("Log", "A1", [["Date", "ID", "Note"], [{ value: 46000, numberFormat: "yyyy-mm-dd" }, "C0", "old"]]);
  state.putTable("Log", "LogTable", "A1:C2");
  const fake = createFakeExcel(state);
  const port = new OfficeWorkbookPort({ run: (runOptions, batch) => fake.Excel.run(runOptions, batch as never) });
  return { fake, port };
}

/** Two rows: 2026-10-31 (day 20757 since 1970), an ID that looks like a number, a text that looks like a formula. */
const append = (table = "LogTable"): TableAppend => ({
  table,
  headers: ["Date", "ID", "Note"],
  readRows: 1,
  rowsUnder: (headers) =>
    ([
      { Date: { value: { date: 20757 }, style: DATE }, ID: { value: "00123" }, Note: { value: "=HYPERLINK(\"http://x\")" } },
      { Date: { value: { date: 20758 }, style: DATE }, ID: { value: "C2" }, Note: { value: null } },
    ] as Record<string, AppendCell>[]).map((row) => headers.map((h) => row[h] ?? { value: null })),
});

describe("OfficeWorkbookPort append", () => {
  it("adds the rows below the table's, text kept text, in one request when there is no sheet to write", async () => {
    const { fake, port } = setup();
    expect(await port.writeSheets([], { append: append() })).toEqual([]);
    const s = fake.state.sheet("Log")!;
    expect(fake.state.tables[0].rect.bottom).toBe(4);
    // 2026-10-31 is serial 46326 in the 1900 system.
    expect([s.cell(3, 1)?.value, s.cell(3, 1)?.numberFormat, s.cell(3, 2)?.value, s.cell(4, 2)?.value]).toEqual([46326, "yyyy-mm-dd", "00123", "C2"]);
    expect(s.cell(3, 3)?.formula).toBeUndefined();
    expect(s.cell(3, 3)?.value).toBe("=HYPERLINK(\"http://x\")");
    // The sheet prints its new rows too.
    expect(s.printArea).toBe("Log!$A$1:$C$4");
    // The write's own look (1) and the append (1): no read was handed over.
    expect(fake.stats.syncs).toHaveLength(2);
  });

  it("writes dates in a 1904 workbook's date system", async () => {
    const { fake, port } = setup(true);
    await port.writeSheets([], { append: append() });
    expect(fake.state.sheet("Log")!.cell(3, 1)?.value).toBe(46326 - 1462);
  });

  it("undoes the sheets of the same write when Excel refuses the rows (the table is gone)", async () => {
    const { fake, port } = setup();
    const before = readBackState(fake.state);
    await expect(port.writeSheets(leanRun(2), { append: append("NoSuchTable") })).rejects.toThrow();
    expect(readBackState(fake.state)).toEqual(before);
  });
});
