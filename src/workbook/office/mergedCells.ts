/**
 * Merged cells read in Excel as the .xlsx reader reads them (DESIGN §2 "Ledgers as clerks keep
 * them"): a hand-kept 台账 merges a customer's name down over its invoice rows, and Excel holds the
 * value in the merge's top-left cell only. The engine gives such a value to the rows under it
 * (core/ledger/_lib/mergedCells.ts) from each block's `merges`, which this module lists.
 *
 * `Range.getMergedAreasOrNullObject` is ExcelApi 1.13; the manifest asks for 1.9, so the call is
 * gated on Office's requirement check. Its reference says "if the merged areas count in this range
 * is more than 512, then this method will fail to return the result"; and it lists only the areas
 * whose top-left cell lies in the range asked (OfficeDev/office-js#3611), so it is asked of the
 * whole sheet, as the file's `<mergeCells>` lists the whole sheet. When Excel fails that (a sheet
 * with more than 512), the read asks again in bands of rows small enough that none can hold more
 * than 512 ({@link mergeBands}). Where it cannot be used, the cells read as before, and one info
 * issue says so.
 */
import type { DataIssue } from "../../core/model";
import { issueReason } from "../../core/ledger";
import { mergedAreaOf } from "../mergedAreas";
import type { MergedArea } from "../port";
import { type Rect, parseAreasAddress, rectAddress } from "./a1";
import type { SheetGrid } from "./blocks";

/** Office's requirement-set check (`Office.context.requirements`). */
export interface RequirementSets {
  isSetSupported(name: string, minVersion?: string): boolean;
}

/** Why a read has no merged areas: Excel lacks the API, or it did not answer the listing. */
export type MergesNotRead = { readonly why: "noApi" } | { readonly why: "failed"; readonly detail?: string; readonly code?: string };

/** Merged areas one listing gives at most: "if the merged areas count in this range is more than 512, then this method will fail". */
export const MAX_LISTED_MERGES = 512;

/**
 * Band listings one read may ask for, at most (each ~300 request bytes: ~3 MB, under the 5 MB
 * request limit). A sheet needing more is read without its merges, and said.
 */
export const MAX_MERGE_BANDS = 10_000;

/** Office's own check, looked up at call time; undefined outside Office. */
function officeRequirements(): RequirementSets | undefined {
  const office = (globalThis as { Office?: { context?: { requirements?: RequirementSets } } }).Office;
  const requirements = office?.context?.requirements;
  return typeof requirements?.isSetSupported === "function" ? requirements : undefined;
}

/**
 * Whether this Excel can list merged areas (ExcelApi 1.13). Without a requirement check (no
 * Office around: a test's fake Excel) the call is tried, and its failure said like any other.
 * @example canListMerges({ isSetSupported: (set, version) => set === "ExcelApi" && version === "1.12" }) //=> false
 */
export function canListMerges(requirements: RequirementSets | undefined = officeRequirements()): boolean {
  if (requirements === undefined) return true;
  try {
    return requirements.isSetSupported("ExcelApi", "1.13");
  } catch {
    return false;
  }
}

/** Queues the listing of a sheet's merged areas (the whole sheet: see above), to read after the sync. */
export function queueMergedAreas(ws: Excel.Worksheet): Excel.RangeAreas {
  return ws.getRange().getMergedAreasOrNullObject().load("address");
}

/**
 * The bands of rows, from A1 to (`bottom`, `right`), in which to list a sheet's merged areas when
 * the whole sheet's listing failed. A band of at most 512 cells cannot hold more than 512 merged
 * areas (each has its own top-left cell, and covers at least one cell of any band it crosses), so
 * Excel cannot refuse one for their count. From A1: a merge touching the used cells starts at or
 * above and left of their last cell, and the listing finds a merge by its top-left cell.
 * @example mergeBands(300, 10) //=> [A1:J51, A52:J102, …, A256:J300] (51 rows of 10 columns each, 6 bands)
 */
export function mergeBands(bottom: number, right: number): Rect[] {
  const rows = Math.max(1, Math.floor(MAX_LISTED_MERGES / right));
  const bands: Rect[] = [];
  for (let top = 1; top <= bottom; top += rows) bands.push({ top, left: 1, bottom: Math.min(bottom, top + rows - 1), right });
  return bands;
}

/** Queues the listing of one band of a sheet. */
export function queueBandListing(ws: Excel.Worksheet, band: Rect): Excel.RangeAreas {
  return ws.getRange(rectAddress(band)).getMergedAreasOrNullObject().load("address");
}

