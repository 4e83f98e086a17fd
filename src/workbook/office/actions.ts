/**
 * Small Office.js actions of the task pane beside the {@link OfficeWorkbookPort}: go to a cell,
 * insert a formula at the selection, add and remove AR Desk's formula columns. Like officeWorkbook.ts,
 * this module calls `Excel.run`; the services and the screens never do.
 *
 * Each action is one `Excel.run({ delayForCellEdit: true }, …)` (office/excelRun.ts).
 * Sync budget: goTo 1, insertFormulaAtSelection 1, removeFormulaColumns 3, addFormulaColumns
 * 1 + 1 per `requestBudgetBytes` of formulas (2 for tables up to ~15,000 rows: a formula column
 * sends one formula per row, and Excel on the web refuses a request over 5 MB).
 */
import { type ExcelRun, runInExcel } from "./excelRun";
import { DOING, goingTo, THIS_ROW_HINT, type Said } from "./officeText";
import { utf8Length } from "../../core/text";
import { splitSheetAddress } from "../a1";
import { COLUMN_MARK_PREFIX, columnRef, nextColumnMark, parseColumnMark, type FormulaColumnsPlan } from "../layout/formulaColumns";

export interface OfficeActionOptions {
  /** Defaults to the global `Excel.run`, looked up at call time. */
  readonly run?: ExcelRun;
  /** Estimated request bytes per sync of formulas. Default 4,000,000 (under the web's 5 MB). */
  readonly requestBudgetBytes?: number;
}

/** Per-sync allowance for the column adds, marks and the pause (bytes). */
const STRUCTURE_RESERVE_BYTES = 20_000;

function run<T>(doing: Said, options: OfficeActionOptions, batch: (context: Excel.RequestContext) => Promise<T>, hint?: (error: unknown) => Said | undefined): Promise<T> {
  return runInExcel(doing, options.run, batch, hint);
}

/** Selects the cell (activating its sheet) so the clerk sees the value an issue points at. */
export async function goTo(address: string, options: OfficeActionOptions = {}): Promise<void> {
  const { sheet, ref: cell } = splitSheetAddress(address);
  await run(goingTo(address), options, async (context) => {
    const ws = sheet === undefined ? context.workbook.worksheets.getActiveWorksheet() : context.workbook.worksheets.getItem(sheet);
    ws.activate();
    ws.getRange(cell).select();
    await context.sync();
  });
}

/** Writes a formula into the active cell. */
export async function insertFormulaAtSelection(formula: string, options: OfficeActionOptions = {}): Promise<void> {
  await run(
    DOING.insertFormula,
    options,
    async (context) => {
      const cell = context.workbook.getActiveCell();
      cell.formulas = [[formula]];
      await context.sync();
    },
    () => (formula.includes("[@") ? THIS_ROW_HINT : undefined),
  );
}

/** A table's current state, read before planning. */
export interface TableSnapshot {
  readonly name: string;
  readonly headers: readonly string[];
  readonly rows: number;
}

/** A formula column AR Desk added, found through its mark. */
export interface ColumnMark {
  readonly markName: string;
  readonly table: string;
  readonly column: string;
}

/**
 * Adds formula columns: reads the named tables' headers and row counts and AR Desk's marks (1 sync),
 * asks `plan` what to add, then adds each column with its formula on every data row (a calculated
 * column) and its mark (1 sync).
 * @returns the plan that was applied.
 */
