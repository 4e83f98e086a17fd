/**
 * The CLI's dunning log is the clerk's to format: a run adds its rows at the bottom of the
 * DunningLog table and leaves the rest as the clerk made it (column widths, a fill, the frozen
 * header, a column of their own inside the table). It used to write the whole log again from its
 * entries, and each run undid the clerk's formatting.
 */
import * as path from "node:path";
import ExcelJS from "exceljs";
import { DEFAULT_SETTINGS, type Settings } from "../../src/core/settings";
import { dunningLogFromBlocks } from "../../src/workbook/arSheets";
import { isArDeskWorkbookFile, readWorkbookFileBytes } from "../../src/workbook/xlsx/node";
import { tinyLedger, writeLedger } from "./_lib/ledgerFixture";
import { assertBuilt, cli, readXlsx, tableRows, tempDir } from "./_lib/runCli";

const SETTINGS: Settings = { ...DEFAULT_SETTINGS, company: { ...DEFAULT_SETTINGS.company, name: "Desk Supplies Ltd", email: "ar@desk.example" } };
const YELLOW = "FFFFFF00";

/** The loaded table's model (ExcelJS keeps it as `table`). */
type LoadedTable = { table: { tableRef: string; autoFilterRef?: string; headerRow: boolean; columns: { name: string }[] } };

/** What the clerk does to the log in Excel: widths, a fill on the header, and a Note column inside the table. */
async function clerkFormats(logFile: string): Promise<number> {
  const wb = await readXlsx(logFile);
  const ws = wb.getWorksheet("Dunning log")!;
  const { table } = ws.getTable("DunningLog") as unknown as LoadedTable;
  const [from, to] = table.tableRef.split(":");
  const bottom = Number(/\d+$/.exec(to)![0]);
  ws.getColumn(1).width = 21;
  ws.getColumn(4).width = 33;
  ws.getCell("A3").fill = { type: "pattern", pattern: "solid", fgColor: { argb: YELLOW } };
  ws.getCell("J3").value = "Note";
  ws.getCell("J4").value = "called Mon, promised to pay";
  ws.getColumn(10).width = 40;
  table.columns.push({ name: "Note" });
  table.tableRef = `${from}:J${bottom}`;
  table.autoFilterRef = table.tableRef;
  table.headerRow = true;
  await wb.xlsx.writeFile(logFile);
  return bottom - 3;
}

let dir: string;
let logFile: string;
let rowsBefore: number;
let second: ReturnType<typeof cli>;

beforeAll(async () => {
  assertBuilt();
  dir = tempDir("log-formatting");
  logFile = path.join(dir, "ledger-dunning-log.xlsx");
  await writeLedger(path.join(dir, "ledger.xlsx"), tinyLedger({ settings: SETTINGS }));
  expect(cli(["reminders", "ledger.xlsx", "--as-of", "2026-10-31"], dir).code).toBe(0);
  rowsBefore = await clerkFormats(logFile);
  second = cli(["reminders", "ledger.xlsx", "--as-of", "2026-11-20"], dir);
}, 60_000);

test("adds this run's rows below the earlier ones, with the clerk's Note column empty on them", async () => {
  expect(second.code).toBe(0);
  const rows = tableRows(await readXlsx(logFile), "Dunning log", "DunningLog");
  expect(rowsBefore).toBeGreaterThan(0);
  expect(rows.length).toBeGreaterThan(rowsBefore);
  expect(rows[0].Note).toBe("called Mon, promised to pay");
  expect(rows.slice(rowsBefore).every((r) => r.Note === null || r.Note === undefined)).toBe(true);
  // The new rows carry this run's day, a real date cell.
  expect(rows.slice(rowsBefore).every((r) => r.Date instanceof Date && (r.Date as Date).toISOString().startsWith("2026-11-20"))).toBe(true);
});

test("keeps the clerk's column widths, fill and frozen header", async () => {
  const ws = (await readXlsx(logFile)).getWorksheet("Dunning log")!;
  expect(ws.getColumn(1).width).toBe(21);
  expect(ws.getColumn(4).width).toBe(33);
  expect(ws.getColumn(10).width).toBe(40);
  expect((ws.getCell("A3").fill as ExcelJS.FillPattern).fgColor?.argb).toBe(YELLOW);
  expect(ws.views[0]).toMatchObject({ state: "frozen", ySplit: 3 });
});

test("is still AR Desk's log: read back whole by AR Desk, and accepted by the next run", async () => {
  expect(await isArDeskWorkbookFile(logFile)).toBe(true);
  const { content } = await readWorkbookFileBytes(logFile);
  const read = dunningLogFromBlocks(content.blocks);
  expect(read.issues).toEqual([]);
  const rows = tableRows(await readXlsx(logFile), "Dunning log", "DunningLog");
  expect(read.entries).toHaveLength(rows.length);
  const call = cli(["log-call", "ledger.xlsx", "--customer", "C001", "--as-of", "2026-11-20"], dir);
  expect(call.code).toBe(0);
  expect(tableRows(await readXlsx(logFile), "Dunning log", "DunningLog").length).toBeGreaterThan(rows.length);
  expect((await readXlsx(logFile)).getWorksheet("Dunning log")!.getColumn(4).width).toBe(33);
});
