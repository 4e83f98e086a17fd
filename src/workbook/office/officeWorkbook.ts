/**
 * OfficeWorkbookPort: the {@link WorkbookPort} on Office.js. It and actions.ts (go to,
 * formula columns) are the only modules that enter Excel, both through office/excelRun.ts.
 * Everything that can be decided without Excel is planned by pure modules (office/plan.ts,
 * office/targets.ts, office/blocks.ts); this file only loads, queues and syncs.
 *
 * Every action is one `Excel.run({ delayForCellEdit: true }, …)` (office/excelRun.ts).
 *
 * Sync budget (independent of the number of customers or sheets; what a Statements action costs):
 * - `listSheets`: 1 sync.
 * - `readWorkbook` (the blocks and the sheet list; `readBlocks` is its blocks): 2 syncs — names,
 *   tables, markers and date system; then every read sheet's used-range address and the values
 *   of its first `readRowsAtOnce` rows (Range.getIntersectionOrNullObject, ExcelApi 1.4) in one
 *   response. Rows past those: 1 sync per ~`readCellsPerSync` cells. When Excel refuses the
 *   response (over 5 MB on the web), 1 more for the addresses alone, then slices (a slice still
 *   refused is cut in half, down to single rows). Sheets AR Desk generated (statements, Index,
 *   …) are not read, except its settings and dunning-log sheets. The read sheets' merged areas
 *   (ExcelApi 1.13, mergedCells.ts) ride in the sync of the addresses: no sync of their own. When
 *   Excel fails that request (it lists at most 512 merged areas a sheet), 1 more reads it again
 *   without them and 1 more lists them in bands of rows (for the whole workbook); should that
 *   fail too, one info issue says so. In an Excel without 1.13 they are not asked for (the note).
 * - `writeSheets`: 1 per `requestBudgetBytes` of planned writes (default 4 MB, under the 5 MB
 *   request limit), plus 1 to load sheets, markers, protection and date system unless it is handed
 *   the readWorkbook result it follows (`{ after: read }`: that read's first sync loaded them,
 *   protection too). The chunk count grows with the bytes written, never with the count of sheets.
 *   Handed a read, a re-run costs nothing more: it renames the sheets it replaces by the
 *   `Worksheet.id` the read saw, so a clerk's renames meanwhile cannot redirect it (a collision
 *   fails the request, and the failure path puts the workbook back). Only a write that deletes or
 *   marks leftovers of a write that never finished (leftovers.ts) first checks by id that they
 *   still have the names the read saw: 1 sync more, only then.
 *   A failed request costs 1 sync to look and 1 to put the workbook back (sheetSwap.ts).
 *   `append` (rows for the bottom of a table: the pane's Dunning log, tableAppend.ts) rides in
 *   the last request, before the old sheets are deleted: no sync of its own. Only when the
 *   table's columns moved since the read, 1 more; when rows were added since the read, 1 to
 *   read them and, if the caller takes some of its rows back (`takeBack`), 1 to delete those.
 *   With no sheet to write (Log call) it is one request (plus the look when no read is handed over).
 * A Statements action in the pane is `readWorkbook` + `writeSheets(…, { after })`: 2 syncs to read
 * while the ledger fits in one response, and 1 per ~4 MB of statements to write, a re-run too.
 *
 * Date system: in a 1904 workbook (office/dateSystem.ts) date cells read are shifted to 1900-system
 * serials (the number formats are read too, to know which numbers are dates), and dates written
 * are 1904-system serials, so the clerk sees the same days either way.
 */
