/**
 * Rows added at the bottom of an Excel table in a workbook file (the CLI's dunning log), the rest
 * of the file as the clerk left it: ExcelJS reads the whole workbook and writes it back, so their
 * column widths, fills, fonts, frozen header, the columns they inserted and the rows' own formats
 * stay (what ExcelJS does not model, such as charts, is not kept: the log is AR Desk's own file,
 * not the clerk's ledger). Writing the log whole from its entries lost all of that on every run.
 *
 * The rows are asked for under the table's headers as the file has them now (a clerk may move
 * the columns or insert their own: `rowsUnder`, as for the pane's append). Undefined when the rows
 * cannot go in place: no such table, a totals row at its bottom, or cells of the clerk's where the
 * rows would go; the caller then writes the log whole, as before.
 */
import ExcelJS from "exceljs";
import type { Language } from "../../../core/model";
import type { AppendCell } from "../../port";
import { parseRange, rangeAddress } from "../../a1";
import { excelStyle, excelValue } from "./cellContent";

export interface TableRowsAppend {
  /** The table's name (any case). */
  readonly table: string;
  /** The new rows, a cell under each of the headers the table has in the file, left to right. */
  rowsUnder(headers: readonly string[]): AppendCell[][];
  /** The language of text cut to fit a cell. */
  readonly language?: Language;
}

/** The table's model as ExcelJS loads it (not in its typings). */
interface LoadedTable {
  readonly name: string;
  tableRef: string;
  autoFilterRef?: string;
  headerRow: boolean;
  totalsRow: boolean;
}

/**
 * The workbook `bytes` with `append`'s rows at the bottom of its table, or undefined when they
 * cannot go in place (see the module's note).
 * @example await appendTableRows(logBytes, { table: "DunningLog", rowsUnder: (headers) => dunningLogRowsUnder(entries, headers) })
 */
export async function appendTableRows(bytes: Uint8Array, append: TableRowsAppend): Promise<Uint8Array | undefined> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(bytes) as unknown as ExcelJS.Buffer);
  const wanted = append.table.toLowerCase();
  for (const worksheet of workbook.worksheets) {
    // getTables() gives the Table objects (its typings say tuples); a loaded table keeps its model as `table`.
    const loaded = worksheet.getTables() as unknown as readonly { readonly table: LoadedTable }[];
    const table = loaded.find((t) => t.table.name.toLowerCase() === wanted)?.table;
    if (table === undefined) continue;
    const range = parseRange(table.tableRef);
    if (table.totalsRow || range === undefined) return undefined;
    const from = { row: range.top, col: range.left };
    const to = { row: range.bottom, col: range.right };
    // ExcelJS reads a table without headerRowCount (Excel's default: 1) as having none and would
    // write headerRowCount="0": every table AR Desk reads has its header row.
    table.headerRow = true;
    const headers: string[] = [];
    for (let col = from.col; col <= to.col; col++) headers.push(worksheet.getCell(from.row, col).text);
    const isBlank = (row: number): boolean => headers.every((_, i) => worksheet.getCell(row, from.col + i).text.trim() === "");
    // The first row after the last one that holds anything (an empty table keeps one blank data row).
    let top = to.row + 1;
    while (top - 1 > from.row && isBlank(top - 1)) top--;
    const rows = append.rowsUnder(headers);
    if (rows.length === 0) return bytes;
    const bottom = top + rows.length - 1;
    // Below the table the rows may land on cells of the clerk's: never written over.
    for (let row = to.row + 1; row <= bottom; row++) if (!isBlank(row)) return undefined;
    rows.forEach((cells, r) => {
      cells.forEach((cell, i) => {
        const target = worksheet.getCell(top + r, from.col + i);
        const { value, numFmt } = excelValue(cell.value, append.language);
        target.value = value;
        const style = excelStyle(cell.style, false);
        const format = style.numFmt ?? numFmt;
        if (format) target.numFmt = format;
      });
    });
    const last = Math.max(to.row, bottom);
    const ref = rangeAddress({ ...range, bottom: last });
    table.tableRef = ref;
    if (table.autoFilterRef !== undefined) table.autoFilterRef = ref;
    extendPrintArea(worksheet, to.row, last);
    return new Uint8Array(await workbook.xlsx.writeBuffer());
  }
  return undefined;
}

/** A print area that ended with the table's last row ends with its new one (it printed the whole log). */
function extendPrintArea(worksheet: ExcelJS.Worksheet, oldLast: number, newLast: number): void {
  const area = worksheet.pageSetup.printArea;
  if (!area || newLast === oldLast) return;
  const m = /^(.*:\$?[A-Z]+\$?)(\d+)$/i.exec(area);
  if (m && Number(m[2]) === oldLast) worksheet.pageSetup.printArea = `${m[1]}${newLast}`;
}
