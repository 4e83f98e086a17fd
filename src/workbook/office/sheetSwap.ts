/**
 * The structural side of an Office write, planned without Excel: which of AR Desk's sheets a
 * write replaces and under which temporary names they wait, which sheets it adds and how each is
 * marked, and which markers go at the end. And, when one of the write's requests failed part-way
 * (Office.js keeps what already ran), how to put the workbook back from what is there now.
 *
 * The order the port queues (officeWorkbook.ts) is what makes that decidable from the workbook alone:
 * 1. the replaced sheets are renamed to their temporary names (by id: the sheet the look saw), in
 *    {@link SheetSwap.replaced} order, then their tables;
 * 2. broken markers are removed (they mark nothing); leftovers kept for the clerk get a marker of
 *    their own (leftovers.ts), before any marker that recorded them moves on;
 * 3. each new sheet is added, then marked: a new marker, or the replaced sheet's marker pointed at
 *    it, after its comment records the replaced sheet's id (leftovers.ts: the proof a later run
 *    needs if this write never finishes);
 * 4. leftovers of an earlier write that never finished are deleted, each before its marker;
 * 5. the sheets' contents, in one or more requests;
 * 6. last, in the last request: the replaced sheets are deleted (by id: the clerk may have renamed
 *    sheets between the requests), in the same order as they were renamed, then the markers of replaced sheets not carried over (so an old sheet never waits
 *    without its proof).
 * So after a failure: a replaced sheet gone (by id) while every new sheet is there and marked
 * means step 6 had begun (every sheet was written: finish it); else every change is undone (none,
 * when no sheet waits under a temporary name). Nothing is looked at before step 1: a name the
 * clerk took since the read (a swap) or a replaced sheet the clerk deleted fails the request, and
 * the undo gives back only names that are free, never touching a sheet whose id the read saw.
 */
import type { GeneratedSheet } from "../marker";
import { markerName, nextMarkerIndex } from "../marker";
import type { SheetSpec } from "../spec";
import { LEFTOVER_ROLE, type Leftover, type RecordedSheet, isDeletable, leftoverSheets, tempSheetName } from "./leftovers";
import { assignSheetNames } from "./targets";

/** What a write needs to know of the workbook's sheets before it plans anything. */
export interface SheetsAndMarkers {
  /** Sheet names in tab order. */
  readonly sheets: readonly string[];
  /** Each sheet's `Worksheet.id`, same order as `sheets`. */
  readonly sheetIds: readonly string[];
  /** Sheet ids that AR Desk markers' comments record, with the marker (leftovers.ts). */
  readonly recorded: readonly RecordedSheet[];
  readonly markers: readonly GeneratedSheet[];
  /** Marks left by sheets the clerk deleted (#REF!) or duplicates: removed on the next write. */
  readonly brokenMarkers: readonly string[];
  readonly markerNames: readonly string[];
  /** Every Excel table, with its sheet. */
  readonly tables: readonly SheetTable[];
  /** Every defined name (tables and names share one namespace). */
  readonly definedNames: readonly string[];
}

export interface SheetTable {
  readonly name: string;
  /** Its `Table.id`: renamed out of the way by id, so the table renamed is the one the look saw. */
  readonly id: string;
  readonly sheet: string;
}

/** One of AR Desk's sheets the write replaces. */
export interface ReplacedSheet {
  readonly name: string;
  /** Its `Worksheet.id`: renamed by id, so the sheet renamed is the one the look saw. */
  readonly id: string;
  /** Where it waits while the new sheets are written ("ARDesk old 1"), deleted at the end. */
  readonly temp: string;
  /** The marker that marks it, if any. */
  readonly marker: string | undefined;
}

/** A sheet the write adds, and the marker that marks it. */
export interface AddedSheet {
  readonly name: string;
  readonly marker: string;
  /** True when the marker is the replaced sheet's, pointed at this one (else a new one is added). */
  readonly kept: boolean;
  /** When kept: the id of the sheet it marked, recorded in its comment before it moves. */
  readonly replacesId?: string;
}

