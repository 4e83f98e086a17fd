/**
 * Moves a plain block's header down to its real header row when title rows sit above it.
 * WorkbookPort delivers a plain range with its first non-empty row as header; a clerk's sheet
 * often starts with a title ("应收账款明细 2026年10月"), so detection looks a few rows further.
 */
import type { SourceBlock } from "../port";
import { findHeaderRow, headerText } from "./findHeaderRow";

/**
 * The block re-cut at its best header row (rows above it dropped), or the block itself when its
 * header row is already the best one or it is an Excel table.
 * @example rebaseHeader({ sheet: "S", headerRow: 1, firstColumn: 1, headers: ["Ledger"], rows: [["Invoice No", "Amount"], ["I1", 5]] }).headerRow //=> 2
 */
export function rebaseHeader(block: SourceBlock): SourceBlock {
  if (block.tableName !== undefined) return block;
  const candidates = [block.headers, ...block.rows.slice(0, 30)];
  const index = findHeaderRow(candidates);
  if (index <= 0) return block;
  return {
    sheet: block.sheet,
    headerRow: block.headerRow + index,
    firstColumn: block.firstColumn,
    headers: block.rows[index - 1].map(headerText),
    rows: block.rows.slice(index),
  };
}
