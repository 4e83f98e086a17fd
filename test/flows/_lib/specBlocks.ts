import type { SheetSpec } from "../../../src/workbook/layout";
import type { SourceBlock } from "../../../src/workbook/port";

/** The table of a spec as the readers deliver it: a block with dates as serials, amounts as numbers. */
export function blockOf(spec: SheetSpec, tableIndex = 0): SourceBlock {
  const table = spec.tables![tableIndex];
  const cell = (row: number, col: number) => {
    const v = spec.cells.find((c) => c.row === row && c.col === col)?.value ?? null;
    if (v !== null && typeof v === "object" && "date" in v) return v.date + 25569;
    return v as string | number | boolean | null;
  };
  const rows = Array.from({ length: table.rowCount }, (_, r) => table.headers.map((_, c) => cell(table.top + 1 + r, table.left + c)));
  return { tableName: table.name, sheet: spec.name, headerRow: table.top, firstColumn: table.left, headers: table.headers, rows };
}