import { type GeneratedSheet, MARKER_PREFIX, generatedSheets } from "../marker";
import type { SheetSpec } from "../spec";
import type { RawCell, SheetListing, SourceBlock, TableAppend, WorkbookPort, WorkbookSnapshot, WriteOptions } from "../port";
import { type QueuedAppend, type ToRaw, appendBytes, finishTableAppend, queueTableAppend } from "./tableAppend";
import { type Rect, parseAddress, rectAddress } from "./a1";
import { applyOp } from "./apply";
import { type SheetGrid, type TableArea, blocksFromGrids, rawOf } from "./blocks";
import { chunkByBytes, planSheet } from "./plan";
import { shareFormats } from "./sharedFormats";
import { type SheetSwap, type SheetsAndMarkers as SwapLook, sheetSwap } from "./sheetSwap";
import { type Leftover, READ_BACK_ROLES, leftoverSheets, replacedSheetOf, sheetsChangedSince } from "./leftovers";
import { SheetsChangedError, firstStepsBytes, lastStepBytes, queueFirstSteps, queueLastStep, recoverWrite } from "./swapSteps";
import { type DateSystem, dateSystemOf, isDateFormat, toSerial1900 } from "./dateSystem";
import { type ExcelRun, OfficeWorkbookError, couldNot, runInExcel } from "./excelRun";
import { DOING, PROTECTED, said, type Said } from "./officeText";
import { RECOVERY_WORDS } from "./recoveryWords";
import { type MergeRead, type RequirementSets, canListMerges, mergesInBands, mergesNotReadIssue, notListed, queueMergedAreas, withMerges } from "./mergedCells";
import type { DataIssue } from "../../core/model";

export { OfficeWorkbookError, type ExcelRun } from "./excelRun";
export { PROTECTED_MESSAGE, SheetsChangedError } from "./swapSteps";
export { successorMarkers } from "./sheetSwap";

export interface OfficeWorkbookPortOptions {
  /** Defaults to the global `Excel.run`, looked up at call time. */
  readonly run?: ExcelRun;
  /** Estimated request bytes per write sync. Default 4,000,000 (Excel on the web refuses > 5 MB). */
  readonly requestBudgetBytes?: number;
  /** Cells whose values are read per sync when reading in slices. Default 100,000 (~4 MB of typical ledger cells). */
  readonly readCellsPerSync?: number;
  /** Rows of each sheet read in the first response, with the addresses. Default 100,000. */
  readonly readRowsAtOnce?: number;
  /**
   * Told, after a write that succeeded, which leftovers of an earlier write that never finished
   * (leftovers.ts) it deleted, and which it kept (settings and dunning log: the clerk compares),
   * so the pane can say so. Not called when there were none.
   */
  readonly onLeftovers?: (leftovers: LeftoversReport) => void;
  /**
   * Office's requirement-set check, asked at each read whether Excel can list merged areas
   * (ExcelApi 1.13). Default `Office.context.requirements`; without Office the listing is tried.
   */
  readonly requirements?: RequirementSets;
}

/** The leftovers a successful write deleted, and those it kept for the clerk (leftovers.ts). */
export interface LeftoversReport {
  readonly removed: readonly string[];
  readonly kept: readonly string[];
}

/** What a write needs to know of the workbook before it queues anything. */
interface WriteLook {
  readonly found: SheetsAndMarkers;
  readonly protected: boolean;
  readonly dateSystem: DateSystem;
}


const RESPONSE_TOO_LARGE = "ResponsePayloadSizeLimitExceeded";

/**
 * The WorkbookPort of the add-in. The manifest requires SharedRuntime 1.1, which only Excel
 * builds with ExcelApi 1.9 and later provide, so every API used here is there, but one: the
 * merged areas' listing (ExcelApi 1.13) is asked for only where Office says it is (mergedCells.ts).
 * @example
 * const port = new OfficeWorkbookPort();            // global Excel.run, Office's requirement check
 * const names = await port.writeSheets(specs);      //=> ["C001 Acme Ltd", …, "Index"]
 */
export class OfficeWorkbookPort implements WorkbookPort {
  private readonly budget: number;
  private readonly readCells: number;
  private readonly rowsAtOnce: number;
  /**
   * What each readWorkbook loaded, keyed by the result it returned, with the count of writes
   * begun before it: a write handed that result uses the look only if no write ran since.
   */
  private readonly looks = new WeakMap<WorkbookSnapshot, { look: WriteLook; writes: number }>();
  /** Writes begun by this port (see {@link lookAfter}). */
  private writes = 0;

  constructor(private readonly options: OfficeWorkbookPortOptions = {}) {
    this.budget = options.requestBudgetBytes ?? 4_000_000;
    this.readCells = options.readCellsPerSync ?? 100_000;
    this.rowsAtOnce = options.readRowsAtOnce ?? 100_000;
  }