/**
 * The merged areas of a sheet's band listings, each once (an area crossing two bands, should
 * Excel list it in both, counts once).
 */
export function mergedAreasOfBands(listings: readonly Excel.RangeAreas[]): MergedArea[] {
  const seen = new Set<string>();
  return listings.flatMap(mergedAreasListed).filter((m) => {
    const key = `${m.row},${m.col},${m.rows},${m.cols}`;
    return seen.has(key) ? false : (seen.add(key), true);
  });
}

/**
 * The merged areas a synced listing holds, in the shape the .xlsx reader gives (sheet positions).
 * @example mergedAreasListed({ isNullObject: false, address: "'台账'!A2:A4,'台账'!D1:E1" } as Excel.RangeAreas) //=> [{ row: 2, col: 1, rows: 3, cols: 1 }, { row: 1, col: 4, rows: 1, cols: 2 }]
 */
export function mergedAreasListed(listing: Excel.RangeAreas): MergedArea[] {
  if (listing.isNullObject) return [];
  return parseAreasAddress(listing.address).flatMap((area) => mergedAreaOf(area.rect) ?? []);
}

/**
 * The one info issue of a read whose merged areas were not read, naming the clerk's sheets it read
 * (row 0: about those sheets, not a row); undefined when it read none.
 */
export function mergesNotReadIssue(notRead: MergesNotRead, sheets: readonly string[]): DataIssue | undefined {
  if (sheets.length === 0) return undefined;
  const params: Record<string, string> = notRead.why === "failed" && notRead.detail ? { why: notRead.why, detail: notRead.detail } : { why: notRead.why };
  return { severity: "info", sheet: sheets.join(", "), row: 0, reason: issueReason("mergesNotRead", params), code: "mergesNotRead", params };
}

/** Whether a read lists the merged areas, and when not, why (said once, by the read's note). */
export type MergeRead = { readonly list: true } | { readonly list: false; readonly notRead: MergesNotRead };

/** An API this Excel does not have (a later requirement set): asking again in another shape cannot help. */
const API_NOT_FOUND = "ApiNotFound";

/** A read again without the listing Excel failed, keeping its reason (cut short: it is Excel's text). */
export function notListed(error: unknown): MergeRead {
  const detail = error instanceof Error && error.message ? error.message.slice(0, 200) : undefined;
  const code = (error as { code?: unknown } | undefined)?.code;
  return { list: false, notRead: { why: "failed", ...(detail ? { detail } : {}), ...(typeof code === "string" ? { code } : {}) } };
}

/** The grid with its sheet's merged areas, when they were listed and there are any. */
export function withMerges(grid: SheetGrid, listing: Excel.RangeAreas | undefined): SheetGrid {
  const merges = listing ? mergedAreasListed(listing) : [];
  return merges.length > 0 ? { ...grid, merges } : grid;
}

/**
 * After Excel failed the whole-sheet listing (not for want of the API: most likely a sheet with
 * more than 512 merged areas), the merged areas again in bands it cannot refuse for their count
 * ({@link mergeBands}), for every read sheet in 1 sync. The grids with their merges and nothing to
 * say; or as they were, still to be said, when Excel fails that too (or the bands would pass
 * {@link MAX_MERGE_BANDS}).
 */
export async function mergesInBands(
  context: Excel.RequestContext,
  grids: SheetGrid[],
  extents: readonly { ws: Excel.Worksheet; sheet: string; rect: Rect }[],
  merges: MergeRead,
): Promise<{ grids: SheetGrid[]; merges: MergeRead }> {
  if (merges.list || merges.notRead.why !== "failed" || merges.notRead.code === API_NOT_FOUND || extents.length === 0) return { grids, merges };
  const bands = extents.map((e) => mergeBands(e.rect.bottom, e.rect.right));
  if (bands.reduce((n, b) => n + b.length, 0) > MAX_MERGE_BANDS) return { grids, merges };
  const listings = extents.map((e, i) => ({ sheet: e.sheet, listings: bands[i].map((band) => queueBandListing(e.ws, band)) }));
  try {
    await context.sync();
  } catch {
    return { grids, merges };
  }
  const bySheet = new Map(listings.map((l) => [l.sheet, mergedAreasOfBands(l.listings)]));
  const listed = grids.map((g) => {
    const areas = bySheet.get(g.sheet) ?? [];
    return areas.length > 0 ? { ...g, merges: areas } : g;
  });
  return { grids: listed, merges: { list: true } };
}
