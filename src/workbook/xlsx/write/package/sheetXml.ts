/**
 * One SheetSpec as worksheet XML, produced in pieces of a few dozen KB so a sheet never has to
 * exist whole as a string: inline strings (no shared-strings table to hold until the end), cell
 * formats from the package's StyleTable, links, merges, widths, frozen rows, print setup. The
 * package writer (writePackage.ts) adds the parts the sheet refers to (tables, drawing).
 *
 * Elements follow CT_Worksheet's order, which Excel enforces.
 */
import type { Language } from "../../../../core/model";
import { cellAddress } from "../../../a1";
import type { CellSpec, SheetSpec } from "../../../spec";
import { isInternalLink, orderedCells } from "../applySpec";
import { DATE_FORMAT, serialOfDay } from "../cellContent";
import { fitInCell } from "../xmlSafeText";
import { escapeXml } from "../xmlEscape";
import type { StyleTable } from "./styleTable";

const MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const REL_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
/** Roughly how many characters a piece holds before it is handed on. */
const PIECE_CHARS = 64 * 1024;

/** What a sheet's XML refers to, by relationship id (written into the sheet's .rels). */
export interface SheetReferences {
  /** External links: relationship id → target. */
  readonly links: { id: string; target: string }[];
  /** Relationship ids of the sheet's table parts, in order (chosen by the package writer). */
  readonly tableRelIds: readonly string[];
  /** Relationship id of the sheet's drawing (charts), when it has one. */
  readonly drawingRelId?: string;
}

/** Text of a number as a cell value; non-finite numbers cannot be stored and become #NUM!. */
function numberCell(ref: string, s: number, n: number): string {
  if (!Number.isFinite(n)) return `<c r="${ref}"${s ? ` s="${s}"` : ""} t="e"><v>#NUM!</v></c>`;
  return `<c r="${ref}"${s ? ` s="${s}"` : ""}><v>${n}</v></c>`;
}

function textCell(ref: string, s: number, text: string, language: Language): string {
  return `<c r="${ref}"${s ? ` s="${s}"` : ""} t="inlineStr"><is><t xml:space="preserve">${escapeXml(fitInCell(text, language))}</t></is></c>`;
}

/**
 * One cell's XML. Strings are always inline text, never formulas (no formula injection); text
 * past a cell's limit is cut with its note in `language`, the sheet's.
 */
export function cellXml(cell: CellSpec, styles: StyleTable, language: Language = "en"): string {
  const ref = cellAddress(cell.row, cell.col);
  const link = cell.link !== undefined;
  const value = cell.value;
  if (typeof value === "string") return textCell(ref, styles.indexOf(cell.style, link), value, language);
  if (typeof value === "number") return numberCell(ref, styles.indexOf(cell.style, link), value);
  if (typeof value === "boolean") return `<c r="${ref}"${attr("s", styles.indexOf(cell.style, link))} t="b"><v>${value ? 1 : 0}</v></c>`;
  if (value === null) {
    const s = styles.indexOf(cell.style, link);
    return s ? `<c r="${ref}" s="${s}"/>` : "";
  }
  if ("date" in value) return numberCell(ref, styles.indexOf(cell.style, link, DATE_FORMAT), serialOfDay(value.date));
  const s = styles.indexOf(cell.style, link);
  const formula = `<f>${escapeXml(value.formula)}</f>`;
  if (value.result === undefined) return `<c r="${ref}"${attr("s", s)}>${formula}</c>`;
  if (typeof value.result === "string") return `<c r="${ref}"${attr("s", s)} t="str">${formula}<v>${escapeXml(fitInCell(value.result, language))}</v></c>`;
  return Number.isFinite(value.result) ? `<c r="${ref}"${attr("s", s)}>${formula}<v>${value.result}</v></c>` : `<c r="${ref}"${attr("s", s)}>${formula}</c>`;
}

function attr(name: string, n: number): string {
  return n ? ` ${name}="${n}"` : "";
}

