/**
 * A1 addresses for the Office.js adapter: column letters, rectangles, sheet-qualified addresses
 * as Excel returns them in `range.address`. Plain A1 text comes from ../a1.
 */
import { cellAddress, columnLetters, parseRange, splitSheetAddress } from "../a1";

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
  const { sheet, ref } = splitSheetAddress(address);
  const rect = parseRange(ref);
  if (!rect) throw new Error(`Not a cell range address: ${address}`);
  return { sheet, rect };
}

/**
 * The rectangles of a RangeAreas address as Office.js gives it: sheet-qualified areas separated
 * by commas ("Sheet1!A1:B4, Sheet1!D1:D4"). A comma inside a quoted sheet name ('a, b'!A1) is part
 * of the name, so the text is cut only at commas outside quotes.
 * @example parseAreasAddress("'a, b'!A1:A3,'a, b'!C2").map((a) => a.rect.top) //=> [1, 2]
 */
export function parseAreasAddress(address: string): { sheet?: string; rect: Rect }[] {
  const out: { sheet?: string; rect: Rect }[] = [];
  let quoted = false;
  let start = 0;
  for (let i = 0; i <= address.length; i++) {
    const ch = address[i];
    if (ch === "'") quoted = !quoted; // '' (an escaped quote) toggles twice
    else if ((ch === "," && !quoted) || i === address.length) {
      const part = address.slice(start, i).trim();
      if (part !== "") out.push(parseAddress(part));
      start = i + 1;
    }
  }
  return out;
}
