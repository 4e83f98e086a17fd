/**
 * Finishes an ExcelJS-written package with what ExcelJS cannot do (or not safely):
 * Excel tables (the streaming writer has none), internal hyperlinks (`location=` links, no
 * relationship), print area and print titles with correctly quoted sheet names, native charts
 * (DrawingML, chartParts.ts), and AR Desk's generated-sheet markers (see ../../marker.ts). Works on the zipped bytes, so both the
 * streaming (Node) and the in-memory (browser) writer share it.
 */
import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";
import type { TableSpec } from "../../spec";
import { markerName, markerReference, nextMarkerIndex, quoteSheetName } from "../../marker";
import { cellAddress, columnLetters } from "../../a1";
import { parseRels, parseWorkbookXml, relsPathOf } from "../read/packageParts";
import { escapeXml } from "./xmlEscape";
import { CHART_CONTENT_TYPE, CHART_REL_TYPE, chartXml, DRAWING_CONTENT_TYPE, DRAWING_REL_TYPE, drawingXml, type SheetChart } from "./chartParts";

/** What the patch adds to one sheet. */
export interface SheetPatch {
  readonly sheet: string;
  /** SheetSpec role, stored in the marker; undefined = no marker (not a generated sheet). */
  readonly role?: string;
  readonly tables: readonly TableSpec[];
  readonly internalLinks: readonly { readonly row: number; readonly col: number; readonly location: string; readonly display?: string }[];
  readonly printArea?: string;
  readonly repeatRows?: readonly [number, number];
  /** Native charts drawn on the sheet (DrawingML parts, chartParts.ts). */
  readonly charts?: readonly SheetChart[];
}

export const TABLE_CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.table+xml";
export const TABLE_REL_TYPE = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/table";
const RELS_NS = "http://schemas.openxmlformats.org/package/2006/relationships";
/** Worksheet children that must come after <hyperlinks> (CT_Worksheet order). */
/** Worksheet children that must come after <drawing> (CT_Worksheet order). */
const AFTER_DRAWING = ["legacyDrawing", "legacyDrawingHF", "drawingHF", "picture", "oleObjects", "controls", "webPublishItems", "tableParts", "extLst"];
const AFTER_HYPERLINKS = ["printOptions", "pageMargins", "pageSetup", "headerFooter", "rowBreaks", "colBreaks", "customProperties", "cellWatches", "ignoredErrors", "smartTags", "drawing", "legacyDrawing", "legacyDrawingHF", "picture", "oleObjects", "controls", "webPublishItems", "tableParts", "extLst"];

export { escapeXml };

/** Inserts `insert` before the first of the given child elements, else before `</worksheet>`. */
function insertBefore(xml: string, elementNames: readonly string[], insert: string): string {
  let at = -1;
  for (const name of elementNames) {
    const re = new RegExp(`<(?:\\w+:)?${name}[\\s/>]`);
    const m = re.exec(xml);
    if (m && (at < 0 || m.index < at)) at = m.index;
  }
  if (at < 0) at = xml.lastIndexOf("</");
  return xml.slice(0, at) + insert + xml.slice(at);
}

/** A range reference with absolute parts: 'Sheet'!$A$1:$H$40. */
export function absoluteArea(sheet: string, area: string): string {
  return `${quoteSheetName(sheet)}!${area
    .split(":")
    .map((ref) => ref.replace(/^\$?([A-Za-z]+)\$?(\d+)$/, "$$$1$$$2"))
    .join(":")}`;
}

/** Table names must start with a letter or _, hold letters/digits/_/. only, and not look like a cell. */
export function validTableName(name: string, taken: Set<string>): string {
  let base = name.replace(/[^\p{L}\p{N}_.]/gu, "_");
  if (!/^[\p{L}_]/u.test(base)) base = `_${base}`;
  if (/^[A-Za-z]{1,3}\d+$/.test(base) || /^[rRcC]$/.test(base)) base = `_${base}`;
  let candidate = base;
  for (let n = 2; taken.has(candidate.toLowerCase()); n++) candidate = `${base}_${n}`;
  taken.add(candidate.toLowerCase());
  return candidate;
}

/** The table part of one table. */
export function tableXml(id: number, name: string, table: TableSpec): string {
  const bottom = table.top + Math.max(table.rowCount, 1);
  const right = table.left + table.headers.length - 1;
  const ref = `${cellAddress(table.top, table.left)}:${columnLetters(right)}${bottom}`;
  const columns = table.headers.map((h, i) => `<tableColumn id="${i + 1}" name="${escapeXml(h)}"/>`).join("");
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n` +
    `<table xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" id="${id}" name="${escapeXml(name)}" displayName="${escapeXml(name)}" ref="${ref}" totalsRowShown="0">` +
    `<autoFilter ref="${ref}"/><tableColumns count="${table.headers.length}">${columns}</tableColumns>` +
    `<tableStyleInfo name="${escapeXml(table.style ?? "TableStyleMedium2")}" showFirstColumn="0" showLastColumn="0" showRowStripes="1" showColumnStripes="0"/></table>`
  );
}

