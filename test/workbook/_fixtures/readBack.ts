/**
 * Reads an .xlsx back into the contract's host-neutral shape: ExcelJS for cells, styles, merges,
 * tables and views; the package XML for internal hyperlinks and print areas (ExcelJS drops
 * `location` links when loading).
 */
import ExcelJS from "exceljs";
import { strFromU8, unzipSync } from "fflate";
import { sheetOfReference } from "../../../src/workbook/marker";
import { parseRels, parseWorkbookXml } from "../../../src/workbook/xlsx/read/packageParts";
import { elements } from "../../../src/workbook/xlsx/read/xmlScan";
import { decodeEntities } from "../../../src/workbook/xlsx/read/xmlText";
import type { ReadBackCell, ReadBackSheet, ReadBackWorkbook } from "../portContract";
import { loadWithExcelJs } from "./excelJsWorkbook";

function plainValue(value: ExcelJS.CellValue): ReadBackCell["value"] {
  if (value === null || value === undefined) return null;
  if (typeof value === "string" || typeof value === "number" || typeof value === "boolean") return value;
  // ExcelJS turns date-formatted numbers into UTC Dates: back to the serial
  if (value instanceof Date) return value.getTime() / 86400000 + 25569;
  if ("formula" in value || "sharedFormula" in value) {
    const r = (value as ExcelJS.CellFormulaValue).result;
    return r === undefined || r instanceof Date || typeof r === "object" ? null : r;
  }
  if ("richText" in value) return value.richText.map((r) => r.text).join("");
  if ("hyperlink" in value) return typeof value.text === "string" ? value.text : (value.text as ExcelJS.CellRichTextValue).richText.map((r) => r.text).join("");
  if ("error" in value) return value.error;
  return null;
}

/** Internal links and print areas per sheet, straight from the package. */
function packageExtras(bytes: Uint8Array): Map<string, { links: Map<string, string>; printArea?: string }> {
  const files = unzipSync(bytes);
  const text = (p: string) => (files[p] ? strFromU8(files[p]) : "");
  const { sheets, definedNames } = parseWorkbookXml(text("xl/workbook.xml"));
  const rels = parseRels(text("xl/_rels/workbook.xml.rels"), "xl/workbook.xml");
  const out = new Map<string, { links: Map<string, string>; printArea?: string }>();
  sheets.forEach((s, index) => {
    const rel = rels.find((r) => r.id === s.relId);
    const links = new Map<string, string>();
    for (const h of elements(text(rel?.target ?? ""), "hyperlink")) {
      const location = h.attr("location");
      if (location) links.set(h.attr("ref")!, `#${decodeEntities(location)}`);
    }
    const area = definedNames.find((n) => n.name === "_xlnm.Print_Area" && n.localSheetId === index);
    out.set(s.name, { links, ...(area ? { printArea: area.reference.slice(area.reference.lastIndexOf("!") + 1).replace(/\$/g, "") } : {}) });
    if (area) expect(sheetOfReference(area.reference)).toBe(s.name);
  });
  return out;
}

/** The workbook in the contract's read-back shape. */
export async function readBack(bytes: Uint8Array): Promise<ReadBackWorkbook> {
  const wb = await loadWithExcelJs(bytes);
  const extras = packageExtras(bytes);
  const sheets: ReadBackSheet[] = wb.worksheets.map((ws) => {
    const extra = extras.get(ws.name);
    const cells: Record<string, ReadBackCell> = {};
    ws.eachRow({ includeEmpty: false }, (row) =>
      row.eachCell({ includeEmpty: false }, (cell) => {
        const value = plainValue(cell.value);
        const formula = cell.formula || undefined;
        if (value === null && formula === undefined) return;
        const link = extra?.links.get(cell.address) ?? (cell.hyperlink || undefined);
        cells[cell.address] = {
          value,
          ...(formula ? { formula } : {}),
          ...(cell.numFmt ? { numberFormat: cell.numFmt } : {}),
          ...(link ? { hyperlink: link } : {}),
          ...(cell.font?.bold ? { bold: true } : {}),
        };
      }),
    );
    const model = ws.model as unknown as { merges?: string[] };
    const tables = (ws.getTables() as unknown as { table?: { name: string; tableRef?: string; ref?: string } }[]).map((t) => {
      const tt = (t.table ?? t) as { name: string; tableRef?: string; ref?: string };
      return { name: tt.name, ref: (tt.tableRef ?? tt.ref)! };
    });
    const view = ws.views?.[0] as { state?: string; ySplit?: number } | undefined;
    return {
      name: ws.name,
      cells,
      merges: [...(model.merges ?? [])].sort(),
      tables,
      printArea: extra?.printArea,
      frozenRows: view?.state === "frozen" ? view.ySplit ?? 0 : 0,
    };
  });
  return { sheets };
}
