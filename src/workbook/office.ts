/**
 * OfficeWorkbookPort: the {@link WorkbookPort} on Office.js. It and officeActions.ts (go to,
 * formula columns) are the only modules that call `Excel.run`. Everything that can be decided without Excel is planned by pure modules
 * (office/plan.ts, office/targets.ts, office/blocks.ts); this file only loads, queues and syncs.
 *
 * Sync budget (independent of the number of customers or sheets):
 * - `listSheets`: 1 sync.
 * - `readBlocks`: 2 syncs (names, then addresses) + 1 per ~`readCellsPerSync` cells read
 *   (each read sync's response stays under Excel on the web's 5 MB limit). Sheets AR Desk
 *   generated (statements, Index, …) are not read, except its settings and dunning-log sheets.
 * - `writeSheets`: 1 sync to load sheets and markers, then 1 per `requestBudgetBytes` of planned
 *   writes (default 4 MB, under the 5 MB request limit). Small runs: 2 syncs. The chunk count grows
 *   with the bytes written, never with the count of sheets itself.
 */
import { type GeneratedSheet, MARKER_PREFIX, generatedSheets, markerName, markerReference, nextMarkerIndex } from "./marker";
import type { SheetSpec } from "./layout/spec";
import type { RawCell, SourceBlock, WorkbookPort } from "./port";
import { type Rect, parseAddress, rectAddress } from "./office/a1";
import { applyOp } from "./office/apply";
import { type SheetGrid, type TableArea, blocksFromGrids, rawOf } from "./office/blocks";
import { type PlannedOp, chunkByBytes, planSheet, sheetPathBytes, ACTION_OVERHEAD_BYTES, OBJECT_PATH_BYTES } from "./office/plan";
import { assignSheetNames } from "./office/targets";
import { type IsSetSupported, type OfficeCapabilities, capabilitiesOf } from "./officeRequirements";

/** `Excel.run` with a batch; injectable so tests can count runs. */
export type ExcelRun = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

export interface OfficeWorkbookPortOptions {
  /** Defaults to the global `Excel.run`, looked up at call time. */
  readonly run?: ExcelRun;
  /** Defaults to `Office.context.requirements.isSetSupported`, or "all supported" outside Office. */
  readonly isSetSupported?: IsSetSupported;
  /** Estimated request bytes per write sync. Default 4,000,000 (Excel on the web refuses > 5 MB). */
  readonly requestBudgetBytes?: number;
  /** Cells whose values are read per sync. Default 100,000 (~4 MB of typical ledger cells). */
  readonly readCellsPerSync?: number;
  /** Waits between retries while Excel is in cell-edit mode. Default 500 ms × 3 tries. */
  readonly retryDelayMs?: number;
}

/** An Office.js failure, with the Office error (code, debugInfo) kept as `cause`. */
export class OfficeWorkbookError extends Error {
  readonly code: string | undefined;
  constructor(
    message: string,
    readonly cause: unknown,
  ) {
    super(message);
    this.name = "OfficeWorkbookError";
    this.code = (cause as { code?: string } | undefined)?.code;
  }
}

const CELL_EDIT_MODE = "InvalidOperationInCellEditMode";
const EDIT_RETRIES = 3;

/**
 * The WorkbookPort of the add-in. Check `checkRequirements` (officeRequirements.ts) once at start-up; the port
 * itself only switches optional features (print setup, screen pause) on ExcelApi 1.9.
 * @example
 * const port = new OfficeWorkbookPort();            // global Excel.run, Office's requirement check
 * const names = await port.writeSheets(specs);      //=> ["C001 Acme Ltd", …, "Index"]
 */
export class OfficeWorkbookPort implements WorkbookPort {
  private readonly caps: OfficeCapabilities;
  private readonly budget: number;
  private readonly readCells: number;

  constructor(private readonly options: OfficeWorkbookPortOptions = {}) {
    this.caps = capabilitiesOf(options.isSetSupported ?? defaultIsSetSupported);
    this.budget = options.requestBudgetBytes ?? 4_000_000;
    this.readCells = options.readCellsPerSync ?? 100_000;
  }

  async listSheets(): Promise<{ name: string; generated: boolean }[]> {
    return this.run("list sheets", async (context) => {
      const { sheets, markers } = await loadSheetsAndMarkers(context);
      const generated = new Set(markers.map((m) => m.sheet.toLowerCase()));
      return sheets.map((name) => ({ name, generated: generated.has(name.toLowerCase()) }));
    });
  }

