/**
 * Reads a worksheet part's `<sheetData>` into a sparse grid of raw cells. The hot loop of the
 * reader: one cursor, cell attributes and numbers read in place (no substring, no object per
 * cell beyond the values themselves), because a 200,000-row sheet has millions of cells.
 */
import type { RawCell } from "../../port";
import { collectItemText } from "./sharedStrings";
import { serialFromIsoText } from "./isoSerial";
import { XmlCursor } from "./xmlScan";
import { decodeCellText } from "./xmlText";

/** Rows by 1-based row number (index = row − 1); each row indexed by column − 1. Holes = empty. */
export interface SheetGrid {
  readonly rows: (RawCell[] | undefined)[];
  /** Bounds of the non-empty cells; 0 when the sheet is empty. */
  readonly minRow: number;
  readonly maxRow: number;
  readonly minCol: number;
  readonly maxCol: number;
}

/** Thrown for a malformed part; the reader wraps it with the file name. */
export class SheetXmlError extends Error {
  override name = "SheetXmlError";
}

// cell types (t attribute)
const T_NUMBER = 0;
const T_SHARED = 1;
const T_STR = 2;
const T_INLINE = 3;
const T_BOOL = 4;
const T_ERROR = 5;
const T_DATE = 6;

const POW10 = [1, 10, 100, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22];

/**
 * Number in xml[start, end): the fast path reads `-?digits(.digits)?` with at most 15 significant
 * digits as integer ÷ 10^k, which IEEE division rounds exactly like parseFloat; anything else
 * (exponents, long mantissas) goes through Number().
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
    else return Number(xml.slice(start, end));
  }
  if (digits > 15 || scale > 22 || i === start || (negative && i === start + 1)) return Number(xml.slice(start, end));
  const value = scale === 0 ? mantissa : mantissa / POW10[scale];
  return negative ? -value : value;
}

function textValue(xml: string, start: number, end: number): RawCell {
  if (start === end) return null;
  return decodeCellText(xml.slice(start, end));
}

/**
 * Parses the cells of a worksheet part. Cells without `r` follow the previous cell; rows without
 * `r` follow the previous row. Formulas are read as their cached values; error cells as their
 * code ("#N/A") like Office.js delivers them; empty strings as null.
 * @example parseSheetData('<worksheet><sheetData><row r="2"><c r="B2" t="inlineStr"><is><t>hi</t></is></c></row></sheetData></worksheet>', []).rows[1] //=> [ <1 empty item>, "hi" ]
 */
export function parseSheetData(xml: string, shared: readonly string[]): SheetGrid {
  const rows: (RawCell[] | undefined)[] = [];
  let minRow = 0;
  let maxRow = 0;
  let minCol = 0;
  let maxCol = 0;
  const cur = new XmlCursor(xml);
  let inData = false;
  let rowNumber = 0;
  let row: RawCell[] | undefined;
  let col = 0;
  let closed = false;
  while (cur.next()) {
    const len = cur.nameEnd - cur.nameStart;
    if (!inData) {
      if (len === 9 && cur.is("sheetData")) {
        if (cur.selfClosing) {
          closed = true;
          break;
        }
        inData = true;
      }
      continue;
    }
    if (len === 1 && xml.charCodeAt(cur.nameStart) === 99 /* c */) {
      if (cur.closing) continue;
      // attributes r and t, read in place
      let type = T_NUMBER;
      let refCol = 0;
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
          for (let k = valueStart; k < valueEnd; k++) {
            const ch = xml.charCodeAt(k) | 32;
            if (ch < 97 || ch > 122) break;
            refCol = refCol * 26 + (ch - 96);
          }
          if (refCol === 0) throw new SheetXmlError(`bad cell reference "${xml.slice(valueStart, valueEnd)}"`);
        } else if (nameLen === 1 && first === 116 /* t */) {
          const v0 = xml.charCodeAt(valueStart);
          const vLen = valueEnd - valueStart;
          type =
            v0 === 115 ? (vLen === 1 ? T_SHARED : T_STR) : v0 === 105 ? T_INLINE : v0 === 98 ? T_BOOL : v0 === 101 ? T_ERROR : v0 === 100 ? T_DATE : T_NUMBER;
        }
        i = valueEnd + 1;
      }
      col = refCol > 0 ? refCol : col + 1;
      if (cur.selfClosing) continue;
      let value: RawCell = null;
      while (cur.next()) {
        const n = cur.nameEnd - cur.nameStart;
        if (cur.closing) {
          if (n === 1 && xml.charCodeAt(cur.nameStart) === 99) break;
          continue;
        }
        if (n === 1 && xml.charCodeAt(cur.nameStart) === 118 /* v */) {
          if (cur.selfClosing) continue;
          const start = cur.end;
          const end = xml.indexOf("<", start);
          if (end < 0) throw new SheetXmlError("cell value is cut short");
          if (start === end) continue;
          switch (type) {
            case T_NUMBER: {
              const num = numberAt(xml, start, end);
              value = Number.isNaN(num) ? textValue(xml, start, end) : num;
              break;
            }
            case T_SHARED: {
              const s = shared[numberAt(xml, start, end)];
              value = s === undefined || s === "" ? null : s;
              break;
            }
            case T_BOOL:
              value = xml.charCodeAt(start) === 49 || xml.startsWith("true", start);
              break;
            case T_DATE: {
              const text = xml.slice(start, end);
              value = serialFromIsoText(text) ?? decodeCellText(text);
              break;
            }
            default:
              value = textValue(xml, start, end);
          }
        } else if (n === 2 && cur.is("is")) {
          value = collectItemText(cur);
          if (value === "") value = null;
        } else if (!cur.selfClosing) cur.skipElement(); // <f>, <extLst>
      }
      if (value === null) continue;
      if (row === undefined) {
        row = [];
        rows[rowNumber - 1] = row;
      }
      row[col - 1] = value;
      if (minRow === 0 || rowNumber < minRow) minRow = rowNumber;
      if (rowNumber > maxRow) maxRow = rowNumber;
      if (minCol === 0 || col < minCol) minCol = col;
      if (col > maxCol) maxCol = col;
      continue;
    }
    if (len === 3 && cur.is("row")) {
      if (cur.closing) continue;
      const r = cur.attr("r");
      rowNumber = r !== undefined ? parseInt(r, 10) : rowNumber + 1;
      if (!(rowNumber >= 1 && rowNumber <= 1048576)) throw new SheetXmlError(`bad row number "${r}"`);
      row = rows[rowNumber - 1];
      col = 0;
      continue;
    }
    if (len === 9 && cur.closing && cur.is("sheetData")) {
      closed = true;
      break;
    }
  }
  if (!closed) throw new SheetXmlError(inData ? "sheet data is cut short (missing </sheetData>)" : "no <sheetData> element");
  return { rows, minRow, maxRow, minCol, maxCol };
}
