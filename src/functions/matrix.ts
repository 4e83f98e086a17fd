/**
 * Excel's argument shapes. A parameter declared `any[][]` receives a 1×1 matrix for a cell and an
 * n×m matrix for a range; an omitted optional arrives as null (or undefined). Element-wise
 * functions lift over ranges like native ones: a 1×1 (or single row/column) argument is
 * repeated, and where ranges of different sizes meet, cells past the smaller range are #N/A.
 */
import type { RawCell } from "../core/source";
import { notAvailable, type FunctionError } from "./errors";
import { incomingError } from "./incomingError";

/**
 * A cell value as Excel hands it over: dates are serial numbers; a blank cell is null or "" on
 * the web and 0 in Excel desktop (office-js #4702); an error cell is a {@link FunctionError}
 * (functions.json allows errors for `any` parameters, see incomingError.ts).
 */
export type Cell = RawCell | undefined | FunctionError;
export type Matrix = readonly (readonly Cell[])[];

/**
 * A cell's plain value. functions.json allows data types for `any` parameters, so a cell holding
 * a data type (a formatted number, an entity) arrives as an object: its `basicValue` is what the
 * cell shows as a plain value.
 */
export function plainCell(value: unknown): Cell {
  const error = incomingError(value);
  if (error) return error;
  if (value !== null && typeof value === "object" && "basicValue" in value) {
    return plainCell((value as { basicValue: unknown }).basicValue);
  }
  return value as Cell;
}

/** The argument as a matrix, or undefined when it was omitted. A bare scalar becomes 1×1. */
export function asMatrix(arg: unknown): Matrix | undefined {
  if (arg === null || arg === undefined) return undefined;
  if (Array.isArray(arg)) {
    if (arg.length === 0) return undefined;
    // Excel's usual argument, rows of plain values, is used as it is: no copy of a large range.
    if (isPlainMatrix(arg)) return arg as Matrix;
    return arg.map((row) => (Array.isArray(row) ? row.map(plainCell) : [plainCell(row)]));
  }
  return [[plainCell(arg)]];
}

/** True when every row is an array and no cell is an object (a data type) that plainCell would unwrap. */
function isPlainMatrix(arg: readonly unknown[]): boolean {
  for (let r = 0; r < arg.length; r++) {
    if (!(r in arg)) return false;
    const row = arg[r];
    if (!Array.isArray(row)) return false;
    for (let c = 0; c < row.length; c++) {
      const cell: unknown = row[c];
      if (cell !== null && typeof cell === "object") return false;
    }
  }
  return true;
}

/** Every cell of a matrix, row by row. */
export function cellsOf(matrix: Matrix | undefined): Cell[] {
  if (!matrix) return [];
  const cells: Cell[] = [];
  for (const row of matrix) for (const cell of row) cells.push(cell);
  return cells;
}

export interface Shape {
  readonly rows: number;
  readonly columns: number;
}

export function shapeOf(matrix: Matrix): Shape {
  return { rows: matrix.length, columns: matrix[0]?.length ?? 0 };
}

/** The result shape of lifting over these arguments (omitted ones do not count). */
export function liftedShape(args: readonly (Matrix | undefined)[]): Shape {
  let rows = 1;
  let columns = 1;
  for (const arg of args) {
    if (!arg) continue;
    const shape = shapeOf(arg);
    rows = Math.max(rows, shape.rows);
    columns = Math.max(columns, shape.columns);
  }
  return { rows, columns };
}

const OUTSIDE = notAvailable("rangesDiffer");

/**
 * The cell of `matrix` used at (row, column) of the lifted result: a single row or column repeats;
 * past the end of a larger-than-one dimension there is no value (#N/A, as Excel does).
 * Omitted arguments give undefined.
 */
export function cellAt(matrix: Matrix | undefined, row: number, column: number): Cell | FunctionError {
  if (!matrix) return undefined;
  const r = matrix.length === 1 ? 0 : row;
  if (r >= matrix.length) return OUTSIDE;
  const cells = matrix[r];
  const c = cells.length === 1 ? 0 : column;
  if (c >= cells.length) return OUTSIDE;
  return cells[c];
}

/** Builds a result of the given shape cell by cell. */
export function mapShape<T>(shape: Shape, fn: (row: number, column: number) => T): T[][] {
  const result: T[][] = new Array(shape.rows);
  for (let r = 0; r < shape.rows; r++) {
    const cells: T[] = new Array(shape.columns);
    for (let c = 0; c < shape.columns; c++) cells[c] = fn(r, c);
    result[r] = cells;
  }
  return result;
}
