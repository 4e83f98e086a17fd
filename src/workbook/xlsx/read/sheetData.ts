/**
 * Reads a worksheet part's `<sheetData>` into a sparse grid of raw cells. The hot loop of the
 * reader: one cursor, cell attributes and numbers read in place (no substring, no object per
 * cell beyond the values themselves), because a 200,000-row sheet has millions of cells.
 *
 * The part arrives in pieces of bytes (see bytePieces.ts), so memory holds the cells kept, never
 * the XML; plain rows are read from the bytes (sheetBytes.ts), any other row from its text.
 * What Excel would not show as written is reported, never guessed at: a cell beyond column XFD
 * or row 1,048,576, a number cell that is not a number (`0x1F`, a blank), a `t="d"` date that is
 * not a day of the calendar, a formula saved without its result.
 */
import type { MergedArea, RawCell } from "../../port";
import { collectItemText } from "./sharedStrings";
import { serialFromIsoText } from "./isoSerial";
import { XmlCursor } from "./xmlScan";
import { decodeCellText } from "./xmlText";
import { READ_REASONS } from "./readReasons";
import { MAX_COL, MAX_ROW, readPlainRows, type RowTarget } from "./sheetBytes";
import { mergedAreasIn } from "./mergeCells";

/** Rows by 1-based row number (index = row − 1); each row indexed by column − 1. Holes = empty. */
export interface SheetGrid {
  readonly rows: (RawCell[] | undefined)[];
  /** Bounds of the non-empty cells; 0 when the sheet is empty. */
  readonly minRow: number;
  readonly maxRow: number;
  readonly minCol: number;
  readonly maxCol: number;
  /**
   * 1 at each column (1-based) holding a kept cell, when the parser counted them: gridBlocks then
   * finds a sheet's runs of columns without walking its cells again.
   */
  readonly usedColumns?: Uint8Array;
  /** The sheet's merged areas (`<mergeCells>`, after the rows); absent when it has none. */
  readonly merges?: readonly MergedArea[];
}

/** Something in a sheet the reader did not take as written (1-based row and column; 0 = unknown). */
export interface CellProblem {
  readonly row: number;
  readonly col: number;
  readonly value?: string;
  readonly reason: string;
  readonly severity: "error" | "warning";
}

/** Thrown for a malformed part; the reader wraps it with the file name. */
export class SheetXmlError extends Error {
  override name = "SheetXmlError";
}

export interface SheetDataOptions {
  /** Shared strings (xl/sharedStrings.xml). */
  readonly shared: readonly string[];
  /** Style indexes whose number format is a date (only needed with date1904). */
  readonly dateStyles?: ReadonlySet<number>;
  /** The workbook counts days from 1904-01-01: date cells are shifted by 1462 days into the 1900 system. */
  readonly date1904?: boolean;
  /** Most problems listed (the rest are counted). */
  readonly maxProblems?: number;
}

export { MAX_COL, MAX_ROW };
/** Rows up to this many cells wide size the next row's array (see put). */
const ROW_WIDTH_HINT = 64;
/** Days between 1900-01-00 and 1904-01-01 in Excel's serials. */
const DAYS_1904 = 1462;

// cell types (t attribute)
const T_NUMBER = 0;
const T_SHARED = 1;
const T_STR = 2;
const T_INLINE = 3;
const T_BOOL = 4;
const T_ERROR = 5;
const T_DATE = 6;

const POW10 = [1, 10, 100, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22];

/** xsd:double as Excel writes it: no hex, no blanks, no "Infinity". */
const XSD_NUMBER = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/;

/**
 * Number in xml[start, end), NaN when it is not a number as xsd:double spells one. The fast
 * path reads `-?digits(.digits)?` with at most 15 significant digits as integer ÷ 10^k, which
 * IEEE division rounds exactly like parseFloat; anything else (exponents, long mantissas) is
 * checked against the xsd:double form and then read by Number().
 */
function numberAt(xml: string, start: number, end: number): number {
  let i = start;
  let negative = false;
  if (xml.charCodeAt(i) === 45) {
    negative = true;
    i++;
  }
  let mantissa = 0;
  let digits = 0;
  let scale = 0;
  let seenDot = false;
  for (; i < end; i++) {
    const c = xml.charCodeAt(i);
    if (c >= 48 && c <= 57) {
      mantissa = mantissa * 10 + (c - 48);
      if (mantissa !== 0) digits++;
      if (seenDot) scale++;
    } else if (c === 46 && !seenDot) seenDot = true;
    else return slowNumber(xml.slice(start, end));
  }
  if (digits > 15 || scale > 22 || i === start || (negative && i === start + 1) || (seenDot && i === start + (negative ? 2 : 1))) {
    return slowNumber(xml.slice(start, end));
  }
  const value = scale === 0 ? mantissa : mantissa / POW10[scale];
  return negative ? -value : value;
}

