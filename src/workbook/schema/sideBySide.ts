/**
 * Two tables side by side on one sheet (invoices in A:F, payments in H:K, an empty column
 * between) arrive as one block: read as one, the payments' `Payment Date` becomes the invoices'
 * paid date and every invoice looks paid. The block is cut at an empty column (no header, no
 * value) when the headers right of it repeat one on its left (`Customer`, `Invoice No` again):
 * one table never names a column twice, two tables often do.
 */
import type { RawCell, SourceBlock } from "../port";
import { normalizeHeader } from "./normalizeHeader";

const isBlank = (cell: RawCell | undefined) => cell === null || cell === undefined || (typeof cell === "string" && cell.trim() === "");

/** The block's columns [from, to) as a block of their own, without its trailing blank rows. */
function columnsOf(block: SourceBlock, from: number, to: number): SourceBlock {
  const rows = block.rows.map((row) => row.slice(from, to));
  let end = rows.length;
  while (end > 0 && rows[end - 1].every(isBlank)) end--;
  return { ...block, firstColumn: block.firstColumn + from, headers: block.headers.slice(from, to), rows: rows.slice(0, end) };
}

/**
 * The tables of a plain block: itself, or the tables standing side by side in it.
 * @example splitSideBySide(block with headers [Invoice No, Customer, Amount, "", Date, Customer, Paid]) //=> two blocks
 */
export function splitSideBySide(block: SourceBlock): SourceBlock[] {
  if (block.tableName !== undefined) return [block];
  const keys = block.headers.map((h) => normalizeHeader(h ?? ""));
  const emptyColumn = (col: number) => keys[col] === "" && block.rows.every((row) => isBlank(row[col]));
  for (let gap = 1; gap < keys.length - 1; gap++) {
    if (keys[gap] !== "") continue;
    let next = gap + 1;
    while (next < keys.length && keys[next] === "") next++;
    // The headers decide first (cheap); only then are the rows of the empty columns looked at.
    const left = new Set(keys.slice(0, gap).filter((k) => k !== ""));
    const right = keys.slice(next).filter((k) => k !== "");
    if (right.length < 2 || !right.some((k) => left.has(k))) continue;
    let end = gap;
    while (end < next && emptyColumn(end)) end++;
    if (end === gap) continue;
    return [columnsOf(block, 0, gap), ...splitSideBySide(columnsOf(block, end, keys.length))];
  }
  return [block];
}