export interface SheetSwap {
  /** One per spec, in order. */
  readonly added: readonly AddedSheet[];
  readonly replaced: readonly ReplacedSheet[];
  /**
   * Tables of the replaced sheets, renamed out of the way with them: the new sheets' tables
   * take the same names ("StatementIndex") while the old sheets still wait.
   */
  readonly movedTables: readonly { readonly name: string; readonly id: string; readonly temp: string }[];
  /** Removed before the sheets are added: they mark nothing. */
  readonly brokenMarkers: readonly string[];
  /** Markers of replaced sheets not carried over, removed last. */
  readonly removedMarkers: readonly string[];
  /** Sheets an earlier write left under temporary names, proven AR Desk's (leftovers.ts): deleted in the first request. */
  readonly leftovers: readonly Leftover[];
  /** Proven leftovers of its settings or dunning log (or of unknown role): kept, for the clerk to compare and delete. */
  readonly keptLeftovers: readonly string[];
  /** Kept leftovers not yet marked as such: the "leftover" marker each gets, and its own marker, removed after. */
  readonly leftoverMarks: readonly { readonly sheet: string; readonly id: string; readonly marker: string; readonly unmark: string | undefined }[];
}

/**
 * Plans the structure of a write of `specs` into a workbook that looks like `look`.
 * @example sheetSwap([{ name: "Index", role: "index", cells: [] }], { sheets: ["Index"], markers: [{ sheet: "Index", role: "index", markerName: "_ARDesk_index_1" }], brokenMarkers: [], markerNames: ["_ARDesk_index_1"] })
 * //=> { added: [{ name: "Index", marker: "_ARDesk_index_1", kept: true }], replaced: [{ name: "Index", temp: "ARDesk old 1", marker: "_ARDesk_index_1" }], brokenMarkers: [], removedMarkers: [] }
 */
export function sheetSwap(specs: readonly SheetSpec[], look: SheetsAndMarkers): SheetSwap {
  // Leftovers go in this write's first request: their names are free for it (a spec of that name
  // is added after they are deleted), and no marker of theirs is carried over.
  const found = leftoverSheets(look);
  const leftovers = found.filter(isDeletable);
  const going = new Set(leftovers.map((l) => l.name.toLowerCase()));
  const markers = look.markers.filter((m) => !going.has(m.sheet.toLowerCase()));
  const generated = new Set(markers.map((m) => m.sheet.toLowerCase()));
  const { names, replaced } = assignSheetNames(
    specs.map((s) => s.name),
    look.sheets.filter((name) => !going.has(name.toLowerCase())).map((name) => ({ name, generated: generated.has(name.toLowerCase()) })),
  );
  const { kept, removed } = successorMarkers(specs, names, replaced, markers);
  let index = nextMarkerIndex(look.markerNames);
  const markerOf = new Map(markers.map((m) => [m.sheet.toLowerCase(), m.markerName]));
  const idOf = new Map(look.sheets.map((name, i) => [name.toLowerCase(), look.sheetIds[i]]));
  // Temporary names stay clear of every name there and of the names this write adds.
  const taken = [...look.sheets, ...names];
  const keptLeftovers = found.filter((l) => !isDeletable(l));
  const leftoverMarks = keptLeftovers.filter((l) => l.role !== LEFTOVER_ROLE).map((l) => ({ sheet: l.name, id: l.id, marker: markerName(LEFTOVER_ROLE, index++), unmark: l.marker }));
  return {
    added: specs.map((spec, i) => {
      const old = kept[i];
      return old
        ? { name: names[i], marker: old, kept: true, replacesId: idOf.get(names[i].toLowerCase()) }
        : { name: names[i], marker: markerName(spec.role, index++), kept: false };
    }),
    replaced: replaced.map((name, i) => ({ name, id: idOf.get(name.toLowerCase())!, temp: tempSheetName(taken, i), marker: markerOf.get(name.toLowerCase()) })),
    movedTables: tablesOutOfTheWay(replaced, look),
    brokenMarkers: look.brokenMarkers,
    removedMarkers: removed,
    leftovers,
    keptLeftovers: keptLeftovers.map((l) => l.name),
    leftoverMarks,
  };
}

/**
 * The markers of replaced sheets: one whose role is the new sheet's carries over to it (its
 * reference set to the new sheet: a path and an action, where removing it and adding a new,
 * hidden one take two paths and three actions, ~0.4 KB per replaced sheet); the others are removed.
 * `kept[i]` is the marker name spec i takes over, if any.
 */
export function successorMarkers(
  specs: readonly SheetSpec[],
  names: readonly string[],
  replaced: readonly string[],
  markers: readonly GeneratedSheet[],
): { kept: (string | undefined)[]; removed: string[] } {
  const replacedLower = new Set(replaced.map((n) => n.toLowerCase()));
  const old = new Map(markers.filter((m) => replacedLower.has(m.sheet.toLowerCase())).map((m) => [m.sheet.toLowerCase(), m]));
  const kept = names.map((n, i) => {
    const m = old.get(n.toLowerCase());
    return m && m.role === specs[i].role ? m.markerName : undefined;
  });
  const taken = new Set(kept);
  return { kept, removed: [...old.values()].map((m) => m.markerName).filter((n) => !taken.has(n)) };
}

