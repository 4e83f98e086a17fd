/**
 * OfficeWorkbookPort: the {@link WorkbookPort} on Office.js. It and actions.ts (go to,
 * formula columns) are the only modules that enter Excel, both through office/excelRun.ts.
 * Everything that can be decided without Excel is planned by pure modules (office/plan.ts,
 * office/targets.ts, office/blocks.ts); this file only loads, queues and syncs.
 *
 * Every action is one `Excel.run({ delayForCellEdit: true }, …)` (office/excelRun.ts).
 *
 * Sync budget (independent of the number of customers or sheets):
 * - `listSheets`: 1 sync.
 * - `readBlocks`: 2 syncs (names and date system, then addresses) + 1 per ~`readCellsPerSync`
 *   cells read (each read sync's response stays under Excel on the web's 5 MB limit; a read the
 *   host still refuses with ResponsePayloadSizeLimitExceeded is retried in halves). Sheets AR Desk
 *   generated (statements, Index, …) are not read, except its settings and dunning-log sheets.
 * - `writeSheets`: 1 sync to load sheets, markers, protection and date system, then 1 per
 *   `requestBudgetBytes` of planned writes (default 4 MB, under the 5 MB request limit). Small
 *   runs: 2 syncs. The chunk count grows with the bytes written, never with the count of sheets.
 *
 * Date system: in a 1904 workbook (office/dateSystem.ts) date cells read are shifted to 1900-system
 * serials (the number formats are read too, to know which numbers are dates), and dates written
 * are 1904-system serials, so the clerk sees the same days either way.
 */
import { type GeneratedSheet, MARKER_PREFIX, generatedSheets, markerName, markerReference, nextMarkerIndex } from "../marker";
import type { SheetSpec } from "../spec";
import type { RawCell, SourceBlock, WorkbookPort } from "../port";
import { type Rect, parseAddress, rectAddress } from "./a1";
import { applyOp } from "./apply";
import { type SheetGrid, type TableArea, blocksFromGrids, rawOf } from "./blocks";
import { type PlannedOp, chunkByBytes, planSheet, sheetPathBytes, ACTION_OVERHEAD_BYTES, OBJECT_PATH_BYTES } from "./plan";
import { assignSheetNames } from "./targets";
import { type DateSystem, dateSystemOf, isDateFormat, toSerial1900 } from "./dateSystem";
import { type ExcelRun, OfficeWorkbookError, runInExcel } from "./excelRun";

export { OfficeWorkbookError, type ExcelRun } from "./excelRun";

export interface OfficeWorkbookPortOptions {
  /** Defaults to the global `Excel.run`, looked up at call time. */
  readonly run?: ExcelRun;
  /** Estimated request bytes per write sync. Default 4,000,000 (Excel on the web refuses > 5 MB). */
  readonly requestBudgetBytes?: number;
  /** Cells whose values are read per sync. Default 100,000 (~4 MB of typical ledger cells). */
  readonly readCellsPerSync?: number;
}

/** Said before anything is added when the workbook's structure is protected. */
export const PROTECTED_MESSAGE =
  "The workbook's structure is protected, so AR Desk cannot add its sheets. Unprotect it (Review ▸ Protect Workbook) and try again; nothing was changed.";

const RESPONSE_TOO_LARGE = "ResponsePayloadSizeLimitExceeded";

/**
 * The WorkbookPort of the add-in. The manifest requires SharedRuntime 1.1, which only Excel
 * builds with ExcelApi 1.9 and later provide, so every API used here is there (no runtime check).
 * @example
 * const port = new OfficeWorkbookPort();            // global Excel.run, Office's requirement check
 * const names = await port.writeSheets(specs);      //=> ["C001 Acme Ltd", …, "Index"]
 */
export class OfficeWorkbookPort implements WorkbookPort {
  private readonly budget: number;
  private readonly readCells: number;

