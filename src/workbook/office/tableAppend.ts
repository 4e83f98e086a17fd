/**
 * Rows added at the bottom of an existing table ({@link TableAppend}: the pane's Dunning log),
 * within the request that writes the action's sheets. `table.rows.add` puts them below the rows
 * the table has when Excel runs the request, so rows another user of a shared workbook added
 * after the action's read are kept, never overwritten. The header row is loaded in the same
 * request, just before: rows arranged under headers that have moved meanwhile (a clerk dragged a
 * column) are written again under the headers Excel had (1 sync more, only then).
 */
import type { AppendCell, RawCell, TableAppend } from "../port";
import type { DateSystem } from "./dateSystem";
import { GENERAL_FORMAT, cellInput } from "./plan";

/** An append queued in a request: read after its sync by {@link finishTableAppend}. */
export interface QueuedAppend {
  readonly append: TableAppend;
  readonly header: Excel.Range;
  readonly added: Excel.TableRow;
  readonly count: number;
  /** The table's data rows just before the add. */
  readonly rowsBefore: Excel.TableRowCollection;
}

/** Values as the port reads them (office/officeWorkbook.ts: empty cells null, 1904 dates shifted). */
export type ToRaw = (values: unknown[][], formats: unknown[][] | undefined) => RawCell[][];

/** Values and number formats of the rows, as Excel takes them (dates in the workbook's date system, text kept text). */
function matrices(rows: readonly AppendCell[][], system: DateSystem): { values: unknown[][]; formats: string[][] } {
  const inputs = rows.map((row) => row.map((cell) => cellInput(cell, system)));
  return { values: inputs.map((row) => row.map((i) => i.value ?? "")), formats: inputs.map((row) => row.map((i) => i.format ?? GENERAL_FORMAT)) };
}

/** Bytes the append adds to its request (an estimate that errs high), for the write's chunking. */
export function appendBytes(append: TableAppend | undefined, system: DateSystem): number {
  if (!append) return 0;
  const { values, formats } = matrices(append.rowsUnder(append.headers), system);
  return 2 * (JSON.stringify(values).length + JSON.stringify(formats).length) + 2_000;
}

/**
 * Queues the append: the header row loaded, empty rows added at the bottom, their number formats
 * (first, so a text cell such as "00123" stays text), then their values.
 */
export function queueTableAppend(context: Excel.RequestContext, append: TableAppend, system: DateSystem): QueuedAppend {
  const rows = append.rowsUnder(append.headers);
  const table = context.workbook.tables.getItem(append.table);
  const header = table.getHeaderRowRange().load("values");
  const rowsBefore = table.rows.load("count");
  const { values, formats } = matrices(rows, system);
  const added = table.rows.add(undefined, rows.map((row) => row.map(() => "")));
  added.load("index");
  const range = added.getRange().getResizedRange(rows.length - 1, 0);
  range.numberFormat = formats;
  range.values = values as Excel.Range["values"];
  // The sheet prints down to its last row: the print area AR Desk set ended at the table's old bottom.
  const ws = table.worksheet;
  ws.pageLayout.setPrintArea(ws.getRange("A1").getBoundingRect(table.getRange()));
  return { append, header, added, count: rows.length, rowsBefore };
}

/**
 * After the request ran: when the table's headers were no longer those the rows were arranged
 * under, writes the rows again under the headers Excel had (1 sync); when another user added rows
 * between the read and the write, shows them to `takeBack` (1 sync) and deletes the new rows it
 * names (1 sync). Nothing more otherwise.
 * @returns how many of the new rows were taken back
 */
export async function finishTableAppend(context: Excel.RequestContext, queued: QueuedAppend, system: DateSystem, toRaw: ToRaw): Promise<number> {
  const { append } = queued;
  const table = context.workbook.tables.getItem(append.table);
  const now = (queued.header.values[0] ?? []).map((v) => String(v ?? ""));
  if (now.length !== append.headers.length || now.some((h, i) => h !== append.headers[i])) {
    const { values, formats } = matrices(append.rowsUnder(now), system);
    const range = table.getDataBodyRange().getRow(queued.added.index).getResizedRange(queued.count - 1, 0);
    range.numberFormat = formats;
    range.values = values as Excel.Range["values"];
    await context.sync();
  }
  const others = queued.rowsBefore.count - append.readRows;
  if (!append.takeBack || others <= 0) return 0;
  const added = table.getDataBodyRange().getRow(append.readRows).getResizedRange(others - 1, 0).load(system === "1904" ? "values,numberFormat" : "values");
  await context.sync();
  const back = [...new Set(append.takeBack(now, toRaw(added.values, system === "1904" ? added.numberFormat : undefined)))].filter((i) => i >= 0 && i < queued.count);
  if (back.length === 0) return 0;
  // From the bottom up, so each index still names the row it named.
  for (const i of back.sort((a, b) => b - a)) table.rows.getItemAt(queued.added.index + i).delete();
  await context.sync();
  return back.length;
}