  async listSheets(): Promise<SheetListing[]> {
    return this.run(DOING.listSheets, async (context) => {
      const loaded = loadSheetsAndMarkers(context);
      await context.sync();
      return listingOf(loaded());
    });
  }

  async readBlocks(): Promise<SourceBlock[]> {
    return (await this.readWorkbook()).blocks;
  }

  /**
   * The sheet list and the blocks in 2 syncs when the sheets AR Desk reads fit in one response:
   * (1) sheet names, tables, defined names (AR Desk's markers) and the date system; (2) every
   * read sheet's used-range address with the values of its first `readRowsAtOnce` rows, and the
   * tables' addresses. When Excel refuses that response (over 5 MB on the web:
   * ResponsePayloadSizeLimitExceeded), the addresses are loaded alone (3) and the values read in
   * slices ({@link readGrids}).
   */
  async readWorkbook(): Promise<WorkbookSnapshot> {
    const writes = this.writes;
    return this.run(DOING.readWorkbook, async (context) => {
      const wb = context.workbook;
      const tables = wb.tables; // loaded with the sheets and markers, with their sheets' names
      const date1904 = wb.functions.date(1904, 1, 1).load("value");
      // Loaded for the write that follows (writeSheets' `after`): its own load sync is saved.
      const protection = wb.protection.load("protected");
      const loaded = loadSheetsAndMarkers(context);
      await context.sync();
      const system = dateSystemOf(date1904.value);
      const found = loaded();
      const look = { found, protected: protection.protected, dateSystem: system };
      const merges: MergeRead = canListMerges(this.options.requirements) ? { list: true } : { list: false, notRead: { why: "noApi" } };
      const read: WorkbookSnapshot = await this.readLoaded(context, found, system, tables, merges);
      this.looks.set(read, { look, writes });
      return read;
    });
  }

  /** readWorkbook's syncs after the first: the used ranges and values of the sheets it reads. */
  private async readLoaded(
    context: Excel.RequestContext,
    found: SheetsAndMarkers,
    system: DateSystem,
    tables: Excel.TableCollection,
    merges: MergeRead,
  ): Promise<WorkbookSnapshot> {
    // Sheets AR Desk generated are not the clerk's input (callers drop them), except its
    // settings and dunning-log sheets, which are read back: the rest are not read at all.
    // Leftovers of a write that never finished hold earlier output, not the clerk's input.
    const skipped = new Set([
      ...found.markers.filter((m) => !READ_BACK_ROLES.has(m.role)).map((m) => m.sheet.toLowerCase()),
      ...found.leftovers.map((l) => l.name.toLowerCase()),
    ]);
    const readSheets = found.proxies.filter((ws) => !skipped.has(ws.name.toLowerCase()));
    const tableProxies = () => tables.items.map((t) => ({ name: t.name, range: t.getRange().load("address"), ws: t.worksheet.load("name") }));
    const areasOf = (info: ReturnType<typeof tableProxies>): TableArea[] =>
      info
        .filter((t) => !skipped.has(t.ws.name.toLowerCase()))
        .map((t) => ({ name: t.name, sheet: t.ws.name, rect: parseAddress(t.range.address).rect }));

    // (2) Optimistic: each used range's address and the values of its first rows (up to
    // `readRowsAtOnce`, which bounds the response where no 5 MB limit refuses it: desktop).
    // Cells a table covers beyond the used range are empty, and a grid reads as empty outside
    // its rectangle, so no union is needed.
    const fields = system === "1904" ? "address,values,numberFormat" : "address,values";
    const wholeTables = tableProxies();
    const firstRows = `A1:XFD${this.rowsAtOnce}`;
    const whole = readSheets.map((ws) => {
      const used = ws.getUsedRangeOrNullObject(true).load("address");
      return { ws, used, head: used.getIntersectionOrNullObject(firstRows).load(fields), listing: merges.list ? queueMergedAreas(ws) : undefined };
    });
    try {
      await context.sync();
    } catch (error) {
      if ((error as { code?: string }).code === RESPONSE_TOO_LARGE) return this.readInSlices(context, readSheets, tableProxies, areasOf, system, found, merges);
      // Excel failed the request: the merged areas' listing is what it may refuse (over 512 on a
      // sheet). Once more without it; a failure then is the read's own.
      if (merges.list) return this.readLoaded(context, found, system, tables, notListed(error));
      throw error;
    }
    let grids: SheetGrid[] = [];
    const rest: { ws: Excel.Worksheet; sheet: string; rect: Rect }[] = [];
    const extents: { ws: Excel.Worksheet; sheet: string; rect: Rect }[] = [];
    for (const { ws, used, head, listing } of whole) {
      if (used.isNullObject) continue;
      const rect = parseAddress(used.address).rect;
      extents.push({ ws, sheet: ws.name, rect });
      // No head: the sheet's cells all lie below the first rows.
      const headRect = head.isNullObject ? { ...rect, bottom: rect.top - 1 } : parseAddress(head.address).rect;
      const values = head.isNullObject ? [] : head.values;
      grids.push(withMerges(gridOf(ws.name, { ...headRect, top: rect.top }, values, system === "1904" && !head.isNullObject ? head.numberFormat : undefined, system), listing));
      if (rect.bottom > headRect.bottom) rest.push({ ws, sheet: ws.name, rect: { ...rect, top: headRect.bottom + 1 } });
    }
    // Rows past the first `readRowsAtOnce`: in slices, appended to their sheet's grid.
    if (rest.length > 0) {
      const more = await this.readGrids(context, rest, system, this.readCells);
      more.forEach((g) => {
        const i = grids.findIndex((h) => h.sheet === g.sheet);
        grids[i] = { ...grids[i], values: [...grids[i].values, ...g.values] };
      });
    }
    ({ grids, merges } = await mergesInBands(context, grids, extents, merges));
    return snapshotOf(blocksFromGrids(grids, areasOf(wholeTables)), found, grids, merges);
  }

