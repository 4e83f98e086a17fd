/**
 * The DrawingML parts of a native column chart (the same chart the Office.js writer adds with
 * `sheet.charts.add("ColumnClustered", …)`): the chart part (xl/charts/chartN.xml), the drawing
 * part that anchors it on the sheet (xl/drawings/drawingN.xml). Pure text builders; the package
 * plumbing (paths, relationships, content types) is in packagePatch.ts.
 *
 * Element order follows the ECMA-376 schema sequences (CT_ChartSpace, CT_Chart, CT_PlotArea,
 * CT_BarChart, CT_BarSer, CT_CatAx, CT_ValAx): Excel rejects a chart part whose children are
 * out of order, even when every element is known.
 */
import type { ChartSpec } from "../../spec";
import { quoteSheetName } from "../../marker";
import { escapeXml } from "./xmlEscape";

export const CHART_CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.drawingml.chart+xml";
export const DRAWING_CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.drawing+xml";
export const CHART_REL_TYPE = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/chart";
export const DRAWING_REL_TYPE = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/drawing";

const C_NS = "http://schemas.openxmlformats.org/drawingml/2006/chart";
const A_NS = "http://schemas.openxmlformats.org/drawingml/2006/main";
const R_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const XDR_NS = "http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing";

/**
 * One chart to draw: the spec plus the values its ranges hold when the file is written. The
 * cached values let viewers that do not recalculate (previewers, LibreOffice) show the chart;
 * Excel refreshes them from the ranges on open.
 */
export interface SheetChart {
  readonly spec: ChartSpec;
  readonly categories: readonly string[];
  readonly values: readonly (number | null)[];
  /** Number format of the value cells, shown on the value axis. */
  readonly formatCode?: string;
}

/**
 * A range on `sheet` as a chart formula: quoted sheet name, absolute cells.
 * @example chartReference("AR Summary", "B12:F12") //=> "'AR Summary'!$B$12:$F$12"
 */
export function chartReference(sheet: string, range: string): string {
  const cells = range.split(":").map((ref) => ref.replace(/^\$?([A-Za-z]+)\$?(\d+)$/, "$$$1$$$2"));
  return `${quoteSheetName(sheet)}!${cells.join(":")}`;
}

function val(name: string, value: string | number): string {
  return `<c:${name} val="${value}"/>`;
}

function strCache(items: readonly string[]): string {
  const pts = items.map((text, i) => `<c:pt idx="${i}"><c:v>${escapeXml(text)}</c:v></c:pt>`).join("");
  return `<c:strCache>${val("ptCount", items.length)}${pts}</c:strCache>`;
}

function numCache(values: readonly (number | null)[], formatCode: string): string {
  // A blank cell has no <c:pt>: ptCount keeps the position of the others.
  const pts = values.map((v, i) => (v === null ? "" : `<c:pt idx="${i}"><c:v>${v}</c:v></c:pt>`)).join("");
  return `<c:numCache><c:formatCode>${escapeXml(formatCode)}</c:formatCode>${val("ptCount", values.length)}${pts}</c:numCache>`;
}

/** Rich text for a title (CT_Tx/rich: bodyPr, lstStyle, p). */
function richTitle(text: string): string {
  return `<c:title><c:tx><c:rich><a:bodyPr/><a:lstStyle/><a:p><a:r><a:t>${escapeXml(text)}</a:t></a:r></a:p></c:rich></c:tx><c:overlay val="0"/></c:title>`;
}

/** Axis ids only need to be unique within the chart part. */
const CAT_AXIS = 500000001;
const VAL_AXIS = 500000002;

/**
 * The chart part: one clustered column series, categories and values read from `sheet`.
 * @example chartXml("AR Summary", { spec, categories: ["Current", "1-30"], values: [10, 5] })
 */
