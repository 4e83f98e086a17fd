/** Reading raw cells as text, and telling blank cells and rows apart. Private to the ledger. */
import type { RawCell } from "../../source";

export { cellText, isBlankCell, isBlankRow } from "../../source/cells";

/** The cell as the Data issues sheet shows it. */
export function shownValue(cell: RawCell | undefined): string {
  if (cell === null || cell === undefined) return "";
  return typeof cell === "string" ? cell : String(cell);
}