  /** (3) When Excel refused the optimistic response: addresses alone, then the values in slices. */
  private async readInSlices<T>(
    context: Excel.RequestContext,
    readSheets: Excel.Worksheet[],
    tableProxies: () => T,
    areasOf: (tables: T) => TableArea[],
    system: DateSystem,
    found: SheetsAndMarkers,
    merges: MergeRead,
  ): Promise<WorkbookSnapshot> {
    const tableInfo = tableProxies();
      const used = readSheets.map((ws) => ({ ws, range: ws.getUsedRangeOrNullObject(true).load("address"), listing: merges.list ? queueMergedAreas(ws) : undefined }));
      try {
        await context.sync();
      } catch (error) {
        if (merges.list) return this.readInSlices(context, readSheets, tableProxies, areasOf, system, found, notListed(error));
        throw error;
      }
      const areas = areasOf(tableInfo);
      // One rectangle per sheet covers its used cells and its tables (a table may end in empty rows).
      const reads: { ws: Excel.Worksheet; sheet: string; rect: Rect }[] = [];
      for (const u of used) {
        const name = u.ws.name;
        let rect = u.range.isNullObject ? undefined : parseAddress(u.range.address).rect;
        for (const a of areas) if (a.sheet === name) rect = rect ? union(rect, a.rect) : a.rect;
        if (rect) reads.push({ ws: u.ws, sheet: name, rect });
      }
      // The whole was refused: slices start at half of it, so the first slice is not refused too.
      const cells = reads.reduce((n, r) => n + (r.rect.bottom - r.rect.top + 1) * (r.rect.right - r.rect.left + 1), 0);
      const read = await this.readGrids(context, reads, system, Math.max(1, Math.min(this.readCells, Math.floor(cells / 2))));
      const listed = await mergesInBands(context, read.map((g) => withMerges(g, used.find((u) => u.ws.name === g.sheet)?.listing)), reads, merges);
      return snapshotOf(blocksFromGrids(listed.grids, areas), found, listed.grids, listed.merges);
  }

