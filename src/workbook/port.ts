import type { CellStyle, SheetSpec, SpecValue } from "./spec";

import type { MergedArea, RawCell, SourceBlock } from "../core/source";
import type { DataIssue } from "../core/model";

/** The core's input types, re-exported: the core owns them (src/core/source). */
export type { MergedArea, RawCell, SourceBlock };

/** A sheet of the workbook, and whether AR Desk generated it (and so may replace it). */
export interface SheetListing {
  readonly name: string;
  readonly generated: boolean;
}

/**
 * What {@link WorkbookPort.readWorkbook} returns. The object itself is the token of that read:
 * handed to writeSheets (`{ after: read }`) in the same action, it tells the port that the write
 * follows that read, so the Office port plans from what the read loaded instead of loading the
 * sheet list again.
 */
export interface WorkbookSnapshot {
  readonly blocks: SourceBlock[];
  readonly sheets: SheetListing[];
  /**
   * What the port could not read as the workbook shows it (Excel: merged cells, where it cannot
   * list them); absent when nothing. They join the read's issues.
   */
  readonly readIssues?: readonly DataIssue[];
}

export interface WriteOptions {
  /**
   * The readWorkbook result this write follows in the same action (read → compute → write).
   * It serves one write; a port may ignore it (the .xlsx port keeps its workbook in memory).
   */
  readonly after?: WorkbookSnapshot;
  /**
   * Rows to add at the bottom of a table the read found, in the same write as the specs (the
   * pane's Dunning log: another user of a shared workbook may have added rows since the read,
   * and rewriting the sheet would drop them). Only the Office port takes it; the .xlsx port
   * (one user, a file in memory) refuses it.
   */
  readonly append?: TableAppend;
}

/** A cell of an appended row: its value and, for a date or an amount, its number format. */
export interface AppendCell {
  readonly value: SpecValue;
  readonly style?: CellStyle;
}

/** Rows for the bottom of an existing table ({@link WriteOptions.append}). */
export interface TableAppend {
  /** The table's name, as the read found it. */
  readonly table: string;
  /** Its headers as the read found them, left to right. */
  readonly headers: readonly string[];
  /**
   * The new rows with a cell under each of `headers`, left to right (null where a row has
   * nothing for a column, such as a column of the clerk's own). Asked again with the headers
   * the table has at the write when the clerk moved its columns meanwhile.
   */
  rowsUnder(headers: readonly string[]): AppendCell[][];
  /** Data rows the table had at the read. */
  readonly readRows: number;
  /**
   * Told the rows another user added at the bottom between the read and the write (values under
   * `headers`, the table's at the write), when there are any: returns which new rows (indexes into
   * rowsUnder's) to take back out of the table.
   */
  takeBack?(headers: readonly string[], othersRows: readonly RawCell[][]): readonly number[];
}

/**
 * The one door between AR Desk and a workbook. office/officeWorkbook.ts (Office.js) and xlsx/xlsxWorkbook.ts (.xlsx files)
 * implement it; one contract test suite runs against both.
 */
export interface WorkbookPort {
  /**
   * Every Excel table, plus each sheet's used range that no table covers (header = first non-empty row).
   * A port may leave out sheets AR Desk generated (listSheets' `generated`), except its settings and
   * dunning-log sheets: callers never read the others as input.
   */
  readBlocks(): Promise<SourceBlock[]>;
  /** Names of all sheets, and which of them AR Desk generated (may replace). */
  listSheets(): Promise<SheetListing[]>;
  /**
   * {@link readBlocks} and {@link listSheets} from one look at the workbook: what a flow that
   * reads the ledger calls, so that in Excel the listing costs no round trip of its own.
   */
  readWorkbook(): Promise<WorkbookSnapshot>;
  /**
   * Writes the specs as new sheets. A sheet of the same name that AR Desk generated is replaced;
   * a clerk's sheet of the same name is never touched: the spec is written under a free name instead.
   * Returns the names actually used, in order.
   */
  writeSheets(specs: readonly SheetSpec[], options?: WriteOptions): Promise<string[]>;
}
