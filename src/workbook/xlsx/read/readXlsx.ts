/**
 * Reads an .xlsx (bytes) into AR Desk's blocks without a full spreadsheet model: only the parts
 * needed (workbook, rels, shared strings, worksheets, tables, and styles for 1904-date workbooks)
 * are inflated, as a stream, and a small XML scanner reads them piece by piece. Runs in Node and
 * in the browser with the same limits (limits.ts; no fs here, see node.ts for files).
 *
 * Hostile files are bounded: a part that inflates too far or too steeply, a part listed twice,
 * a DTD, too many cells: each is refused with one line naming the file and the limit.
 */
import type { DataIssue } from "../../../core/model";
import type { SourceBlock } from "../../port";
import { dateStyleIndexes } from "./dateStyles";
import { CellBudget, isUsableTableRange, plainBlocks, tableBlock } from "./gridBlocks";
import { DEFAULT_LIMITS, ReadLimitError, type ReadLimits } from "./limits";
import {
  parseRels,
  parseTableXml,
  parseWorkbookXml,
  relsPathOf,
  type DefinedNameEntry,
  type TablePart,
} from "./packageParts";
import { partText, streamPartText, type PartSink } from "./partStream";
import { BytePieces } from "./bytePieces";
import { fileRefused, readRefused, WorkbookReadError } from "./readError";
import { pushSharedStringBytes } from "./sharedStrings";
import { SheetDataParser, type SheetGrid } from "./sheetData";
import { describeNonZip, describeOtherPackage } from "./sniff";
import { XmlRefusedError } from "./xmlScan";
import { ZipRefusedError, zipEntries, type InflateRaw, type ZipEntry } from "./zipDirectory";
import { columnLetters } from "../../a1";
import { moreCellsReason } from "./readReasons";

/** What the reader returns: sheets in tab order, blocks, and defined names (AR Desk's markers live there). */
export interface XlsxContent {
  readonly sheets: { readonly name: string; readonly state: "visible" | "hidden" | "veryHidden" }[];
  readonly blocks: SourceBlock[];
  readonly definedNames: DefinedNameEntry[];
  /** Cells the reader did not take as written (beyond XFD, not a number, impossible date, formula without result). */
  readonly issues: DataIssue[];
  /** The workbook counts dates from 1904 (its date cells were shifted to the 1900 system). */
  readonly date1904: boolean;
}

export interface ReadXlsxOptions {
  /** Shown in error messages. */
  readonly fileName?: string;
  /** Read only these sheets (by name); default all worksheets. */
  readonly sheets?: readonly string[];
  /** Ignored: the reader streams every part with fflate, in Node as in the browser (kept for callers). */
  readonly inflateRaw?: InflateRaw;
  /** Limits for hostile files (default {@link DEFAULT_LIMITS}). */
  readonly limits?: Partial<ReadLimits>;
}

/**
 * A big part (shared strings, a sheet) to stream: the reader asks, its driver inflates and hands
 * the bytes to `sink` ({@link readXlsx}: fflate, here and now; {@link readXlsxAsync}: a host's own
 * inflater, such as Node's zlib).
 */
export interface PartRequest {
  readonly entry: ZipEntry;
  readonly maxBytes: number;
  readonly sink: PartSink;
}

/** Streams one part's bytes (or text), within the limits, as streamPartText does (partStream.ts). */
export type PartStreamer = (bytes: Uint8Array, entry: ZipEntry, limits: ReadLimits, maxBytes: number, sink: PartSink | ((text: string) => void)) => Promise<void>;

const REL_OFFICE_DOCUMENT = /\/officeDocument$/;
const REL_WORKSHEET = /\/worksheet$/;
const REL_SHARED_STRINGS = /\/sharedStrings$/;
const REL_STYLES = /\/styles$/;
const REL_TABLE = /\/table$/;

function openZip(bytes: Uint8Array, fileName: string, limits: ReadLimits): Map<string, ZipEntry> {
  const notZip = describeNonZip(bytes);
  if (notZip !== undefined) {
    throw fileRefused(notZip === "passwordProtected" ? "encrypted" : "not-xlsx", fileName, notZip);
  }
  try {
    return zipEntries(bytes, limits.maxEntries);
  } catch (cause) {
    if (cause instanceof ZipRefusedError) throw readRefused("refused", fileName, cause.coded.code, cause.coded.params, { cause });
    throw readRefused("corrupt", fileName, "damaged", { cause: (cause as Error).message }, { cause });
  }
}

/** Where in the package something went wrong: a sheet by its name, else a part by its path. */
type Place = { readonly sheet: string } | { readonly part: string };

