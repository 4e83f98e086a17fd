/**
 * A small cell collector the layouts fill row by row, plus A1 helpers. Private to layout/.
 */
import type { CellSpec, CellStyle, MergeSpec, SpecValue } from "../../spec";
import { cellAddress, rangeAddress } from "../../a1";

/** (3, 2) → "B3". */
export const a1 = cellAddress;

/** "A1:H40". */
export function rangeA1(top: number, left: number, bottom: number, right: number): string {
  return rangeAddress({ top, left, bottom, right });
}

/** A sheet name as a formula or link reference: always quoted, apostrophes doubled. */
export function quoteSheet(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}

/** Internal link to a cell of a sheet: `#'C001 Acme Ltd'!A1`. */
export function sheetLink(sheet: string, cell = "A1"): string {
  return `#${quoteSheet(sheet)}!${cell}`;
}

/** Collects cells and merges; `row` is the next free row. A later put on the same cell replaces it. */
export class Grid {
  private readonly byAddress = new Map<string, CellSpec>();
  readonly merges: MergeSpec[] = [];
  row = 1;
  maxCol = 1;

  /** The cells in row-major order. */
  get cells(): CellSpec[] {
    return [...this.byAddress.values()].sort((a, b) => a.row - b.row || a.col - b.col);
  }

  put(row: number, col: number, value: SpecValue, style?: CellStyle, link?: string): void {
    if (value === null && !style) return;
    const cell: { -readonly [K in keyof CellSpec]: CellSpec[K] } = { row, col, value };
    if (style) cell.style = style;
    if (link) cell.link = link;
    this.byAddress.set(`${row},${col}`, cell);
    if (col > this.maxCol) this.maxCol = col;
  }

  /** Writes `values` across one row starting at `col`. */
  line(row: number, col: number, values: readonly SpecValue[], style?: CellStyle): void {
    values.forEach((value, i) => this.put(row, col + i, value, style));
  }

  merge(top: number, left: number, bottom: number, right: number): void {
    if (bottom > top || right > left) this.merges.push({ top, left, bottom, right });
  }
}
