/**
 * An in-memory Excel for jest, faithful to Office.js's proxy rules (see context.ts).
 *
 * @example
 * const fake = installFakeExcel();             // global.Excel = fake.Excel
 * fake.state.putValues("Sheet1", "A1", [["x"]]);
 * await Excel.run(async (ctx) => { const r = ctx.workbook.worksheets.getItem("Sheet1").getRange("A1"); r.load("values"); await ctx.sync(); });
 * fake.stats.syncs.length //=> 1
 */
import { FakeRequestContext, type FakeFault, type FakeStats } from "./context";
import { FakeWorkbook } from "./objects";
import { WorkbookState } from "./state";
import { supports } from "./rangeAreas";

export { FakeOfficeError } from "./errors";
export { PAYLOAD_LIMIT_BYTES, type FakeFault, type FakeStats, type OpDescription, type SyncRecord } from "./context";
export { WorkbookState, SheetState, type CellState } from "./state";
export { MAX_LISTED_MERGES } from "./rangeAreas";

export interface FakeRequestContextApi extends FakeRequestContext {
  workbook: FakeWorkbook;
}

/** Excel.RunOptions: the fake honours `delayForCellEdit`. */
export interface FakeRunOptions {
  readonly delayForCellEdit?: boolean;
}

type Batch<T> = (context: FakeRequestContextApi) => Promise<T> | T;

export interface FakeExcelNamespace {
  run<T>(batch: Batch<T>): Promise<T>;
  run<T>(options: FakeRunOptions, batch: Batch<T>): Promise<T>;
}

/** The part of the `Office` namespace the fake plays: the requirement-set check, by {@link WorkbookState.excelApi}. */
export interface FakeOfficeNamespace {
  readonly context: { readonly requirements: { isSetSupported(name: string, minVersion?: string): boolean } };
}

export interface FakeExcel {
  readonly Excel: FakeExcelNamespace;
  /** `Office` for the port's requirement check (`requirements: fake.Office.context.requirements`); not installed as a global. */
  readonly Office: FakeOfficeNamespace;
  readonly state: WorkbookState;
  readonly stats: FakeStats;
  /** Forgets recorded syncs (e.g. after building a fixture through the API). */
  resetStats(): void;
  /** Makes Excel fail a coming request (see {@link FakeFault}); counted like stats.syncs. */
  failSync(fault: FakeFault): void;
}

/** Creates a fake Excel over `state` (a new, empty workbook by default). */
export function createFakeExcel(state: WorkbookState = new WorkbookState()): FakeExcel {
  const stats: FakeStats = { syncs: [], runs: 0, runOptions: [] };
  const faults: FakeFault[] = [];
  const Excel: FakeExcelNamespace = {
    async run<T>(first: FakeRunOptions | Batch<T>, second?: Batch<T>): Promise<T> {
      const options: FakeRunOptions = typeof first === "function" ? {} : first;
      const batch = (typeof first === "function" ? first : second) as Batch<T>;
      stats.runs += 1;
      stats.runOptions.push(options);
      const context = new FakeRequestContext(state, stats, options.delayForCellEdit === true, faults) as FakeRequestContextApi;
      context.workbook = new FakeWorkbook(context);
      try {
        const result = await batch(context);
        // Like Office.js, Excel.run flushes what the batch left queued.
        if (context.pending > 0) await context.sync();
        return result;
      } finally {
        context.close();
      }
    },
  };
  const Office: FakeOfficeNamespace = {
    context: {
      requirements: {
        // Only ExcelApi is modelled; any other set is reported missing rather than guessed.
        isSetSupported: (name, minVersion = "1.1") => name === "ExcelApi" && supports(state.excelApi, minVersion),
      },
    },
  };
  return {
    Excel,
    Office,
    state,
    stats,
    resetStats() {
      stats.syncs.length = 0;
      stats.runs = 0;
      stats.runOptions.length = 0;
    },
    failSync(fault) {
      faults.push(fault);
    },
  };
}

/** Creates a fake and installs it as `globalThis.Excel`; call `uninstallFakeExcel()` after. */
export function installFakeExcel(state?: WorkbookState): FakeExcel {
  const fake = createFakeExcel(state);
  (globalThis as unknown as { Excel: unknown }).Excel = fake.Excel;
  return fake;
}

export function uninstallFakeExcel(): void {
  delete (globalThis as unknown as { Excel?: unknown }).Excel;
}
