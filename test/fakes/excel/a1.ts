/**
 * A1 addresses for the Excel fake. Kept separate from src/ so the fake is an independent oracle.
 */
import { FakeOfficeError } from "./errors";

/** A rectangle of cells, 1-based and inclusive. */
export interface Rect {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export const MAX_ROWS = 1048576;
export const MAX_COLS = 16384;

export function colLetters(col: number): string {
  let n = col;
  let s = "";
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

function colNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

/** "B3" or "B3:D5" (no sheet name). */
export function rectA1(r: Rect): string {
  const tl = `${colLetters(r.left)}${r.top}`;
  return r.top === r.bottom && r.left === r.right ? tl : `${tl}:${colLetters(r.right)}${r.bottom}`;
}

/** Quotes a sheet name the way Excel's `address` does: only when it is not a plain identifier. */
export function sheetPrefix(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) ? `${name}!` : `'${name.replace(/'/g, "''")}'!`;
}

/** Splits "'My sheet'!A1:B2" into sheet and address; sheet undefined when absent. */
export function splitSheet(address: string): { sheet?: string; ref: string } {
  const text = address.trim().replace(/^=/, "");
  const bang = text.lastIndexOf("!");
  if (bang < 0) return { ref: text };
  let sheet = text.slice(0, bang);
  if (sheet.startsWith("'") && sheet.endsWith("'")) sheet = sheet.slice(1, -1).replace(/''/g, "'");
  return { sheet, ref: text.slice(bang + 1) };
}

const CELL = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/;
const COLS = /^\$?([A-Za-z]{1,3}):\$?([A-Za-z]{1,3})$/;
const ROWS = /^\$?(\d{1,7}):\$?(\d{1,7})$/;

/** Parses "A1", "A1:C3", "A:C", "1:3" (no sheet name). Throws InvalidArgument on anything else. */
export function parseRef(ref: string): Rect {
  const parts = ref.split(":");
  if (parts.length === 2) {
    const cols = COLS.exec(ref);
    if (cols) return norm({ top: 1, left: colNumber(cols[1]), bottom: MAX_ROWS, right: colNumber(cols[2]) });
    const rows = ROWS.exec(ref);
    if (rows) return norm({ top: Number(rows[1]), left: 1, bottom: Number(rows[2]), right: MAX_COLS });
  }
  if (parts.length < 1 || parts.length > 2) throw bad(ref);
  const a = CELL.exec(parts[0]);
  const b = CELL.exec(parts[parts.length - 1]);
  if (!a || !b) throw bad(ref);
  return norm({ top: Number(a[2]), left: colNumber(a[1]), bottom: Number(b[2]), right: colNumber(b[1]) });
}

function norm(r: Rect): Rect {
  const out = {
    top: Math.min(r.top, r.bottom),
    bottom: Math.max(r.top, r.bottom),
    left: Math.min(r.left, r.right),
    right: Math.max(r.left, r.right),
  };
  if (out.top < 1 || out.left < 1 || out.bottom > MAX_ROWS || out.right > MAX_COLS) throw bad(rectA1(r));
  return out;
}

function bad(ref: string): FakeOfficeError {
  return new FakeOfficeError("InvalidArgument", `The argument is invalid or missing: address "${ref}".`);
}

export function overlaps(a: Rect, b: Rect): boolean {
  return a.left <= b.right && b.left <= a.right && a.top <= b.bottom && b.top <= a.bottom;
}

export function contains(outer: Rect, row: number, col: number): boolean {
  return row >= outer.top && row <= outer.bottom && col >= outer.left && col <= outer.right;
}