/** One error type out of the reader, whatever went wrong inside. */
function wrap(fileName: string, cause: unknown, where: Place): WorkbookReadError {
  if (cause instanceof WorkbookReadError) return cause;
  if (cause instanceof ReadLimitError) return readRefused("refused", fileName, cause.coded.code, cause.coded.params, { cause });
  if (cause instanceof XmlRefusedError) return readRefused("refused", fileName, "dtd", where, { cause });
  return readRefused("corrupt", fileName, "damaged", { ...where, cause: (cause as Error).message }, { cause });
}

/**
 * Reads the workbook's sheets, blocks and defined names.
 * @throws WorkbookReadError when the bytes are not a readable .xlsx or cross a limit (message names the file and the problem).
 * @example const { blocks } = readXlsx(new Uint8Array(await file.arrayBuffer()), { fileName: file.name });
 */
export function readXlsx(bytes: Uint8Array, options: ReadXlsxOptions = {}): XlsxContent {
  const limits: ReadLimits = { ...DEFAULT_LIMITS, ...options.limits };
  const steps = readSteps(bytes, options, limits);
  const content = drive(steps, steps.next(), ({ entry, maxBytes, sink }) => streamPartText(bytes, entry, limits, maxBytes, sink));
  // fflate streams here and now: the driver never meets a promise on this path.
  if (content instanceof Promise) throw new Error("readXlsx: the synchronous streamer returned a promise");
  return content;
}

/**
 * {@link readXlsx} with the big parts inflated by `stream` (Node: zlib's native inflate, see
 * nodeInflate.ts, several times faster than fflate's); the same limits and the same answers.
 * @example const content = await readXlsxAsync(bytes, nodeInflateText, { fileName: "ledger.xlsx" });
 */
export async function readXlsxAsync(bytes: Uint8Array, stream: PartStreamer, options: ReadXlsxOptions = {}): Promise<XlsxContent> {
  const limits: ReadLimits = { ...DEFAULT_LIMITS, ...options.limits };
  const steps = readSteps(bytes, options, limits);
  return drive(steps, steps.next(), ({ entry, maxBytes, sink }) => stream(bytes, entry, limits, maxBytes, sink));
}

type ReadSteps = Generator<PartRequest, XlsxContent, void>;

/**
 * The one driver of {@link readSteps}: streams each part the reader asks for and hands back what
 * went wrong (the reader turns it into its one error type), until the reader returns the content.
 * A synchronous streamer (fflate) keeps the whole read synchronous, a loop with no promise in it;
 * a streamer that returns a promise (zlib) carries on from where it settles.
 */
function drive(steps: ReadSteps, first: IteratorResult<PartRequest, XlsxContent>, stream: (request: PartRequest) => void | Promise<void>): XlsxContent | Promise<XlsxContent> {
  let step = first;
  while (!step.done) {
    let streamed: void | Promise<void>;
    try {
      streamed = stream(step.value);
    } catch (cause) {
      step = steps.throw(cause);
      continue;
    }
    if (streamed instanceof Promise) {
      return streamed.then(
        () => drive(steps, steps.next(), stream),
        (cause: unknown) => drive(steps, steps.throw(cause), stream),
      );
    }
    step = steps.next();
  }
  return step.value;
}

/**
 * The reader itself, yielding each big part it needs streamed (the driver streams it into the
 * request's `sink`, or throws what went wrong back in) and returning the content.
 */