/** The replaced sheets' tables and their temporary names ("ARDeskOldTable1"), free among tables and names. */
function tablesOutOfTheWay(replaced: readonly string[], look: SheetsAndMarkers): { name: string; id: string; temp: string }[] {
  const going = new Set(replaced.map((n) => n.toLowerCase()));
  const taken = new Set([...look.tables.map((t) => t.name), ...look.definedNames].map((n) => n.toLowerCase()));
  let n = 0;
  return look.tables
    .filter((t) => going.has(t.sheet.toLowerCase()))
    .map((t) => {
      let temp: string;
      do temp = `ARDeskOldTable${++n}`;
      while (taken.has(temp.toLowerCase()));
      return { name: t.name, id: t.id, temp };
    });
}

/** The workbook as loaded again after a failed request: sheets with their ids, the sheet each live marker marks, every marker's name. */
export interface FoundNow {
  readonly sheets: readonly string[];
  /** Same order as `sheets`. */
  readonly sheetIds: readonly string[];
  readonly markers: readonly GeneratedSheet[];
  /** Every AR Desk marker's name, broken (#REF!) ones too. */
  readonly markerNames: readonly string[];
  /** Every table's name. */
  readonly tables: readonly string[];
  /** Each table's sheet, same order as `tables` (when known: to tell whether a table's name is free once the write's sheets go). */
  readonly tableSheets?: readonly string[];
}

/** How to put the workbook back after a failed request, in the order to queue it. */
export interface Recovery {
  /** "undo": back to how it was before the write; "finish": step 6 had begun, complete it. */
  readonly kind: "undo" | "finish";
  /** Carried-over markers pointed back at their old sheet (by its temporary name) before the new sheet goes. */
  readonly repoint: readonly { readonly marker: string; readonly sheet: string }[];
  /** Deleted after the sheets (a sheet is never left without its marker while it is there). */
  readonly deleteMarkers: readonly string[];
  readonly deleteSheets: readonly string[];
  /** Old sheets given their names back, by id (after the new sheets of those names are deleted). */
  readonly renameBack: readonly { readonly id: string; readonly from: string; readonly to: string }[];
  /** Their tables too (after the new sheets' tables of those names went with their sheets). */
  readonly renameTablesBack: readonly { readonly from: string; readonly to: string }[];
  /**
   * Sheets of the write's names that AR Desk cannot tell from the clerk's (no marker of its
   * own, an id the read did not see: added just before their marker failed, or by the clerk),
   * left as they are and named in the message.
   */
  readonly unclaimed: readonly string[];
  /**
   * Old sheets that cannot have their name back: a sheet AR Desk leaves has it now (the clerk's,
   * renamed or added since the read). They stay under their temporary names, still marked.
   */
  readonly keptAside: readonly { readonly name: string; readonly temp: string }[];
  /** Their tables that cannot have their names back either (a table of the clerk's has it now): left under temporary names. */
  readonly tablesKeptAside: readonly { readonly name: string; readonly temp: string }[];
}

/**
 * What to do after a request of the write `swap` failed, given the workbook `now`, the names
 * the workbook had before (`before`, to tell a sheet the write may have added from one that was
 * there), the ids the read saw (`seenIds`: a sheet of such an id was not added by this write,
 * whatever its name now), and whether Excel refused a name as taken (`nameTaken`: then a new,
 * unmarked sheet of a name the write adds may be one the clerk added since the read, which made
 * the add fail). Never touches a sheet AR Desk cannot prove it made or renamed in this write.
 */
