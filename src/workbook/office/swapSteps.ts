/**
 * The structural requests of an Office write, queued in the order sheetSwap.ts relies on, their
 * byte estimates (the model of plan.ts), and what follows a failed request: a look at the
 * workbook, the request that puts it back ({@link recoveryOf}) and a message that says what was
 * done, or exactly which sheets remained when the workbook could not be put back.
 */
import { markerReference } from "../marker";
import { utf8Length } from "../../core/text";
import type { Language } from "../../core/model";
import { couldNot, OfficeWorkbookError, reasonOf } from "./excelRun";
import { DOING, listOf, PROTECTED, said, thenSentence } from "./officeText";
import { RECOVERY_WORDS } from "./recoveryWords";
import { ACTION_BYTES, OBJECT_PATH_BYTES, sheetPathBytes } from "./plan";
import { replacedSheetNote, sheetsChangedSince } from "./leftovers";
import { type FoundNow, type Recovery, type SheetSwap, recoveryOf } from "./sheetSwap";

/** What the port knows of the workbook at a moment: its sheets and markers, and protection. */
export interface LookNow extends FoundNow {
  readonly protected: boolean;
}

/**
 * Steps 1–4 (sheetSwap.ts), queued with the first chunk: the replaced sheets (by id) and their
 * tables renamed to temporary names, broken markers removed, kept leftovers marked as such, each
 * new sheet added and marked, then an earlier write's other leftovers deleted. Screen updating is paused once per action (repeated
 * calls make the window flicker: Application.suspendScreenUpdatingUntilNextSync docs),
 * calculation for this request.
 * @returns the new sheets, in spec order, for the contents.
 */
export function queueFirstSteps(context: Excel.RequestContext, swap: SheetSwap): Excel.Worksheet[] {
  const wb = context.workbook;
  wb.application.suspendScreenUpdatingUntilNextSync();
  wb.application.suspendApiCalculationUntilNextSync();
  // Renamed out of the way first (the workbook never runs out of sheets); a rename is the first
  // change, so a workbook protected since the read refuses the request before anything changed.
  for (const r of swap.replaced) wb.worksheets.getItem(r.id).name = r.temp;
  for (const t of swap.movedTables) wb.tables.getItem(t.id).name = t.temp;
  for (const n of swap.brokenMarkers) wb.names.getItem(n).delete();
  // Before a marker that recorded a kept leftover moves on (below), the leftover gets its own.
  for (const m of swap.leftoverMarks) {
    wb.names.add(m.marker, `=${markerReference(m.sheet)}`).visible = false;
    if (m.unmark !== undefined) wb.names.getItem(m.unmark).delete();
  }
  const added = swap.added.map((a) => {
    const ws = wb.worksheets.add(a.name);
    const reference = `=${markerReference(a.name)}`;
    if (a.kept) {
      // The old sheet's marker, pointed at its successor; first it records the old sheet's id,
      // the proof that sheet is AR Desk's should this write never finish (leftovers.ts).
      const marker = wb.names.getItem(a.marker);
      if (a.replacesId !== undefined) marker.comment = replacedSheetNote(a.replacesId);
      marker.formula = reference;
    } else {
      const marker = wb.names.add(a.marker, reference);
      marker.visible = false;
    }
    return ws;
  });
  // By id: the sheet the look proved AR Desk's. The sheet first (its marker then marks nothing).
  for (const l of swap.leftovers) {
    wb.worksheets.getItem(l.id).delete();
    if (l.marker !== undefined) wb.names.getItem(l.marker).delete();
  }
  return added;
}

/**
 * Step 6, at the end of the last request: the replaced sheets deleted in the order they were
 * renamed, then the markers not carried over (each marked its old sheet until that sheet was gone).
 * By id, as they were renamed: a proxy by the old name would now find the new sheet, and one by
 * the temporary name finds whatever sheet bears it now: the requests before this one left the
 * clerk time to rename the waiting sheet and give its name to a sheet of their own.
 */
