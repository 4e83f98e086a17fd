/**
 * A1 references shared by every writer and reader: column letters ↔ numbers, cell and range
 * parsing. 1-based like Excel.
 */

/**
 * Column letters of a 1-based column number.
 * @example columnLetters(28) //=> "AB"
 */
export function columnLetters(col: number): string {
  let n = col;
  let out = "";
  while (n > 0) {
    const r = (n - 1) % 26;
    out = String.fromCharCode(65 + r) + out;
    n = (n - 1 - r) / 26;
  }
  return out;
}

/**
 * "B7" style address of a 1-based row and column.
 * @example cellAddress(7, 2) //=> "B7"
 */
export function cellAddress(row: number, col: number): string {
  return `${columnLetters(col)}${row}`;
}

/**
 * Parses "AB12" or "$AB$12" into a 1-based row and column; undefined when malformed.
 * @example parseCellRef("AB12") //=> { row: 12, col: 28 }
 */
export function parseCellRef(ref: string): { row: number; col: number } | undefined {
  let i = 0;
  let col = 0;
  let row = 0;
  if (ref.charCodeAt(i) === 36) i++; // $
  const colStart = i;
  for (; i < ref.length; i++) {
    const c = ref.charCodeAt(i) | 32; // lower case
    if (c < 97 || c > 122) break;
    col = col * 26 + (c - 96);
  }
  if (i === colStart) return undefined;
  if (ref.charCodeAt(i) === 36) i++;
  const rowStart = i;
  for (; i < ref.length; i++) {
    const c = ref.charCodeAt(i);
    if (c < 48 || c > 57) return undefined;
    row = row * 10 + (c - 48);
  }
  if (i === rowStart || row < 1) return undefined;
  return { row, col };
}

/** A rectangular range, 1-based and inclusive. */
export interface CellRange {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

/**
 * Parses "A1:F20" (or a single cell "C3") into a range; undefined when malformed.
 * @example parseRange("A1:F20") //=> { top: 1, left: 1, bottom: 20, right: 6 }
 */
export function parseRange(ref: string): CellRange | undefined {
  const [a, b = a] = ref.split(":");
  const start = parseCellRef(a);
  const end = parseCellRef(b);
  if (!start || !end) return undefined;
  return {
    top: Math.min(start.row, end.row),
    left: Math.min(start.col, end.col),
    bottom: Math.max(start.row, end.row),
    right: Math.max(start.col, end.col),
  };
}

/**
 * "A1:F20" text of a range.
 * @example rangeAddress({ top: 1, left: 1, bottom: 20, right: 6 }) //=> "A1:F20"
 */
export function rangeAddress(range: CellRange): string {
  return `${cellAddress(range.top, range.left)}:${cellAddress(range.bottom, range.right)}`;
}

/**
 * Splits a sheet-qualified address as Excel gives it ("'My sheet'!A1:C3", "Sheet1!B2") into the
 * sheet name (quotes removed, '' unescaped) and the A1 part; a bare "A1:C3" has no sheet.
 * @example splitSheetAddress("'O''Brien'!B3") //=> { sheet: "O'Brien", ref: "B3" }
 */
export function splitSheetAddress(address: string): { sheet?: string; ref: string } {
  const bang = address.lastIndexOf("!");
  if (bang < 0) return { ref: address };
  let sheet = address.slice(0, bang);
  if (sheet.startsWith("'") && sheet.endsWith("'")) sheet = sheet.slice(1, -1).replace(/''/g, "'");
  return { sheet, ref: address.slice(bang + 1) };
}
