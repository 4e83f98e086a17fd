/**
 * AR Desk's marker for the sheets it generated, shared by the .xlsx writer (xlsx/xlsxWorkbook.ts) and the
 * Office.js adapter (office/officeWorkbook.ts), so a re-run in either host replaces only AR Desk's own sheets.
 *
 * Convention: one **workbook-scoped defined name per generated sheet**,
 *
 *     name:      _ARDesk_<role>_<n>        e.g. _ARDesk_statement_12, _ARDesk_dunning_log_1
 *     refers to: '<Sheet name>'!$A$1      (sheet name always quoted, inner ' doubled)
 *
 * `<role>` is the SheetSpec role with `-` replaced by `_`; `<n>` is a positive integer that makes
 * the name unique (any free number; order carries no meaning).
 *
 * Why a defined name: both ExcelJS (`workbook.definedNames`) and Office.js
 * (`workbook.names.add(name, "=" + reference)`, readable via `names.load("items/name,items/formula")`)
 * can write and read it, it travels with the file, and Excel rewrites the reference when the clerk
 * renames the sheet, so the mark follows the sheet. A deleted sheet leaves `#REF!`: ignored.
 * Office.js may set `visible = false` on the name; ExcelJS cannot hide names (harmless: Name Manager only).
 */

/** Prefix of every AR Desk marker name. */
export const MARKER_PREFIX = "_ARDesk_";

/**
 * Sheet roles a marker can carry (SheetSpec["role"]), and "leftover": an earlier settings or
 * dunning-log sheet an unfinished Office write left, kept for the clerk (office/leftovers.ts).
 */
export type MarkerRole = "statement" | "index" | "summary" | "reminders" | "dunning-log" | "data-issues" | "settings" | "letter" | "leftover";

const MARKER_PATTERN = /^_ARDesk_([a-z_]+)_(\d+)$/i;

/** A generated sheet found through its marker. */
export interface GeneratedSheet {
  readonly sheet: string;
  readonly role: string;
  /** The defined name carrying the mark (to delete it when the sheet is replaced). */
  readonly markerName: string;
}

/**
 * The defined name marking a generated sheet.
 * @example markerName("dunning-log", 1) //=> "_ARDesk_dunning_log_1"
 */
export function markerName(role: string, index: number): string {
  if (!Number.isInteger(index) || index < 1) throw new RangeError("ARDesk marker: index must be a positive integer");
  return `${MARKER_PREFIX}${role.replace(/-/g, "_")}_${index}`;
}

/**
 * Quotes a sheet name for a reference: always in single quotes, inner quotes doubled.
 * @example quoteSheetName("O'Brien Ltd") //=> "'O''Brien Ltd'"
 */
export function quoteSheetName(sheet: string): string {
  return `'${sheet.replace(/'/g, "''")}'`;
}

/**
 * What a marker name refers to, without a leading "=" (ExcelJS style; Office.js adds "=").
 * @example markerReference("Index") //=> "'Index'!$A$1"
 */
export function markerReference(sheet: string): string {
  return `${quoteSheetName(sheet)}!$A$1`;
}

/**
 * Reads a defined name back: the sheet and role it marks, or undefined when the name is not an
 * AR Desk marker or its reference is broken (#REF!). Accepts a leading "=", quoted or bare sheet
 * names, and `$`-less cell addresses.
 * @example parseMarker("_ARDesk_statement_3", "='C 001'!$A$1") //=> { sheet: "C 001", role: "statement", markerName: "_ARDesk_statement_3" }
 */
export function parseMarker(name: string, reference: string): GeneratedSheet | undefined {
  const m = MARKER_PATTERN.exec(name);
  if (!m) return undefined;
  const sheet = sheetOfReference(reference);
  if (sheet === undefined) return undefined;
  return { sheet, role: m[1].toLowerCase().replace(/_/g, "-"), markerName: name };
}

/** The sheet name of a reference like `'My sheet'!$A$1` or `Index!A1`; undefined when broken. */
export function sheetOfReference(reference: string): string | undefined {
  const ref = reference.trim().replace(/^=/, "");
  if (ref.includes("#REF!")) return undefined;
  if (ref.startsWith("'")) {
    let i = 1;
    let out = "";
    while (i < ref.length) {
      const ch = ref[i];
      if (ch === "'") {
        if (ref[i + 1] === "'") {
          out += "'";
          i += 2;
          continue;
        }
        return ref[i + 1] === "!" && out.length > 0 ? out : undefined;
      }
      out += ch;
      i++;
    }
    return undefined;
  }
  const bang = ref.lastIndexOf("!");
  return bang > 0 ? ref.slice(0, bang) : undefined;
}

/**
 * Every generated sheet named by a list of defined names (name + reference), first mark per sheet.
 * @example generatedSheets([{ name: "_ARDesk_index_1", reference: "'Index'!$A$1" }]) //=> [{ sheet: "Index", role: "index", markerName: "_ARDesk_index_1" }]
 */
export function generatedSheets(names: readonly { name: string; reference: string }[]): GeneratedSheet[] {
  const seen = new Set<string>();
  const out: GeneratedSheet[] = [];
  for (const n of names) {
    const g = parseMarker(n.name, n.reference);
    if (g && !seen.has(g.sheet)) {
      seen.add(g.sheet);
      out.push(g);
    }
  }
  return out;
}

/** The next free marker number given the marker names already present. */
export function nextMarkerIndex(existingNames: readonly string[]): number {
  let max = 0;
  for (const n of existingNames) {
    const m = MARKER_PATTERN.exec(n);
    if (m) max = Math.max(max, Number(m[2]));
  }
  return max + 1;
}