/** An unzipped package: part path (no leading "/") → bytes. */
export type PackageFiles = Record<string, Uint8Array>;

/** Text access to an unzipped package. */
export function partText(files: PackageFiles, path: string): string {
  return strFromU8(files[path]);
}

/** Appends children to the root element `root`, also when it is written empty (`<Types …/>`). */
function appendChild(xml: string, root: string, children: string): string {
  const close = xml.lastIndexOf(`</${root}>`);
  if (close >= 0) return xml.slice(0, close) + children + xml.slice(close);
  return xml.replace(new RegExp(`<${root}\\b([^>]*?)\\s*/>`), (_m, attrs: string) => `<${root}${attrs}>${children}</${root}>`);
}

/** Adds an Override to [Content_Types].xml for a new part. */
export function addContentType(files: PackageFiles, partPath: string, contentType: string): void {
  addContentTypes(files, [[partPath, contentType]]);
}

/** Adds Overrides to [Content_Types].xml for new parts, in one rewrite of the part. */
export function addContentTypes(files: PackageFiles, parts: readonly (readonly [partPath: string, contentType: string])[]): void {
  if (parts.length === 0) return;
  const overrides = parts.map(([path, type]) => `<Override PartName="/${path}" ContentType="${type}"/>`).join("");
  files["[Content_Types].xml"] = strToU8(appendChild(partText(files, "[Content_Types].xml"), "Types", overrides));
}

/** Appends relationships to a part's .rels (created when missing). */
export function addRelationships(files: PackageFiles, relsPath: string, entries: string): void {
  const existing = files[relsPath] ? partText(files, relsPath) : `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="${RELS_NS}"></Relationships>`;
  files[relsPath] = strToU8(appendChild(existing, "Relationships", entries));
}

/** The first free path `${prefix}N${suffix}` (N = 1, 2, …), so new parts never overwrite the clerk's. */
export function freePartPath(files: PackageFiles, prefix: string, suffix = ".xml"): string {
  let n = 1;
  while (files[`${prefix}${n}${suffix}`]) n++;
  return `${prefix}${n}${suffix}`;
}

/** Declares the relationships namespace on the worksheet root when the part lacks it. */
function withRelsNamespace(sheetXml: string): string {
  if (/xmlns:r=/.test(sheetXml.slice(0, 2000))) return sheetXml;
  return sheetXml.replace(/<worksheet\b/, '<worksheet xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"');
}

/** Adds the drawing with the sheet's charts; returns the sheet XML with its <drawing> element. */
function addCharts(files: PackageFiles, sheetPath: string, sheetXml: string, sheet: string, charts: readonly SheetChart[]): string {
  const drawingPath = freePartPath(files, "xl/drawings/drawing");
  const relIds: string[] = [];
  let drawingRels = "";
  for (const chart of charts) {
    const chartPath = freePartPath(files, "xl/charts/chart");
    files[chartPath] = strToU8(chartXml(sheet, chart));
    addContentType(files, chartPath, CHART_CONTENT_TYPE);
    const id = `rId${relIds.length + 1}`;
    relIds.push(id);
    drawingRels += `<Relationship Id="${id}" Type="${CHART_REL_TYPE}" Target="../charts/${chartPath.slice("xl/charts/".length)}"/>`;
  }
  files[drawingPath] = strToU8(drawingXml(charts.map((c) => c.spec), relIds));
  addContentType(files, drawingPath, DRAWING_CONTENT_TYPE);
  addRelationships(files, relsPathOf(drawingPath), drawingRels);
  addRelationships(files, relsPathOf(sheetPath), `<Relationship Id="rIdARDeskDrawing" Type="${DRAWING_REL_TYPE}" Target="../drawings/${drawingPath.slice("xl/drawings/".length)}"/>`);
  return insertBefore(withRelsNamespace(sheetXml), AFTER_DRAWING, `<drawing r:id="rIdARDeskDrawing"/>`);
}

/**
 * Applies the patches to an .xlsx written by ExcelJS and returns the new package.
 * @throws Error when a patched sheet is not in the package (a writer bug, not bad input).
 */
export function patchPackage(bytes: Uint8Array, patches: readonly SheetPatch[]): Uint8Array {
  const files = unzipSync(bytes);
  patchFiles(files, patches);
  return zipSync(files, { level: 6 });
}

/**
 * Applies the patches to an unzipped package, in place. Table ids and names, marker numbers and
 * part names are chosen free of what the package already holds, so it also works on a clerk's
 * workbook with AR Desk's sheets grafted in (graftSheets.ts).
 * @throws Error when a patched sheet is not in the package (a writer bug, not bad input).
 */
