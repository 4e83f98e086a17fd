/**
 * The sheet parser's fast path: rows read straight from the part's UTF-8 bytes, for the cells a
 * ledger is made of (`<c r="B2" s="3" t="s"><v>17</v></c>`: numbers, shared strings, booleans).
 * Numbers and shared-string indexes are read from the bytes themselves, so the 100 MB of XML of
 * a 200,000-invoice ledger is never decoded to strings it would mostly not look at.
 *
 * It reads a row only when every part of it has the one plain spelling it knows; at anything
 * else (a formula, an inline string, an error cell, a number it would have to think about, a
 * prefix, a comment, a problem to report) it stops at the start of that row and the general
 * parser (sheetData.ts) reads the row from its decoded text. So it never decides anything the
 * general parser would decide differently; a property test holds the two to the same grid.
 */

/** Excel's last row and column. */
export const MAX_ROW = 1048576;
export const MAX_COL = 16384;

/** What the fast path writes into: the general parser's own state (sheetData.ts). */
export interface RowTarget {
  /** A row starts at byte `at` (r attribute `rowNumber`, or 0 when it has none). */
  beginRow(at: number, rowNumber: number): void;
  /** The column of the next cell (its reference's column, 0 when it has none); 0 = beyond XFD. */
  cellColumn(refCol: number): number;
  /** Keeps a cell's value. */
  put(col: number, value: number | string | boolean): void;
}

const LT = 60;
const GT = 62;
const SLASH = 47;
const EQ = 61;
const COLON = 58;
const DQUOTE = 34;
const SQUOTE = 39;

function isSpace(c: number): boolean {
  return c === 32 || c === 10 || c === 13 || c === 9;
}

function isNameChar(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95 || c === 45 || c === 46;
}

const POW10 = [1, 10, 100, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22];

/**
 * The number in bytes[start, end) when it is `-?digits(.digits)?` with at most 15 significant
 * digits (integer ÷ 10^k, which IEEE division rounds exactly like parseFloat: the general
 * parser's numberAt reads it the same way); NaN for anything else, which the general parser reads.
 */
export function plainNumberIn(bytes: Uint8Array, start: number, end: number): number {
  let i = start;
  let negative = false;
  if (bytes[i] === 45) {
    negative = true;
    i++;
  }
  let mantissa = 0;
  let digits = 0;
  let scale = 0;
  let seenDot = false;
  for (; i < end; i++) {
    const c = bytes[i];
    if (c >= 48 && c <= 57) {
      mantissa = mantissa * 10 + (c - 48);
      if (mantissa !== 0) digits++;
      if (seenDot) scale++;
    } else if (c === 46 && !seenDot) seenDot = true;
    else return NaN;
  }
  if (digits > 15 || scale > 22 || i === start || (negative && i === start + 1) || (seenDot && i === start + (negative ? 2 : 1))) return NaN;
  const value = scale === 0 ? mantissa : mantissa / POW10[scale];
  return negative ? -value : value;
}

// cell types the fast path reads
const T_NUMBER = 0;
const T_SHARED = 1;
const T_BOOL = 2;
const T_OTHER = 3;

/**
 * Reads whole rows from bytes[from, end) into `target`, as long as they have the plain spelling.
 * @returns `end` when every row was read, else the index where the fast path stopped: the start
 * of a row it could not read whole (the row's cells it kept are kept again by the general parser)
 * or of whatever is not a row (`</sheetData>`).
 */