export async function addFormulaColumns(
  tableNames: readonly string[],
  plan: (tables: readonly TableSnapshot[], marks: readonly ColumnMark[]) => FormulaColumnsPlan,
  options: OfficeActionOptions = {},
): Promise<FormulaColumnsPlan> {
  return run(DOING.addFormulaColumns, options, async (context) => {
    const wb = context.workbook;
    const names = wb.names.load("items/name,items/formula");
    const reads = tableNames.map((name) => {
      const table = wb.tables.getItem(name);
      return { name, table, columns: table.columns.load("items/name"), body: table.getDataBodyRange().load("rowCount") };
    });
    await context.sync();

    const marks = marksOf(names.items);
    const snapshots = reads.map((r) => ({ name: r.name, headers: r.columns.items.map((c) => c.name), rows: r.body.rowCount }));
    const planned = plan(snapshots, marks);
    if (planned.add.length === 0) return planned;

    // Columns and marks first; then the formulas, row slices cut so that no sync's request goes
    // over the budget (each row sends its formula: ~260 bytes for the longest AR.* formula).
    let n = nextColumnMark(names.items.map((i) => i.name));
    const fills: { body: Excel.Range; rows: number; formula: string }[] = [];
    for (const column of planned.add) {
      const read = reads.find((r) => r.name.toLowerCase() === column.table.toLowerCase());
      if (!read) throw new Error(`table ${column.table} was not read`);
      const added = read.table.columns.add(undefined, undefined, column.column);
      const mark = wb.names.add(`${COLUMN_MARK_PREFIX}${n++}`, `=${columnRef(read.name, column.column)}`);
      mark.visible = false;
      if (read.body.rowCount > 0) fills.push({ body: added.getDataBodyRange(), rows: read.body.rowCount, formula: column.formula });
    }
    const budget = (options.requestBudgetBytes ?? 4_000_000) - STRUCTURE_RESERVE_BYTES;
    let used = 0;
    for (const fill of fills) {
      const rowBytes = utf8Length(JSON.stringify([fill.formula])) + 1;
      for (let start = 0; start < fill.rows; ) {
        if (used + rowBytes > budget && used > 0) {
          await context.sync();
          used = 0;
        }
        const count = Math.max(1, Math.min(fill.rows - start, Math.floor((budget - used) / rowBytes)));
        const slice = fill.body.getRow(start).getResizedRange(count - 1, 0);
        slice.formulas = Array.from({ length: count }, () => [fill.formula]);
        used += count * rowBytes;
        start += count;
      }
    }
    await context.sync();
    return planned;
  });
}

function marksOf(items: readonly { name: string; formula: unknown }[]): ColumnMark[] {
  const out: ColumnMark[] = [];
  for (const item of items) {
    if (!item.name.startsWith(COLUMN_MARK_PREFIX)) continue;
    const ref = parseColumnMark(String(item.formula));
    if (ref) out.push({ markName: item.name, ...ref });
  }
  return out;
}

/**
 * Removes every column AR Desk added (found by its marks) and the marks themselves, including
 * marks whose column the clerk already deleted. The clerk's own columns are never touched.
 */
export async function removeFormulaColumns(options: OfficeActionOptions = {}): Promise<{ removed: number; columns: { table: string; column: string }[] }> {
  return run(DOING.removeFormulaColumns, options, async (context) => {
    const wb = context.workbook;
    const names = wb.names.load("items/name,items/formula");
    const tables = wb.tables.load("items/name");
    await context.sync();

    const all = names.items.filter((i) => i.name.startsWith(COLUMN_MARK_PREFIX)).map((i) => i.name);
    const marks = marksOf(names.items);
    const existing = new Map(tables.items.map((t) => [t.name.toLowerCase(), t]));
    const candidates = marks
      .filter((m) => existing.has(m.table.toLowerCase()))
      .map((m) => ({ mark: m, column: existing.get(m.table.toLowerCase())!.columns.getItemOrNullObject(m.column).load("name") }));
    await context.sync();

    const removed: { table: string; column: string }[] = [];
    const seen = new Set<string>();
    for (const c of candidates) {
      const key = `${c.mark.table}\u0000${c.mark.column}`.toLowerCase();
      if (c.column.isNullObject || seen.has(key)) continue;
      seen.add(key);
      c.column.delete();
      removed.push({ table: c.mark.table, column: c.mark.column });
    }
    for (const name of all) wb.names.getItem(name).delete();
    await context.sync();
    return { removed: removed.length, columns: removed };
  });
}
