/**
 * Text decoding for SpreadsheetML: XML entities and the OOXML `_xHHHH_` escapes.
 */

const ENTITY = /&(#[xX][0-9a-fA-F]+|#[0-9]+|amp|lt|gt|quot|apos);/g;
const NAMED: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };
const XSTRING_ESCAPE = /_x([0-9A-Fa-f]{4})_/g;

function codePoint(code: number, match: string): string {
  return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : match;
}

/**
 * Decodes XML character and entity references.
 * @example decodeEntities("A &amp; B &#x4E2D;&#25991;") //=> "A & B 中文"
 */
export function decodeEntities(text: string): string {
  if (text.indexOf("&") < 0) return text;
  return text.replace(ENTITY, (match, body: string) => {
    if (body[0] !== "#") return NAMED[body];
    const code = body[1] === "x" || body[1] === "X" ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
    return codePoint(code, match);
  });
}

/**
 * Decodes cell text: entities, then Excel's `_xHHHH_` escapes (`_x000D_` = CR; `_x005F_` = "_",
 * which keeps a literal `_x0041_` in the clerk's text from being decoded twice).
 * @example decodeCellText("a_x000D_b") //=> "a\rb"
 */
export function decodeCellText(text: string): string {
  const decoded = decodeEntities(text);
  if (decoded.indexOf("_x") < 0) return detach(decoded);
  return detach(wellFormed(decoded.replace(XSTRING_ESCAPE, (_m, hex: string) => String.fromCharCode(parseInt(hex, 16)))));
}

/**
 * A copy of `text` that does not keep the string it was sliced from alive. V8 makes a slice of 13
 * or more characters a view into its parent; a cell's text sliced from a 1 MB piece of sheet XML
 * would keep the whole piece in memory, and so the reader's memory would grow with the XML
 * instead of with the cells kept. Concatenating and slicing again flattens it into a new string.
 */
export function detach(text: string): string {
  return text.length < 13 ? text : (text + " ").slice(0, -1);
}

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/**
 * Text with every lone surrogate (what `_xD83D_` alone decodes to) replaced by U+FFFD, as
 * `String.prototype.toWellFormed` does: such text cannot be encoded as UTF-8, put in a URL or
 * written to XML, so it must not travel further than the reader.
 * @example wellFormed("a\uD83Db") //=> "a\uFFFDb"
 */
export function wellFormed(text: string): string {
  return text.replace(LONE_SURROGATE, "\uFFFD");
}