  async readBlocks(): Promise<SourceBlock[]> {
    return this.run("read the workbook", async (context) => {
      const wb = context.workbook;
      const sheets = wb.worksheets.load("items/name");
      const tables = wb.tables.load("items/name");
      const names = wb.names.load("items/name,items/formula");
      await context.sync();

      // Sheets AR Desk generated are not the clerk's input (callers drop them), except its
      // settings and dunning-log sheets, which are read back: the rest are not read at all.
      const existing = new Set(sheets.items.map((ws) => ws.name.toLowerCase()));
      const skipped = new Set(
        generatedSheets(names.items.map((n) => ({ name: n.name, reference: String(n.formula) })))
          .filter((m) => existing.has(m.sheet.toLowerCase()) && !READ_BACK_ROLES.has(m.role))
          .map((m) => m.sheet.toLowerCase()),
      );
      const read = (sheet: string) => !skipped.has(sheet.toLowerCase());
      const tableInfo = tables.items.map((t) => ({ name: t.name, range: t.getRange().load("address"), ws: t.worksheet.load("name") }));
      const used = sheets.items.filter((ws) => read(ws.name)).map((ws) => ({ ws, range: ws.getUsedRangeOrNullObject(true).load("address") }));
      await context.sync();

      const areas: TableArea[] = tableInfo
        .filter((t) => read(t.ws.name))
        .map((t) => ({ name: t.name, sheet: t.ws.name, rect: parseAddress(t.range.address).rect }));
      // One rectangle per sheet covers its used cells and its tables (a table may end in empty rows).
      const reads: { ws: Excel.Worksheet; sheet: string; rect: Rect }[] = [];
      for (const u of used) {
        const name = u.ws.name;
        let rect = u.range.isNullObject ? undefined : parseAddress(u.range.address).rect;
        for (const a of areas) if (a.sheet === name) rect = rect ? union(rect, a.rect) : a.rect;
        if (rect) reads.push({ ws: u.ws, sheet: name, rect });
      }
      const grids = await this.readGrids(context, reads);
      return blocksFromGrids(grids, areas);
    });
  }

  /** Reads the rectangles in row slices, at most `readCellsPerSync` cells per sync. */
  private async readGrids(context: Excel.RequestContext, reads: { ws: Excel.Worksheet; sheet: string; rect: Rect }[]): Promise<SheetGrid[]> {
    const slices: { index: number; rect: Rect; cells: number; range?: Excel.Range }[] = [];
    reads.forEach((r, index) => {
      const width = r.rect.right - r.rect.left + 1;
      const rowsPer = Math.max(1, Math.floor(this.readCells / width));
      for (let top = r.rect.top; top <= r.rect.bottom; top += rowsPer) {
        const rect = { ...r.rect, top, bottom: Math.min(r.rect.bottom, top + rowsPer - 1) };
        slices.push({ index, rect, cells: (rect.bottom - rect.top + 1) * width });
      }
    });
    const values: RawCell[][][] = reads.map(() => []);
    for (const batch of chunkByBytes(slices.map((s) => ({ ...s, bytes: s.cells })), this.readCells)) {
      for (const s of batch) s.range = reads[s.index].ws.getRange(rectAddress(s.rect)).load("values");
      await context.sync();
      for (const s of batch) for (const row of s.range!.values) values[s.index].push(row.map(rawOf));
    }
    return reads.map((r, i) => ({ sheet: r.sheet, top: r.rect.top, left: r.rect.left, values: values[i] }));
  }

  async writeSheets(specs: readonly SheetSpec[]): Promise<string[]> {
    if (specs.length === 0) return [];
    return this.run("write the sheets", async (context) => {
      const wb = context.workbook;
      const { sheets, markers, brokenMarkers, markerNames } = await loadSheetsAndMarkers(context);
      const generated = new Set(markers.map((m) => m.sheet.toLowerCase()));
      const { names, replaced } = assignSheetNames(
        specs.map((s) => s.name),
        sheets.map((name) => ({ name, generated: generated.has(name.toLowerCase()) })),
      );

      // Plan everything before touching Excel; structural ops ride in the first chunk.
      const planned: { sheet: number; planned: PlannedOp }[] = [];
      specs.forEach((spec, i) => planSheet(spec, { sheetName: names[i] }).forEach((p) => planned.push({ sheet: i, planned: p })));
      const structureBytes = structuralBytes(names, replaced, markers.length + brokenMarkers.length);
      // The structural ops travel in the first chunk: a placeholder item reserves their bytes there.
      // Each chunk also carries the calculation / screen pause (SYNC_RESERVE_BYTES).
      const chunks = chunkByBytes(
        [{ sheet: -1, planned: undefined, bytes: structureBytes }, ...planned.map((p) => ({ ...p, bytes: p.planned.bytes }))],
        this.budget - SYNC_RESERVE_BYTES,
      );

      this.suspend(context);
      // Replaced sheets are renamed out of the way first, so the workbook never runs out of sheets.
      const doomed = replaced.map((name, i) => {
        const ws = wb.worksheets.getItem(name);
        ws.name = freeTempName(sheets, i);
        return ws;
      });
      const replacedLower = new Set(replaced.map((n) => n.toLowerCase()));
      for (const m of markers) if (replacedLower.has(m.sheet.toLowerCase())) wb.names.getItem(m.markerName).delete();
      for (const n of brokenMarkers) wb.names.getItem(n).delete();
      let index = nextMarkerIndex(markerNames);
      const targets = specs.map((spec, i) => {
        const ws = wb.worksheets.add(names[i]);
        const marker = wb.names.add(markerName(spec.role, index++), `=${markerReference(names[i])}`);
        marker.visible = false;
        return ws;
      });
      for (const ws of doomed) ws.delete();

      for (const [i, chunk] of chunks.entries()) {
        if (i > 0) this.suspend(context);
        for (const item of chunk) if (item.planned) applyOp(targets[item.sheet], item.planned.op, { printSetup: this.caps.printSetup });
        await context.sync();
      }
      return names;
    });
  }

