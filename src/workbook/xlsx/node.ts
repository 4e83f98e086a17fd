/**
 * Node-only helpers around the bytes-based reader and writers: the only place in src/workbook
 * that touches the file system (browser code imports xlsx/xlsxWorkbook.ts and xlsx/read, xlsx/write only).
 */
import { promises as fs } from "node:fs";
import * as path from "node:path";
import type { SheetSpec } from "../spec";
import { withMarkers, XlsxWorkbook, type XlsxWorkbookContent } from "./xlsxWorkbook";
import { generatedSheets } from "../marker";
import { readXlsx, readXlsxAsync } from "./read/readXlsx";
import { nodeInflateText } from "./read/nodeInflate";
import { fileRefused, WorkbookReadError } from "./read/readError";
import { readCsv } from "../csv";
import { readXls } from "../xls";
import { ledgerFormat } from "./read/sniff";
import type { WriteOptions } from "./write/writeWorkbook";
import type { TableRowsAppend } from "./write/appendTableRows";

// The CLI's writers, Node-side (they stay out of xlsx/write's index, which the browser bundle uses).
export { streamSpecsPackage, writeSpecsPackage } from "./write/package/writePackage";
export { nodeDeflate } from "./write/package/nodeDeflate";

/** A workbook file's content, plus the names of the sheets AR Desk generated. */
export interface WorkbookFileContent extends XlsxWorkbookContent {
  readonly generatedSheets: string[];
}

async function readBytes(file: string): Promise<Uint8Array> {
  try {
    return new Uint8Array(await fs.readFile(file));
  } catch (cause) {
    const code = (cause as NodeJS.ErrnoException).code;
    const refusal = code === "ENOENT" ? "noSuchFile" : code === "EACCES" ? "permission" : code === "EISDIR" ? "folder" : undefined;
    if (refusal) throw fileRefused("not-xlsx", path.basename(file), refusal, { cause });
    const message = (cause as Error).message;
    throw new WorkbookReadError("not-xlsx", path.basename(file), message, { cause, coded: { code: "systemRead", params: { message } } });
  }
}

/**
 * Reads a ledger file: an .xlsx (sheets, blocks, defined names and generated sheets), an
 * Excel 97-2003 .xls, or a CSV.
 * @throws WorkbookReadError with the file name and what is wrong.
 * @example const { blocks, generatedSheets } = await readWorkbookFile("ledger.xlsx");
 */
export async function readWorkbookFile(file: string): Promise<WorkbookFileContent> {
  const bytes = await readBytes(file);
  const fileName = path.basename(file);
  // A ledger exported as CSV (or tab-separated text) is read as the one sheet Excel would open,
  // an old Office file as the .xls it is (by content, whatever its name);
  // zlib inflates an .xlsx's sheets natively: the same reader and limits, a faster inflater.
  const format = ledgerFormat(bytes);
  const read = format === "csv" ? readCsv(bytes, { fileName }) : format === "xls" ? readXls(bytes, { fileName }) : await readXlsxAsync(bytes, nodeInflateText, { fileName });
  const content = withMarkers(read);
  return { ...content, generatedSheets: content.generated.map((g) => g.sheet) };
}

/**
 * {@link readWorkbookFile}, with the bytes it read: what was read can be told apart from what the
 * file holds later (the CLI's dunning log: another run may replace it before this run writes it).
 */
export async function readWorkbookFileBytes(file: string): Promise<{ content: WorkbookFileContent; bytes: Uint8Array }> {
  const bytes = await readBytes(file);
  const content = withMarkers(await readXlsxAsync(bytes, nodeInflateText, { fileName: path.basename(file) }));
  return { content: { ...content, generatedSheets: content.generated.map((g) => g.sheet) }, bytes };
}

/**
 * True when the file is a workbook carrying AR Desk's marker (so AR Desk wrote it and may
 * replace it). Reads only the workbook part and shared strings, never the sheets.
 */
export async function isArDeskWorkbookFile(file: string): Promise<boolean> {
  try {
    const { sheets, definedNames } = readXlsx(await readBytes(file), { fileName: path.basename(file), sheets: [] });
    const names = new Set(sheets.map((s) => s.name));
    return generatedSheets(definedNames.filter((n) => n.localSheetId === undefined)).some((g) => names.has(g.sheet));
  } catch {
    return false;
  }
}

/** Opens an .xlsx file as a WorkbookPort (in memory; save with `toBytes`, never over the input). */
export async function openWorkbookFile(file: string): Promise<XlsxWorkbook> {
  return new XlsxWorkbook(await readBytes(file), { fileName: path.basename(file) });
}

/**
 * The specs as .xlsx bytes by ExcelJS's streaming writer (the printable letters). ExcelJS and its
 * ~800 modules load on this call only: a re-export would load them for every command (~0.3 s).
 */
export async function writeSpecsStreaming(specs: readonly SheetSpec[], options: WriteOptions = {}): Promise<Uint8Array> {
  const streaming = await import("./write/streamWorkbook");
  return streaming.writeSpecsStreaming(specs, options);
}

/**
 * Rows at the bottom of a table of a workbook's bytes, the rest kept (write/appendTableRows.ts);
 * undefined when they cannot go in place. ExcelJS loads on this call only, as above.
 */
export async function appendTableRows(bytes: Uint8Array, append: TableRowsAppend): Promise<Uint8Array | undefined> {
  return (await import("./write/appendTableRows")).appendTableRows(bytes, append);
}

/**
 * Writes the specs as a NEW workbook file (replacing any file at `file`), with the streaming
 * writer. The sheets carry AR Desk's marker.
 * @example await writeWorkbookFile("ledger-statements-2026-10.xlsx", sheets, { onProgress });
 */
export async function writeWorkbookFile(file: string, specs: readonly SheetSpec[], options: WriteOptions = {}): Promise<void> {
  const bytes = await writeSpecsStreaming(specs, options);
  await fs.writeFile(file, bytes);
}
