/**
 * The core's input contract: cells and blocks as both hosts deliver them. The core owns these
 * types so that it (and the AR.* functions) never depend on the workbook layer; the
 * WorkbookPort in src/workbook/port.ts returns them.
 */

/** A raw cell as both hosts deliver it: dates arrive as Excel serial numbers. */
export type RawCell = string | number | boolean | null;

/** A block of the clerk's data: an Excel table, or a sheet's used range with a header row. */
export interface SourceBlock {
  /** Excel table name, or undefined for a plain range. */
  readonly tableName?: string;
  readonly sheet: string;
  /** 1-based row of the header row. */
  readonly headerRow: number;
  /** 1-based column of the first column. */
  readonly firstColumn: number;
  readonly headers: readonly string[];
  /** Data rows below the header, each as long as headers (missing cells = null). */
  readonly rows: readonly (readonly RawCell[])[];
  /**
   * The sheet's merged areas that touch the block (absent when none: a sheet without merges
   * costs nothing). Only a merge's top-left cell holds its value; the others read as blank.
   */
  readonly merges?: readonly MergedArea[];
  /**
   * The customer a title line above the header names (`客户：甲公司`, as 用友 prints one customer's
   * 明细账): the rows' customer when the table has no customer column.
   */
  readonly titleCustomer?: string;
}

/**
 * A merged area (`<mergeCell ref="A4:A9"/>`) in sheet positions: its top-left cell's 1-based row
 * and column, and how many rows and columns it spans. Sheet positions rather than block indexes,
 * so a block re-cut at a lower header row or split in columns keeps its merges as they are.
 */
export interface MergedArea {
  readonly row: number;
  readonly col: number;
  readonly rows: number;
  readonly cols: number;
}