  /** Pauses recalculation (and screen updates where supported) until the next sync. */
  private suspend(context: Excel.RequestContext): void {
    context.workbook.application.suspendApiCalculationUntilNextSync();
    if (this.caps.suspendScreenUpdating) context.workbook.application.suspendScreenUpdatingUntilNextSync();
  }

  /** Runs one Excel.run batch; retries while Excel is in cell-edit mode; wraps failures. */
  private async run<T>(what: string, batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> {
    const run: ExcelRun = this.options.run ?? ((b) => Excel.run(b));
    for (let attempt = 1; ; attempt++) {
      try {
        return await run(batch);
      } catch (error) {
        const code = (error as { code?: string }).code;
        if (code === CELL_EDIT_MODE && attempt < EDIT_RETRIES) {
          await new Promise((resolve) => setTimeout(resolve, this.options.retryDelayMs ?? 500));
          continue;
        }
        if (error instanceof OfficeWorkbookError) throw error;
        throw new OfficeWorkbookError(
          code === CELL_EDIT_MODE ? `Could not ${what}: Excel is editing a cell. Press Enter or Esc and try again.` : `Could not ${what}: ${(error as Error).message}`,
          error,
        );
      }
    }
  }
}

/** One sync: sheet names in tab order, AR Desk's markers, and the broken (#REF!) ones. */
async function loadSheetsAndMarkers(context: Excel.RequestContext): Promise<{
  sheets: string[];
  markers: GeneratedSheet[];
  brokenMarkers: string[];
  markerNames: string[];
}> {
  const sheets = context.workbook.worksheets.load("items/name");
  const names = context.workbook.names.load("items/name,items/formula");
  await context.sync();
  const sheetNames = sheets.items.map((s) => s.name);
  const existing = new Set(sheetNames.map((n) => n.toLowerCase()));
  const all = names.items.map((n) => ({ name: n.name, reference: String(n.formula) }));
  const markers = generatedSheets(all).filter((m) => existing.has(m.sheet.toLowerCase()));
  const live = new Set(markers.map((m) => m.markerName));
  const markerNames = all.filter((n) => n.name.startsWith(MARKER_PREFIX)).map((n) => n.name);
  // Marks left by sheets the clerk deleted (#REF!) or duplicates: removed on the next write.
  const brokenMarkers = markerNames.filter((n) => !live.has(n));
  return { sheets: sheetNames, markers, brokenMarkers, markerNames };
}

/** Roles of generated sheets that readBlocks still reads: AR Desk reads its settings and dunning log back. */
const READ_BACK_ROLES: ReadonlySet<string> = new Set(["settings", "dunning-log"]);

/** Per write sync: the calculation and screen-updating pauses (2 actions on one path), rounded up. */
const SYNC_RESERVE_BYTES = 1_000;

/**
 * Estimated bytes of the structural ops (same model as plan.ts's estimateBytes): per new sheet
 * its add, marker name and marker visibility (3 actions, their paths, the name twice and the
 * marker's name and reference); per replaced sheet a rename, a delete and its marker's removal;
 * per other marker removed, one call.
 */
function structuralBytes(names: readonly string[], replaced: readonly string[], markersRemoved: number): number {
  const action = ACTION_OVERHEAD_BYTES + OBJECT_PATH_BYTES;
  let bytes = markersRemoved * (action + 80);
  for (const name of names) bytes += 3 * action + 2 * sheetPathBytes(name) + 120;
  for (const name of replaced) bytes += 3 * action + 2 * sheetPathBytes(name) + 120;
  return bytes;
}

function union(a: Rect, b: Rect): Rect {
  return { top: Math.min(a.top, b.top), left: Math.min(a.left, b.left), bottom: Math.max(a.bottom, b.bottom), right: Math.max(a.right, b.right) };
}

function freeTempName(existing: readonly string[], i: number): string {
  const lower = new Set(existing.map((n) => n.toLowerCase()));
  let name = `ARDesk old ${i + 1}`;
  for (let n = 2; lower.has(name.toLowerCase()); n++) name = `ARDesk old ${i + 1}-${n}`;
  return name;
}

function defaultIsSetSupported(name: string, version?: string): boolean {
  const office = (globalThis as { Office?: typeof Office }).Office;
  const requirements = office?.context?.requirements;
  return requirements ? requirements.isSetSupported(name, version) : true;
}
