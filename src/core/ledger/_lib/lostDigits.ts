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
 * are lost), else 0. Text keeps every digit typed (0), unless it is Excel's display of such a number.
 * @example lostDigits(26332000000107600000) //=> 20
 * @example lostDigits("2.63320000001077E+19") //=> 20
 * @example lostDigits("26332000000107654321") //=> 0
 * @example lostDigits(412345) //=> 0
 */
export function lostDigits(cell: RawCell | undefined): number {
  if (typeof cell === "string") return lostInText(cell);
  if (typeof cell !== "number" || !Number.isFinite(cell) || Math.abs(cell) < FIRST_16_DIGIT || !Number.isInteger(cell)) return 0;
  return Math.floor(Math.log10(Math.abs(cell))) + 1;
}

/** Excel's display of such a number, saved as text (a CSV saved from Excel): `2.63320000001077E+19`. */
const SCIENTIFIC = /^\s*\d\.\d+E\+(\d+)\s*$/i;

function lostInText(text: string): number {
  // A document number rarely has a digit then a point for its first two characters: every other
  // row is answered there, without a scan (this runs on every row of a million-row ledger).
  const t = text.charCodeAt(0) === 32 ? text.trimStart() : text;
  const first = t.charCodeAt(0);
  if (first < 48 || first > 57 || t.charCodeAt(1) !== 46) return 0;
  const m = SCIENTIFIC.exec(t);
  const digits = m === null ? 0 : Number(m[1]) + 1;
  return digits > 15 ? digits : 0;
}
