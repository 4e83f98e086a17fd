/**
 * Finishes an ExcelJS-written package with what ExcelJS cannot do (or not safely):
 * Excel tables (the streaming writer has none), internal hyperlinks (`location=` links, no
 * relationship), print area and print titles with correctly quoted sheet names, and AR Desk's
 * generated-sheet markers (see ../../marker.ts). Works on the zipped bytes, so both the
 * streaming (Node) and the in-memory (browser) writer share it.
 */
import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";
import type { TableSpec } from "../../layout/spec";
import { markerName, markerReference, quoteSheetName } from "../../marker";
import { cellAddress, columnLetters } from "../../a1";
import { parseRels, parseWorkbookXml, relsPathOf } from "../read/packageParts";
import { escapeXml } from "./xmlSafeText";

/** What the patch adds to one sheet. */
export interface SheetPatch {
  readonly sheet: string;
  /** SheetSpec role, stored in the marker; undefined = no marker (not a generated sheet). */
  readonly role?: string;
  readonly tables: readonly TableSpec[];
  readonly internalLinks: readonly { readonly row: number; readonly col: number; readonly location: string; readonly display?: string }[];
  readonly printArea?: string;
  readonly repeatRows?: readonly [number, number];
}

const TABLE_CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.table+xml";
const TABLE_REL_TYPE = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/table";
const RELS_NS = "http://schemas.openxmlformats.org/package/2006/relationships";
/** Worksheet children that must come after <hyperlinks> (CT_Worksheet order). */
const AFTER_HYPERLINKS = ["printOptions", "pageMargins", "pageSetup", "headerFooter", "rowBreaks", "colBreaks", "customProperties", "cellWatches", "ignoredErrors", "smartTags", "drawing", "legacyDrawing", "legacyDrawingHF", "picture", "oleObjects", "controls", "webPublishItems", "tableParts", "extLst"];

// XML escaping (and removal of XML-illegal characters) has one home, shared with the cell writer.
export { escapeXml } from "./xmlSafeText";

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
function absoluteArea(sheet: string, area: string): string {
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

function tableXml(id: number, name: string, table: TableSpec): string {
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

/**
 * Applies the patches to an .xlsx written by ExcelJS and returns the new package.
 * @throws Error when a patched sheet is not in the package (a writer bug, not bad input).
 */
export function patchPackage(bytes: Uint8Array, patches: readonly SheetPatch[]): Uint8Array {
  const files = unzipSync(bytes);
  const read = (path: string) => strFromU8(files[path]);
  const write = (path: string, text: string) => (files[path] = strToU8(text));
  let workbookXml = read("xl/workbook.xml");
  const { sheets } = parseWorkbookXml(workbookXml);
  const rels = parseRels(read("xl/_rels/workbook.xml.rels"), "xl/workbook.xml");
  let contentTypes = read("[Content_Types].xml");
  const names: string[] = [];
  const tableNames = new Set<string>();
  let tableId = 0;
  let markerNo = 0;
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

    if (patch.tables.length > 0) {
      const relsPath = relsPathOf(sheetPath);
      const existing = files[relsPath] ? read(relsPath) : `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="${RELS_NS}"></Relationships>`;
      let relEntries = "";
      let parts = "";
      for (const table of patch.tables) {
        tableId++;
        const name = validTableName(table.name, tableNames);
        // ExcelJS only loads table parts named tableN.xml
        while (files[`xl/tables/table${tableId}.xml`]) tableId++;
        const partPath = `xl/tables/table${tableId}.xml`;
        write(partPath, tableXml(tableId, name, table));
        contentTypes = contentTypes.replace("</Types>", `<Override PartName="/${partPath}" ContentType="${TABLE_CONTENT_TYPE}"/></Types>`);
        relEntries += `<Relationship Id="rIdARDeskTable${tableId}" Type="${TABLE_REL_TYPE}" Target="../tables/table${tableId}.xml"/>`;
        parts += `<tablePart r:id="rIdARDeskTable${tableId}"/>`;
      }
      write(relsPath, existing.replace("</Relationships>", `${relEntries}</Relationships>`));
      if (!/xmlns:r=/.test(sheetXml.slice(0, 1000))) {
        sheetXml = sheetXml.replace(/<worksheet\b/, '<worksheet xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"');
      }
      sheetXml = insertBefore(sheetXml, ["extLst"], `<tableParts count="${patch.tables.length}">${parts}</tableParts>`);
    }
    write(sheetPath, sheetXml);
  }

  if (names.length > 0) {
    const close = workbookXml.indexOf("</definedNames>");
    if (close >= 0) workbookXml = workbookXml.slice(0, close) + names.join("") + workbookXml.slice(close);
    else {
      const sheetsEnd = workbookXml.indexOf("</sheets>") + "</sheets>".length;
      workbookXml = `${workbookXml.slice(0, sheetsEnd)}<definedNames>${names.join("")}</definedNames>${workbookXml.slice(sheetsEnd)}`;
    }
    write("xl/workbook.xml", workbookXml);
  }
  write("[Content_Types].xml", contentTypes);
  return zipSync(files, { level: 6 });
}
