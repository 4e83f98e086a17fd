/** Reading raw cells as text, and telling blank cells and rows apart. Private to the ledger. */
import type { RawCell } from "../../source";
import { cellText as sourceCellText, isBlankCell as sourceIsBlankCell, isBlankRow as sourceIsBlankRow } from "../../source/cells";

// Bound here, not re-exported: the CommonJS build turns a re-export into a getter, called on
// every use (a few million cells in a large ledger).
export const cellText = sourceCellText;
export const isBlankCell = sourceIsBlankCell;
export const isBlankRow = sourceIsBlankRow;

/** The cell as the Data issues sheet shows it. */
export function shownValue(cell: RawCell | undefined): string {
  if (cell === null || cell === undefined) return "";
  return typeof cell === "string" ? cell : String(cell);
}
