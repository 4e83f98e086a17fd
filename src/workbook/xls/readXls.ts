/**
 * Reads an Excel 97-2003 workbook (.xls, BIFF8) into the same content the .xlsx reader gives
 * (XlsxContent): the compound file's Workbook stream, its globals, then each worksheet's cells,
 * cut into blocks by the .xlsx reader's own rules (gridBlocks.ts) within the same cell budget.
 * Runs in Node and in the browser (no fs here).
 *
 * Refused in one line naming the file: an encrypted workbook, Excel 95 and older, an Office file
 * that is no workbook (a Word .doc), and any damage or hostile structure (xlsFileError.ts).
 */
import type { SourceBlock } from "../port";
import { CellBudget, plainBlocks } from "../xlsx/read/gridBlocks";
import { DEFAULT_LIMITS, ReadLimitError, type ReadLimits } from "../xlsx/read/limits";
import type { XlsxContent } from "../xlsx/read/readXlsx";
import { fileRefused, readRefused, WorkbookReadError } from "../xlsx/read/readError";
import type { SheetGrid } from "../xlsx/read/sheetData";
import { CompoundFile } from "./compoundFile";
import { readSheetCells } from "./sheetCells";
import { EncryptedXlsError, OldBiffError, readGlobals, type BoundSheet } from "./workbookGlobals";
import { XlsFileError } from "./xlsFileError";

export interface ReadXlsOptions {
  /** Shown in error messages. */
  readonly fileName?: string;
  /** Limits for hostile files (default {@link DEFAULT_LIMITS}): the stream's size and the cells kept. */
  readonly limits?: Partial<ReadLimits>;
}

/** One worksheet as read: its grid, and where its date-styled numbers are (when asked). */
export interface XlsSheet {
  readonly name: string;
  readonly state: "visible" | "hidden" | "veryHidden";
  readonly grid: SheetGrid;
  /** 1-based [row, column] of each date-styled number, with {@link xlsSheets}' `withDates`. */
  readonly dates: [number, number][];
}

/** The worksheets of an .xls, and whether its dates counted from 1904 (shifted to the 1900 system). */
export interface XlsSheets {
  /** Every sheet in tab order (charts and macro sheets too), as the .xlsx reader lists them. */
  readonly tabs: { readonly name: string; readonly state: "visible" | "hidden" | "veryHidden" }[];
  /** The worksheets read. */
  readonly sheets: XlsSheet[];
  readonly date1904: boolean;
}

/**
 * The worksheets' grids (the pane's conversion to .xlsx needs them whole, with their date cells).
 * @throws WorkbookReadError naming the file, as {@link readXls}.
 */
export function xlsSheets(bytes: Uint8Array, options: ReadXlsOptions & { readonly withDates?: boolean } = {}): XlsSheets {
  const fileName = options.fileName ?? "workbook.xls";
  const limits: ReadLimits = { ...DEFAULT_LIMITS, ...options.limits };
  try {
    if (bytes.length > limits.maxPartBytes) throw new ReadLimitError("xlsTooLarge", { bytes: limits.maxPartBytes });
    const file = new CompoundFile(bytes);
    const stream = file.stream("Workbook");
    if (stream === undefined) {
      // Excel 5.0/95 named its stream "Book"; any other compound file is no workbook at all
      throw fileRefused("not-xlsx", fileName, file.stream("Book") !== undefined ? "excel95" : "notWorkbookOle");
    }
    const globals = readGlobals(stream);
    let cellsLeft = limits.maxBlockCells;
    const read = new Map<BoundSheet, XlsSheet>();
    // Read in the order the sheets lie in the stream, each starting past the end of the one before:
    // sheets listed at the same place, or inside one another, would be read again and again.
    const worksheets = globals.sheets.filter((s) => s.isWorksheet).sort((a, b) => a.offset - b.offset);
    let readTo = 0;
    for (const bound of worksheets) {
      if (bound.offset < readTo) throw new XlsFileError("refused", "xlsSheetTwice", { sheet: bound.name });
      if (bound.offset >= stream.length) throw new XlsFileError("corrupt", "xlsDamaged", { sheet: bound.name, cause: `it starts at byte ${bound.offset}, past the stream's ${stream.length}` });
      const dates: [number, number][] = [];
      const { grid, end } = readSheetCells(stream, bound.offset, {
        sheet: bound.name,
        shared: globals.shared,
        dateStyles: globals.dateStyles,
        date1904: globals.date1904,
        ...(options.withDates ? { onDate: (row: number, col: number) => dates.push([row, col]) } : {}),
        countCell: () => {
          if (--cellsLeft < 0) throw new ReadLimitError("tooManyCells", { sheet: bound.name, cells: limits.maxBlockCells });
        },
      });
      readTo = end;
      read.set(bound, { name: bound.name, state: bound.state, grid, dates });
    }
    // (in tab order again)
    const sheets = globals.sheets.flatMap((s) => read.get(s) ?? []);
    return { tabs: globals.sheets.map(({ name, state }) => ({ name, state })), sheets, date1904: globals.date1904 };
  } catch (cause) {
    throw refusal(fileName, cause);
  }
}

/**
 * Reads the workbook's sheets and blocks (an .xls has no AR Desk markers: no defined names are read).
 * @throws WorkbookReadError when the bytes are not a readable .xls or cross a limit (the message names the file and the problem).
 * @example const { blocks } = readXls(bytes, { fileName: "应收台账.xls" });
 */
export function readXls(bytes: Uint8Array, options: ReadXlsOptions = {}): XlsxContent {
  const fileName = options.fileName ?? "workbook.xls";
  const limits: ReadLimits = { ...DEFAULT_LIMITS, ...options.limits };
  const { tabs, sheets, date1904 } = xlsSheets(bytes, options);
  const budget = new CellBudget(limits.maxBlockCells);
  const blocks: SourceBlock[] = [];
  try {
    for (const sheet of sheets) blocks.push(...plainBlocks(sheet.name, sheet.grid, [], budget));
  } catch (cause) {
    throw refusal(fileName, cause);
  }
  return { sheets: tabs, blocks, definedNames: [], issues: [], date1904 };
}

/** One error type out of the reader, whatever went wrong inside. */
function refusal(fileName: string, cause: unknown): WorkbookReadError {
  if (cause instanceof WorkbookReadError) return cause;
  if (cause instanceof EncryptedXlsError) return fileRefused("encrypted", fileName, "passwordProtected", { cause });
  if (cause instanceof OldBiffError) return fileRefused("not-xlsx", fileName, "excel95", { cause });
  if (cause instanceof XlsFileError) return readRefused(cause.problem, fileName, cause.code, cause.params, { cause });
  if (cause instanceof ReadLimitError) return readRefused("refused", fileName, cause.coded.code, cause.coded.params, { cause });
  return readRefused("corrupt", fileName, "xlsDamaged", { cause: (cause as Error).message }, { cause });
}