function headXml(spec: SheetSpec, selected: boolean): string {
  const fit = spec.print?.fitToWidth;
  const sheetPr = spec.tabColor || fit ? `<sheetPr>${spec.tabColor ? `<tabColor rgb="FF${spec.tabColor.replace(/^#/, "").toUpperCase()}"/>` : ""}${fit ? '<pageSetUpPr fitToPage="1"/>' : ""}</sheetPr>` : "";
  const frozen = spec.freezeRows
    ? `<pane ySplit="${spec.freezeRows}" topLeftCell="A${spec.freezeRows + 1}" activePane="bottomLeft" state="frozen"/><selection pane="bottomLeft"/>`
    : "";
  const views = `<sheetViews><sheetView${selected ? ' tabSelected="1"' : ""} workbookViewId="0">${frozen}</sheetView></sheetViews>`;
  const cols = spec.columnWidths?.length
    ? `<cols>${spec.columnWidths.map((w, i) => `<col min="${i + 1}" max="${i + 1}" width="${w}" customWidth="1"/>`).join("")}</cols>`
    : "";
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="${MAIN_NS}" xmlns:r="${REL_NS}">${sheetPr}${views}<sheetFormatPr defaultRowHeight="15"/>${cols}`;
}

/**
 * The worksheet XML of `spec`, piece by piece. External links are numbered into `refs.links`
 * as they are met (the caller writes the sheet's .rels after the last piece).
 * @example [...sheetXmlPieces(spec, styles, refs, true)].join("") // the whole part
 */
export function* sheetXmlPieces(spec: SheetSpec, styles: StyleTable, refs: SheetReferences, selected: boolean): Generator<string> {
  let piece = headXml(spec, selected) + "<sheetData>";
  const hyperlinks: string[] = [];
  let row = 0;
  for (const cell of orderedCells(spec)) {
    if (cell.row !== row) {
      if (row) piece += "</row>";
      if (piece.length >= PIECE_CHARS) {
        yield piece;
        piece = "";
      }
      row = cell.row;
      piece += `<row r="${row}">`;
    }
    piece += cellXml(cell, styles, spec.language);
    if (cell.link !== undefined) hyperlinks.push(hyperlinkXml(cell, refs, spec.language));
  }
  if (row) piece += "</row>";
  piece += "</sheetData>";
  if (spec.merges?.length) {
    piece += `<mergeCells count="${spec.merges.length}">${spec.merges.map((m) => `<mergeCell ref="${cellAddress(m.top, m.left)}:${cellAddress(m.bottom, m.right)}"/>`).join("")}</mergeCells>`;
  }
  if (hyperlinks.length) piece += `<hyperlinks>${hyperlinks.join("")}</hyperlinks>`;
  piece += '<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>';
  const print = spec.print;
  if (print?.landscape || print?.fitToWidth) piece += `<pageSetup${print.landscape ? ' orientation="landscape"' : ""}${print.fitToWidth ? ' fitToWidth="1" fitToHeight="0"' : ""}/>`;
  if (refs.drawingRelId) piece += `<drawing r:id="${refs.drawingRelId}"/>`;
  if (refs.tableRelIds.length) piece += `<tableParts count="${refs.tableRelIds.length}">${refs.tableRelIds.map((id) => `<tablePart r:id="${id}"/>`).join("")}</tableParts>`;
  yield piece + "</worksheet>";
}

function hyperlinkXml(cell: CellSpec, refs: SheetReferences, language: Language = "en"): string {
  const link = cell.link!;
  const ref = cellAddress(cell.row, cell.col);
  const display = typeof cell.value === "string" ? ` display="${escapeXml(fitInCell(cell.value, language))}"` : "";
  if (isInternalLink(link)) return `<hyperlink ref="${ref}" location="${escapeXml(link.slice(1))}"${display}/>`;
  const id = `rIdLink${refs.links.length + 1}`;
  refs.links.push({ id, target: link });
  return `<hyperlink ref="${ref}" r:id="${id}"/>`;
}
