/**
 * The sheets a write renames out of the way ("ARDesk old 1") and what proves, on a later run, that
 * such a sheet is one AR Desk renamed: the leftovers of a write that never finished (the pane
 * closed between its requests, or the request that would have put the workbook back failed too).
 *
 * Proof, one of two, always with the temporary name:
 * - the sheet still carries AR Desk's marker (a replaced sheet whose marker is not carried over
 *   keeps it until the sheet is deleted, see sheetSwap.ts's step 6);
 * - or a marker's comment records the sheet's id: a marker carried over to the new sheet
 *   (`NamedItem.formula`, ExcelApi 1.7) is first given the comment "AR Desk replaced sheet {id}"
 *   (`NamedItem.comment`, ExcelApi 1.4), the id of the sheet it marked (`Worksheet.id`, ExcelApi
 *   1.1: the same through renames). The comment is queued before the marker moves, so there is no
 *   moment when the old sheet has neither.
 * A sheet of that name with neither is the clerk's (or an older AR Desk's, which left no proof):
 * never touched. Worksheet custom properties would be a simpler tag but need ExcelApi 1.12, above
 * the 1.9 the manifest declares.
 *
 * A proven leftover of AR Desk's settings or dunning log is kept, not deleted: the write that
 * never finished may have left the new one incomplete, and the old one is then the only record of
 * earlier notices and fees. The clerk is told, to compare and delete it. It gets a marker of its
 * own, of the role "leftover" (so it stays proven when the marker that recorded its id moves on,
 * and a reader of the saved file, which sees markers but not comments, takes it for AR Desk's
 * output, not the clerk's input nor a second dunning log).
 */
import type { GeneratedSheet, MarkerRole } from "../marker";

/** The name a replaced sheet waits under: "ARDesk old 1", or "ARDesk old 1-2" when that was taken. */
export function tempSheetName(existing: readonly string[], i: number): string {
  const lower = new Set(existing.map((n) => n.toLowerCase()));
  let name = `ARDesk old ${i + 1}`;
  for (let n = 2; lower.has(name.toLowerCase()); n++) name = `ARDesk old ${i + 1}-${n}`;
  return name;
}

const TEMP_NAME = /^ARDesk old \d+(?:-\d+)?$/i;

/**
 * True for a name {@link tempSheetName} gives.
 * @example isTempSheetName("ARDesk old 3-2") //=> true
 */
export function isTempSheetName(name: string): boolean {
  return TEMP_NAME.test(name);
}

const NOTE_PREFIX = "AR Desk replaced sheet ";

/**
 * The comment a carried-over marker gets: the id of the sheet it marked until now.
 * @example replacedSheetNote("{0A1B}") //=> "AR Desk replaced sheet {0A1B}"
 */
export function replacedSheetNote(id: string): string {
  return `${NOTE_PREFIX}${id}`;
}

/**
 * The sheet id a marker's comment records, if it is such a note.
 * @example replacedSheetOf("AR Desk replaced sheet {0A1B}") //=> "{0A1B}"
 */
export function replacedSheetOf(comment: string): string | undefined {
  return comment.startsWith(NOTE_PREFIX) && comment.length > NOTE_PREFIX.length ? comment.slice(NOTE_PREFIX.length) : undefined;
}

/** Roles of the generated sheets AR Desk reads back: its settings and its dunning log. */
export const READ_BACK_ROLES: ReadonlySet<string> = new Set(["settings", "dunning-log"]);

/** The marker role of a leftover AR Desk keeps for the clerk (`_ARDesk_leftover_1`). */
export const LEFTOVER_ROLE: MarkerRole = "leftover";

/** A sheet left by a write that did not finish, and the marker still on it (deleted after it). */
export interface Leftover {
  readonly name: string;
  readonly id: string;
  readonly marker: string | undefined;
  /** Its role: its own marker's, or that of the marker that recorded it (same role: carried over); undefined when unknown. */
  readonly role: string | undefined;
}

/** An id a marker's comment records, and that marker. */
export interface RecordedSheet {
  readonly id: string;
  readonly marker: string;
}

/** What finding leftovers needs of the workbook: sheets with their ids, live markers, ids the markers' comments record. */
export interface LeftoverLook {
  readonly sheets: readonly string[];
  /** Same order as `sheets`. */
  readonly sheetIds: readonly string[];
  readonly markers: readonly GeneratedSheet[];
  readonly recorded: readonly RecordedSheet[];
}

/**
 * True for a leftover the next write deletes: one of a known role that AR Desk does not read back
 * (a settings or dunning-log leftover, one of unknown role, or one kept before, stays for the clerk).
 */
export function isDeletable(leftover: Leftover): boolean {
  return leftover.role !== undefined && leftover.role !== LEFTOVER_ROLE && !READ_BACK_ROLES.has(leftover.role);
}

/**
 * The sheets under a temporary name that AR Desk can prove it renamed (see the module comment).
 * @example leftoverSheets({ sheets: ["ARDesk old 1", "Index"], sheetIds: ["{1}", "{2}"], markers: [{ sheet: "Index", role: "index", markerName: "_ARDesk_index_1" }], recorded: [{ id: "{1}", marker: "_ARDesk_index_1" }] })
 * //=> [{ name: "ARDesk old 1", id: "{1}", marker: undefined, role: "index" }]
 */
export function leftoverSheets(look: LeftoverLook): Leftover[] {
  const markerOf = new Map(look.markers.map((m) => [m.sheet.toLowerCase(), m]));
  const roleOfMarker = new Map(look.markers.map((m) => [m.markerName, m.role]));
  const recordedBy = new Map(look.recorded.map((r) => [r.id, r.marker]));
  const out: Leftover[] = [];
  look.sheets.forEach((name, i) => {
    if (!isTempSheetName(name)) return;
    const id = look.sheetIds[i];
    const own = markerOf.get(name.toLowerCase());
    const recorder = recordedBy.get(id);
    if (own !== undefined) out.push({ name, id, marker: own.markerName, role: own.role });
    else if (recorder !== undefined) out.push({ name, id, marker: undefined, role: roleOfMarker.get(recorder) });
  });
  return out;
}

/** A sheet the write will rename or delete, as the look it plans from saw it. */
export interface SeenSheet {
  readonly name: string;
  readonly id: string;
}

/**
 * The sheets a write would rename or delete that are no longer what its look saw: the sheet of
 * that id renamed (or gone). Empty when every one still has its name.
 * @example sheetsChangedSince([{ name: "Index", id: "{1}" }], [{ name: "Notes", id: "{1}" }, { name: "Index", id: "{2}" }])
 * //=> [{ name: "Index", now: "Notes" }]
 */
export function sheetsChangedSince(seen: readonly SeenSheet[], now: readonly SeenSheet[]): { name: string; now: string | undefined }[] {
  const nameNow = new Map(now.map((s) => [s.id, s.name]));
  return seen.filter((s) => nameNow.get(s.id) !== s.name).map((s) => ({ name: s.name, now: nameNow.get(s.id) }));
}