  /**
   * Reads the rectangles in row slices, at most `readCellsPerSync` cells per sync. A sync whose
   * response Excel still refuses (ResponsePayloadSizeLimitExceeded: long texts) is retried with
   * each slice cut in half, down to single rows. In a 1904 workbook the number formats are read
   * too, and date cells come back as 1900-system serials.
   */
  private async readGrids(
    context: Excel.RequestContext,
    reads: { ws: Excel.Worksheet; sheet: string; rect: Rect }[],
    system: DateSystem,
    firstCellsPerSync: number,
  ): Promise<SheetGrid[]> {
    interface Slice {
      readonly index: number;
      readonly rect: Rect;
      readonly cells: number;
    }
    const pending: Slice[] = [];
    reads.forEach((r, index) => {
      const width = r.rect.right - r.rect.left + 1;
      // Rounded up: half of a refused whole is two slices, not two and a one-row remainder.
      const rowsPer = Math.max(1, Math.ceil(firstCellsPerSync / width));
      for (let top = r.rect.top; top <= r.rect.bottom; top += rowsPer) {
        const rect = { ...r.rect, top, bottom: Math.min(r.rect.bottom, top + rowsPer - 1) };
        pending.push({ index, rect, cells: (rect.bottom - rect.top + 1) * width });
      }
    });
    const rowsRead: Map<number, RawCell[]>[] = reads.map(() => new Map());
    let cellsPerSync = firstCellsPerSync;
    while (pending.length > 0) {
      const batch: { slice: Slice; range: Excel.Range }[] = [];
      let cells = 0;
      while (pending.length > 0 && (batch.length === 0 || cells + pending[0].cells <= cellsPerSync)) {
        const slice = pending.shift()!;
        cells += slice.cells;
        const range = reads[slice.index].ws.getRange(rectAddress(slice.rect)).load(system === "1904" ? "values,numberFormat" : "values");
        batch.push({ slice, range });
      }
      try {
        await context.sync();
      } catch (error) {
        if ((error as { code?: string }).code !== RESPONSE_TOO_LARGE) throw error;
        const halves = batch.flatMap(({ slice }) => halve(slice, reads[slice.index].rect));
        if (halves.length === batch.length && batch.length === 1) {
          const { slice } = batch[0];
          throw new OfficeWorkbookError(said((language) => RECOVERY_WORDS[language].rowTooLarge(slice.rect.top, reads[slice.index].sheet)), error);
        }
        // What was refused, halved: later syncs ask for no more than that, and slices still
        // waiting that are larger are cut too (else each would be refused in its turn).
        cellsPerSync = Math.max(1, Math.floor(cells / 2));
        const rest = pending.splice(0).flatMap((slice) => {
          let parts = [slice];
          while (parts.some((p) => p.cells > cellsPerSync && p.rect.top < p.rect.bottom)) {
            parts = parts.flatMap((p) => (p.cells > cellsPerSync ? halve(p, reads[p.index].rect) : [p]));
          }
          return parts;
        });
        pending.push(...halves, ...rest);
        continue;
      }
      for (const { slice, range } of batch) {
        const rows = rawRows(range.values, system === "1904" ? range.numberFormat : undefined, system);
        rows.forEach((cells, i) => rowsRead[slice.index].set(slice.rect.top + i, cells));
      }
    }
    return reads.map((r, i) => {
      const values: RawCell[][] = [];
      for (let row = r.rect.top; row <= r.rect.bottom; row++) values.push(rowsRead[i].get(row) ?? []);
      return { sheet: r.sheet, top: r.rect.top, left: r.rect.left, values };
    });
  }

