/**
 * A1 addresses for the Office.js adapter: column letters, rectangles, sheet-qualified addresses
 * as Excel returns them in `range.address`. Plain A1 text comes from ../a1.
 */
import { cellAddress, columnLetters, parseRange } from "../a1";

export { cellAddress, columnLetters };

/** A 1-based, inclusive rectangle of cells. */
export interface Rect {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

/**
 * "B3", or "B3:D5" for a larger rectangle.
 * @example rectAddress({ top: 1, left: 1, bottom: 3, right: 2 }) //=> "A1:B3"
 */
export function rectAddress(r: Rect): string {
  const tl = cellAddress(r.top, r.left);
  return r.top === r.bottom && r.left === r.right ? tl : `${tl}:${cellAddress(r.bottom, r.right)}`;
}

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
  const rect = parseRange(ref);
  if (!rect) throw new Error(`Not a cell range address: ${address}`);
  return { sheet, rect };
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
