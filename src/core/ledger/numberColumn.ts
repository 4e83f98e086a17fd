/**
 * The home of the ledger's long-lived columns of days and minor units (the record buildLedger
 * keeps, allocation's index): plain arrays of numbers, not Float64Arrays.
 *
 * Why: V8 counts a typed array's memory outside its heap, and starts a full collection of the
 * whole heap for every 64 MB of it allocated since the last one, however large the heap is. A
 * million-row ledger's input alone is ~300 MB of row arrays and texts, and its record and index
 * held ~165 MB of typed arrays: each full collection marks the input again, and the typed arrays
 * set off one or two in the overview (0.1–0.3 s each, seen with node --trace-gc). An array of
 * doubles takes the same 8 bytes a number and reads as fast, but lives in the heap, whose
 * collection budget grows with the heap. Whole numbers of 32 bits (customers, slots, positions,
 * hashes) stay in Int32Arrays: as plain arrays they would take twice the room wherever the engine
 * does not compress pointers (Node), and half their typed size stays under that 64 MB.
 */

/** A column of days or minor units, read by position (one per invoice or payment). */
export type NumberColumn = number[];

/**
 * A column of `size` days or minor units, each NaN until written.
 * @example numberColumn(3) //=> [NaN, NaN, NaN]
 */
export function numberColumn(size: number): NumberColumn {
  // Grown from an array of one double, the column holds unboxed doubles from the start, in one
  // allocation: `new Array(size)` would first make an array of holes and copy it whole into
  // doubles at the first NaN or fractional write (twice the fresh memory, half of it garbage).
  const column = [Number.NaN];
  column.length = size;
  return column.fill(Number.NaN);
}
