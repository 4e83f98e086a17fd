/**
 * The sheet's merged areas: `<mergeCells><mergeCell ref="A4:A9"/>…</mergeCells>`, which Excel
 * writes after `<sheetData>`. Read from the part's tail only (what follows `</sheetData>`), so the
 * rows, the hot path, never look for them, and a sheet without merges costs one short scan.
 */
import type { MergedArea } from "../../port";
import { mergedAreaOf } from "../../mergedAreas";
import { MAX_COL, MAX_ROW } from "./sheetBytes";

/** Which areas a block carries is decided in one place for both readers. */
export { mergesWithin } from "../../mergedAreas";

/** A `<mergeCell …>` start tag (any prefix) and its ref attribute's value. */
const MERGE_CELL = /<(?:[A-Za-z_][\w.-]*:)?mergeCell\b[^>]*?\sref\s*=\s*(?:"([^"]*)"|'([^']*)')/g;
/**
 * Merged areas read per sheet, at most: a hand-kept ledger has a few per customer; a part of
 * nothing but `<mergeCell>` tags (a hostile file) must not fill memory with them. Past it, the
 * cells read as they are (blank under a merge: rows said, never dropped silently).
 */
export const MAX_MERGES = 500_000;

/** `A4:B9` (or `A4`, one cell: no merge), any case, `$` allowed as Excel never writes but reads. */
const AREA = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})(?::\$?([A-Za-z]{1,3})\$?(\d{1,7}))?$/;

function columnNumber(letters: string): number {
  let col = 0;
  for (const ch of letters.toUpperCase()) col = col * 26 + (ch.charCodeAt(0) - 64);
  return col;
}

/**
 * The merged area a ref names, or undefined when it names one cell or none Excel has (a merge
 * the reader cannot place is no merge: the cells read as they are).
 * @example mergedArea("A4:B9") //=> { row: 4, col: 1, rows: 6, cols: 2 }
 */
export function mergedArea(ref: string): MergedArea | undefined {
  const m = AREA.exec(ref.trim());
  if (!m || m[3] === undefined) return undefined;
  const [c1, r1, c2, r2] = [columnNumber(m[1]), Number(m[2]), columnNumber(m[3]), Number(m[4])];
  const top = Math.min(r1, r2);
  const left = Math.min(c1, c2);
  const bottom = Math.max(r1, r2);
  const right = Math.max(c1, c2);
  if (top < 1 || left < 1 || bottom > MAX_ROW || right > MAX_COL) return undefined;
  return mergedAreaOf({ top, left, bottom, right });
}

/**
 * Adds to `out` the merged areas in xml[from, …): the part's text after `</sheetData>`.
 * @example const out = []; mergedAreasIn('<mergeCells count="1"><mergeCell ref="A4:A9"/></mergeCells>', 0, out); out //=> [{ row: 4, col: 1, rows: 6, cols: 1 }]
 */
export function mergedAreasIn(xml: string, from: number, out: MergedArea[]): void {
  if (xml.indexOf("mergeCell", from) < 0) return;
  MERGE_CELL.lastIndex = from;
  for (let m = MERGE_CELL.exec(xml); m !== null && out.length < MAX_MERGES; m = MERGE_CELL.exec(xml)) {
    const area = mergedArea(m[1] ?? m[2]);
    if (area !== undefined) out.push(area);
  }
}
