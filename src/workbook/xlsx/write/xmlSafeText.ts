/**
 * Text as it may go into a workbook's XML: every character XML 1.0 forbids (C0 controls other
 * than tab, LF and CR; U+FFFE, U+FFFF; lone surrogates) is removed or replaced, so every file
 * AR Desk writes opens in Excel and LibreOffice whatever a clerk's cell held. Cell text is also
 * cut to Excel's 32,767 characters, with a note saying so. Used by the ExcelJS cell writer and by
 * xmlEscape.ts, which every part writer (package patch, chart parts, graft) escapes through.
 */

import { wellFormed } from "../../../core/text";
import type { Language } from "../../../core/model";
import { cutToCell } from "../../cellLimit";

export { MAX_CELL_TEXT } from "../../cellLimit";

// C0 controls XML refuses (tab, LF, CR are allowed) and U+FFFE/U+FFFF; lone surrogates go by wellFormed
const XML_ILLEGAL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;

/**
 * The text with XML-illegal characters dealt with: controls removed, U+FFFE/U+FFFF and lone
 * surrogates replaced by U+FFFD (the replacement character shows that something was there).
 * @example xmlSafeText("A\u0001B\uFFFEC\uD83D") //=> "AB\uFFFDC\uFFFD"
 */
export function xmlSafeText(text: string): string {
  return wellFormed(text).replace(XML_ILLEGAL, (ch) => (ch.charCodeAt(0) < 0x20 ? "" : "\uFFFD"));
}

/**
 * Text for a cell: XML-safe and at most 32,767 characters; longer text is cut (never inside a
 * surrogate pair) and ends with a note giving its full length, in `language` (the sheet's).
 * @example fitInCell("x".repeat(40000)).length //=> 32767
 */
export function fitInCell(text: string, language: Language = "en"): string {
  return cutToCell(xmlSafeText(text), language);
}
