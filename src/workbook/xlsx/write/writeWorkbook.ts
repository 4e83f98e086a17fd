/**
 * Writes SheetSpecs into a new .xlsx held in memory, with ExcelJS's in-memory Workbook: the path
 * that runs in the browser too (ExcelJS's browser build has no streaming writer). Node code
 * writing thousands of statements uses streamWorkbook.ts instead; both finish with the same patch.
 */
// Loaded when a workbook is rendered, not with this module: the package writer imports the name
// checks below, and `ar-desk report` should not pay ExcelJS's ~0.3 s of loading for nothing.
import type ExcelJS from "exceljs";
import type { SheetSpec } from "../../spec";
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
  for (const spec of specs) assertWritableName(spec.name, seen);
}

/**
 * Checks one sheet name, and that it is not in `seen` (lower-cased names so far, added to): the
 * streaming package writer checks each sheet as it comes.
 */
export function assertWritableName(name: string, seen: Set<string>): void {
  const key = name.toLowerCase();
  if (name.length === 0 || name.length > 31 || INVALID_SHEET_NAME.test(name) || /^'|'$/.test(name)) {
    throw new WorkbookWriteError(`ARDesk writer: "${name}" is not a valid sheet name (1-31 characters, none of [ ] : * ? / \\, no leading or trailing ')`);
  }
  if (seen.has(key)) throw new WorkbookWriteError(`ARDesk writer: two sheets named "${name}"`);
  seen.add(key);
}

/**
 * A new workbook holding the specs, as .xlsx bytes (Node and browser).
 * @example const bytes = await writeSpecsToBytes([indexSheet, ...statementSheets]);
 */
export async function writeSpecsToBytes(specs: readonly SheetSpec[], options: WriteOptions = {}): Promise<Uint8Array> {
  assertWritableNames(specs);
  const bytes = await renderSpecs(specs, specs.map((s) => s.name), options);
  return patchPackage(bytes, specs.map((s) => patchForSpec(s)));
}

/**
 * The specs as ExcelJS writes them, under `names` (cells, styles, merges, sheet options), before
 * the package patch: {@link writeSpecsToBytes} patches it into a new workbook, graftSheets.ts
 * moves its sheets into the clerk's own package.
 */
export async function renderSpecs(specs: readonly SheetSpec[], names: readonly string[], options: WriteOptions = {}): Promise<Uint8Array> {
  const { default: Excel } = await import("exceljs");
  const wb: ExcelJS.Workbook = new Excel.Workbook();
  if (options.created) {
    wb.created = options.created;
    wb.modified = options.created;
  }
  wb.creator = "AR Desk";
  specs.forEach((spec, i) => {
    const ws = wb.addWorksheet(names[i], worksheetOptions(spec));
    applySheetSpec(ws, spec);
    options.onProgress?.(i + 1, specs.length);
  });
  return new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
}
