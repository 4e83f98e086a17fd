/**
 * {@link PaneServices} for the pane opened in a plain browser (outside Office): *Open workbook…*
 * reads an .xlsx (or a CSV or an .xls, as the workbook Excel would save it as) into memory ({@link XlsxWorkbook}); every flow runs on that copy and offers its
 * results as downloads. The clerk's file on disk is never changed: *Download workbook* gives a new
 * file with everything AR Desk wrote (settings, statements, reminders, dunning log), built on the
 * clerk's own package so their charts, pivot tables, images and comments come along unchanged
 * (see workbook/xlsx/write/graftSheets.ts).
 *
 * ExcelJS and the xlsx reader load with the first opened workbook (dynamic import), not with the pane.
 */
import type { DataIssue, DayNumber } from "../../core/model";
import type { XlsxWorkbook } from "../../workbook/xlsx/xlsxWorkbook";
import type { FileOffer, OpenedWorkbook, PaneServices } from "./paneServices";
import { downloadInBrowser, engineServices, XLSX_MIME } from "./engine";
import { PaneError } from "../i18n/paneError";

/** English texts of the refusals below (tests compare with them; the clerk reads the pane's language). */
export const NO_WORKBOOK_MESSAGE = new PaneError("error.noWorkbook").message;
export const FORMULA_COLUMNS_NEED_EXCEL = new PaneError("formulas.needsExcel").message;

/**
 * Reads a File as bytes; `arrayBuffer()` where the browser has it, FileReader otherwise. The
 * browser's own refusal (a DOMException in the browser's language, often English: "The requested
 * file could not be read…") becomes the pane's message naming the file, in the pane's language,
 * with the browser's error kept as its cause.
 */
async function bytesOf(file: File): Promise<Uint8Array> {
  try {
    if (typeof file.arrayBuffer === "function") return new Uint8Array(await file.arrayBuffer());
    return await new Promise<Uint8Array>((resolve, reject) => {
      const reader = new FileReader();
      reader.onload = () => resolve(new Uint8Array(reader.result as ArrayBuffer));
      reader.onerror = () => reject(reader.error);
      reader.readAsArrayBuffer(file);
    });
  } catch (cause) {
    throw new PaneError("error.fileUnreadable", { file: file.name }, { cause });
  }
}

/** Extra surface for tests and the e2e suite: the workbook currently open. */
export type BrowserServices = PaneServices & {
  /** The in-memory workbook, undefined before *Open workbook…*. */
  readonly workbook: () => XlsxWorkbook | undefined;
};

export interface BrowserServicesOptions {
  /** Today's day (tests pin it); default the local calendar day. */
  readonly today?: () => DayNumber;
}

export function createBrowserServices(options: BrowserServicesOptions = {}): BrowserServices {
  let workbook: XlsxWorkbook | undefined;
  let fileBase = "workbook";
  let fileName: string | undefined;
  let fileExt = ".xlsx";
  /** How the opened file was read, where its workbook cannot say it (a CSV's guessed code page). */
  let openNotes: readonly DataIssue[] = [];

  const engine = engineServices({
    host: "browser",
    canDownload: true,
    port: () => {
      if (!workbook) throw new PaneError("error.noWorkbook");
      return workbook;
    },
    fileBase: () => fileBase,
    readIssues: () => [...openNotes, ...(workbook?.content().issues ?? [])],
    workbookLabel: () => fileName,
    async statementsDownload(run, month) {
      const { writeSpecsToBytes } = await import("../../workbook/xlsx/write");
      return { fileName: `${fileBase}-statements-${month}.xlsx`, mimeType: XLSX_MIME, bytes: await writeSpecsToBytes(run.sheets) };
    },
  }, options.today);
  const { inspect: _inspect, ...flows } = engine;
  void _inspect;

  return {
    ...flows,
    workbook: () => workbook,

    async openWorkbook(file: File): Promise<OpenedWorkbook> {
      const read = await bytesOf(file);
      const [{ XlsxWorkbook }, csv, reader] = await Promise.all([import("../../workbook/xlsx/xlsxWorkbook"), import("../../workbook/csv"), import("../../workbook/xlsx/read")]);
      // A CSV or an .xls (by its content, whatever its name) becomes the workbook Excel would save it
      // as; the .xls reader loads only when one is opened.
      const format = reader.ledgerFormat(read);
      const converted =
        format === "csv"
          ? await csv.csvAsWorkbook(read, { fileName: file.name })
          : format === "xls"
            ? { bytes: await (await import("../../workbook/xls")).xlsAsWorkbook(read, { fileName: file.name }), notes: [] }
            : undefined;
      // The constructor reads the file at once: a bad file fails here, naming it.
      const opened = new XlsxWorkbook(converted?.bytes ?? read, { fileName: file.name });
      workbook = opened;
      openNotes = converted?.notes ?? [];
      fileName = file.name;
      const ext = /\.(xlsx|xlsm|xltx|xltm|xls|csv|tsv|txt)$/i.exec(file.name);
      fileBase = (ext ? file.name.slice(0, ext.index) : file.name) || "workbook";
      // The package keeps its own content type (macro-enabled, template): Excel refuses an .xlsm
      // package saved under .xlsx, so the workbook download keeps the clerk's extension (a CSV's or an .xls's is .xlsx).
      fileExt = ext && format === "xlsx" ? ext[0].toLowerCase() : ".xlsx";
      return { fileName: file.name, sheetCount: opened.content().sheets.length };
    },

    async exportWorkbook(): Promise<FileOffer> {
      if (!workbook) throw new PaneError("error.noWorkbook");
      return { fileName: `${fileBase}-ar${fileExt}`, mimeType: XLSX_MIME, bytes: workbook.toBytes() };
    },

    downloadResult: downloadInBrowser,

    async goTo(): Promise<void> {
      // No sheet on screen in the browser: the issue list already names sheet, row and column.
    },

    async addFormulaColumns() {
      throw new PaneError("formulas.needsExcel");
    },

    async removeFormulaColumns() {
      throw new PaneError("formulas.needsExcel");
    },
  };
}