export function queueLastStep(context: Excel.RequestContext, swap: SheetSwap): void {
  const wb = context.workbook;
  for (const r of swap.replaced) wb.worksheets.getItem(r.id).delete();
  for (const n of swap.removedMarkers) wb.names.getItem(n).delete();
}

/** A name as a request carries it at most: JSON inside JSON (an object path's argument). */
const nameBytes = (n: string) => utf8Length(JSON.stringify(JSON.stringify(n)));

/**
 * Estimated bytes of steps 1–4 (same model as plan.ts's estimateBytes). Per new sheet: its path
 * and add, and its marker: a new one's add (name and reference) and visibility, or a kept one's
 * path, reference and comment (the note and the id), its name counted twice beyond its path (the
 * reference, and margin); per replaced sheet: its path by id and the rename (temporary name within
 * the fixed 120 bytes); per table moved, its path by name and the rename; per broken marker, a
 * path and a call; per leftover, its path by id and the delete, and its marker's path and delete.
 */
export function firstStepsBytes(swap: SheetSwap): number {
  let bytes = swap.brokenMarkers.length * (ACTION_BYTES + OBJECT_PATH_BYTES + 80);
  for (const a of swap.added) {
    bytes += sheetPathBytes(a.name) + 3 * ACTION_BYTES + OBJECT_PATH_BYTES + 2 * nameBytes(a.name) + 120;
    if (a.replacesId !== undefined) bytes += ACTION_BYTES + nameBytes(replacedSheetNote(a.replacesId));
  }
  for (const r of swap.replaced) bytes += OBJECT_PATH_BYTES + ACTION_BYTES + nameBytes(r.id) + 120;
  for (const l of swap.leftovers) bytes += 2 * (OBJECT_PATH_BYTES + ACTION_BYTES) + nameBytes(l.id) + (l.marker === undefined ? 0 : nameBytes(l.marker));
  for (const m of swap.leftoverMarks) bytes += 2 * (OBJECT_PATH_BYTES + ACTION_BYTES) + nameBytes(m.marker) + 2 * nameBytes(m.sheet) + 60 + (m.unmark === undefined ? 0 : OBJECT_PATH_BYTES + ACTION_BYTES + nameBytes(m.unmark));
  for (const t of swap.movedTables) bytes += OBJECT_PATH_BYTES + ACTION_BYTES + nameBytes(t.id) + nameBytes(t.temp) + 60;
  return bytes;
}

/** Estimated bytes of step 6: per replaced sheet its path by temporary name and the delete; per marker removed, a path and a call. */
export function lastStepBytes(swap: SheetSwap): number {
  let bytes = swap.removedMarkers.length * (ACTION_BYTES + OBJECT_PATH_BYTES + 80);
  for (const r of swap.replaced) bytes += OBJECT_PATH_BYTES + ACTION_BYTES + Math.max(nameBytes(r.temp), nameBytes(r.id)) + 60;
  return bytes;
}

/** Queues a recovery's changes, in its order; false when there is nothing to change. */
function queueRecovery(context: Excel.RequestContext, recovery: Recovery): boolean {
  const wb = context.workbook;
  for (const p of recovery.repoint) wb.names.getItem(p.marker).formula = `=${markerReference(p.sheet)}`;
  // Sheets before their markers: a sheet that stays if this fails still carries its mark.
  for (const s of recovery.deleteSheets) wb.worksheets.getItem(s).delete();
  for (const m of recovery.deleteMarkers) wb.names.getItem(m).delete();
  // By id: the sheet this write renamed, whatever has its temporary name now.
  for (const r of recovery.renameBack) wb.worksheets.getItem(r.id).name = r.to;
  for (const t of recovery.renameTablesBack) wb.tables.getItem(t.from).name = t.to;
  return !changesNothing(recovery);
}

