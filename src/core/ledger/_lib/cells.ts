/** Reading raw cells as text, and telling blank cells and rows apart. Private to the ledger. */
import type { RawCell } from "../../source";

/** Trimmed text of a cell; "" for blank. Numbers print as JS does (1001 → "1001"). */
export function cellText(cell: RawCell | undefined): string {
  if (cell === null || cell === undefined) return "";
  if (typeof cell === "string") return cell.trim();
  if (typeof cell === "number") return Number.isFinite(cell) ? String(cell) : "";
  return cell ? "TRUE" : "FALSE";
}

export function isBlankCell(cell: RawCell | undefined): boolean {
  return cell === null || cell === undefined || (typeof cell === "string" && cell.trim() === "");
}

export function isBlankRow(row: readonly RawCell[]): boolean {
  for (let i = 0; i < row.length; i++) if (!isBlankCell(row[i])) return false;
  return true;
}

/** The cell as the Data issues sheet shows it. */
export function shownValue(cell: RawCell | undefined): string {
  if (cell === null || cell === undefined) return "";
  return typeof cell === "string" ? cell : String(cell);
}
