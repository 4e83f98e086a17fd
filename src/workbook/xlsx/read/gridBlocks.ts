/**
 * Cuts a sheet's grid into SourceBlocks: one per Excel table, plus the used range no table covers
 * with its first non-empty row as header row (as WorkbookPort promises; title rows above the
 * real header are dropped later by detection, see schema/rebaseHeader.ts).
 *
 * Cells far apart are not one block: columns separated by more than {@link COLUMN_GAP} empty
 * columns make separate blocks, so one stray note at column XFD beside a 100,000-row ledger is a
 * block of its own instead of widening every ledger row to 16,384 cells. Every block cell counts
 * against a budget, so no sheet can ask for more memory than the limit.
 */
import type { RawCell, SourceBlock } from "../../port";
import { headerText } from "../../schema/findHeaderRow";
import type { CellRange } from "../../a1";
import { ReadLimitError } from "./limits";
import type { SheetGrid } from "./sheetData";
import type { TablePart } from "./packageParts";
import { mergesWithin } from "../../mergedAreas";

/** More empty columns than this between two used columns start a new block. */
export const COLUMN_GAP = 32;

/** Cells the blocks of one workbook may still hold; shared by every sheet of a read. */
export class CellBudget {
  constructor(private left: number) {}
  readonly limit = this.left;

  take(cells: number, sheet: string): void {
    this.left -= cells;
    if (this.left < 0) {
      throw new ReadLimitError("tooManyCells", { sheet, cells: this.limit });
    }
  }
}

/**
 * Row `rowNumber`'s cells from column `left` to `right`, holes as null. With `reuse`, a row that
 * already is the slice is returned itself (see plainBlocks).
 */
function rowSlice(grid: SheetGrid, rowNumber: number, left: number, right: number, isCovered?: (r: number, c: number) => boolean, reuse = false): RawCell[] {
  const src = grid.rows[rowNumber - 1];
  if (reuse && src && left === 1 && !isCovered && src.length <= right) {
    // A ledger's rows start at A and end within the block: the holes become null in place
    // instead of copying every cell into a new row (the grid is the reader's own).
    for (let c = 0; c < right; c++) if (src[c] === undefined) src[c] = null;
    return src;
  }
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

/**
 * The block of an Excel table. Headerless tables take their column names as headers. Rows past
 * the sheet's last non-empty row are empty and left out (a table ref may reach row 1,048,576).
 */
export function tableBlock(sheet: string, grid: SheetGrid, table: TablePart, budget?: CellBudget): SourceBlock {
  const { top, left, bottom, right } = table.range;
  const width = right - left + 1;
  const hasHeader = table.headerRowCount > 0;
  const headerCells = hasHeader ? rowSlice(grid, top, left, right) : [];
  const headers = Array.from({ length: width }, (_, i) => table.columns[i] ?? headerText(headerCells[i] ?? null));
  const firstData = hasHeader ? top + 1 : top;
  const lastData = Math.min(bottom - table.totalsRowCount, grid.maxRow);
  budget?.take(width * Math.max(1, lastData - firstData + 2), sheet);
  const rows: RawCell[][] = [];
  for (let r = firstData; r <= lastData; r++) rows.push(rowSlice(grid, r, left, right));
  const merges = mergesWithin(grid.merges, top, left, lastData, right);
  return { tableName: table.name, sheet, headerRow: hasHeader ? top : top - 1, firstColumn: left, headers, rows, ...(merges ? { merges } : {}) };
}

/** Rows up to this many columns wide are walked column by column, wider ones by their cells. */
const DENSE_ROW = 256;

/** Runs of used columns [left, right], split where more than COLUMN_GAP empty columns lie between. */
function columnRuns(grid: SheetGrid, isCovered: ((r: number, c: number) => boolean) | undefined): [number, number][] {
  // without tables to leave out, the parser's count of used columns is the answer (no walk)
  const counted = isCovered === undefined ? grid.usedColumns : undefined;
  const used = counted ?? new Uint8Array(grid.maxCol + 2);
  // (a counted array reaches at least to maxCol: a column past its end holds no cell)
  for (let r = grid.minRow; counted === undefined && r <= grid.maxRow; r++) {
    const row = grid.rows[r - 1];
    if (!row) continue;
    if (row.length <= DENSE_ROW) {
      // a ledger row: stepping through its few columns beats for…in's one string per key
      for (let i = 0; i < row.length; i++) if (row[i] !== undefined && !(isCovered && isCovered(r, i + 1))) used[i + 1] = 1;
      continue;
    }
    // for…in visits only the cells present: a row holding A1 and XFD1 costs two steps, not 16,384
    for (const key in row) {
      const c = Number(key) + 1;
      if (isCovered && isCovered(r, c)) continue;
      used[c] = 1;
    }
  }
  const runs: [number, number][] = [];
  for (let c = 1; c <= grid.maxCol; c++) {
    if (!used[c]) continue;
    const last = runs[runs.length - 1];
    if (last && c - last[1] - 1 <= COLUMN_GAP) last[1] = c;
    else runs.push([c, c]);
  }
  return runs;
}

/**
 * The blocks of a sheet's cells outside its tables (none when there are none): one per run of
 * columns (see {@link COLUMN_GAP}). A sheet with tables keeps its leftovers only when they have
 * data rows (a title above a table is not a block).
 */
export function plainBlocks(sheet: string, grid: SheetGrid, tables: readonly CellRange[], budget?: CellBudget): SourceBlock[] {
  if (grid.maxRow === 0) return [];
  const isCovered =
    tables.length === 0
      ? undefined
      : (r: number, c: number) => tables.some((t) => r >= t.top && r <= t.bottom && c >= t.left && c <= t.right);
  const blocks: SourceBlock[] = [];
  const runs = columnRuns(grid, isCovered);
  for (const [runLeft, runRight] of runs) {
    let top = 0;
    let bottom = 0;
    let left = 0;
    let right = 0;
    // one run holding every counted cell of the sheet: its bounds are the sheet's (a ledger: no walk)
    const whole = runs.length === 1 && isCovered === undefined && grid.usedColumns !== undefined;
    if (whole) {
      top = grid.minRow;
      bottom = grid.maxRow;
      left = grid.minCol;
      right = grid.maxCol;
    }
    for (let r = grid.minRow; !whole && r <= grid.maxRow; r++) {
      const row = grid.rows[r - 1];
      if (!row) continue;
      const end = Math.min(runRight, row.length);
      for (let c = runLeft; c <= end; c++) {
        if (row[c - 1] === undefined || (isCovered && isCovered(r, c))) continue;
        if (top === 0) top = r;
        bottom = r;
        if (left === 0 || c < left) left = c;
        if (c > right) right = c;
      }
    }
    if (top === 0) continue;
    budget?.take((right - left + 1) * (bottom - top + 1), sheet);
    const headers = rowSlice(grid, top, left, right, isCovered).map(headerText);
    const rows: RawCell[][] = [];
    // a sheet without tables: a row is in one block only (the first run's rows hold no cells of
    // the next runs, which copy), so it may become that block's row itself
    const reuse = tables.length === 0;
    for (let r = top + 1; r <= bottom; r++) rows.push(rowSlice(grid, r, left, right, isCovered, reuse));
    if (tables.length > 0 && rows.length === 0) continue;
    const merges = mergesWithin(grid.merges, top, left, bottom, right);
    blocks.push({ sheet, headerRow: top, firstColumn: left, headers, rows, ...(merges ? { merges } : {}) });
  }
  return blocks;
}