/**
 * After a request of the write `swap` failed with `error`: looks at the workbook, puts it back
 * (or finishes step 6), and says what happened. Resolves to the written names when only step 6
 * was left and is now done (the write is complete); otherwise rejects with a message that says
 * the workbook is as it was, or which sheets remained, in English and in Chinese (recoveryWords.ts).
 * @param before - the look the write planned from.
 * @param lookNow - loads the workbook's sheets, markers, tables and protection (1 sync).
 */
export async function recoverWrite(
  context: Excel.RequestContext,
  swap: SheetSwap,
  before: LookNow,
  error: unknown,
  lookNow: () => Promise<LookNow>,
): Promise<string[]> {
  const failed = couldNot(DOING.writeSheets, error);
  let now: LookNow;
  try {
    now = await lookNow();
  } catch {
    throw new OfficeWorkbookError(said((language) => `${failed[language]}${RECOVERY_WORDS[language].couldNotLookAgain}${thenSpace(language)}${possibleRemains(swap, language)}`), error);
  }
  const recovery = recoveryOf(swap, now, before.sheets, before.sheetIds, (error as { code?: unknown } | undefined)?.code === "ItemAlreadyExists");
  const gone = leftoversGone(swap, now);
  const changed = (language: Language) => changeSince(before, now, swap, language) + leftoversGoneText(gone, language);
  if (queueRecovery(context, recovery)) {
    try {
      await context.sync();
    } catch (undoError) {
      const left = await lookNow().then(
        (after) => (language: Language) => remainsText(swap, after, before, language),
        () => (language: Language) => possibleRemains(swap, language),
      );
      throw new OfficeWorkbookError(
        said((language) => {
          const words = RECOVERY_WORDS[language];
          const what = recovery.kind === "finish" ? words.finishFailed : words.undoFailed;
          return `${failed[language]}${changed(language)}${what}${words.reasonJoin}${thenSentence(reasonOf(undoError, undefined, language), left(language), language)}`;
        }),
        error,
      );
    }
  }
  // Only the removal of the replaced sheets was left, and it is done: the write is complete.
  if (recovery.kind === "finish") return swap.added.map((a) => a.name);
  const unclaimed = recovery.unclaimed;
  // Protected since the read: the first rename or add was refused, before any change.
  if (now.protected && changesNothing(recovery) && unclaimed.length === 0 && gone.length === 0) throw new OfficeWorkbookError(PROTECTED, error);
  // A name the write takes was taken, or a sheet it renames was deleted, since the read: the
  // clerk's doing, said as such (sheets renamed or deleted) when nothing else remains changed.
  const byClerk = clerkChanges(swap, before, now);
  if (byClerk.length > 0 && changedByClerk(error) && unclaimed.length === 0 && gone.length === 0 && recovery.tablesKeptAside.length === 0) throw new SheetsChangedError(byClerk, recovery.keptAside);
  const aside = recovery.keptAside.length > 0 || recovery.tablesKeptAside.length > 0;
  throw new OfficeWorkbookError(
    said((language) => {
      const words = RECOVERY_WORDS[language];
      // The leftovers it removed stay removed (they held nothing the workbook needs): "otherwise".
      const plain = gone.length === 0 && !aside;
      const undone = changesNothing(recovery) ? (plain ? words.nothingChanged : words.nothingElseChanged) : plain ? words.undone : words.otherwiseUndone;
      const unclaimedText = unclaimed.length > 0 ? words.unclaimed(listOf(unclaimed, language), unclaimed.length) : "";
      const asideText = keptAsideText(recovery.keptAside, language) + tablesAsideText(recovery.tablesKeptAside, language);
      return `${failed[language]}${changed(language)}${asideText}${undone}${unclaimedText}`;
    }),
    error,
  );
}

/** Said before anything is added when the workbook's structure is protected (or when it was protected since the read, and nothing was changed). */
export const PROTECTED_MESSAGE = PROTECTED.en;

/** A space between two sentences in English; none in Chinese. */
const thenSpace = (language: Language) => (language === "en" ? " " : "");