function slowNumber(text: string): number {
  return XSD_NUMBER.test(text) ? Number(text) : NaN;
}

/** A shared-string index: plain digits only ("0x1" is not index 1). */
function indexAt(xml: string, start: number, end: number): number {
  let n = 0;
  for (let i = start; i < end; i++) {
    const c = xml.charCodeAt(i);
    if (c < 48 || c > 57 || n > 1e9) return -1;
    n = n * 10 + (c - 48);
  }
  return end > start ? n : -1;
}

function textValue(xml: string, start: number, end: number): RawCell {
  if (start === end) return null;
  return decodeCellText(xml.slice(start, end));
}

const FORMULA_HINT = READ_REASONS.formulaWithoutValue;

/**
 * Parses a worksheet part given in pieces: {@link push} each piece (cut before a `<row`), then
 * {@link end}. Cells without `r` follow the previous cell; rows without `r` follow the previous
 * row. Formulas are read as their cached values; error cells as their code ("#N/A") like
 * Office.js delivers them; empty strings as null.
 */
export class SheetDataParser implements RowTarget {
  private readonly rows: (RawCell[] | undefined)[] = [];
  private minRow = 0;
  private maxRow = 0;
  private minCol = 0;
  private maxCol = 0;
  /** Columns holding a kept cell (see SheetGrid.usedColumns); grown to the widest column. */
  private usedColumns = new Uint8Array(64);
  private inData = false;
  private closed = false;
  private rowNumber = 0;
  private row: RawCell[] | undefined;
  /** The last row a cell was kept in (its width sizes the next one). */
  private lastRow: RawCell[] | undefined;
  /** The current row lies beyond row 1,048,576: its cells are not kept. */
  private rowOutside = false;
  private col = 0;
  readonly problems: CellProblem[] = [];
  /** Problems found, listed or not. */
  problemCount = 0;
  /** The pieces given as bytes that the general loop reads decode here. */
  private decoder: TextDecoder | undefined;
  /** Where in the current bytes the fast path began its last row, and the row number before it. */
  private fastRowAt = -1;
  /** The merged areas read after the rows (see readTail); undefined until one is found. */
  private merges: MergedArea[] | undefined;
  private rowBefore = 0;

  constructor(private readonly options: SheetDataOptions) {}

  private problem(row: number, col: number, value: string | undefined, reason: string, severity: "error" | "warning" = "error"): void {
    this.problemCount++;
    if (this.problems.length < (this.options.maxProblems ?? 1000)) {
      this.problems.push({ row, col, ...(value !== undefined ? { value: value.length > 60 ? value.slice(0, 59) + "…" : value } : {}), reason, severity });
    }
  }

  /** The value of a `<v>` holding xml[start, end) (not empty) in a cell of `type`; problems noted. */
  private valueAt(xml: string, type: number, start: number, end: number, col: number, style: number, shiftDates: boolean): RawCell {
    switch (type) {
      case T_NUMBER: {
        const num = numberAt(xml, start, end);
        if (Number.isNaN(num)) {
          this.problem(this.rowNumber, col, xml.slice(start, end), READ_REASONS.notNumber);
          return textValue(xml, start, end);
        }
        return shiftDates && this.options.dateStyles!.has(style) ? num + DAYS_1904 : num;
      }
      case T_SHARED: {
        const index = indexAt(xml, start, end);
        const s = this.options.shared[index];
        if (s === undefined) this.problem(this.rowNumber, col, xml.slice(start, end), READ_REASONS.noSharedString);
        return s === undefined || s === "" ? null : s;
      }
      case T_BOOL:
        return xml.charCodeAt(start) === 49 || xml.startsWith("true", start);
      case T_DATE: {
        const text = decodeCellText(xml.slice(start, end));
        const serial = serialFromIsoText(text);
        if (serial === undefined) this.problem(this.rowNumber, col, text, READ_REASONS.notCalendarDay);
        return serial ?? text;
      }
      default:
        return textValue(xml, start, end);
    }
  }

