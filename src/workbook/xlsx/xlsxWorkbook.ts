/**
 * WorkbookPort over an .xlsx file held in memory (bytes): the CLI and the browser (outside Excel)
 * use it. Reading goes through the fast reader (xlsx/read); writing renders AR Desk's sheets with
 * ExcelJS and grafts them into the clerk's own package (xlsx/write/graftSheets.ts), so every
 * other part of the file (charts, pivot tables, images, data validation, comments …) keeps its bytes.
 *
 * Writing never touches the clerk's sheets: a spec named like a clerk's sheet goes under a free
 * name ("Index (2)"), and only sheets carrying AR Desk's marker (see marker.ts) are replaced.
 * The CLI never rewrites its input file: it saves {@link XlsxWorkbook.toBytes} elsewhere, or
 * writes generated sheets alone with `writeWorkbookFile` (xlsx/node.ts).
 *
 * A saved copy is still a new file, never the clerk's original on disk. Charts of the specs are
 * written as native DrawingML charts (write/chartParts.ts).
 */
import type { SheetSpec } from "../spec";
import { uniqueSheetName } from "../layout/sheetNames";
import { generatedSheets, type GeneratedSheet } from "../marker";
import type { SourceBlock, WorkbookPort, WriteOptions } from "../port";
import { readXlsx, type XlsxContent } from "./read";
import type { InflateRaw } from "./read/zipDirectory";
import { graftSpecs } from "./write/graftSheets";

export interface XlsxWorkbookOptions {
  /** Shown in error messages. */
  readonly fileName?: string;
  /** Faster inflater (Node passes zlib's); default fflate. */
  readonly inflateRaw?: InflateRaw;
}

/** What a workbook holds, as AR Desk sees it. */
export interface XlsxWorkbookContent extends XlsxContent {
  /** Sheets AR Desk generated (from the markers), in marker order. */
  readonly generated: GeneratedSheet[];
}

/** Reads content plus the generated-sheet markers. */
export function contentOf(bytes: Uint8Array, options: XlsxWorkbookOptions = {}): XlsxWorkbookContent {
  return withMarkers(readXlsx(bytes, options));
}

/** A read workbook's content plus the generated-sheet markers (Node's async reader uses it too). */
export function withMarkers(content: XlsxContent): XlsxWorkbookContent {
  const names = new Set(content.sheets.map((s) => s.name));
  const generated = generatedSheets(content.definedNames.filter((n) => n.localSheetId === undefined)).filter((g) => names.has(g.sheet));
  return { ...content, generated };
}

/** A WorkbookPort over .xlsx bytes. */
export class XlsxWorkbook implements WorkbookPort {
  private bytes: Uint8Array;
  private cached: XlsxWorkbookContent | undefined;

  /**
   * Opens a workbook from its bytes; reads it at once so a bad file fails here with a
   * WorkbookReadError naming the file.
   * @example const port = new XlsxWorkbook(new Uint8Array(await file.arrayBuffer()), { fileName: file.name });
   */
  constructor(
    bytes: Uint8Array,
    private readonly options: XlsxWorkbookOptions = {},
  ) {
    this.bytes = bytes;
    this.cached = contentOf(bytes, options);
  }

  /** The workbook's content (sheets, blocks, defined names, generated sheets). */
  content(): XlsxWorkbookContent {
    if (!this.cached) this.cached = contentOf(this.bytes, this.options);
    return this.cached;
  }

  /** The whole workbook as .xlsx bytes (for a download or a new file). */
  toBytes(): Uint8Array {
    return this.bytes;
  }

  async readBlocks(): Promise<SourceBlock[]> {
    return this.content().blocks;
  }

  async listSheets(): Promise<{ name: string; generated: boolean }[]> {
    const { sheets, generated } = this.content();
    const mine = new Set(generated.map((g) => g.sheet));
    return sheets.map((s) => ({ name: s.name, generated: mine.has(s.name) }));
  }

  async readWorkbook(): Promise<{ blocks: SourceBlock[]; sheets: { name: string; generated: boolean }[] }> {
    return { blocks: await this.readBlocks(), sheets: await this.listSheets() };
  }

  async writeSheets(specs: readonly SheetSpec[], options: WriteOptions = {}): Promise<string[]> {
    // One user, a file in memory: nobody adds rows between a read and a write, so the flows write whole sheets here.
    if (options.append) throw new Error("The .xlsx port writes whole sheets: it does not append rows to a table.");
    const { sheets, generated } = this.content();
    const generatedByName = new Map(generated.map((g) => [g.sheet, g]));
    // Names a spec may not take: every clerk sheet, and names already used in this call.
    const taken = new Set(sheets.filter((s) => !generatedByName.has(s.name)).map((s) => s.name));
    const used = specs.map((spec) => uniqueSheetName(spec.name, taken));
    const usedLower = new Set(used.map((n) => n.toLowerCase()));
    const replaced = new Set(generated.filter((g) => usedLower.has(g.sheet.toLowerCase())).map((g) => g.sheet));

    this.bytes = await graftSpecs(this.bytes, specs, used, replaced);
    this.cached = undefined;
    return used;
  }
}
