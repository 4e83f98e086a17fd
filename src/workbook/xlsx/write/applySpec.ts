/**
 * Applies one SheetSpec to an ExcelJS worksheet: cells (row by row, so the streaming writer can
 * commit as it goes), styles, external links and merges. Sheet-level
 * options (widths, freeze panes, page setup, tab colour) go in {@link worksheetOptions} because
 * the streaming writer needs them before the first row. Internal links, print area/titles,
 * tables, charts and AR Desk's marker are added to the package afterwards (packagePatch.ts),
 * where ExcelJS's own handling falls short (quoting of sheet names, no tables when streaming,
 * no charts at all).
 */
import type ExcelJS from "exceljs";
import type { CellSpec, SheetSpec } from "../../spec";
import { excelStyle, excelValue } from "./cellContent";
import { xmlSafeText } from "./xmlSafeText";

/** The part of the ExcelJS worksheet API both Worksheet and the streaming WorksheetWriter offer. */
export interface WorksheetLike {
  columns: Partial<ExcelJS.Column>[];
  getRow(row: number): ExcelJS.Row;
  mergeCells(top: number, left: number, bottom: number, right: number): void;
}

/** Options for addWorksheet: tab colour, freeze panes, page setup. */
export function worksheetOptions(spec: SheetSpec): Partial<ExcelJS.AddWorksheetOptions> {
  const pageSetup: Partial<ExcelJS.PageSetup> = {};
  if (spec.print?.landscape) pageSetup.orientation = "landscape";
  if (spec.print?.fitToWidth) Object.assign(pageSetup, { fitToPage: true, fitToWidth: 1, fitToHeight: 0 });
  return {
    ...(spec.tabColor ? { properties: { tabColor: { argb: `FF${spec.tabColor.replace(/^#/, "").toUpperCase()}` } } as Partial<ExcelJS.WorksheetProperties> } : {}),
    ...(spec.freezeRows ? { views: [{ state: "frozen", xSplit: 0, ySplit: spec.freezeRows, topLeftCell: `A${spec.freezeRows + 1}` } as ExcelJS.WorksheetView] } : {}),
    ...(Object.keys(pageSetup).length > 0 ? { pageSetup } : {}),
  };
}

export function isInternalLink(link: string): boolean {
  return link.startsWith("#");
}

/**
 * Cells of the spec, plus table header cells the spec left out (an Excel table needs its header
 * texts in the sheet), sorted by row then column.
 */
export function orderedCells(spec: SheetSpec): CellSpec[] {
  const cells = [...spec.cells];
  const taken = new Set(cells.map((c) => `${c.row}:${c.col}`));
  for (const table of spec.tables ?? []) {
    table.headers.forEach((header, i) => {
      if (!taken.has(`${table.top}:${table.left + i}`)) cells.push({ row: table.top, col: table.left + i, value: header, style: { bold: true } });
    });
  }
  return cells.sort((a, b) => a.row - b.row || a.col - b.col);
}

/**
 * Writes the spec's cells and merges. `commit` is called with each finished row (the streaming
 * writer flushes it); internal links are left as plain styled text here and linked by the patch.
 */
export function applySheetSpec(ws: WorksheetLike, spec: SheetSpec, commit?: (row: ExcelJS.Row) => void): void {
  if (spec.columnWidths?.length) ws.columns = spec.columnWidths.map((width) => ({ width }));
  // Merges first: the streaming writer touches the merged cells' rows, which must not be committed yet.
  for (const m of spec.merges ?? []) ws.mergeCells(m.top, m.left, m.bottom, m.right);
  let current: ExcelJS.Row | undefined;
  for (const cell of orderedCells(spec)) {
    if (!current || current.number !== cell.row) {
      if (current && commit) commit(current);
      current = ws.getRow(cell.row);
    }
    const target = current.getCell(cell.col);
    const { value, numFmt } = excelValue(cell.value, spec.language);
    if (cell.link && !isInternalLink(cell.link)) {
      target.value = { text: value === null ? "" : String(value), hyperlink: xmlSafeText(cell.link) } as ExcelJS.CellHyperlinkValue;
    } else if (value !== null) {
      // Not for null: on a cell a merge covers, ExcelJS passes the value to the merge's first
      // cell, so a styled empty cell after "Terms" in a merged header would erase "Terms".
      target.value = value;
    }
    const style = excelStyle(cell.style, cell.link !== undefined);
    if (numFmt && !style.numFmt) style.numFmt = numFmt;
    if (style.font) target.font = style.font as ExcelJS.Font;
    if (style.fill) target.fill = style.fill;
    if (style.numFmt) target.numFmt = style.numFmt;
    if (style.alignment) target.alignment = style.alignment as ExcelJS.Alignment;
    if (style.border) target.border = style.border as ExcelJS.Borders;
  }
  if (current && commit) commit(current);
}
