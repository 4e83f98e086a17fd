/**
 * A worksheet substream's cells ([MS-XLS] 2.1.7.20.5), read into a grid: text (LABELSST from the
 * shared strings, LABEL, RSTRING), numbers (NUMBER, RK, MULRK), booleans and error codes (BOOLERR),
 * formulas as their cached results (FORMULA, with a text result in the STRING record after it),
 * and merged areas (MERGEDCELLS). Blank cells (BLANK, MULBLANK) hold nothing. An error reads as
 * its code ("#N/A"), as the .xlsx reader and Office.js give it.
 *
 * The hot loop: one switch per record, no object per cell beyond its value.
 */
import type { MergedArea, RawCell } from "../port";
import { mergedAreaOf } from "../mergedAreas";
import { MAX_MERGES } from "../xlsx/read/mergeCells";
import type { SheetGrid } from "../xlsx/read/sheetData";
import { RecordReader } from "./biffRecords";
import { PieceCursor, readString } from "./biffStrings";
import { CellGrid } from "./cellGrid";
import { BOF, EOF } from "./workbookGlobals";
import { XlsFileError } from "./xlsFileError";

const FORMULA = 0x0006;
const STRING = 0x0207;
const LABELSST = 0x00fd;
const LABEL = 0x0204;
const RSTRING = 0x00d6;
const NUMBER = 0x0203;
const RK = 0x027e;
const MULRK = 0x00bd;
const BOOLERR = 0x0205;
const MERGEDCELLS = 0x00e5;

/** An .xls sheet's size: 65,536 rows by 256 columns (IV). */
export const XLS_ROWS = 65_536;
export const XLS_COLS = 256;
/** Serials of a 1904 workbook are this many days behind the 1900 system's. */
const DAYS_1904 = 1462;

/** Excel's error codes by their BIFF byte ([MS-XLS] 2.5.10 BErr). */
const ERRORS: Readonly<Record<number, string>> = {
  0x00: "#NULL!",
  0x07: "#DIV/0!",
  0x0f: "#VALUE!",
  0x17: "#REF!",
  0x1d: "#NAME?",
  0x24: "#NUM!",
  0x2a: "#N/A",
  0x2b: "#GETTING_DATA",
};

export interface SheetCellsOptions {
  readonly sheet: string;
  readonly shared: readonly string[];
  /** 1 at each date style; with `date1904`, a date-styled number is shifted into the 1900 system. */
  readonly dateStyles: Uint8Array;
  readonly date1904: boolean;
  /** Called for each date-styled number cell (1-based row and column), when given. */
  readonly onDate?: (row: number, col: number) => void;
  /** Counts each cell against the workbook's budget (a hostile file of nothing but cells). */
  readonly countCell: () => void;
}

/**
 * An RK number ([MS-XLS] 2.5.217): a 30-bit integer or the high 30 bits of a double, either one
 * perhaps a hundredth of what is stored.
 * @example rkNumber(0xd4b) //=> 8.5 (the integer 850, divided by 100)
 */
export function rkNumber(rk: number): number {
  const hundredths = (rk & 1) === 1;
  let value: number;
  if ((rk & 2) === 2) {
    value = rk >> 2;
  } else {
    const buffer = new DataView(new ArrayBuffer(8));
    buffer.setUint32(4, rk & 0xfffffffc, true);
    value = buffer.getFloat64(0, true);
  }
  return hundredths ? value / 100 : value;
}

/** A sheet's cells, and where its substream ended in the stream. */
export interface SheetCells {
  readonly grid: SheetGrid;
  readonly end: number;
}

/**
 * Reads the sheet whose BOF is at `offset` of the stream, to its EOF.
 * @throws XlsFileError when a record is damaged or a cell lies beyond an .xls sheet.
 */