function* readSteps(bytes: Uint8Array, options: ReadXlsxOptions, limits: ReadLimits): ReadSteps {
  const fileName = options.fileName ?? "workbook.xlsx";
  const entries = openZip(bytes, fileName, limits);
  const read = new Set<string>();
  /** A part read once: the same part read twice means a package pointing at it twice. */
  const once = (path: string, what: { readonly what: "sharedStrings" | "sheet" | "table"; readonly sheet?: string }) => {
    if (read.has(path)) throw readRefused("refused", fileName, "partReadAgain", { ...what, part: path });
    read.add(path);
  };
  const text = (path: string): string | undefined => {
    const entry = entries.get(path);
    if (entry === undefined) return undefined;
    try {
      return partText(bytes, entry, limits);
    } catch (cause) {
      throw wrap(fileName, cause, { part: path });
    }
  };
  const rootRels = text("_rels/.rels");
  const workbookPath =
    (rootRels && parseRels(rootRels, "").find((r) => REL_OFFICE_DOCUMENT.test(r.type))?.target) || "xl/workbook.xml";
  const workbookXml = text(workbookPath);
  if (workbookXml === undefined) {
    const mimetype = text("mimetype");
    throw fileRefused("not-xlsx", fileName, describeOtherPackage(entries, mimetype));
  }
  let parsed: ReturnType<typeof parseWorkbookXml>;
  let workbookRelsXml: string;
  try {
    parsed = parseWorkbookXml(workbookXml);
    workbookRelsXml = text(relsPathOf(workbookPath)) ?? "";
  } catch (cause) {
    throw wrap(fileName, cause, { part: workbookPath });
  }
  const { sheets, definedNames, date1904 } = parsed;
  const workbookRels = safely(fileName, { part: relsPathOf(workbookPath) }, () => parseRels(workbookRelsXml, workbookPath));
  const relById = new Map(workbookRels.map((r) => [r.id, r]));
  const sstRel = workbookRels.find((r) => REL_SHARED_STRINGS.test(r.type));
  const shared: string[] = [];
  const sstEntry = sstRel ? entries.get(sstRel.target) : undefined;
  if (sstRel && sstEntry) {
    once(sstRel.target, { what: "sharedStrings" });
    // read from its bytes, each item decoded alone (ignoreBOM: a text may begin with U+FEFF)
    const decoder = new TextDecoder("utf-8", { ignoreBOM: true });
    const pieces = new BytePieces("si", (piece) => pushSharedStringBytes(piece, shared, decoder), limits.maxRowChars);
    try {
      yield { entry: sstEntry, maxBytes: limits.maxPartBytes, sink: pieces };
      pieces.end();
    } catch (cause) {
      throw wrap(fileName, cause, { part: sstRel.target });
    }
  }
  let dateStyles: Set<number> | undefined;
  if (date1904) {
    const stylesRel = workbookRels.find((r) => REL_STYLES.test(r.type));
    const stylesXml = stylesRel ? text(stylesRel.target) : undefined;
    dateStyles = stylesXml ? safely(fileName, { part: stylesRel!.target }, () => dateStyleIndexes(stylesXml)) : new Set();
  }

  const blocks: SourceBlock[] = [];
  const issues: DataIssue[] = [];
  let problemsLeft = limits.maxIssues;
  const budget = new CellBudget(limits.maxBlockCells);
  const wanted = options.sheets ? new Set(options.sheets) : undefined;
  for (const sheet of sheets) {
    const rel = relById.get(sheet.relId);
    if (!rel || !REL_WORKSHEET.test(rel.type)) continue; // chart sheets, dialog sheets
    if (wanted && !wanted.has(sheet.name)) continue;
    const entry = entries.get(rel.target);
    if (entry === undefined) throw readRefused("corrupt", fileName, "sheetMissing", { sheet: sheet.name, part: rel.target });
    once(rel.target, { what: "sheet", sheet: sheet.name });
    const parser = new SheetDataParser({ shared, date1904, ...(dateStyles ? { dateStyles } : {}), maxProblems: Math.max(0, problemsLeft) });
    // the sheet's bytes, never decoded whole: the parser reads its plain rows from them (sheetBytes.ts)
    const pieces = new BytePieces("row", (piece) => parser.pushBytes(piece), limits.maxRowChars);
    let grid: SheetGrid;
    try {
      yield { entry, maxBytes: limits.maxPartBytes, sink: pieces };
      pieces.end();
      grid = parser.end();
    } catch (cause) {
      throw wrap(fileName, cause, { sheet: sheet.name });
    }
    for (const p of parser.problems) {
      issues.push({
        severity: p.severity,
        sheet: sheet.name,
        row: p.row,
        ...(p.col > 0 ? { column: columnLetters(p.col), columnIndex: p.col } : {}),
        ...(p.value !== undefined ? { value: p.value } : {}),
        reason: p.reason,
      });
    }
    problemsLeft -= parser.problems.length;
    if (parser.problemCount > parser.problems.length) {
      issues.push({ severity: "warning", sheet: sheet.name, row: 0, reason: moreCellsReason(parser.problemCount - parser.problems.length) });
    }
    const tables: TablePart[] = [];
    const sheetRelsPath = relsPathOf(rel.target);
    const sheetRels = text(sheetRelsPath);
    if (sheetRels) {
      for (const tr of safely(fileName, { part: sheetRelsPath }, () => parseRels(sheetRels, rel.target))) {
        if (!REL_TABLE.test(tr.type) || tr.external) continue;
        once(tr.target, { what: "table", sheet: sheet.name });
        const tableXml = text(tr.target);
        const table = tableXml ? safely(fileName, { part: tr.target }, () => parseTableXml(tableXml)) : undefined;
        if (table && isUsableTableRange(table.range)) tables.push(table);
      }
    }
    safely(fileName, { sheet: sheet.name }, () => {
      for (const table of tables) blocks.push(tableBlock(sheet.name, grid, table, budget));
      blocks.push(...plainBlocks(sheet.name, grid, tables.map((t) => t.range), budget));
    });
  }
  return { sheets: sheets.map(({ name, state }) => ({ name, state })), blocks, definedNames, issues, date1904 };
}

function safely<T>(fileName: string, where: Place, run: () => T): T {
  try {
    return run();
  } catch (cause) {
    throw wrap(fileName, cause, where);
  }
}