/**
 * The refusal when sheets the write renames or deletes, or names it takes, changed since the read
 * it planned from; `keptAside`, its previous sheets that could not have their names back (the
 * clerk's sheet has the name now), waiting under their temporary names.
 * @example sheetsChangedMessage([{ name: "Index", now: "Notes" }])
 * //=> 'AR Desk did not write its sheets: "Index" was renamed "Notes" after AR Desk read the workbook. Nothing was changed; run it again.'
 * @example sheetsChangedMessage([{ name: "Index", now: undefined }], [], "zh")
 * //=> "AR Desk 未写入其工作表：读取工作簿之后，“Index”已被删除。未做任何更改，请重新运行。"
 */
export function sheetsChangedMessage(
  changed: readonly { name: string; now: string | undefined }[],
  keptAside: readonly { name: string; temp: string }[] = [],
  language: Language = "en",
): string {
  const words = RECOVERY_WORDS[language];
  const parts = changed.map((c) => (c.now === undefined ? words.wasDeleted(c.name) : words.wasRenamed(c.name, c.now)));
  const shown = parts.length > 5 ? [...parts.slice(0, 5), words.moreChanged(parts.length - 5)] : parts;
  const done = keptAside.length === 0 ? words.runAgain : `${keptAsideText(keptAside, language)}${words.nothingElseRunAgain}`;
  return words.sheetsChanged(shown, done);
}

/** The refusal of a write whose sheets changed since the read it plans from: what changed, for a message in the clerk's language. */
export class SheetsChangedError extends OfficeWorkbookError {
  constructor(
    readonly changed: readonly { readonly name: string; readonly now: string | undefined }[],
    /** Its previous sheets left under temporary names, their names now the clerk's. */
    readonly keptAside: readonly { readonly name: string; readonly temp: string }[] = [],
  ) {
    super(said((language) => sheetsChangedMessage(changed, keptAside, language)), undefined);
    this.name = "SheetsChangedError";
  }
}

/** A sentence naming AR Desk's previous sheets that wait under temporary names, their names taken. */
function keptAsideText(keptAside: readonly { name: string; temp: string }[], language: Language): string {
  if (keptAside.length === 0) return "";
  const words = RECOVERY_WORDS[language];
  return words.keptAside(keptAside.map((k) => words.nowNamed(k.name, k.temp)));
}

/** A sentence naming AR Desk's previous tables left under temporary names, their names taken by the clerk's. */
function tablesAsideText(aside: readonly { name: string; temp: string }[], language: Language): string {
  if (aside.length === 0) return "";
  const words = RECOVERY_WORDS[language];
  return words.tablesKeptAside(aside.map((k) => words.nowNamed(k.name, k.temp)));
}

/** Excel's refusal of a name already taken or of a sheet no longer there: what a clerk's change since the read causes. */
function changedByClerk(error: unknown): boolean {
  const code = (error as { code?: unknown } | undefined)?.code;
  return code === "ItemAlreadyExists" || code === "ItemNotFound";
}

/**
 * Sheets the read saw that someone else renamed or deleted since (by id): all but those this
 * write renamed to a temporary name, deleted (a leftover; an old sheet, once finishing) or
 * could not yet tell apart.
 */
function clerkChanges(swap: SheetSwap, before: LookNow, now: LookNow): { name: string; now: string | undefined }[] {
  const nameNow = new Map(now.sheetIds.map((id, i) => [id, now.sheets[i]]));
  const lower = (s: string) => s.toLowerCase();
  const ours = new Map([...swap.replaced.map((r) => [r.id, r.temp] as const)]);
  const deletedByUs = new Set(swap.leftovers.map((l) => l.id));
  const seen = before.sheetIds.map((id, i) => ({ id, name: before.sheets[i] }));
  return sheetsChangedSince(
    seen.filter((s) => !deletedByUs.has(s.id) && !(ours.has(s.id) && lower(nameNow.get(s.id) ?? "") === lower(ours.get(s.id)!))),
    [...nameNow].map(([id, name]) => ({ id, name })),
  );
}