export function recoveryOf(swap: SheetSwap, now: FoundNow, before: readonly string[], seenIds: readonly string[] = [], nameTaken = false): Recovery {
  const lower = (s: string) => s.toLowerCase();
  const present = new Set(now.sheets.map(lower));
  const ids = new Set(now.sheetIds);
  const idNow = new Map(now.sheets.map((name, i) => [lower(name), now.sheetIds[i]]));
  const seen = new Set(seenIds);
  const markedBy = new Map(now.markers.map((m) => [lower(m.markerName), lower(m.sheet)]));
  const none: Omit<Recovery, "kind"> = { repoint: [], deleteMarkers: [], deleteSheets: [], renameBack: [], renameTablesBack: [], unclaimed: [], keptAside: [], tablesKeptAside: [] };
  // Only step 6 deletes a replaced sheet, after every sheet was added, marked and written, and
  // every other replaced sheet waits under its temporary name: then finish it. (A replaced sheet
  // the clerk deleted since the read fails its rename, the first change: undo, nothing added.)
  const added = (a: AddedSheet) => present.has(lower(a.name)) && markedBy.get(lower(a.marker)) === lower(a.name) && !seen.has(idNow.get(lower(a.name))!);
  const stepSix =
    swap.replaced.some((r) => !ids.has(r.id)) && swap.added.every(added) && swap.replaced.every((r) => !ids.has(r.id) || present.has(lower(r.temp)));
  if (stepSix) {
    const markersNow = new Set(now.markerNames.map(lower));
    return {
      kind: "finish",
      ...none,
      // Only where the sheet of that name is the replaced one (by id): never a sheet the clerk gave that name.
      deleteSheets: swap.replaced.filter((r) => idNow.get(lower(r.temp)) === r.id).map((r) => r.temp),
      deleteMarkers: swap.removedMarkers.filter((m) => markersNow.has(lower(m))),
    };
  }
  // By id: a replaced sheet waits under its temporary name only if the write renamed it there.
  const atTemp = swap.replaced.map((r) => idNow.get(lower(r.temp)) === r.id);
  // No replaced sheet waits: none was renamed, so nothing was added either.
  if (atTemp.length > 0 && !atTemp.some(Boolean)) return { kind: "undo", ...none };

  const waiting = new Map(swap.replaced.filter((_, i) => atTemp[i]).map((r) => [lower(r.name), r]));
  const existedBefore = new Set(before.map(lower));
  const repoint: { marker: string; sheet: string }[] = [];
  const deleteMarkers: string[] = [];
  const deleteSheets: string[] = [];
  const unclaimed: string[] = [];
  for (const a of swap.added) {
    const name = lower(a.name);
    // Not there, or a sheet the read saw (the clerk's, renamed to this name since: this add failed).
    if (!present.has(name) || seen.has(idNow.get(name)!)) continue;
    const marksIt = markedBy.get(lower(a.marker)) === name;
    const old = waiting.get(name);
    if (a.kept && marksIt) {
      // Its old sheet waits under a temporary name (the marker was pointed away from it).
      if (old) repoint.push({ marker: a.marker, sheet: old.temp });
      else continue;
    } else if (!a.kept && marksIt) {
      deleteMarkers.push(a.marker);
    } else if (!old || nameTaken) {
      // A new sheet of this name with no marker of this write: perhaps added just before its
      // marker failed, perhaps the clerk's (added since the read, when a name was refused). Left alone.
      if (!existedBefore.has(name) || old) unclaimed.push(a.name);
      continue;
    }
    // (An unmarked new sheet of a replaced sheet's name, whose old sheet waits, when no name was
    // refused: added by this write, since the rename just before in the same request freed it.)
    deleteSheets.push(a.name);
  }
  // A waiting sheet gets its name back unless a sheet that stays has it now.
  const deleted = new Set(deleteSheets.map(lower));
  const stay = swap.replaced.filter((_, i) => atTemp[i]);
  const free = (name: string) => !present.has(lower(name)) || deleted.has(lower(name));
  const renameBack = stay.filter((r) => free(r.name)).map((r) => ({ id: r.id, from: r.temp, to: r.name }));
  const keptAside = stay.filter((r) => !free(r.name)).map((r) => ({ name: r.name, temp: r.temp }));
  const tablesNow = new Set(now.tables.map(lower));
  // A table's name is free unless a table that stays has it (the new sheets' tables go with them).
  const onSheets = now.tableSheets;
  const tablesStaying = new Set(onSheets === undefined ? [] : now.tables.filter((_, i) => !deleted.has(lower(onSheets[i]))).map(lower));
  const waitingTables = swap.movedTables.filter((t) => tablesNow.has(lower(t.temp)));
  const renameTablesBack = waitingTables.filter((t) => !tablesStaying.has(lower(t.name))).map((t) => ({ from: t.temp, to: t.name }));
  const tablesKeptAside = waitingTables.filter((t) => tablesStaying.has(lower(t.name))).map((t) => ({ name: t.name, temp: t.temp }));
  return { kind: "undo", repoint, deleteMarkers, deleteSheets, renameBack, renameTablesBack, unclaimed, keptAside, tablesKeptAside };
}
