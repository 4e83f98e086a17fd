/**
 * What each spec needs from the package patch (tables, internal links, print names, charts, marker).
 */
import { parseRange } from "../../a1";
import type { CellSpec, ChartSpec, SheetSpec } from "../../spec";
import type { SheetChart } from "./chartParts";
import type { SheetPatch } from "./packagePatch";

/** The cells of a range, row by row, as the spec holds them (undefined where the spec has none). */
function cellsOf(byAddress: Map<string, CellSpec>, range: string): (CellSpec | undefined)[] {
  const r = parseRange(range);
  if (!r) return [];
  const out: (CellSpec | undefined)[] = [];
  for (let row = r.top; row <= r.bottom; row++) for (let col = r.left; col <= r.right; col++) out.push(byAddress.get(`${row}:${col}`));
  return out;
}

/** A chart with the values its ranges hold in the spec (the chart part's cache). */
function chartOf(spec: SheetSpec, chart: ChartSpec, byAddress: Map<string, CellSpec>): SheetChart {
  const categories = cellsOf(byAddress, chart.categoriesRange).map((c) => (c === undefined || c.value === null ? "" : typeof c.value === "object" ? "" : String(c.value)));
  const valueCells = cellsOf(byAddress, chart.valuesRange);
  const values = valueCells.map((c) => (typeof c?.value === "number" ? c.value : null));
  const formatCode = valueCells.find((c) => c?.style?.numberFormat)?.style?.numberFormat;
  return { spec: chart, categories, values, ...(formatCode ? { formatCode } : {}) };
}

/** The patch of one spec written under `sheet` (the name actually used). */
export function patchForSpec(spec: SheetSpec, sheet: string = spec.name): SheetPatch {
  const byAddress = new Map(spec.charts?.length ? spec.cells.map((c) => [`${c.row}:${c.col}`, c] as const) : []);
  return {
    sheet,
    role: spec.role,
    tables: spec.tables ?? [],
    internalLinks: spec.cells
      .filter((c) => c.link !== undefined && c.link.startsWith("#"))
      .map((c) => ({
        row: c.row,
        col: c.col,
        location: c.link!,
        ...(typeof c.value === "string" ? { display: c.value } : {}),
      })),
    ...(spec.print?.area ? { printArea: spec.print.area } : {}),
    ...(spec.print?.repeatRows ? { repeatRows: spec.print.repeatRows } : {}),
    ...(spec.charts?.length ? { charts: spec.charts.map((chart) => chartOf(spec, chart, byAddress)) } : {}),
  };
}