  /**
   * Writes the specs as new sheets. With `options.after`, the result of this port's readWorkbook
   * that the write follows in the same action, the write plans from what that read loaded
   * (sheets, markers, protection, date system) and costs only its request chunks; the look serves
   * one write, and none once another write ran since the read. Without it the write loads its
   * look itself (1 sync more).
   *
   * A request Excel fails part-way keeps what already ran (Office.js), so a failure is followed,
   * in a batch of its own, by a look at the workbook and a request that puts it back
   * (sheetSwap.ts's recoveryOf): the new sheets removed, the replaced ones given their names
   * back; or, when only the removal of the replaced sheets was left, that finished (and the write
   * succeeds). The error says what was done or, when the workbook could not be put back, exactly
   * which sheets remained.
   */
  async writeSheets(specs: readonly SheetSpec[], options: WriteOptions = {}): Promise<string[]> {
    const { append } = options;
    if (specs.length === 0) {
      if (append) await this.appendOnly(append, options.after);
      return [];
    }
    const basis = this.lookAfter(options.after);
    this.writes += 1;
    let failed: { swap: SheetSwap; look: WriteLook; error: unknown } | undefined;
    let done: SheetSwap | undefined;
    const written = await this.run(DOING.writeSheets, async (context) => {
      const look = basis ?? (await loadWriteLook(context));
      // Checked before anything is queued: a protected structure would fail half-way through.
      if (look.protected) throw new OfficeWorkbookError(PROTECTED, undefined);
      const swap = sheetSwap(specs, look.found);
      const names = swap.added.map((a) => a.name);
      // A read's look may be seconds old. The sheets the write renames and deletes are addressed by
      // the id the read saw, and only those the read proved AR Desk's, so a swap of names can never
      // turn it on the clerk's sheet; a name it takes that the clerk took meanwhile, or a sheet
      // deleted meanwhile, fails the request and the failure path puts the workbook back. Only
      // leftovers are looked at first (1 sync): one is deleted, or marked, in the first request,
      // beyond undoing, and a leftover the clerk renamed is one they mean to keep.
      if (basis && swap.leftovers.length + swap.leftoverMarks.length > 0) await checkLeftoversUnchanged(context, swap);

      // Plan everything before touching Excel; structural ops ride in the first chunk, the
      // removal of the replaced sheets in the last. Sheets formatted alike share their formats.
      const planned = shareFormats(specs.map((spec, i) => ({ name: names[i], ops: planSheet(spec, { dateSystem: look.dateSystem }) })));
      // Placeholders reserve the structural ops' bytes in the first and the last chunk. Each chunk
      // also carries the calculation pause, the first the screen pause (SYNC_RESERVE_BYTES).
      const chunks = chunkByBytes(
        [
          { sheet: -1, planned: undefined, bytes: firstStepsBytes(swap) },
          ...planned.map((p) => ({ ...p, bytes: p.planned.bytes })),
          { sheet: -1, planned: undefined, bytes: lastStepBytes(swap) + appendBytes(append, look.dateSystem) },
        ],
        this.budget - SYNC_RESERVE_BYTES,
      );
      let appended: QueuedAppend | undefined;
      try {
        const targets = queueFirstSteps(context, swap);
        for (const [i, chunk] of chunks.entries()) {
          if (i > 0) context.workbook.application.suspendApiCalculationUntilNextSync();
          for (const item of chunk) if (item.planned) applyOp(targets[item.sheet], item.planned.op);
          // The rows before the last step: should Excel refuse them, the new sheets are undone with the rest.
          if (i === chunks.length - 1 && append) appended = queueTableAppend(context, append, look.dateSystem);
          if (i === chunks.length - 1) queueLastStep(context, swap);
          await context.sync();
        }
      } catch (error) {
        failed = { swap, look, error };
        return undefined;
      }
      done = swap;
      if (appended) await finishTableAppend(context, appended, look.dateSystem, toRawOf(look.dateSystem));
      return names;
    });
    if (written) return this.tellLeftovers(done!, written);
    // A request failed part-way: a batch of its own looks and puts the workbook back (it does
    // not count on the failed batch's context still being usable).
    const { swap, look, error } = failed!;
    const finished = await this.run(DOING.writeSheets, (context) => recoverWrite(context, swap, lookOf(look), error, async () => lookOf(await loadWriteLook(context))));
    // Finished: the leftovers went in the first request, before any contents.
    return this.tellLeftovers(swap, finished);
  }

  /**
   * An append with no sheet to write (the pane's Log call): 1 sync, as the whole Dunning log
   * sheet cost, and 1 more to load the date system when no read is handed over.
   */
  private async appendOnly(append: TableAppend, after: WorkbookSnapshot | undefined): Promise<void> {
    const basis = this.lookAfter(after);
    this.writes += 1;
    await this.run(DOING.writeSheets, async (context) => {
      const look = basis ?? (await loadWriteLook(context));
      const queued = queueTableAppend(context, append, look.dateSystem);
      await context.sync();
      await finishTableAppend(context, queued, look.dateSystem, toRawOf(look.dateSystem));
    });
  }

  /** Tells `onLeftovers` of the leftovers a successful write deleted or kept; returns `written`. */
  private tellLeftovers(swap: SheetSwap, written: string[]): string[] {
    const removed = swap.leftovers.map((l) => l.name);
    if (removed.length + swap.keptLeftovers.length > 0) this.options.onLeftovers?.({ removed, kept: swap.keptLeftovers });
    return written;
  }

