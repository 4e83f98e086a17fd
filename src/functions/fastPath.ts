/**
 * Fast paths for the commonest call Excel makes: one cell per argument (`[[serial]]`), optional
 * arguments omitted (null) or one date cell, the default aging edges. Such a call is answered
 * without building matrices, closures or error objects: only the 1×1 result is allocated.
 * Anything else (ranges, text dates, blanks, errors, custom edges, time-of-day fractions, serials
 * at or below the phantom 1900-02-29) returns undefined and takes the general path, which gives
 * the same answer (test/functions/fastPath.test.ts checks both agree on random Excel-shaped input).
 */
import { DEFAULT_AGING_EDGES, agingBucket, agingLabels } from "../core/aging";
import { MAX_SERIAL, PHANTOM_LEAP_SERIAL } from "../core/dates";

const DEFAULT_LABELS = agingLabels(DEFAULT_AGING_EDGES, "due");

/** A whole serial after 1900-02-29 and up to 9999-12-31: days between two of them are serial differences. */
function plainSerial(value: unknown): number | undefined {
  return typeof value === "number" && Number.isInteger(value) && value > PHANTOM_LEAP_SERIAL && value <= MAX_SERIAL ? value : undefined;
}

/** The serial in a 1×1 matrix (or a bare number), else undefined. */
function singleSerial(arg: unknown): number | undefined {
  if (Array.isArray(arg)) {
    if (arg.length !== 1) return undefined;
    const row: unknown = arg[0];
    return Array.isArray(row) && row.length === 1 ? plainSerial(row[0]) : undefined;
  }
  return plainSerial(arg);
}

function omitted(arg: unknown): boolean {
  return arg === null || arg === undefined;
}

/** as_of: a single serial, or omitted → `todaySerial()` (called only then). */
function asOfSerial(asOf: unknown, todaySerial: () => number): number | undefined {
  return omitted(asOf) ? todaySerial() : singleSerial(asOf);
}

/**
 * AR.AGING for one due-date cell with default edges, or undefined.
 * @example agingFast([[45961]], [[45991]], null, today) //=> [["1-30"]]
 */
export function agingFast(dueDate: unknown, asOf: unknown, edges: unknown, todaySerial: () => number): string[][] | undefined {
  if (!omitted(edges)) return undefined;
  const due = singleSerial(dueDate);
  if (due === undefined) return undefined;
  const at = asOfSerial(asOf, todaySerial);
  if (at === undefined) return undefined;
  return [[DEFAULT_LABELS[agingBucket(at - due, DEFAULT_AGING_EDGES, "due")]]];
}

/**
 * AR.AGING spilled over a range of due dates with one as_of (or none) and default edges: one
 * loop, no closure per cell. Plain serials are bucketed here; any other cell (text, blank, error,
 * data type) is answered by `general` for that cell alone, so results match the general path.
 * Undefined for ragged ranges, an as_of range, or custom edges.
 */
export function agingRangeFast<T>(
  dueDate: unknown,
  asOf: unknown,
  edges: unknown,
  todaySerial: () => number,
  general: (cell: unknown) => T,
): (string | T)[][] | undefined {
  if (!omitted(edges) || !Array.isArray(dueDate) || dueDate.length === 0) return undefined;
  const at = asOfSerial(asOf, todaySerial);
  if (at === undefined) return undefined;
  const width = Array.isArray(dueDate[0]) ? (dueDate[0] as unknown[]).length : -1;
  if (width < 1) return undefined;
  if (width === 1) return agingColumnFast(dueDate, at, general);
  const out: (string | T)[][] = new Array(dueDate.length);
  for (let r = 0; r < dueDate.length; r++) {
    const row: unknown = dueDate[r];
    if (!Array.isArray(row) || row.length !== width) return undefined;
    const cells: (string | T)[] = new Array(width);
    for (let c = 0; c < width; c++) {
      const due = plainSerial(row[c]);
      cells[c] = due === undefined ? general(row[c]) : DEFAULT_LABELS[agingBucket(at - due, DEFAULT_AGING_EDGES, "due")];
    }
    out[r] = cells;
  }
  return out;
}

/**
 * agingRangeFast over one column, the usual spill: the rows holding the same label are one
 * array (five per call, however long the column), so a million due dates allocate no row each.
 * Excel only reads the result; nothing here or in Excel writes into a row.
 */
function agingColumnFast<T>(column: readonly unknown[], at: number, general: (cell: unknown) => T): (string | T)[][] | undefined {
  const labelRows: (string | T)[][] = DEFAULT_LABELS.map((label) => [label]);
  const out: (string | T)[][] = new Array(column.length);
  for (let r = 0; r < column.length; r++) {
    const row: unknown = column[r];
    if (!Array.isArray(row) || row.length !== 1) return undefined;
    const due = plainSerial(row[0]);
    out[r] = due === undefined ? [general(row[0])] : labelRows[agingBucket(at - due, DEFAULT_AGING_EDGES, "due")];
  }
  return out;
}

/**
 * AR.DAYS_OVERDUE for one due-date cell, or undefined.
 * @example daysOverdueFast([[45961]], [[45971]], today) //=> [[10]]
 */
export function daysOverdueFast(dueDate: unknown, asOf: unknown, todaySerial: () => number): number[][] | undefined {
  const due = singleSerial(dueDate);
  if (due === undefined) return undefined;
  const at = asOfSerial(asOf, todaySerial);
  if (at === undefined) return undefined;
  return [[at - due + 0]];
}
