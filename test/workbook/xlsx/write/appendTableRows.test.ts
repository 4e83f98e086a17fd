/**
 * appendTableRows: rows at the bottom of a table of a workbook's bytes, under the headers the
 * table has in the file; undefined (the caller writes whole) where they cannot go in place.
 */
import ExcelJS from "exceljs";
import type { DunningLogEntry } from "../../../../src/core/dunning";
import { dayFromCivil } from "../../../../src/core/dates/dayNumber";
import { dunningLogRowsUnder, dunningLogSheet } from "../../../../src/workbook/arSheets";
import { appendTableRows } from "../../../../src/workbook/xlsx/write/appendTableRows";
import { nodeDeflate, writeSpecsPackage } from "../../../../src/workbook/xlsx/node";

const entry = (invoiceNo: string): DunningLogEntry => ({ date: dayFromCivil(2026, 10, 31), customerId: "C001", invoiceNo, stage: "Reminder 1", currency: "USD", amount: 12345, fee: 0, interest: 0, channel: "email" });
const logBytes = (entries: readonly DunningLogEntry[]) => writeSpecsPackage([dunningLogSheet(entries)], { deflate: nodeDeflate() });
const append = (entries: readonly DunningLogEntry[]) => ({ table: "dunninglog", rowsUnder: (headers: readonly string[]) => dunningLogRowsUnder(entries, headers) });

async function load(bytes: Uint8Array): Promise<ExcelJS.Worksheet> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(bytes) as unknown as ExcelJS.Buffer);
  return wb.getWorksheet("Dunning log")!;
}
const tableRef = (ws: ExcelJS.Worksheet) => (ws.getTable("DunningLog") as unknown as { table: { tableRef: string; headerRow: boolean } }).table;

describe("appendTableRows", () => {
  it("returns the rows below the last one, the table (and its print area) grown over them, its header row kept", async () => {
    const ws = await load((await appendTableRows(await logBytes([entry("INV-1")]), append([entry("INV-2"), entry("INV-3")])))!);
    expect(tableRef(ws)).toMatchObject({ tableRef: "A3:I6", headerRow: true });
    expect([4, 5, 6].map((r) => ws.getCell(r, 3).value)).toEqual(["INV-1", "INV-2", "INV-3"]);
    // Amounts are written in the currency's units, dates as date serials with a date format.
    expect(ws.getCell("F6").value).toBe(123.45);
    expect(typeof ws.getCell("A6").value === "number" || ws.getCell("A6").value instanceof Date).toBe(true);
    expect(ws.getCell("A6").numFmt).toMatch(/yy/);
    expect(ws.pageSetup.printArea).toMatch(/6$/);
  });

  it("fills an empty table's blank data row first", async () => {
    const ws = await load((await appendTableRows(await logBytes([]), append([entry("INV-1")])))!);
    expect(tableRef(ws).tableRef).toBe("A3:I4");
    expect(ws.getCell("C4").value).toBe("INV-1");
  });

  it("edge cases: no such table, or cells of the clerk's where the rows would go, give undefined", async () => {
    expect(await appendTableRows(await logBytes([entry("INV-1")]), { ...append([entry("INV-2")]), table: "Invoices" })).toBeUndefined();
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(await logBytes([entry("INV-1")])) as unknown as ExcelJS.Buffer);
    wb.getWorksheet("Dunning log")!.getCell("B6").value = "checked by Li";
    const withNote = new Uint8Array(await wb.xlsx.writeBuffer());
    expect(await appendTableRows(withNote, append([entry("INV-2")]))).toBeDefined(); // one row: row 5 is free
    expect(await appendTableRows(withNote, append([entry("INV-2"), entry("INV-3")]))).toBeUndefined(); // two: row 6 is the clerk's
  });
});