export function readSheetCells(stream: Uint8Array, offset: number, options: SheetCellsOptions): SheetCells {
  const records = new RecordReader(stream, offset);
  if (!records.next() || records.type !== BOF) throw new XlsFileError("corrupt", "xlsDamaged", { sheet: options.sheet, cause: "the sheet does not begin with a BOF record" });
  const grid = new CellGrid();
  const merges: MergedArea[] = [];
  const { shared, dateStyles, date1904, onDate, countCell } = options;
  /** Where a cell goes, 1-based, once its row and column are checked. */
  const place = (row0: number, col0: number): void => {
    if (col0 >= XLS_COLS || row0 >= XLS_ROWS) throw new XlsFileError("refused", "xlsCellOutside", { sheet: options.sheet, row: row0 + 1, col: col0 + 1 });
    countCell();
  };
  const number = (row0: number, col0: number, xf: number, value: number): void => {
    place(row0, col0);
    const isDate = dateStyles[xf] === 1;
    if (isDate && onDate) onDate(row0 + 1, col0 + 1);
    grid.set(row0 + 1, col0 + 1, isDate && date1904 ? value + DAYS_1904 : value);
  };
  // a chart or other substream inside the sheet has its own BOF … EOF
  let depth = 1;
  while (depth > 0 && records.next()) {
    const type = records.type;
    if (type === BOF) {
      depth++;
      continue;
    }
    if (type === EOF) {
      depth--;
      continue;
    }
    if (depth > 1) continue;
    switch (type) {
      case LABELSST: {
        need(records, 10, options.sheet);
        const row0 = records.u16(0);
        const col0 = records.u16(2);
        place(row0, col0);
        const s = shared[records.u32(6)];
        if (s === undefined) throw new XlsFileError("corrupt", "xlsNoSharedString", { sheet: options.sheet, row: row0 + 1, col: col0 + 1, index: records.u32(6) });
        grid.set(row0 + 1, col0 + 1, s === "" ? null : s);
        break;
      }
      case NUMBER:
        need(records, 14, options.sheet);
        number(records.u16(0), records.u16(2), records.u16(4), records.f64(6));
        break;
      case RK:
        need(records, 10, options.sheet);
        number(records.u16(0), records.u16(2), records.u16(4), rkNumber(records.u32(6)));
        break;
      case MULRK: {
        need(records, 6, options.sheet);
        const row0 = records.u16(0);
        const first = records.u16(2);
        const count = Math.floor((records.length - 6) / 6);
        for (let k = 0; k < count; k++) number(row0, first + k, records.u16(4 + k * 6), rkNumber(records.u32(6 + k * 6)));
        break;
      }
      case LABEL:
      case RSTRING: {
        need(records, 8, options.sheet);
        const row0 = records.u16(0);
        const col0 = records.u16(2);
        place(row0, col0);
        const text = readString(new PieceCursor([stream.subarray(records.start + 6, records.start + records.length)], `sheet "${options.sheet}"`));
        grid.set(row0 + 1, col0 + 1, text === "" ? null : text);
        break;
      }
      case BOOLERR: {
        need(records, 8, options.sheet);
        const row0 = records.u16(0);
        const col0 = records.u16(2);
        place(row0, col0);
        grid.set(row0 + 1, col0 + 1, resultValue(records.u8(7) === 1, records.u8(6)));
        break;
      }
      case FORMULA: {
        need(records, 20, options.sheet);
        const row0 = records.u16(0);
        const col0 = records.u16(2);
        if (records.u16(12) !== 0xffff) {
          number(row0, col0, records.u16(4), records.f64(6));
          break;
        }
        place(row0, col0);
        const kind = records.u8(6);
        if (kind === 0) {
          // a text result: the STRING record after the formula (past any shared or array formula)
          grid.set(row0 + 1, col0 + 1, stringResult(records, options.sheet));
        } else if (kind === 1 || kind === 2) {
          grid.set(row0 + 1, col0 + 1, resultValue(kind === 2, records.u8(8)));
        }
        break;
      }
      case MERGEDCELLS: {
        need(records, 2, options.sheet);
        const count = Math.min(records.u16(0), Math.floor((records.length - 2) / 8));
        for (let k = 0; k < count && merges.length < MAX_MERGES; k++) {
          const at = 2 + k * 8;
          const area = mergedAreaOf({ top: records.u16(at) + 1, bottom: records.u16(at + 2) + 1, left: records.u16(at + 4) + 1, right: records.u16(at + 6) + 1 });
          if (area !== undefined && area.rows > 0 && area.cols > 0 && area.col + area.cols - 1 <= XLS_COLS) merges.push(area);
        }
        break;
      }
      default:
        break;
    }
  }
  return { grid: grid.end(merges), end: records.position };
}

/** A boolean, or an error's code (an unknown code reads as #N/A's kin: its number, never dropped). */
function resultValue(isError: boolean, value: number): RawCell {
  if (!isError) return value !== 0;
  return ERRORS[value] ?? `#ERROR(${value})`;
}

/** The text of the STRING record following a formula (SHRFMLA, ARRAY or TABLE may come between). */
function stringResult(records: RecordReader, sheet: string): RawCell {
  for (;;) {
    const next = records.peekType();
    if (next === STRING) {
      records.next();
      const text = readString(new PieceCursor(records.withContinues(), `sheet "${sheet}"`));
      return text === "" ? null : text;
    }
    // SHRFMLA, ARRAY, TABLE: part of the formula, before its result
    if (next !== 0x04bc && next !== 0x0221 && next !== 0x0236) return null;
    records.next();
  }
}

/** A cell record shorter than its fields is damage, never a read past it. */
function need(records: RecordReader, bytes: number, sheet: string): void {
  if (records.length < bytes) throw new XlsFileError("corrupt", "xlsDamaged", { sheet, cause: `a record of type 0x${records.type.toString(16)} is ${records.length} bytes, shorter than its fields` });
}
