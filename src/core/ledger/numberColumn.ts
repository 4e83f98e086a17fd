/**
 * The home of the ledger's long-lived per-item columns (the record buildLedger keeps, allocation's
 * index): plain arrays of numbers, not typed arrays.
 *
 * Why: V8 counts a typed array's memory outside its heap, and starts a full collection of the
 * whole heap for every 64 MB of it allocated since the last one, however large the heap is. A
 * million-row ledger's input alone is ~300 MB of row arrays and texts, and its record and index
 * were ~165 MB of typed arrays: each full collection marks the input again, and the typed arrays
 * set off one or two in the overview (~0.1–0.3 s each, seen with node --trace-gc). A plain array
 * of numbers reads as fast, but lives in the heap, whose collection budget grows with the heap.
 * Short-lived and small arrays (scratch lists, per-account figures) stay typed.
 */

/** A column of numbers, read by position (one per invoice or payment). */
export type NumberColumn = number[];

/**
 * A column of `size` days or minor units, each NaN until written.
 * @example numberColumn(3) //=> [NaN, NaN, NaN]
 */
export function numberColumn(size: number): NumberColumn {
  // Grown from an array of one double, the column holds unboxed doubles from the start, in one
  // allocation: `new Array(size)` would first make an array of small integers and copy it whole
  // into doubles at the first NaN or fractional write (twice the fresh memory, half of it garbage).
  const column = [Number.NaN];
  column.length = size;
  return column.fill(Number.NaN);
}

/**
 * A column of `size` whole numbers of 32 bits (positions, customer and slot numbers, hashes), each
 * `fill` until written.
 * @example indexColumn(2, -1) //=> [-1, -1]
 */
export function indexColumn(size: number, fill = 0): NumberColumn {
  const column = [0];
  column.length = size;
  return column.fill(fill);
}
