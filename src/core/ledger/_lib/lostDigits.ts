/**
 * A document number kept in a number cell with more digits than Excel holds. Excel keeps 15
 * significant digits: a 20-digit 数电票号码 typed or pasted into a General cell becomes
 * `2.63320000001077E+19`, its last five digits zeros, and two invoices whose numbers differ only
 * there become one number. The digits cannot be read back; the reader can only say so, and keep
 * the rows apart. Private to the ledger.
 */
import type { RawCell } from "../../source";

/** Whole numbers from here on have more than Excel's 15 significant digits. */
const FIRST_16_DIGIT = 1e15;

/**
 * The number of digits the cell's number has when it has more than Excel keeps (so its last ones
 * are lost), else 0. Text cells keep every digit: 0.
 * @example lostDigits(26332000000107600000) //=> 20
 * @example lostDigits("26332000000107654321") //=> 0
 * @example lostDigits(412345) //=> 0
 */
export function lostDigits(cell: RawCell | undefined): number {
  if (typeof cell !== "number" || !Number.isFinite(cell) || Math.abs(cell) < FIRST_16_DIGIT || !Number.isInteger(cell)) return 0;
  return Math.floor(Math.log10(Math.abs(cell))) + 1;
}
