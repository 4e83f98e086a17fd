/**
 * The workbook globals of a BIFF8 stream ([MS-XLS] 2.1.7.20.1): what comes before the sheets.
 * Read here: the sheets' names, states and offsets (BOUNDSHEET8), the 1904 date system (DATEMODE),
 * which cell styles show a date (FORMAT and XF, needed to shift 1904 dates exactly as the .xlsx
 * reader does), the shared strings (SST), and whether the file is encrypted (FILEPASS).
 */
import { isDateFormat } from "../xlsx/read/dateStyles";
import { RecordReader } from "./biffRecords";
import { PieceCursor, readString } from "./biffStrings";
import { XlsFileError } from "./xlsFileError";

export const BOF = 0x0809;
export const EOF = 0x000a;
const FILEPASS = 0x002f;
const BOUNDSHEET8 = 0x0085;
const DATEMODE = 0x0022;
const FORMAT = 0x041e;
const XF = 0x00e0;
const SST = 0x00fc;
/** BIFF8's version in a BOF record; Excel 5.0/95 (BIFF5/7) writes 0x0500. */
const BIFF8 = 0x0600;
/** BOF's substream types ([MS-XLS] 2.4.21 dt). */
export const GLOBALS_SUBSTREAM = 0x0005;
export const WORKSHEET_SUBSTREAM = 0x0010;
/** BOUNDSHEET8's sheet types: only worksheets hold cells (not charts, macro or VB sheets). */
const WORKSHEET = 0;

export interface BoundSheet {
  readonly name: string;
  readonly state: "visible" | "hidden" | "veryHidden";
  /** Where the sheet's BOF record is in the stream. */
  readonly offset: number;
  readonly isWorksheet: boolean;
}

export interface WorkbookGlobals {
  readonly sheets: BoundSheet[];
  readonly date1904: boolean;
  /** 1 at each cell style (XF index) whose number format shows a date. */
  readonly dateStyles: Uint8Array;
  readonly shared: string[];
}

/** An Excel 95 or older workbook (BIFF2–7), which this reader does not read. */
export class OldBiffError extends Error {
  override name = "OldBiffError";
}

/** A workbook saved with a password to open (FILEPASS: its records are encrypted). */
export class EncryptedXlsError extends Error {
  override name = "EncryptedXlsError";
}

const STATES = ["visible", "hidden", "veryHidden"] as const;

/**
 * The shared strings: `count` strings from the SST record and its CONTINUE records. A count
 * larger than the data is refused (a hostile count must not make the reader wait or allocate).
 */
function sharedStrings(records: RecordReader): string[] {
  const pieces = records.withContinues();
  const cursor = new PieceCursor(pieces, "the shared strings");
  cursor.skip(4); // the total count of uses
  const count = cursor.u32();
  const out: string[] = [];
  while (out.length < count) {
    if (cursor.done) throw new XlsFileError("corrupt", "xlsSharedStringsShort", { count, found: out.length });
    out.push(readString(cursor));
  }
  return out;
}

/** Moves to the next record and gives its type (EOF at the stream's end). */
function nextType(records: RecordReader): number {
  return records.next() ? records.type : EOF;
}

/**
 * Reads the globals, from the stream's first record to their EOF.
 * @throws OldBiffError for Excel 95 and older, EncryptedXlsError for a password to open,
 *   XlsFileError when a record is damaged.
 */
export function readGlobals(stream: Uint8Array): WorkbookGlobals {
  const records = new RecordReader(stream);
  const first = records.next() ? records.type : -1;
  // BIFF2–4 wrote their BOF as 0x0009, 0x0209, 0x0409
  if ((first & 0xff) !== 0x09) throw new XlsFileError("corrupt", "xlsDamaged", { cause: "the Workbook stream does not begin with a BOF record" });
  if (first !== BOF || records.length < 4 || records.u16(0) !== BIFF8) throw new OldBiffError();
  const sheets: BoundSheet[] = [];
  let date1904 = false;
  const formats = new Map<number, string>();
  const styleFormats: number[] = [];
  let shared: string[] = [];
  while (nextType(records) !== EOF) {
    switch (records.type) {
      case FILEPASS:
        throw new EncryptedXlsError();
      case BOUNDSHEET8: {
        const cursor = new PieceCursor([stream.subarray(records.start + 6, records.start + records.length)], "a sheet's name");
        const hidden = records.u8(4) & 0x03;
        sheets.push({ offset: records.u32(0), state: STATES[Math.min(hidden, 2)], isWorksheet: records.u8(5) === WORKSHEET, name: readString(cursor, true) });
        break;
      }
      case DATEMODE:
        date1904 = records.length >= 2 && records.u16(0) === 1;
        break;
      case FORMAT: {
        const cursor = new PieceCursor([stream.subarray(records.start + 2, records.start + records.length)], "a number format");
        formats.set(records.u16(0), readString(cursor));
        break;
      }
      case XF:
        if (records.length >= 4) styleFormats.push(records.u16(2));
        break;
      case SST:
        shared = sharedStrings(records);
        break;
      default:
        break;
    }
  }
  const dateStyles = new Uint8Array(styleFormats.length);
  styleFormats.forEach((id, xf) => {
    if (isDateFormat(id, formats.get(id))) dateStyles[xf] = 1;
  });
  return { sheets, date1904, dateStyles, shared };
}
