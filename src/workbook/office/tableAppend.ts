/**
 * Rows added at the bottom of an existing table ({@link TableAppend}: the pane's Dunning log),
 * within the request that writes the action's sheets. `table.rows.add` puts them below the rows
 * the table has when Excel runs the request, so rows another user of a shared workbook added
 * after the action's read are kept, never overwritten. The header row is loaded in the same
 * request, just before: rows arranged under headers that have moved meanwhile (a clerk dragged a
 * column) are written again under the headers Excel had (1 sync more, only then).
 */
import type { AppendCell, TableAppend } from "../port";
import type { DateSystem } from "./dateSystem";
import { GENERAL_FORMAT, cellInput } from "./plan";

/** An append queued in a request: read after its sync by {@link finishTableAppend}. */
export interface QueuedAppend {
  readonly append: TableAppend;
  readonly header: Excel.Range;
  readonly added: Excel.TableRow;
  readonly count: number;
}

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
  const { values, formats } = matrices(rows, system);
  const added = table.rows.add(undefined, rows.map((row) => row.map(() => "")));
  added.load("index");
  const range = added.getRange().getResizedRange(rows.length - 1, 0);
  range.numberFormat = formats;
  range.values = values as Excel.Range["values"];
  // The sheet prints down to its last row: the print area AR Desk set ended at the table's old bottom.
  const ws = table.worksheet;
  ws.pageLayout.setPrintArea(ws.getRange("A1").getBoundingRect(table.getRange()));
  return { append, header, added, count: rows.length };
}

/**
 * After the request ran: when the table's headers were no longer those the rows were arranged
 * under, writes the rows again under the headers Excel had (1 sync). Nothing to do otherwise.
 */
export async function finishTableAppend(context: Excel.RequestContext, queued: QueuedAppend, system: DateSystem): Promise<void> {
  const now = (queued.header.values[0] ?? []).map((v) => String(v ?? ""));
  if (now.length === queued.append.headers.length && now.every((h, i) => h === queued.append.headers[i])) return;
  const { values, formats } = matrices(queued.append.rowsUnder(now), system);
  const range = context.workbook.tables.getItem(queued.append.table).getDataBodyRange().getRow(queued.added.index).getResizedRange(queued.count - 1, 0);
  range.numberFormat = formats;
  range.values = values as Excel.Range["values"];
  await context.sync();
}
