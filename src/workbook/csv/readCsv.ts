/**
 * A CSV (or tab-separated) file read as a one-sheet workbook, the way Excel opens it: the sheet is
 * named after the file, each record is a row. Every value stays the text it is in the file (no
 * number or date is guessed here: the ledger reads text amounts and dates by its own rules, and
 * `00123` keeps its zeros, which Excel's own opening would drop).
 */
import type { RawCell } from "../port";
import type { DataIssue } from "../../core/model";
import { CellBudget, plainBlocks } from "../xlsx/read/gridBlocks";
import { DEFAULT_LIMITS, type ReadLimits } from "../xlsx/read/limits";
import type { XlsxContent } from "../xlsx/read/readXlsx";
import { fileRefused, readRefused } from "../xlsx/read/readError";
import { READ_REASONS } from "../xlsx/read/readReasons";
import type { SheetGrid } from "../xlsx/read/sheetData";
import { decodeText, type TextEncodingName } from "./decodeText";
import { CsvOpenQuoteError, findDelimiter, parseCsv, recordCount } from "./parseCsv";

/** Excel's last row: a longer CSV does not fit a sheet, and its outputs could not point at its rows. */
const EXCEL_ROWS = 1_048_576;

export interface ReadCsvOptions {
  readonly fileName?: string;
  readonly limits?: Partial<ReadLimits>;
}

/**
 * The sheet name Excel gives a CSV it opens: the file's name without its extension, cut to 31
 * characters, without the characters a sheet name cannot hold.
 * @example csvSheetName("应收台账 2026.csv") //=> "应收台账 2026"
 */
export function csvSheetName(fileName: string): string {
  const base = fileName.replace(/^.*[\\/]/, "").replace(/\.[^.]*$/, "");
  const name = base.replace(/[\\/?*[\]:]/g, "_").slice(0, 31).trim();
  return name === "" ? "Sheet1" : name;
}

/** The note a code page's guess deserves: names read in the wrong one come out garbled. */
const CODE_PAGE_NOTES: Partial<Record<TextEncodingName, string>> = {
  gb18030: READ_REASONS.csvReadAsGbk,
  "windows-1252": READ_REASONS.csvReadAsWestern,
};

/** A CSV file's records, the sheet Excel would name for it, and the encoding it was read in. */
export interface CsvRecords {
  readonly sheet: string;
  readonly rows: readonly string[][];
  readonly encoding: TextEncodingName;
}

/**
 * @throws WorkbookReadError naming the file: too large, not a table, a quote never closed, more
 *   rows than a sheet has.
 */
export function csvRecords(bytes: Uint8Array, options: ReadCsvOptions = {}): CsvRecords {
  const fileName = options.fileName ?? "ledger.csv";
  const limits: ReadLimits = { ...DEFAULT_LIMITS, ...options.limits };
  if (bytes.length > limits.maxPartBytes) throw readRefused("refused", fileName, "textTooLarge", { bytes: limits.maxPartBytes });
  const { text, encoding } = decodeText(bytes);
  const delimiter = findDelimiter(text.replace(/^sep=.\r?\n?/i, ""));
  if (delimiter === undefined && !/^sep=/i.test(text)) throw fileRefused("not-xlsx", fileName, "textNotTable");
  const sepLine = /^sep=/i.test(text) ? 1 : 0;
  const records = recordCount(text) - sepLine;
  if (records > EXCEL_ROWS) throw readRefused("refused", fileName, "csvTooManyRows", { rows: records, limit: EXCEL_ROWS });
  let rows: string[][];
  try {
    rows = parseCsv(text, delimiter).rows;
  } catch (cause) {
    if (cause instanceof CsvOpenQuoteError) throw readRefused("corrupt", fileName, "csvOpenQuote", { row: cause.row }, { cause });
    throw cause;
  }
  return { sheet: csvSheetName(fileName), rows, encoding };
}

/**
 * @throws WorkbookReadError as {@link csvRecords}.
 * @example const { blocks } = readCsv(bytes, { fileName: "invoices.csv" });
 */
export function readCsv(bytes: Uint8Array, options: ReadCsvOptions = {}): XlsxContent {
  const records = csvRecords(bytes, options);
  const { sheet, rows } = records;
  const limits: ReadLimits = { ...DEFAULT_LIMITS, ...options.limits };
  const blocks = plainBlocks(sheet, gridOf(rows), [], new CellBudget(limits.maxBlockCells));
  return { sheets: [{ name: sheet, state: "visible" }], blocks, definedNames: [], issues: csvNotes(records), date1904: false };
}

/** What the clerk should hear of how the file was read: the code page, when it had to be guessed. */
export function csvNotes({ sheet, encoding }: CsvRecords): DataIssue[] {
  const note = CODE_PAGE_NOTES[encoding];
  return note === undefined ? [] : [{ severity: "info", sheet, row: 0, reason: note }];
}

/** The records as a sheet's grid: an empty value is an empty cell, the bounds and used columns counted once. */
function gridOf(records: readonly string[][]): SheetGrid {
  const rows: (RawCell[] | undefined)[] = new Array(records.length);
  let minRow = 0;
  let maxRow = 0;
  let minCol = 0;
  let maxCol = 0;
  let width = 0;
  for (const record of records) width = Math.max(width, record.length);
  const usedColumns = new Uint8Array(width + 1);
  records.forEach((record, r) => {
    let cells: RawCell[] | undefined;
    for (let c = 0; c < record.length; c++) {
      const value = record[c];
      if (value === "") continue;
      cells ??= new Array<RawCell>(record.length);
      cells[c] = value;
      usedColumns[c + 1] = 1;
      if (minCol === 0 || c + 1 < minCol) minCol = c + 1;
      if (c + 1 > maxCol) maxCol = c + 1;
    }
    if (cells === undefined) return;
    rows[r] = cells;
    if (minRow === 0) minRow = r + 1;
    maxRow = r + 1;
  });
  return { rows, minRow, maxRow, minCol, maxCol, usedColumns };
}
