import { mkdtempSync, readFileSync, rmSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import ExcelJS from "exceljs";
import { generateLedger, type GeneratedLedger } from "../../src/sample";
import { writeLedgerXlsx } from "../../src/sample/writeXlsx";
import type { RawCell } from "../../src/workbook/port";

const EPOCH = 25569;
let dir: string;
beforeAll(() => (dir = mkdtempSync(join(tmpdir(), "ar-sample-"))));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const small = generateLedger({ customers: 30, invoicesPerCustomer: 5, asOf: "2026-10-31", seed: 11, currencies: ["USD", "CNY", "JPY"] });

/** A read-back cell as the generator wrote it: ExcelJS turns date-formatted serials into UTC Dates. */
function raw(value: ExcelJS.CellValue): RawCell {
  if (value instanceof Date) return value.getTime() / 86_400_000 + EPOCH;
  if (value === undefined || value === null) return null;
  return value as RawCell;
}

async function readBack(path: string): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(path);
  return workbook;
}

function sheetRows(workbook: ExcelJS.Workbook, name: string, width: number): RawCell[][] {
  const ws = workbook.getWorksheet(name);
  if (!ws) throw new Error(`missing sheet ${name}`);
  const rows: RawCell[][] = [];
  ws.eachRow((row) => rows.push(Array.from({ length: width }, (_, i) => raw(row.getCell(i + 1).value))));
  return rows;
}

function expectSameCells(workbook: ExcelJS.Workbook, ledger: GeneratedLedger): void {
  expect(workbook.worksheets.map((ws) => ws.name)).toEqual(["Customers", "Invoices", "Payments"]);
  for (const [name, rows] of [["Customers", ledger.customers], ["Invoices", ledger.invoices], ["Payments", ledger.payments]] as const) {
    expect(sheetRows(workbook, name, rows[0].length)).toEqual(rows);
  }
}

describe("writeLedgerXlsx", () => {
  it("writes three Excel tables with the ledger's cells, date and money formats", async () => {
    const path = join(dir, "tables.xlsx");
    await writeLedgerXlsx(path, small, { asTables: true, streaming: false });
    const workbook = await readBack(path);
    expectSameCells(workbook, small);
    for (const name of ["Customers", "Invoices", "Payments"]) {
      const ws = workbook.getWorksheet(name) as ExcelJS.Worksheet;
      expect(Object.keys((ws as unknown as { tables: Record<string, unknown> }).tables)).toEqual([name]);
    }
    const invoices = workbook.getWorksheet("Invoices") as ExcelJS.Worksheet;
    expect(invoices.getCell("C2").numFmt).toBe("yyyy-mm-dd");
    expect(invoices.getCell("D2").numFmt).toBe("yyyy-mm-dd");
    const jpyRow = small.invoices.findIndex((r) => r[5] === "JPY");
    expect(invoices.getCell(jpyRow + 1, 5).numFmt).toBe("#,##0");
    expect((workbook.getWorksheet("Payments") as ExcelJS.Worksheet).getCell("A2").numFmt).toBe("yyyy-mm-dd");
    expect(workbook.created.toISOString()).toBe("2026-10-31T12:00:00.000Z");
  });

  it("writes plain sheets with a streaming writer", async () => {
    const path = join(dir, "stream.xlsx");
    await writeLedgerXlsx(path, small, { asTables: true, streaming: true });
    const workbook = await readBack(path);
    expectSameCells(workbook, small);
    expect((workbook.getWorksheet("Invoices") as ExcelJS.Worksheet).getCell("C2").numFmt).toBe("yyyy-mm-dd");
  });

  it.each([false, true])("returns the same bytes on every run, zip times fixed to asOf (streaming %s)", async (streaming) => {
    const a = join(dir, `a-${streaming}.xlsx`);
    const b = join(dir, `b-${streaming}.xlsx`);
    await writeLedgerXlsx(a, small, { asTables: !streaming, streaming });
    await writeLedgerXlsx(b, small, { asTables: !streaming, streaming });
    const bytes = readFileSync(a);
    expect(bytes.equals(readFileSync(b))).toBe(true);
    // First local file header: DOS time and date at offsets 10 and 12 (2026-10-31 12:00:00).
    expect(bytes.readUInt32LE(0)).toBe(0x04034b50);
    expect(bytes.readUInt16LE(10)).toBe(12 << 11);
    expect(bytes.readUInt16LE(12)).toBe(((2026 - 1980) << 9) | (10 << 5) | 31);
  });

  it("streams a few thousand rows quickly", async () => {
    const big = generateLedger({ customers: 150, invoicesPerCustomer: 20, asOf: "2026-10-31", seed: 3 });
    const path = join(dir, "big.xlsx");
    const started = performance.now();
    await writeLedgerXlsx(path, big, { asTables: false, streaming: true });
    expect(performance.now() - started).toBeLessThan(30_000);
    const workbook = await readBack(path);
    expect((workbook.getWorksheet("Invoices") as ExcelJS.Worksheet).rowCount).toBe(big.invoices.length);
    expect((workbook.getWorksheet("Payments") as ExcelJS.Worksheet).rowCount).toBe(big.payments.length);
  });
});
