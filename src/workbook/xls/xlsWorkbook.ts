/**
 * An .xls as the .xlsx Excel would save it as: its worksheets, in tab order with their states,
 * every value as a cell (a formula as its result, an error as its code), date-styled numbers
 * shown as dates, merged areas kept. The pane in a browser works on a workbook package (it grafts
 * its sheets into the clerk's own and offers the result for download), so an .xls opened there
 * becomes one first. ExcelJS loads with the first .xls opened, not with the pane.
 */
import { readRefused } from "../xlsx/read/readError";
import { xlsSheets, type ReadXlsOptions } from "./readXls";

/**
 * @throws WorkbookReadError naming the file, as readXls.
 * @example const xlsx = await xlsAsWorkbook(bytes, { fileName: "应收台账.xls" });
 */
export async function xlsAsWorkbook(bytes: Uint8Array, options: ReadXlsOptions = {}): Promise<Uint8Array> {
  const { sheets } = xlsSheets(bytes, { ...options, withDates: true });
  const { default: Excel } = await import("exceljs");
  const workbook = new Excel.Workbook();
  workbook.creator = "AR Desk";
  for (const sheet of sheets) {
    let worksheet;
    try {
      worksheet = workbook.addWorksheet(sheet.name, { state: sheet.state });
    } catch (cause) {
      // two sheets of one name, a name Excel forbids: the file is damaged, not the pane
      throw readRefused("corrupt", options.fileName ?? "workbook.xls", "xlsDamaged", { sheet: sheet.name, cause: (cause as Error).message }, { cause });
    }
    sheet.grid.rows.forEach((cells, r) => {
      if (cells === undefined) return;
      const row = worksheet.getRow(r + 1);
      // A string value is a text cell to ExcelJS, whatever it starts with (`=`, `#N/A`): never a formula.
      cells.forEach((value, c) => {
        if (value !== null && value !== undefined) row.getCell(c + 1).value = value;
      });
    });
    for (const [row, col] of sheet.dates) worksheet.getCell(row, col).numFmt = "yyyy-mm-dd";
    for (const m of sheet.grid.merges ?? []) worksheet.mergeCells(m.row, m.col, m.row + m.rows - 1, m.col + m.cols - 1);
  }
  return new Uint8Array((await workbook.xlsx.writeBuffer()) as ArrayBuffer);
}
