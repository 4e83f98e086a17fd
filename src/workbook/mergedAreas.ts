/**
 * Merged areas as both readers hand them to the engine ({@link SourceBlock.merges}): the shape of
 * one area and which of a sheet's areas a block carries. The .xlsx reader finds a sheet's areas in
 * its `<mergeCells>` (xlsx/read/mergeCells.ts), Excel lists them through Office.js
 * (office/mergedCells.ts); both go through here, so a block read in Excel carries exactly the
 * merges the same block read from the file does.
 */
import type { CellRange } from "./a1";
import type { MergedArea } from "./port";

/**
 * The merged area of a rectangle in sheet positions, or undefined for a single cell (no merge).
 * @example mergedAreaOf({ top: 4, left: 1, bottom: 9, right: 2 }) //=> { row: 4, col: 1, rows: 6, cols: 2 }
 */
export function mergedAreaOf(range: CellRange): MergedArea | undefined {
  if (range.top === range.bottom && range.left === range.right) return undefined;
  return { row: range.top, col: range.left, rows: range.bottom - range.top + 1, cols: range.right - range.left + 1 };
}

/**
 * The merged areas that touch the rectangle [top, bottom] × [left, right] of a sheet, as they are
 * (a merge reaching past the block is kept whole: the engine places it against the block), or
 * undefined when none does (a block then carries no `merges` at all).
 * @example mergesWithin([{ row: 4, col: 1, rows: 6, cols: 1 }], 1, 1, 5, 3) //=> [{ row: 4, col: 1, rows: 6, cols: 1 }]
 */
export function mergesWithin(merges: readonly MergedArea[] | undefined, top: number, left: number, bottom: number, right: number): MergedArea[] | undefined {
  if (merges === undefined || merges.length === 0) return undefined;
  const out = merges.filter((m) => m.row <= bottom && m.row + m.rows - 1 >= top && m.col <= right && m.col + m.cols - 1 >= left);
  return out.length > 0 ? out : undefined;
}
