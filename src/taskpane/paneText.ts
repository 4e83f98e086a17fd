/**
 * Small pure text helpers of the pane: default month, month validation, sheet addresses.
 * Dates stay ISO strings; no Date object (and so no time-zone shift) is involved.
 */

/**
 * The calendar month before the one containing `isoDate` (DESIGN §3 default statement period).
 * @example
 * previousMonth("2026-01-15") //=> "2025-12"
 */
export function previousMonth(isoDate: string): string {
  const match = /^(\d{4})-(\d{2})/.exec(isoDate);
  if (match === null) throw new Error(`AR Desk pane: not an ISO date: ${isoDate}`);
  let year = Number(match[1]);
  let month = Number(match[2]) - 1;
  if (month === 0) {
    month = 12;
    year -= 1;
  }
  return `${year}-${String(month).padStart(2, "0")}`;
}

/** True for `YYYY-MM` with a month 01..12. */
export function isMonth(text: string): boolean {
  return /^\d{4}-(0[1-9]|1[0-2])$/.test(text);
}

/** True for `YYYY-MM-DD` (shape only; the engine validates the day). */
export function isIsoDate(text: string): boolean {
  return /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/.test(text);
}

/**
 * A1 address of a sheet's top-left cell, quoting the name as Excel does.
 * @example
 * sheetAddress("O'Brien Ltd") //=> "'O''Brien Ltd'!A1"
 */
export function sheetAddress(sheet: string, cell = "A1"): string {
  return `'${sheet.replace(/'/g, "''")}'!${cell}`;
}

/** Message of anything thrown, for display. */
export function messageOf(error: unknown): string {
  if (error instanceof Error) return error.message;
  return String(error);
}

/**
 * Parses a comma/space separated list of increasing positive whole numbers.
 * @example
 * parseEdges("30, 60,90") //=> [30, 60, 90]
 * parseEdges("60, 30") //=> undefined
 */
export function parseEdges(text: string): number[] | undefined {
  const parts = text.split(/[\s,，、;]+/).filter((part) => part !== "");
  if (parts.length === 0) return undefined;
  const edges: number[] = [];
  for (const part of parts) {
    if (!/^\d+$/.test(part)) return undefined;
    const value = Number(part);
    if (value <= 0 || (edges.length > 0 && value <= edges[edges.length - 1])) return undefined;
    edges.push(value);
  }
  return edges;
}