export function chartXml(sheet: string, chart: SheetChart): string {
  const { spec } = chart;
  const formatCode = chart.formatCode ?? "General";
  const series =
    `<c:ser>${val("idx", 0)}${val("order", 0)}<c:tx><c:v>${escapeXml(spec.seriesName)}</c:v></c:tx>${val("invertIfNegative", 0)}` +
    `<c:cat><c:strRef><c:f>${escapeXml(chartReference(sheet, spec.categoriesRange))}</c:f>${strCache(chart.categories)}</c:strRef></c:cat>` +
    `<c:val><c:numRef><c:f>${escapeXml(chartReference(sheet, spec.valuesRange))}</c:f>${numCache(chart.values, formatCode)}</c:numRef></c:val>` +
    `</c:ser>`;
  const barChart = `<c:barChart>${val("barDir", "col")}${val("grouping", "clustered")}${val("varyColors", 0)}${series}${val("gapWidth", 150)}${val("axId", CAT_AXIS)}${val("axId", VAL_AXIS)}</c:barChart>`;
  const catAx =
    `<c:catAx>${val("axId", CAT_AXIS)}<c:scaling>${val("orientation", "minMax")}</c:scaling>${val("delete", 0)}${val("axPos", "b")}` +
    `${val("majorTickMark", "out")}${val("minorTickMark", "none")}${val("tickLblPos", "nextTo")}${val("crossAx", VAL_AXIS)}${val("crosses", "autoZero")}` +
    `${val("auto", 1)}${val("lblAlgn", "ctr")}${val("lblOffset", 100)}${val("noMultiLvlLbl", 0)}</c:catAx>`;
  const valAx =
    `<c:valAx>${val("axId", VAL_AXIS)}<c:scaling>${val("orientation", "minMax")}</c:scaling>${val("delete", 0)}${val("axPos", "l")}<c:majorGridlines/>` +
    `<c:numFmt formatCode="${escapeXml(formatCode)}" sourceLinked="1"/>${val("majorTickMark", "out")}${val("minorTickMark", "none")}${val("tickLblPos", "nextTo")}` +
    `${val("crossAx", CAT_AXIS)}${val("crosses", "autoZero")}${val("crossBetween", "between")}</c:valAx>`;
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n` +
    `<c:chartSpace xmlns:c="${C_NS}" xmlns:a="${A_NS}" xmlns:r="${R_NS}">${val("date1904", 0)}${val("roundedCorners", 0)}` +
    `<c:chart>${richTitle(spec.title)}${val("autoTitleDeleted", 0)}<c:plotArea><c:layout/>${barChart}${catAx}${valAx}</c:plotArea>` +
    `<c:legend>${val("legendPos", "b")}<c:overlay val="0"/></c:legend>${val("plotVisOnly", 1)}${val("dispBlanksAs", "gap")}</c:chart>` +
    `</c:chartSpace>`
  );
}

/**
 * The drawing part holding one anchor per chart; `relIds[i]` is the drawing's relationship to
 * chart i. The anchor spans the spec's cells: from its top-left cell to the cell after its
 * bottom-right one (Office's `setPosition(start, end)` covers both cells).
 */
export function drawingXml(charts: readonly ChartSpec[], relIds: readonly string[]): string {
  const marker = (tag: string, col: number, row: number) =>
    `<xdr:${tag}><xdr:col>${col}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${row}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:${tag}>`;
  const anchors = charts.map((spec, i) => {
    const left = spec.left - 1;
    const top = spec.top - 1;
    return (
      `<xdr:twoCellAnchor editAs="oneCell">${marker("from", left, top)}${marker("to", left + spec.widthCols, top + spec.heightRows)}` +
      `<xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="${i + 2}" name="${escapeXml(`Chart ${i + 1}`)}" descr="${escapeXml(spec.title)}"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr>` +
      `<xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm>` +
      `<a:graphic><a:graphicData uri="${C_NS}"><c:chart xmlns:c="${C_NS}" xmlns:r="${R_NS}" r:id="${relIds[i]}"/></a:graphicData></a:graphic>` +
      `</xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor>`
    );
  });
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<xdr:wsDr xmlns:xdr="${XDR_NS}" xmlns:a="${A_NS}">${anchors.join("")}</xdr:wsDr>`;
}
