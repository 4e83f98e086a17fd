/**
 * The pane's Dunning log is appended, never rewritten: in a shared workbook another user (or
 * another action) may add rows between an action's read and its write, and a sheet written whole
 * from the read would drop them (their fees charged again by the next run). This turns a run's
 * new entries into rows for the bottom of the `DunningLog` table the read found, arranged under
 * the table's own headers (a clerk may move the columns or insert their own, README).
 */
import type { DunningLogEntry } from "../../../core/dunning";
import { cellText } from "../../../core/source";
import { normalizeHeader } from "../../../core/text";
import type { AppendCell, TableAppend, WorkbookSnapshot } from "../../port";
import { DUNNING_LOG_COLUMNS, DUNNING_LOG_TABLE } from "./columns";
import { logCellOf } from "./dunningLogSheet";
import { dunningLogFromBlocks, findDunningLogBlock } from "./dunningLogFromBlocks";

/** How the log is written by an action: appended to the table the read found, or written whole (no such table yet). */
export type DunningLogWrite = { readonly kind: "append"; readonly append: TableAppend | undefined } | { readonly kind: "whole" };

/**
 * The entries' rows under `headers`: each header is one of the log's columns (English or
 * Chinese, as the reader finds them) or a column of the clerk's, left empty.
 * @example dunningLogRowsUnder([entry], ["CustomerID", "Notes", "Date"]) //=> [[{ value: "C001" }, { value: null }, { value: { date: … }, style: DATE }]]
 */
export function dunningLogRowsUnder(entries: readonly DunningLogEntry[], headers: readonly string[]): AppendCell[][] {
  const columns = headers.map((h) => {
    const folded = normalizeHeader(h);
    return DUNNING_LOG_COLUMNS.find((c) => normalizeHeader(c.header) === folded) ?? DUNNING_LOG_COLUMNS.find((c) => normalizeHeader(c.headerZh) === folded);
  });
  return entries.map((entry) => columns.map((column) => (column ? logCellOf(entry, column) : { value: null })));
}

/**
 * How an action writes the log after `read`: appended when the read found AR Desk's `DunningLog`
 * table on a sheet AR Desk generated (`append` undefined: nothing new to add), else whole (the
 * first run makes the sheet).
 */
export interface DunningLogWriteOptions {
  /**
   * Told the log rows another user added between the read and the write (readable ones): returns
   * which of `entries` (indexes) to take back out of the log (a notice decided without theirs).
   */
  readonly takeBack?: (others: readonly DunningLogEntry[]) => readonly number[];
}

export function dunningLogWrite(read: Pick<WorkbookSnapshot, "blocks" | "sheets">, entries: readonly DunningLogEntry[], options: DunningLogWriteOptions = {}): DunningLogWrite {
  const block = findDunningLogBlock(read.blocks);
  const generated = read.sheets.some((s) => s.generated && s.name === block?.sheet);
  if (!block || !generated || (block.tableName ?? "").toLowerCase() !== DUNNING_LOG_TABLE.toLowerCase()) return { kind: "whole" };
  if (entries.length === 0) return { kind: "append", append: undefined };
  return {
    kind: "append",
    append: {
      table: block.tableName!,
      headers: block.headers.map((h) => cellText(h)),
      rowsUnder: (headers) => dunningLogRowsUnder(entries, headers),
      readRows: block.rows.length,
      ...(options.takeBack ? { takeBack: (headers, rows) => options.takeBack!(dunningLogFromBlocks([{ tableName: block.tableName, sheet: block.sheet, headerRow: block.headerRow, firstColumn: block.firstColumn, headers: [...headers], rows: rows.map((r) => [...r]) }]).entries) } : {}),
    },
  };
}
