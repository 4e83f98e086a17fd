/**
 * Writes SheetSpecs into a new .xlsx held in memory, with ExcelJS's in-memory Workbook: the path
 * that runs in the browser too (ExcelJS's browser build has no streaming writer). Node code
 * writing thousands of statements uses streamWorkbook.ts instead; both finish with the same patch.
 */
import ExcelJS from "exceljs";
import type { SheetSpec } from "../../layout/spec";
import { applySheetSpec, worksheetOptions } from "./applySpec";
import { patchPackage } from "./packagePatch";
import { patchForSpec } from "./sheetPatches";

export interface WriteOptions {
  /** Called after each sheet: (sheets done, total). */
  readonly onProgress?: (done: number, total: number) => void;
  /** Document creation time for docProps (default: now). Pass one for byte-stable output. */
  readonly created?: Date;
}

/** Thrown when specs cannot be written (duplicate or invalid sheet names). */
export class WorkbookWriteError extends Error {
  override name = "WorkbookWriteError";
}

const INVALID_SHEET_NAME = /[[\]:*?/\\]/;

/** Checks sheet names before ExcelJS sees them (its own errors are unclear). */
export function assertWritableNames(specs: readonly SheetSpec[]): void {
  const seen = new Set<string>();
  for (const spec of specs) {
    const key = spec.name.toLowerCase();
    if (spec.name.length === 0 || spec.name.length > 31 || INVALID_SHEET_NAME.test(spec.name) || /^'|'$/.test(spec.name)) {
      throw new WorkbookWriteError(`ARDesk writer: "${spec.name}" is not a valid sheet name (1-31 characters, none of [ ] : * ? / \\, no leading or trailing ')`);
    }
    if (seen.has(key)) throw new WorkbookWriteError(`ARDesk writer: two sheets named "${spec.name}"`);
    seen.add(key);
  }
}

/**
 * A new workbook holding the specs, as .xlsx bytes (Node and browser).
 * @example const bytes = await writeSpecsToBytes([indexSheet, ...statementSheets]);
 */
export async function writeSpecsToBytes(specs: readonly SheetSpec[], options: WriteOptions = {}): Promise<Uint8Array> {
  assertWritableNames(specs);
  const wb = new ExcelJS.Workbook();
  if (options.created) {
    wb.created = options.created;
    wb.modified = options.created;
  }
  wb.creator = "AR Desk";
  specs.forEach((spec, i) => {
    const ws = wb.addWorksheet(spec.name, worksheetOptions(spec));
    applySheetSpec(ws, spec);
    options.onProgress?.(i + 1, specs.length);
  });
  const buffer = await wb.xlsx.writeBuffer();
  return patchPackage(new Uint8Array(buffer as ArrayBuffer), specs.map((s) => patchForSpec(s)));
}
