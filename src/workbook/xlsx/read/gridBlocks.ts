/**
 * Cuts a sheet's grid into SourceBlocks: one per Excel table, plus the used range no table covers
 * with its first non-empty row as header row (as WorkbookPort promises; title rows above the
 * real header are dropped later by detection, see schema/rebaseHeader.ts).
 */
import type { RawCell, SourceBlock } from "../../port";
import { headerText } from "../../schema/findHeaderRow";
import type { CellRange } from "../../a1";
import type { SheetGrid } from "./sheetData";
import type { TablePart } from "./packageParts";

function rowSlice(grid: SheetGrid, rowNumber: number, left: number, right: number, isCovered?: (r: number, c: number) => boolean): RawCell[] {
  const src = grid.rows[rowNumber - 1];
  const out: RawCell[] = new Array(right - left + 1);
  for (let c = left; c <= right; c++) {
    const v = src ? src[c - 1] : undefined;
    out[c - left] = v === undefined || (isCovered && isCovered(rowNumber, c)) ? null : v;
  }
  return out;
}

/**
 * Whether a table's range lies within Excel's sheet bounds (a nonsense ref would otherwise
 * produce a block of a million empty rows).
 */
export function isUsableTableRange(range: CellRange): boolean {
  const { top, left, bottom, right } = range;
  return top >= 1 && left >= 1 && bottom <= 1048576 && right <= 16384 && bottom >= top && right >= left;
}

/** The block of an Excel table. Headerless tables take their column names as headers. */
export function tableBlock(sheet: string, grid: SheetGrid, table: TablePart): SourceBlock {
  const { top, left, bottom, right } = table.range;
  const width = right - left + 1;
  const hasHeader = table.headerRowCount > 0;
  const headerCells = hasHeader ? rowSlice(grid, top, left, right) : [];
  const headers = Array.from({ length: width }, (_, i) => table.columns[i] ?? headerText(headerCells[i] ?? null));
  const firstData = hasHeader ? top + 1 : top;
  const lastData = bottom - table.totalsRowCount;
  const rows: RawCell[][] = [];
  for (let r = firstData; r <= lastData; r++) rows.push(rowSlice(grid, r, left, right));
  return { tableName: table.name, sheet, headerRow: hasHeader ? top : top - 1, firstColumn: left, headers, rows };
}

/**
 * The block of a sheet's cells outside its tables, or undefined when there is none. A sheet with
 * tables keeps its leftovers only when they have data rows (a title above a table is not a block).
 */
export function plainBlock(sheet: string, grid: SheetGrid, tables: readonly CellRange[]): SourceBlock | undefined {
  if (grid.maxRow === 0) return undefined;
  const isCovered =
    tables.length === 0
      ? undefined
      : (r: number, c: number) => tables.some((t) => r >= t.top && r <= t.bottom && c >= t.left && c <= t.right);
  let top = 0;
  let bottom = 0;
  let left = 0;
  let right = 0;
  for (let r = grid.minRow; r <= grid.maxRow; r++) {
    const row = grid.rows[r - 1];
    if (!row) continue;
    for (let c = grid.minCol; c <= row.length; c++) {
      if (row[c - 1] === undefined || (isCovered && isCovered(r, c))) continue;
      if (top === 0) top = r;
      bottom = r;
      if (left === 0 || c < left) left = c;
      if (c > right) right = c;
    }
  }
  if (top === 0) return undefined;
  const headerRow = top;
  const headers = rowSlice(grid, top, left, right, isCovered).map(headerText);
  const rows: RawCell[][] = [];
  for (let r = headerRow + 1; r <= bottom; r++) rows.push(rowSlice(grid, r, left, right, isCovered));
  if (tables.length > 0 && rows.length === 0) return undefined;
  return { sheet, headerRow, firstColumn: left, headers, rows };
}