  /** Parses one piece of the part. */
  push(xml: string): void {
    if (this.closed) return this.readTail(xml, 0);
    const { dateStyles, date1904 } = this.options;
    const shiftDates = date1904 === true && dateStyles !== undefined && dateStyles.size > 0;
    const cur = new XmlCursor(xml);
    while (cur.next()) {
      const len = cur.nameEnd - cur.nameStart;
      if (!this.inData) {
        if (len === 9 && cur.is("sheetData")) {
          if (cur.selfClosing) {
            this.closed = true;
            return this.readTail(xml, cur.pos);
          }
          this.inData = true;
        }
        continue;
      }
      if (len === 1 && xml.charCodeAt(cur.nameStart) === 99 /* c */) {
        if (cur.closing) continue;
        // attributes r, t and s, read in place
        let type = T_NUMBER;
        let refCol = 0;
        let refStart = -1;
        let refEnd = -1;
        let style = -1;
        let i = cur.nameEnd;
        const to = cur.end - 1;
        while (i < to) {
          let c = xml.charCodeAt(i);
          while (i < to && (c === 32 || c === 9 || c === 10 || c === 13 || c === 47)) c = xml.charCodeAt(++i);
          if (i >= to) break;
          let nameStart = i;
          while (i < to && c !== 61 /* = */) {
            if (c === 58 /* : */) nameStart = i + 1;
            c = xml.charCodeAt(++i);
          }
          const nameLen = i - nameStart;
          const first = xml.charCodeAt(nameStart);
          i++;
          while (xml.charCodeAt(i) === 32) i++;
          const quote = xml.charCodeAt(i);
          const valueStart = i + 1;
          const valueEnd = xml.indexOf(quote === 39 ? "'" : '"', valueStart);
          if (valueEnd < 0 || valueEnd > to) throw new SheetXmlError("bad cell attribute");
          if (nameLen === 1 && first === 114 /* r */) {
            refStart = valueStart;
            refEnd = valueEnd;
            for (let k = valueStart; k < valueEnd; k++) {
              const ch = xml.charCodeAt(k) | 32;
              if (ch < 97 || ch > 122) break;
              // stop counting once past XFD: "ZZZZZZZZZZZZ" must not overflow into a small number
              if (refCol <= MAX_COL) refCol = refCol * 26 + (ch - 96);
            }
            if (refCol === 0) throw new SheetXmlError(`bad cell reference "${xml.slice(valueStart, valueEnd)}"`);
          } else if (nameLen === 1 && first === 116 /* t */) {
            const v0 = xml.charCodeAt(valueStart);
            const vLen = valueEnd - valueStart;
            type =
              v0 === 115 ? (vLen === 1 ? T_SHARED : T_STR) : v0 === 105 ? T_INLINE : v0 === 98 ? T_BOOL : v0 === 101 ? T_ERROR : v0 === 100 ? T_DATE : T_NUMBER;
          } else if (nameLen === 1 && first === 115 /* s */ && shiftDates) {
            style = indexAt(xml, valueStart, valueEnd);
          }
          i = valueEnd + 1;
        }
        const col = refCol > 0 ? refCol : this.col + 1;
        this.col = col;
        const outside = this.rowOutside || col > MAX_COL;
        if (cur.selfClosing) continue;
        let value: RawCell = null;
        let hasFormula = false;
        let hasValue = false;
        // The commonest shape, `<c …><v>text</v></c>`, is read in place without walking its
        // three remaining tags (a 200,000-row ledger has millions); anything else (a formula,
        // an inline string, a prefix, attributes on <v>) takes the general loop below.
        const at = cur.end;
        const vEnd = !outside && xml.charCodeAt(at) === 60 && xml.charCodeAt(at + 1) === 118 /* v */ && xml.charCodeAt(at + 2) === 62 ? xml.indexOf("<", at + 3) : -1;
        if (vEnd >= 0 && xml.startsWith("</v></c>", vEnd)) {
          hasValue = true;
          if (vEnd > at + 3) value = this.valueAt(xml, type, at + 3, vEnd, col, style, shiftDates);
          cur.pos = vEnd + 8;
        } else {
          while (cur.next()) {
            const n = cur.nameEnd - cur.nameStart;
            if (cur.closing) {
              if (n === 1 && xml.charCodeAt(cur.nameStart) === 99) break;
              continue;
            }
            if (n === 1 && xml.charCodeAt(cur.nameStart) === 118 /* v */) {
              hasValue = true;
              if (cur.selfClosing || outside) continue;
              const start = cur.end;
              const end = xml.indexOf("<", start);
              if (end < 0) throw new SheetXmlError("cell value is cut short");
              if (start === end) continue;
              value = this.valueAt(xml, type, start, end, col, style, shiftDates);
            } else if (n === 2 && cur.is("is")) {
              hasValue = true;
              if (outside) {
                cur.skipElement();
                continue;
              }
              value = collectItemText(cur);
              if (value === "") value = null;
            } else {
              if (n === 1 && xml.charCodeAt(cur.nameStart) === 102 /* f */) hasFormula = true;
              if (!cur.selfClosing) cur.skipElement(); // <f>, <extLst>
            }
          }
        }
        if (outside) {
          if (hasValue || hasFormula) {
            const ref = refStart >= 0 ? xml.slice(refStart, refEnd) : undefined;
            // the row and column are given only when they exist in Excel (the reference says where)
            this.problem(this.rowNumber > MAX_ROW ? 0 : this.rowNumber, col > MAX_COL ? 0 : col, ref, col > MAX_COL ? READ_REASONS.beyondColumn : READ_REASONS.beyondRow);
          }
          continue;
        }
        if (hasFormula && !hasValue) this.problem(this.rowNumber, col, undefined, FORMULA_HINT);
        if (value !== null) this.put(col, value);
        continue;
      }
      if (len === 3 && cur.is("row")) {
        if (cur.closing) continue;
        const r = cur.attr("r");
        const rowNumber = r !== undefined ? (/^\d{1,15}$/.test(r) ? Number(r) : NaN) : this.rowNumber + 1;
        if (!(rowNumber >= 1)) throw new SheetXmlError(`bad row number "${r}"`);
        this.rowNumber = rowNumber;
        this.rowOutside = rowNumber > MAX_ROW;
        this.row = this.rowOutside ? undefined : this.rows[rowNumber - 1];
        this.col = 0;
        continue;
      }
      if (len === 9 && cur.closing && cur.is("sheetData")) {
        this.closed = true;
        return this.readTail(xml, cur.pos);
      }
    }
  }