  /** The look `read` took, if it may stand in for this write's own (used once; stale after any write). */
  private lookAfter(read: WorkbookSnapshot | undefined): WriteLook | undefined {
    if (!read) return undefined;
    const taken = this.looks.get(read);
    this.looks.delete(read);
    return taken && taken.writes === this.writes ? taken.look : undefined;
  }

  private run<T>(doing: Said, batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> {
    return runInExcel(doing, this.options.run, batch);
  }
}

/** The write's own load sync, when no read it was handed stands in for it: sheets, markers, tables, protection, date system. */
async function loadWriteLook(context: Excel.RequestContext): Promise<WriteLook> {
  const wb = context.workbook;
  const protection = wb.protection.load("protected");
  const date1904 = wb.functions.date(1904, 1, 1).load("value");
  const loaded = loadSheetsAndMarkers(context);
  await context.sync();
  return { found: loaded(), protected: protection.protected, dateSystem: dateSystemOf(date1904.value) };
}

/**
 * 1 sync, only when the read saw leftovers: the leftovers the write deletes or marks still have
 * the names its look saw (by `Worksheet.id`), and the structure is not protected; else it
 * refuses, nothing queued yet.
 */
async function checkLeftoversUnchanged(context: Excel.RequestContext, swap: SheetSwap): Promise<void> {
  const sheets = context.workbook.worksheets.load("items/name,items/id");
  const protection = context.workbook.protection.load("protected");
  try {
    await context.sync();
  } catch (error) {
    const failed = couldNot(DOING.writeSheets, error);
    throw new OfficeWorkbookError(said((language) => `${failed[language]}${RECOVERY_WORDS[language].nothingChanged}`), error);
  }
  if (protection.protected) throw new OfficeWorkbookError(PROTECTED, undefined);
  const changed = sheetsChangedSince(
    [...swap.leftovers, ...swap.leftoverMarks.map((m) => ({ name: m.sheet, id: m.id }))].map(({ name, id }) => ({ name, id })),
    sheets.items.map((ws) => ({ name: ws.name, id: ws.id })),
  );
  if (changed.length > 0) throw new SheetsChangedError(changed);
}

/** A look as the write's recovery compares it: sheets with ids, markers, tables, protection. */
function lookOf(look: WriteLook): { sheets: string[]; sheetIds: string[]; markers: GeneratedSheet[]; markerNames: string[]; tables: string[]; tableSheets: string[]; protected: boolean } {
  const { sheets, sheetIds, markers, markerNames, tables } = look.found;
  return { sheets, sheetIds, markers, markerNames, tables: tables.map((t) => t.name), tableSheets: tables.map((t) => t.sheet), protected: look.protected };
}

/** A slice's two halves by rows (itself when it is one row); `within` is its read's rectangle, for the width. */
function halve<S extends { index: number; rect: Rect; cells: number }>(slice: S, within: Rect): S[] {
  const { top, bottom } = slice.rect;
  if (top === bottom) return [slice];
  const width = within.right - within.left + 1;
  const middle = top + Math.floor((bottom - top) / 2);
  return [
    { ...slice, rect: { ...slice.rect, bottom: middle }, cells: (middle - top + 1) * width },
    { ...slice, rect: { ...slice.rect, top: middle + 1 }, cells: (bottom - middle) * width },
  ];
}

/** The sheets and markers as loaded (sheetSwap.ts's look), with the worksheet proxies to read. */
interface SheetsAndMarkers extends SwapLook {
  readonly sheets: string[];
  readonly sheetIds: string[];
  /** The loaded worksheet proxies, same order as `sheets`. */
  readonly proxies: Excel.Worksheet[];
  readonly markers: GeneratedSheet[];
  readonly markerNames: string[];
  /** Sheets left by a write that never finished (leftovers.ts): not read, listed as AR Desk's. */
  readonly leftovers: readonly Leftover[];
}

/**
 * Queues the loads of the sheet names and ids (tab order), the defined names with their comments
 * and the tables with their sheets; the returned function, called after the next sync, gives the
 * sheets, AR Desk's markers, the broken (#REF!) ones, the leftovers and the tables.
 */
function loadSheetsAndMarkers(context: Excel.RequestContext): () => SheetsAndMarkers {
  const sheets = context.workbook.worksheets.load("items/name,items/id");
  const names = context.workbook.names.load("items/name,items/formula,items/comment");
  const tables = context.workbook.tables.load("items/name,items/id,items/worksheet/name");
  return () => {
    const sheetNames = sheets.items.map((s) => s.name);
    const existing = new Set(sheetNames.map((n) => n.toLowerCase()));
    const all = names.items.map((n) => ({ name: n.name, reference: String(n.formula) }));
    const markers = generatedSheets(all).filter((m) => existing.has(m.sheet.toLowerCase()));
    const live = new Set(markers.map((m) => m.markerName));
    const markerNames = all.filter((n) => n.name.startsWith(MARKER_PREFIX)).map((n) => n.name);
    const brokenMarkers = markerNames.filter((n) => !live.has(n));
    const sheetIds = sheets.items.map((s) => s.id);
    // Ids recorded by AR Desk's own markers only (a comment on the clerk's name proves nothing).
    const recorded = names.items.flatMap((n) => {
      const id = n.name.startsWith(MARKER_PREFIX) ? replacedSheetOf(n.comment ?? "") : undefined;
      return id === undefined ? [] : [{ id, marker: n.name }];
    });
    return {
      sheets: sheetNames,
      sheetIds,
      recorded,
      proxies: sheets.items,
      markers,
      brokenMarkers,
      markerNames,
      leftovers: leftoverSheets({ sheets: sheetNames, sheetIds, markers, recorded }),
      tables: tables.items.map((t) => ({ name: t.name, id: t.id, sheet: t.worksheet.name })),
      definedNames: all.map((n) => n.name),
    };
  };
}

function listingOf({ sheets, markers, leftovers }: SheetsAndMarkers): SheetListing[] {
  const generated = new Set([...markers, ...leftovers.map((l) => ({ sheet: l.name }))].map((m) => m.sheet.toLowerCase()));
  return sheets.map((name) => ({ name, generated: generated.has(name.toLowerCase()) }));
}

/** {@link rawRows} in a date system (tableAppend.ts reads the rows others added). */
function toRawOf(system: DateSystem): ToRaw {
  return (values, formats) => rawRows(values as unknown[][], formats as unknown[][] | undefined, system);
}

/** Values as read, in the port's form (null for empty); in a 1904 workbook date cells as 1900-system serials. */
function rawRows(values: readonly (readonly unknown[])[], formats: readonly (readonly unknown[])[] | undefined, system: DateSystem): RawCell[][] {
  return values.map((row, i) =>
    row.map((v, j) => {
      const raw = rawOf(v);
      return typeof raw === "number" && formats && isDateFormat(formats[i]?.[j]) ? toSerial1900(raw, system) : raw;
    }),
  );
}

function gridOf(sheet: string, rect: Rect, values: unknown[][], formats: unknown[][] | undefined, system: DateSystem): SheetGrid {
  return { sheet, top: rect.top, left: rect.left, values: rawRows(values, formats, system) };
}

/** What readWorkbook returns: the blocks, the sheet list, and the note when merged cells were not read on the clerk's sheets. */
function snapshotOf(blocks: SourceBlock[], found: SheetsAndMarkers, grids: readonly SheetGrid[], merges: MergeRead): WorkbookSnapshot {
  const sheets = listingOf(found);
  if (merges.list) return { blocks, sheets };
  const generated = new Set(sheets.filter((s) => s.generated).map((s) => s.name.toLowerCase()));
  const note = mergesNotReadIssue(merges.notRead, grids.filter((g) => g.values.length > 0 && !generated.has(g.sheet.toLowerCase())).map((g) => g.sheet));
  const readIssues: DataIssue[] = note ? [note] : [];
  return readIssues.length > 0 ? { blocks, sheets, readIssues } : { blocks, sheets };
}


/** Per write sync: the calculation and screen-updating pauses (2 actions on one path), rounded up. */
const SYNC_RESERVE_BYTES = 1_000;

function union(a: Rect, b: Rect): Rect {
  return { top: Math.min(a.top, b.top), left: Math.min(a.left, b.left), bottom: Math.max(a.bottom, b.bottom), right: Math.max(a.right, b.right) };
}
