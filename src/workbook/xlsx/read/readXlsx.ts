/**
 * Reads an .xlsx (bytes) into AR Desk's blocks without a full spreadsheet model: only the parts
 * needed (workbook, rels, shared strings, worksheets, tables) are inflated, and a small XML
 * scanner reads them. Runs in Node and in the browser (no fs here; see node.ts for files).
 */
import type { SourceBlock } from "../../port";
import { isUsableTableRange, plainBlock, tableBlock } from "./gridBlocks";
import {
  parseRels,
  parseTableXml,
  parseWorkbookXml,
  relsPathOf,
  type DefinedNameEntry,
  type TablePart,
} from "./packageParts";
import { WorkbookReadError } from "./readError";
import { parseSharedStrings } from "./sharedStrings";
import { parseSheetData, type SheetGrid } from "./sheetData";
import { entryData, fflateInflateRaw, zipEntries, type InflateRaw, type ZipEntry } from "./zipDirectory";

/** What the reader returns: sheets in tab order, blocks, and defined names (AR Desk's markers live there). */
export interface XlsxContent {
  readonly sheets: { readonly name: string; readonly state: "visible" | "hidden" | "veryHidden" }[];
  readonly blocks: SourceBlock[];
  readonly definedNames: DefinedNameEntry[];
}

export interface ReadXlsxOptions {
  /** Shown in error messages. */
  readonly fileName?: string;
  /** Read only these sheets (by name); default all worksheets. */
  readonly sheets?: readonly string[];
  /** Raw-DEFLATE inflater; default fflate (pure JS). Node passes zlib's (see xlsx/node.ts), several times faster. */
  readonly inflateRaw?: InflateRaw;
}

const REL_OFFICE_DOCUMENT = /\/officeDocument$/;
const REL_WORKSHEET = /\/worksheet$/;
const REL_SHARED_STRINGS = /\/sharedStrings$/;
const REL_TABLE = /\/table$/;

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];
const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0];

function startsWith(bytes: Uint8Array, magic: readonly number[]): boolean {
  return magic.every((b, i) => bytes[i] === b);
}

function openZip(bytes: Uint8Array, fileName: string): Map<string, ZipEntry> {
  if (startsWith(bytes, OLE_MAGIC)) {
    throw new WorkbookReadError("encrypted", fileName, "it is password-protected or an old .xls file; save it as an unprotected .xlsx workbook");
  }
  if (bytes.length < 4 || !startsWith(bytes, ZIP_MAGIC)) {
    throw new WorkbookReadError("not-xlsx", fileName, "it is not an .xlsx workbook (not a ZIP package)");
  }
  try {
    return zipEntries(bytes);
  } catch (cause) {
    throw new WorkbookReadError("corrupt", fileName, `the file is damaged (${(cause as Error).message})`, { cause });
  }
}

const decoder = new TextDecoder("utf-8");

/**
 * Reads the workbook's sheets, blocks and defined names.
 * @throws WorkbookReadError when the bytes are not a readable .xlsx (message names the file and the problem).
 * @example const { blocks } = readXlsx(new Uint8Array(await file.arrayBuffer()), { fileName: file.name });
 */
export function readXlsx(bytes: Uint8Array, options: ReadXlsxOptions = {}): XlsxContent {
  const fileName = options.fileName ?? "workbook.xlsx";
  const entries = openZip(bytes, fileName);
  const inflate = options.inflateRaw ?? fflateInflateRaw;
  const text = (path: string): string | undefined => {
    const entry = entries.get(path);
    if (entry === undefined) return undefined;
    try {
      return decoder.decode(entryData(bytes, entry, inflate));
    } catch (cause) {
      throw new WorkbookReadError("corrupt", fileName, `the file is damaged (${(cause as Error).message})`, { cause });
    }
  };
  const rootRels = text("_rels/.rels");
  const workbookPath =
    (rootRels && parseRels(rootRels, "").find((r) => REL_OFFICE_DOCUMENT.test(r.type))?.target) || "xl/workbook.xml";
  const workbookXml = text(workbookPath);
  if (workbookXml === undefined) {
    throw new WorkbookReadError("not-xlsx", fileName, `it is a ZIP file but not an Excel workbook (no ${workbookPath})`);
  }
  const corrupt = (detail: string, cause?: unknown) => new WorkbookReadError("corrupt", fileName, detail, { cause });
  const { sheets, definedNames } = parseWorkbookXml(workbookXml);
  const workbookRels = parseRels(text(relsPathOf(workbookPath)) ?? "", workbookPath);
  const sstRel = workbookRels.find((r) => REL_SHARED_STRINGS.test(r.type));
  const sstXml = sstRel ? text(sstRel.target) : undefined;
  const shared = sstXml ? parseSharedStrings(sstXml) : [];

  const blocks: SourceBlock[] = [];
  const wanted = options.sheets ? new Set(options.sheets) : undefined;
  for (const sheet of sheets) {
    const rel = workbookRels.find((r) => r.id === sheet.relId);
    if (!rel || !REL_WORKSHEET.test(rel.type)) continue; // chart sheets, dialog sheets
    if (wanted && !wanted.has(sheet.name)) continue;
    const sheetXml = text(rel.target);
    if (sheetXml === undefined) throw corrupt(`sheet "${sheet.name}" is missing (${rel.target})`);
    let grid: SheetGrid;
    try {
      grid = parseSheetData(sheetXml, shared);
    } catch (cause) {
      throw corrupt(`sheet "${sheet.name}" is damaged (${(cause as Error).message})`, cause);
    }
    const tables: TablePart[] = [];
    const sheetRels = text(relsPathOf(rel.target));
    if (sheetRels) {
      for (const tr of parseRels(sheetRels, rel.target)) {
        if (!REL_TABLE.test(tr.type) || tr.external) continue;
        const tableXml = text(tr.target);
        const table = tableXml ? parseTableXml(tableXml) : undefined;
        if (table && isUsableTableRange(table.range)) tables.push(table);
      }
    }
    for (const table of tables) blocks.push(tableBlock(sheet.name, grid, table));
    const plain = plainBlock(sheet.name, grid, tables.map((t) => t.range));
    if (plain) blocks.push(plain);
  }
  return { sheets: sheets.map(({ name, state }) => ({ name, state })), blocks, definedNames };
}