  constructor(private readonly options: OfficeWorkbookPortOptions = {}) {
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
      const date1904 = wb.functions.date(1904, 1, 1).load("value");
      await context.sync();
      const system = dateSystemOf(date1904.value);

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
      const grids = await this.readGrids(context, reads, system);
      return blocksFromGrids(grids, areas);
    });
  }

  /**
   * Reads the rectangles in row slices, at most `readCellsPerSync` cells per sync. A sync whose
   * response Excel still refuses (ResponsePayloadSizeLimitExceeded: long texts) is retried with
   * each slice cut in half, down to single rows. In a 1904 workbook the number formats are read
   * too, and date cells come back as 1900-system serials.
   */
  private async readGrids(context: Excel.RequestContext, reads: { ws: Excel.Worksheet; sheet: string; rect: Rect }[], system: DateSystem): Promise<SheetGrid[]> {
    interface Slice {
      readonly index: number;
      readonly rect: Rect;
      readonly cells: number;
    }
    const pending: Slice[] = [];
    reads.forEach((r, index) => {
      const width = r.rect.right - r.rect.left + 1;
      const rowsPer = Math.max(1, Math.floor(this.readCells / width));
      for (let top = r.rect.top; top <= r.rect.bottom; top += rowsPer) {
        const rect = { ...r.rect, top, bottom: Math.min(r.rect.bottom, top + rowsPer - 1) };
        pending.push({ index, rect, cells: (rect.bottom - rect.top + 1) * width });
      }
    });
    const rowsRead: Map<number, RawCell[]>[] = reads.map(() => new Map());
    let cellsPerSync = this.readCells;
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
          throw new OfficeWorkbookError(`Could not read the workbook: row ${slice.rect.top} of sheet "${reads[slice.index].sheet}" is larger than Excel can send at once.`, error);
        }
        pending.unshift(...halves);
        // What was refused, halved: later syncs ask for no more than that.
        cellsPerSync = Math.max(1, Math.floor(cells / 2));
        continue;
      }
      for (const { slice, range } of batch) {
        const formats = system === "1904" ? range.numberFormat : undefined;
        range.values.forEach((row, i) => {
          const cells = row.map((v, j) => {
            const raw = rawOf(v);
            return typeof raw === "number" && formats && isDateFormat(formats[i]?.[j]) ? toSerial1900(raw, system) : raw;
          });
          rowsRead[slice.index].set(slice.rect.top + i, cells);
        });
      }
    }
    return reads.map((r, i) => {
      const values: RawCell[][] = [];
      for (let row = r.rect.top; row <= r.rect.bottom; row++) values.push(rowsRead[i].get(row) ?? []);
      return { sheet: r.sheet, top: r.rect.top, left: r.rect.left, values };
    });
  }

  async writeSheets(specs: readonly SheetSpec[]): Promise<string[]> {
    if (specs.length === 0) return [];
    return this.run("write the sheets", async (context) => {
      const wb = context.workbook;
      const protection = wb.protection.load("protected");
      const date1904 = wb.functions.date(1904, 1, 1).load("value");
      const { sheets, markers, brokenMarkers, markerNames } = await loadSheetsAndMarkers(context);
      // Checked before anything is queued: a protected structure would fail half-way through.
      if (protection.protected) throw new OfficeWorkbookError(PROTECTED_MESSAGE, undefined);
      const dateSystem = dateSystemOf(date1904.value);
      const generated = new Set(markers.map((m) => m.sheet.toLowerCase()));
      const { names, replaced } = assignSheetNames(
        specs.map((s) => s.name),
        sheets.map((name) => ({ name, generated: generated.has(name.toLowerCase()) })),
      );

      // Plan everything before touching Excel; structural ops ride in the first chunk.
      const planned: { sheet: number; planned: PlannedOp }[] = [];
      specs.forEach((spec, i) => planSheet(spec, { sheetName: names[i], dateSystem }).forEach((p) => planned.push({ sheet: i, planned: p })));
      const structureBytes = structuralBytes(names, replaced, markers.length + brokenMarkers.length);
      // The structural ops travel in the first chunk: a placeholder item reserves their bytes there.
      // Each chunk also carries the calculation pause, the first the screen pause (SYNC_RESERVE_BYTES).
      const chunks = chunkByBytes(
        [{ sheet: -1, planned: undefined, bytes: structureBytes }, ...planned.map((p) => ({ ...p, bytes: p.planned.bytes }))],
        this.budget - SYNC_RESERVE_BYTES,
      );

      // Screen updating is paused once per action: repeated calls make the window flicker
      // (Application.suspendScreenUpdatingUntilNextSync docs). Calculation is paused per chunk.
      wb.application.suspendScreenUpdatingUntilNextSync();
      wb.application.suspendApiCalculationUntilNextSync();
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
        if (i > 0) wb.application.suspendApiCalculationUntilNextSync();
        for (const item of chunk) if (item.planned) applyOp(targets[item.sheet], item.planned.op);
        await context.sync();
      }
      return names;
    });
  }

  private run<T>(what: string, batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> {
    return runInExcel(what, this.options.run, batch);
  }
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
