/**
 * A CSV as the workbook Excel would save it as: one sheet named after the file, every value a
 * text cell. The pane in a browser works on a workbook package (it grafts its sheets into the
 * clerk's own and offers the result for download), so a CSV opened there becomes one first.
 * ExcelJS loads with the first CSV opened, not with the pane.
 */
import { csvRecords, type ReadCsvOptions } from "./readCsv";

/**
 * @throws WorkbookReadError naming the file, as readCsv.
 * @example const xlsx = await csvAsWorkbook(bytes, { fileName: "invoices.csv" });
 */
export async function csvAsWorkbook(bytes: Uint8Array, options: ReadCsvOptions = {}): Promise<Uint8Array> {
  const { sheet, rows } = csvRecords(bytes, options);
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
  return new Uint8Array((await workbook.xlsx.writeBuffer()) as ArrayBuffer);
}
