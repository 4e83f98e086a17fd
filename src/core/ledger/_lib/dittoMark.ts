/**
 * “Same as above” written in a cell: a clerk keeping a 台账 by hand writes the customer once and
 * `同上` or the ditto mark `〃` on the rows under it (English lists: `"`, `ditto`). Read as a
 * name, it would make a customer called 同上 and take the rows from their customer. Private to the ledger.
 */

// (Not `do.`: a two-letter customer code `DO` is likelier than the old abbreviation.)
const DITTO = /^(?:同上|同前|上同|〃|″|"|“|”|''|ditto|same as above)$/i;
/** First characters a ditto mark can start with: most cells are ruled out by one comparison. */
const FIRST = new Set([0x540c, 0x4e0a, 0x3003, 0x2033, 0x22, 0x201c, 0x201d, 0x27, 0x64, 0x44, 0x73, 0x53]);

/**
 * True for a cell that says “same as above”.
 * @example isDitto("同上") //=> true
 * @example isDitto("〃") //=> true
 * @example isDitto("上海明远贸易有限公司") //=> false
 */
export function isDitto(text: string): boolean {
  return text.length > 0 && text.length <= 13 && FIRST.has(text.charCodeAt(0)) && DITTO.test(text.trim());
}