/** True when the failed write had changed nothing (the recovery had nothing to put back). */
function changesNothing(recovery: Recovery): boolean {
  const { repoint, deleteMarkers, deleteSheets, renameBack, renameTablesBack } = recovery;
  return [repoint, deleteMarkers, deleteSheets, renameBack, renameTablesBack].every((changes) => changes.length === 0);
}

/**
 * How the workbook changed between the look the write planned from and now, other than by the
 * write itself (its temporary and new sheets): a sheet renamed, added or deleted by someone else.
 */
function changeSince(before: LookNow, now: LookNow, swap: SheetSwap, language: Language): string {
  const lower = (s: string) => s.toLowerCase();
  const words = RECOVERY_WORDS[language];
  const ours = new Set([...swap.replaced.map((r) => lower(r.temp)), ...swap.added.map((a) => lower(a.name)), ...swap.leftovers.map((l) => lower(l.name))]);
  const nowSet = new Set(now.sheets.map(lower));
  const beforeSet = new Set(before.sheets.map(lower));
  const waiting = new Set(swap.replaced.filter((r) => nowSet.has(lower(r.temp))).map((r) => lower(r.name)));
  const gone = before.sheets.filter((s) => !nowSet.has(lower(s)) && !waiting.has(lower(s)) && !ours.has(lower(s)));
  const added = now.sheets.filter((s) => !beforeSet.has(lower(s)) && !ours.has(lower(s)));
  const parts = [
    ...(gone.length > 0 ? [words.noLongerThere(listOf(gone, language), gone.length)] : []),
    ...(added.length > 0 ? [words.isNew(listOf(added, language), added.length)] : []),
    ...(now.protected && !before.protected ? [words.nowProtected] : []),
  ];
  return parts.length > 0 ? words.changedSince(parts) : "";
}

/** The leftovers of an earlier write that this one deleted before it failed. */
function leftoversGone(swap: SheetSwap, now: LookNow): string[] {
  const ids = new Set(now.sheetIds);
  return swap.leftovers.filter((l) => !ids.has(l.id)).map((l) => l.name);
}

/** A sentence naming the leftovers {@link leftoversGone} found, if any. */
function leftoversGoneText(gone: readonly string[], language: Language): string {
  return gone.length === 0 ? "" : RECOVERY_WORDS[language].leftoversRemoved(listOf(gone, language));
}

/** The sheets the write left, from a look after a failed undo: old ones under temporary names, new ones. */
function remainsText(swap: SheetSwap, now: LookNow, before: LookNow, language: Language): string {
  const words = RECOVERY_WORDS[language];
  const present = new Set(now.sheets.map((s) => s.toLowerCase()));
  const waiting = swap.replaced.filter((r) => present.has(r.temp.toLowerCase()));
  const left = recoveryOf(swap, now, before.sheets, before.sheetIds);
  // Sheets this write added and has not removed (when it was finishing, every new sheet is complete).
  const fresh = left.kind === "undo" ? left.deleteSheets : [];
  const parts = [
    ...(waiting.length > 0 ? [words.holdsPrevious(listOf(waiting.map((r) => r.temp), language), listOf(waiting.map((r) => r.name), language), waiting.length)] : []),
    ...(fresh.length > 0 ? [words.newMayBeIncomplete(listOf(fresh, language), fresh.length)] : []),
  ];
  return parts.length > 0 ? words.remains(parts) : words.asItWas;
}

/** What may remain when the workbook could not even be looked at again: from the plan alone. */
function possibleRemains(swap: SheetSwap, language: Language): string {
  const words = RECOVERY_WORDS[language];
  const parts = [
    ...(swap.replaced.length > 0 ? [words.mayHoldPrevious(listOf(swap.replaced.map((r) => r.temp), language), listOf(swap.replaced.map((r) => r.name), language))] : []),
    words.mayBeNew(listOf(swap.added.map((a) => a.name), language)),
  ];
  return words.checkWorkbook(parts);
}
