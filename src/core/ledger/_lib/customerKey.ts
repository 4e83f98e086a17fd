/** Telling customers apart by name when a ledger has no CustomerID column. Private to the ledger. */
import { nfkc } from "../../text/nfkc";

/**
 * The key of a customer name or number: trimmed, case-, space- and full/half-width-insensitive, so
 * `ACME  Ltd`, `Acme Ltd` and `ＡＣＭＥ Ltd` are one customer. A leading apostrophe is Excel's
 * keep-as-text mark pasted in as a character (`'00456` from a CSV or an ERP): `00456` all the same.
 *
 * @example nameKey(" ＡＣＭＥ  Ltd ") === nameKey("acme ltd") //=> true
 * @example nameKey("'00456") === nameKey("00456") //=> true
 */
export function nameKey(name: string): string {
  return nfkc(name).toLowerCase().replace(/\s+/g, "").replace(/^'/, "");
}

/** True when the text holds a CJK ideograph (a Chinese customer name, a Chinese header). */
export function hasCjk(text: string): boolean {
  return /[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]/.test(text);
}
