/**
 * Builds the contract's clerk workbook (ContractFixture) as real .xlsx bytes with ExcelJS.
 */
import ExcelJS from "exceljs";
import { parseCellRef, parseRange } from "../../../src/workbook/a1";
import type { ContractFixture, FixtureCell } from "../portContract";
import { excelJsBytes } from "./excelJsWorkbook";

function put(cell: ExcelJS.Cell, value: FixtureCell): void {
  if (value !== null && typeof value === "object") {
    cell.value = value.serial;
    cell.numFmt = value.numberFormat;
  } else cell.value = value;
}

/** The fixture as an .xlsx (tables as real Excel tables). */
export function fixtureBytes(fixture: ContractFixture): Promise<Uint8Array> {
  return excelJsBytes((wb) => {
    for (const sheet of fixture.sheets) {
      const ws = wb.addWorksheet(sheet.name);
      const origin = parseCellRef(sheet.origin ?? "A1")!;
      sheet.cells.forEach((row, r) => row.forEach((value, c) => put(ws.getCell(origin.row + r, origin.col + c), value)));
      for (const table of sheet.tables ?? []) {
        const range = parseRange(table.ref)!;
        const grid = (r: number, c: number) => {
          const v = sheet.cells[r - origin.row]?.[c - origin.col] ?? null;
          return v !== null && typeof v === "object" ? v.serial : v;
        };
        const columns = [];
        for (let c = range.left; c <= range.right; c++) columns.push({ name: String(grid(range.top, c)) });
        const rows = [];
        for (let r = range.top + 1; r <= range.bottom; r++) {
          const row = [];
          for (let c = range.left; c <= range.right; c++) row.push(grid(r, c));
          rows.push(row);
        }
        ws.addTable({ name: table.name, ref: table.ref.split(":")[0], headerRow: true, columns, rows });
      }
      for (const ref of sheet.merges ?? []) ws.mergeCells(ref);
    }
  });
}