  /**
   * Parses one piece of the part given as UTF-8 bytes (cut before a `<row`, see bytePieces.ts):
   * plain rows straight from the bytes (sheetBytes.ts), any other row from its decoded text by
   * the general loop of {@link push}. The bytes are not kept.
   */
  pushBytes(bytes: Uint8Array): void {
    // past </sheetData>: the tail, where the merged areas are (rare after the piece that closed the rows)
    if (this.closed) return this.pushDecoded(bytes, 0, bytes.length);
    const end = bytes.length;
    let at = 0;
    const { dateStyles, date1904 } = this.options;
    // 1904 dates need each cell's style: rare enough for the general loop alone
    if (date1904 === true && dateStyles !== undefined && dateStyles.size > 0) return this.pushDecoded(bytes, 0, end);
    if (!this.inData) {
      // what comes before the first row (the sheet's settings, <sheetData>) is the general loop's
      const first = firstRowTag(bytes);
      if (first < 0 || !plainProlog(bytes, first)) return this.pushDecoded(bytes, 0, end);
      this.pushDecoded(bytes, 0, first);
      if (this.closed) return this.pushDecoded(bytes, first, end);
      if (!this.inData) return this.pushDecoded(bytes, first, end);
      at = first;
    }
    this.fastRowAt = -1;
    while (at < end) {
      const stop = readPlainRows(bytes, at, end, this.options.shared, this);
      if (stop >= end) return;
      // the row the fast path left: read again from its start, as if the fast path had not begun it
      if (this.fastRowAt === stop) this.rowNumber = this.rowBefore;
      const rowEnd = endOfRow(bytes, stop);
      if (rowEnd < 0) return this.pushDecoded(bytes, stop, end);
      this.pushDecoded(bytes, stop, rowEnd);
      if (this.closed) return this.pushDecoded(bytes, rowEnd, end);
      at = rowEnd;
    }
  }

  /** The part's text after `</sheetData>` from `from` on: only its merged areas are read. */
  private readTail(xml: string, from: number): void {
    if (xml.indexOf("mergeCell", from) >= 0) mergedAreasIn(xml, from, (this.merges ??= []));
  }

  private pushDecoded(bytes: Uint8Array, start: number, end: number): void {
    if (start < end) this.push((this.decoder ??= new TextDecoder()).decode(bytes.subarray(start, end)));
  }

  /** @internal the fast path (sheetBytes.ts) starts the row at byte `at` (0 = no r attribute). */
  beginRow(at: number, rowNumber: number): void {
    this.fastRowAt = at;
    this.rowBefore = this.rowNumber;
    this.rowNumber = rowNumber === 0 ? this.rowNumber + 1 : rowNumber;
    this.rowOutside = this.rowNumber > MAX_ROW;
    this.row = this.rows[this.rowNumber - 1];
    this.col = 0;
  }

