/**
 * A CSV as the workbook Excel would save it as: one sheet named after the file, every value a
 * text cell. The pane in a browser works on a workbook package (it grafts its sheets into the
 * clerk's own and offers the result for download), so a CSV opened there becomes one first.
 * ExcelJS loads with the first CSV opened, not with the pane.
 */
import type { DataIssue } from "../../core/model";
import { csvNotes, csvRecords, type ReadCsvOptions } from "./readCsv";

/**
 * The workbook's bytes, and the notes of how the file was read (readCsv's issues: the workbook
 * itself cannot carry them).
 * @throws WorkbookReadError naming the file, as readCsv.
 * @example const { bytes, notes } = await csvAsWorkbook(csv, { fileName: "invoices.csv" });
 */
export async function csvAsWorkbook(csv: Uint8Array, options: ReadCsvOptions = {}): Promise<{ bytes: Uint8Array; notes: DataIssue[] }> {
  const records = csvRecords(csv, options);
  const { sheet, rows } = records;
  const { default: Excel } = await import("exceljs");
  const workbook = new Excel.Workbook();
  workbook.creator = "AR Desk";
  const worksheet = workbook.addWorksheet(sheet);
  rows.forEach((record, r) => {
    const row = worksheet.getRow(r + 1);
    // A string value is a text cell to ExcelJS, whatever it starts with (`=`, `+`): never a formula.
    record.forEach((value, c) => {
      if (value !== "") row.getCell(c + 1).value = value;
    });
  });
  return { bytes: new Uint8Array((await workbook.xlsx.writeBuffer()) as ArrayBuffer), notes: csvNotes(records) };
}
