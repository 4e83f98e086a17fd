/**
 * A1 addresses for the Office.js adapter: column letters, rectangles, sheet-qualified addresses
 * as Excel returns them in `range.address`.
 */

/** A 1-based, inclusive rectangle of cells. */
export interface Rect {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

/**
 * Column number → letters.
 * @example columnLetters(28) //=> "AB"
 */
export function columnLetters(col: number): string {
  let n = col;
  let s = "";
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

/**
 * "B3", or "B3:D5" for a larger rectangle.
 * @example rectAddress({ top: 1, left: 1, bottom: 3, right: 2 }) //=> "A1:B3"
 */
export function rectAddress(r: Rect): string {
  const tl = `${columnLetters(r.left)}${r.top}`;
  return r.top === r.bottom && r.left === r.right ? tl : `${tl}:${columnLetters(r.right)}${r.bottom}`;
}

export function cellAddress(row: number, col: number): string {
  return `${columnLetters(col)}${row}`;
}

const CELL = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/;

/**
 * Parses a range address as `range.address` gives it ("'My sheet'!A1:C3", "Sheet1!B2"), or a
 * bare one ("A1:C3"). Whole-row/column addresses are not accepted.
 * @example parseAddress("'C 1'!B2:C3") //=> { sheet: "C 1", rect: { top: 2, left: 2, bottom: 3, right: 3 } }
 */
export function parseAddress(address: string): { sheet?: string; rect: Rect } {
  const bang = address.lastIndexOf("!");
  let sheet: string | undefined;
  let ref = address;
  if (bang >= 0) {
    sheet = address.slice(0, bang);
    if (sheet.startsWith("'") && sheet.endsWith("'")) sheet = sheet.slice(1, -1).replace(/''/g, "'");
    ref = address.slice(bang + 1);
  }
  const [a, b = a] = ref.split(":");
  const ma = CELL.exec(a);
  const mb = CELL.exec(b);
  if (!ma || !mb) throw new Error(`Not a cell range address: ${address}`);
  const r1 = Number(ma[2]);
  const r2 = Number(mb[2]);
  const c1 = columnNumber(ma[1]);
  const c2 = columnNumber(mb[1]);
  return { sheet, rect: { top: Math.min(r1, r2), left: Math.min(c1, c2), bottom: Math.max(r1, r2), right: Math.max(c1, c2) } };
}

/** Bytes of a string in UTF-8, which is how request payloads are measured. */
export function utf8Length(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff) {
      n += 4;
      i++;
    } else n += 3;
  }
  return n;
}
