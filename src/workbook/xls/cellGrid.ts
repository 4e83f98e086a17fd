/**
 * A sheet's cells as the .xlsx reader's grid (SheetGrid), filled cell by cell in any order (an
 * .xls lists its cells row by row, but a row's cells may come from several records).
 */
import type { MergedArea, RawCell } from "../port";
import type { SheetGrid } from "../xlsx/read/sheetData";

export class CellGrid {
  private readonly rows: (RawCell[] | undefined)[] = [];
  private minRow = 0;
  private maxRow = 0;
  private minCol = 0;
  private maxCol = 0;
  /** 1 at each used column (1-based): an .xls sheet has at most 256. */
  private readonly usedColumns = new Uint8Array(258);

  /** Puts a value at a 1-based row and column (an empty value is no cell). */
  set(row: number, col: number, value: RawCell): void {
    if (value === null) return;
    let cells = this.rows[row - 1];
    if (cells === undefined) {
      cells = [];
      // a later row than any so far leaves holes, never a copy
      if (row > this.rows.length) this.rows.length = row;
      this.rows[row - 1] = cells;
    }
    cells[col - 1] = value;
    if (this.minRow === 0 || row < this.minRow) this.minRow = row;
    if (row > this.maxRow) this.maxRow = row;
    if (this.minCol === 0 || col < this.minCol) this.minCol = col;
    if (col > this.maxCol) this.maxCol = col;
    this.usedColumns[col] = 1;
  }

  /** The grid, with the sheet's merged areas. */
  end(merges: readonly MergedArea[]): SheetGrid {
    return {
      rows: this.rows,
      minRow: this.minRow,
      maxRow: this.maxRow,
      minCol: this.minCol,
      maxCol: this.maxCol,
      usedColumns: this.usedColumns,
      ...(merges.length > 0 ? { merges } : {}),
    };
  }
}
