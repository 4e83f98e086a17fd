/**
 * Whether a ledger's Type column is a *side* column (DATEV `S/H`, `Dr/Cr`, `D/C`, `借/贷`) whose
 * one-letter values mean debit or credit. In a plain `Type` column a letter is the firm's own code
 * (a plant-hire ledger's S sale, H hire, R repair; D deposit?): read as a side, `H` would turn a
 * hire invoice into a credit. So the column decides what a letter means, not the letter. Private
 * to the ledger.
 */
import { normalizeHeader } from "../../text";

const SIDE_HEADERS = new Set(
  ["s/h", "soll/haben", "soll/haben-kennzeichen", "s/h-kennzeichen", "h/s", "dr/cr", "cr/dr", "d/c", "c/d", "debit/credit", "credit/debit", "side", "借/贷", "借贷", "借或贷", "借贷方向", "方向"].map(normalizeHeader),
);

/** True for a header that names the debit/credit side of an unsigned amount. */
export function isSideHeader(header: string | undefined): boolean {
  return header !== undefined && SIDE_HEADERS.has(normalizeHeader(header));
}