export function readPlainRows(bytes: Uint8Array, from: number, end: number, shared: readonly string[], target: RowTarget): number {
  let i = from;
  rows: for (;;) {
    while (i < end && isSpace(bytes[i])) i++;
    if (i >= end) return end;
    const rowStart = i;
    // <row
    if (bytes[i] !== LT || bytes[i + 1] !== 114 || bytes[i + 2] !== 111 || bytes[i + 3] !== 119) return rowStart;
    i += 4;
    let c = bytes[i];
    if (!(isSpace(c) || c === GT || c === SLASH)) return rowStart;
    let rowNumber = 0;
    let emptyRow = false;
    // the row's attributes: only r matters (the first, as the general parser's attr("r") finds it)
    for (;;) {
      while (i < end && isSpace(bytes[i])) i++;
      if (i >= end) return rowStart;
      c = bytes[i];
      if (c === GT) {
        i++;
        break;
      }
      if (c === SLASH) {
        if (bytes[i + 1] !== GT) return rowStart;
        emptyRow = true;
        i += 2;
        break;
      }
      let localStart = i;
      while (i < end && (c = bytes[i]) !== EQ) {
        if (c === COLON) localStart = i + 1;
        else if (!isNameChar(c)) return rowStart;
        i++;
      }
      const isR = i - localStart === 1 && bytes[localStart] === 114;
      const quote = bytes[++i];
      if (quote !== DQUOTE && quote !== SQUOTE) return rowStart;
      const valueStart = ++i;
      while (i < end && (c = bytes[i]) !== quote) {
        if (c === LT || c === GT) return rowStart;
        i++;
      }
      if (i >= end) return rowStart;
      if (isR && rowNumber === 0) {
        // 1 to 15 digits, a row Excel has; anything else is the general parser's to refuse or set aside
        const length = i - valueStart;
        if (length < 1 || length > 15) return rowStart;
        for (let k = valueStart; k < i; k++) {
          const d = bytes[k] - 48;
          if (d < 0 || d > 9) return rowStart;
          rowNumber = rowNumber * 10 + d;
        }
        if (rowNumber < 1 || rowNumber > MAX_ROW) return rowStart;
        // The rest of the tag (spans, heights) is not read: the general loop too ends the tag at its
        // first ">" and finds the first r, as here.
        while (i < end && bytes[i] !== GT) i++;
        if (i >= end) return rowStart;
        emptyRow = bytes[i - 1] === SLASH;
        i++;
        break;
      }
      i++;
    }
    target.beginRow(rowStart, rowNumber);
    if (emptyRow) continue;
    // the cells, up to </row>
    for (;;) {
      while (i < end && isSpace(bytes[i])) i++;
      if (i + 1 >= end || bytes[i] !== LT) return rowStart;
      c = bytes[i + 1];
      if (c === SLASH) {
        if (bytes[i + 2] === 114 && bytes[i + 3] === 111 && bytes[i + 4] === 119 && bytes[i + 5] === GT) {
          i += 6;
          continue rows;
        }
        return rowStart;
      }
      if (c !== 99 /* c */) return rowStart;
      i += 2;
      c = bytes[i];
      if (!(isSpace(c) || c === GT || c === SLASH)) return rowStart;
      let type = T_NUMBER;
      let refCol = 0;
      let seenRef = false;
      let emptyCell = false;
      // Excel's own spelling first, read without the general attribute loop: r="B2", s="3", t="s"
      while (bytes[i] === 32 && bytes[i + 2] === EQ && bytes[i + 3] === DQUOTE) {
        const name = bytes[i + 1];
        let k = i + 4;
        if (name === 114 /* r */ && !seenRef) {
          let col = 0;
          for (let ch = bytes[k] | 32; ch >= 97 && ch <= 122; ch = bytes[++k] | 32) if (col <= MAX_COL) col = col * 26 + (ch - 96);
          while (bytes[k] >= 48 && bytes[k] <= 57) k++;
          if (bytes[k] !== DQUOTE || col === 0 || col > MAX_COL) break;
          refCol = col;
          seenRef = true;
        } else if (name === 115 /* s */) {
          while (bytes[k] >= 48 && bytes[k] <= 57) k++;
          if (bytes[k] !== DQUOTE || k === i + 4) break;
        } else if (name === 116 /* t */ && bytes[i + 5] === DQUOTE) {
          const v0 = bytes[k++];
          type = v0 === 115 ? T_SHARED : v0 === 105 || v0 === 101 || v0 === 100 ? T_OTHER : v0 === 98 ? T_BOOL : T_NUMBER;
        } else break;
        i = k + 1;
      }
      for (;;) {
        while (i < end && isSpace(bytes[i])) i++;
        if (i >= end) return rowStart;
        c = bytes[i];
        if (c === GT) {
          i++;
          break;
        }
        if (c === SLASH) {
          if (bytes[i + 1] !== GT) return rowStart;
          emptyCell = true;
          i += 2;
          break;
        }
        let localStart = i;
        while (i < end && (c = bytes[i]) !== EQ) {
          if (c === COLON) localStart = i + 1;
          else if (!isNameChar(c)) return rowStart;
          i++;
        }
        const nameLength = i - localStart;
        const name = bytes[localStart];
        const quote = bytes[++i];
        if (quote !== DQUOTE && quote !== SQUOTE) return rowStart;
        const valueStart = ++i;
        while (i < end && (c = bytes[i]) !== quote) {
          if (c === LT || c === GT) return rowStart;
          i++;
        }
        if (i >= end) return rowStart;
        if (nameLength === 1 && name === 114 /* r */) {
          if (seenRef) return rowStart;
          seenRef = true;
          // the column letters, as the general parser reads them (the row digits are not looked at)
          for (let k = valueStart; k < i; k++) {
            const ch = bytes[k] | 32;
            if (ch < 97 || ch > 122) break;
            if (refCol <= MAX_COL) refCol = refCol * 26 + (ch - 96);
          }
          if (refCol === 0 || refCol > MAX_COL) return rowStart;
        } else if (nameLength === 1 && name === 116 /* t */) {
          const v0 = bytes[valueStart];
          const length = i - valueStart;
          // "s" shared, "n" or anything not another type's initial: a number, "b" boolean
          type = v0 === 115 ? (length === 1 ? T_SHARED : T_OTHER) : v0 === 105 || v0 === 101 || v0 === 100 ? T_OTHER : v0 === 98 ? T_BOOL : T_NUMBER;
        }
        i++;
      }
      const col = target.cellColumn(refCol);
      if (col === 0) return rowStart;
      if (emptyCell) continue;
      // <v>value</v></c>, nothing else
      if (bytes[i] !== LT || bytes[i + 1] !== 118 || bytes[i + 2] !== GT) return rowStart;
      const valueStart = i + 3;
      let valueEnd = valueStart;
      while (valueEnd < end && bytes[valueEnd] !== LT) valueEnd++;
      if (
        valueEnd + 8 > end ||
        bytes[valueEnd + 1] !== SLASH ||
        bytes[valueEnd + 2] !== 118 ||
        bytes[valueEnd + 3] !== GT ||
        bytes[valueEnd + 4] !== LT ||
        bytes[valueEnd + 5] !== SLASH ||
        bytes[valueEnd + 6] !== 99 ||
        bytes[valueEnd + 7] !== GT
      ) {
        return rowStart;
      }
      i = valueEnd + 8;
      if (valueEnd === valueStart) continue; // <v></v>: no value
      if (type === T_NUMBER) {
        const value = plainNumberIn(bytes, valueStart, valueEnd);
        if (Number.isNaN(value)) return rowStart; // the general parser reads it (or reports it)
        target.put(col, value);
      } else if (type === T_SHARED) {
        let index = 0;
        for (let k = valueStart; k < valueEnd; k++) {
          const d = bytes[k] - 48;
          if (d < 0 || d > 9 || index > 1e9) return rowStart;
          index = index * 10 + d;
        }
        const text = shared[index];
        if (text === undefined) return rowStart; // a missing string is a problem to report
        if (text !== "") target.put(col, text);
      } else if (type === T_BOOL) {
        const b0 = bytes[valueStart];
        target.put(col, b0 === 49 || (b0 === 116 && bytes[valueStart + 1] === 114 && bytes[valueStart + 2] === 117 && bytes[valueStart + 3] === 101 && valueEnd - valueStart >= 4));
      } else {
        return rowStart;
      }
    }
  }
}