  /** @internal the fast path's next cell: its column (0 = none in Excel). */
  cellColumn(refCol: number): number {
    const col = refCol > 0 ? refCol : this.col + 1;
    if (col > MAX_COL || this.rowNumber > MAX_ROW) return 0;
    this.col = col;
    return col;
  }

  /** Keeps a cell's value in the current row. */
  put(col: number, value: RawCell): void {
    if (this.row === undefined) {
      // as wide as the last row kept, when narrow: a ledger's rows are alike, and an array grown
      // from empty holds room for 17 cells (the grid is 200,000 rows the collector copies); never
      // as wide as a row with one stray cell far right
      const width = this.lastRow === undefined ? 0 : this.lastRow.length;
      this.row = width > 0 && width <= ROW_WIDTH_HINT ? new Array<RawCell>(width) : [];
      this.lastRow = this.row;
      this.rows[this.rowNumber - 1] = this.row;
    }
    this.row[col - 1] = value;
    if (this.minRow === 0 || this.rowNumber < this.minRow) this.minRow = this.rowNumber;
    if (this.rowNumber > this.maxRow) this.maxRow = this.rowNumber;
    if (this.minCol === 0 || col < this.minCol) this.minCol = col;
    if (col > this.maxCol) this.maxCol = col;
    if (col >= this.usedColumns.length) this.growUsedColumns(col);
    this.usedColumns[col] = 1;
  }

  private growUsedColumns(col: number): void {
    const grown = new Uint8Array(Math.min(MAX_COL + 1, Math.max(col + 1, this.usedColumns.length * 2)));
    grown.set(this.usedColumns);
    this.usedColumns = grown;
  }

  /** The grid, once every piece is pushed. */
  end(): SheetGrid {
    if (!this.closed) throw new SheetXmlError(this.inData ? "sheet data is cut short (missing </sheetData>)" : "no <sheetData> element");
    const grid = { rows: this.rows, minRow: this.minRow, maxRow: this.maxRow, minCol: this.minCol, maxCol: this.maxCol, usedColumns: this.usedColumns };
    return this.merges !== undefined && this.merges.length > 0 ? { ...grid, merges: this.merges } : grid;
  }
}

/**
 * Parses the cells of a whole worksheet part held as one string.
 * @example parseSheetData('<worksheet><sheetData><row r="2"><c r="B2" t="inlineStr"><is><t>hi</t></is></c></row></sheetData></worksheet>', []).rows[1] //=> [ <1 empty item>, "hi" ]
 */
export function parseSheetData(xml: string, shared: readonly string[]): SheetGrid {
  const parser = new SheetDataParser({ shared });
  parser.push(xml);
  return parser.end();
}

/** Index of the first unprefixed `<row` start tag in the bytes, or -1. */
function firstRowTag(bytes: Uint8Array): number {
  for (let i = bytes.indexOf(60); i >= 0; i = bytes.indexOf(60, i + 1)) {
    if (bytes[i + 1] !== 114 || bytes[i + 2] !== 111 || bytes[i + 3] !== 119) continue;
    const c = bytes[i + 4];
    if (c === 32 || c === 62 || c === 47 || c === 9 || c === 10 || c === 13) return i;
  }
  return -1;
}

/**
 * Whether bytes[0, end) holds only tags and text: no comment, CDATA or processing instruction
 * (but the XML declaration first), which could hide the `<row` that looks like the first row.
 */
function plainProlog(bytes: Uint8Array, end: number): boolean {
  const start = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  for (let i = bytes.indexOf(60, start); i >= 0 && i < end; i = bytes.indexOf(60, i + 1)) {
    const c = bytes[i + 1];
    if (c === 33 /* ! */ || (c === 63 /* ? */ && i !== start)) return false;
  }
  return true;
}

/**
 * Index just after the `</row>` that ends the row starting at `start`, or -1 when there is none
 * or the row holds a comment, CDATA or processing instruction (their text could hold `</row>`).
 */
function endOfRow(bytes: Uint8Array, start: number): number {
  for (let i = bytes.indexOf(60, start + 1); i >= 0; i = bytes.indexOf(60, i + 1)) {
    const c = bytes[i + 1];
    if (c === 33 || c === 63) return -1;
    if (c === 47 && bytes[i + 2] === 114 && bytes[i + 3] === 111 && bytes[i + 4] === 119 && bytes[i + 5] === 62) return i + 6;
  }
  return -1;
}