export function patchFiles(files: PackageFiles, patches: readonly SheetPatch[], workbookPath = "xl/workbook.xml"): void {
  const read = (path: string) => partText(files, path);
  const write = (path: string, text: string) => (files[path] = strToU8(text));
  let workbookXml = read(workbookPath);
  const { sheets, definedNames } = parseWorkbookXml(workbookXml);
  const rels = parseRels(read(relsPathOf(workbookPath)), workbookPath);
  const names: string[] = [];
  // Table names share one namespace with defined names.
  const tableNames = new Set<string>(definedNames.map((n) => n.name.toLowerCase()));
  let tableId = 0;
  let markerNo = nextMarkerIndex(definedNames.map((n) => n.name)) - 1;
  // Table ids and names are unique across the workbook: count the tables already there.
  for (const path of Object.keys(files)) {
    if (!/^xl\/tables\/[^/]+\.xml$/.test(path)) continue;
    const head = read(path).slice(0, 2000);
    tableId = Math.max(tableId, Number(/\sid="(\d+)"/.exec(head)?.[1] ?? 0));
    const existing = /\sdisplayName="([^"]*)"/.exec(head)?.[1] ?? /\sname="([^"]*)"/.exec(head)?.[1];
    if (existing) tableNames.add(existing.toLowerCase());
  }

  for (const patch of patches) {
    const index = sheets.findIndex((s) => s.name === patch.sheet);
    const rel = index < 0 ? undefined : rels.find((r) => r.id === sheets[index].relId);
    if (!rel) throw new Error(`ARDesk writer: sheet "${patch.sheet}" not found in the written package`);
    const sheetPath = rel.target;
    let sheetXml = read(sheetPath);

    if (patch.role) names.push(`<definedName name="${markerName(patch.role, ++markerNo)}">${escapeXml(markerReference(patch.sheet))}</definedName>`);
    if (patch.printArea) names.push(`<definedName name="_xlnm.Print_Area" localSheetId="${index}">${escapeXml(absoluteArea(patch.sheet, patch.printArea))}</definedName>`);
    if (patch.repeatRows) {
      const [first, last] = patch.repeatRows;
      names.push(`<definedName name="_xlnm.Print_Titles" localSheetId="${index}">${escapeXml(`${quoteSheetName(patch.sheet)}!$${first}:$${last}`)}</definedName>`);
    }

    if (patch.internalLinks.length > 0) {
      const links = patch.internalLinks
        .map((l) => `<hyperlink ref="${cellAddress(l.row, l.col)}" location="${escapeXml(l.location.replace(/^#/, ""))}"${l.display ? ` display="${escapeXml(l.display)}"` : ""}/>`)
        .join("");
      const close = sheetXml.indexOf("</hyperlinks>");
      sheetXml = close >= 0 ? sheetXml.slice(0, close) + links + sheetXml.slice(close) : insertBefore(sheetXml, AFTER_HYPERLINKS, `<hyperlinks>${links}</hyperlinks>`);
    }

    if (patch.charts && patch.charts.length > 0) sheetXml = addCharts(files, sheetPath, sheetXml, patch.sheet, patch.charts);

    if (patch.tables.length > 0) {
      let relEntries = "";
      let parts = "";
      for (const table of patch.tables) {
        tableId++;
        const name = validTableName(table.name, tableNames);
        // ExcelJS only loads table parts named tableN.xml
        while (files[`xl/tables/table${tableId}.xml`]) tableId++;
        const partPath = `xl/tables/table${tableId}.xml`;
        write(partPath, tableXml(tableId, name, table));
        addContentType(files, partPath, TABLE_CONTENT_TYPE);
        relEntries += `<Relationship Id="rIdARDeskTable${tableId}" Type="${TABLE_REL_TYPE}" Target="../tables/table${tableId}.xml"/>`;
        parts += `<tablePart r:id="rIdARDeskTable${tableId}"/>`;
      }
      addRelationships(files, relsPathOf(sheetPath), relEntries);
      sheetXml = insertBefore(withRelsNamespace(sheetXml), ["extLst"], `<tableParts count="${patch.tables.length}">${parts}</tableParts>`);
    }
    write(sheetPath, sheetXml);
  }

  if (names.length > 0) {
    const close = workbookXml.indexOf("</definedNames>");
    if (close >= 0) workbookXml = workbookXml.slice(0, close) + names.join("") + workbookXml.slice(close);
    else {
      // CT_Workbook: definedNames follows sheets, functionGroups and externalReferences.
      const after = Math.max(...["</sheets>", "</functionGroups>", "</externalReferences>"].map((tag) => {
        const at = workbookXml.indexOf(tag);
        return at < 0 ? -1 : at + tag.length;
      }));
      workbookXml = `${workbookXml.slice(0, after)}<definedNames>${names.join("")}</definedNames>${workbookXml.slice(after)}`;
    }
    write(workbookPath, workbookXml);
  }
}
