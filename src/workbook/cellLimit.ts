/**
 * Excel's limit on the text of one cell, and the one way AR Desk keeps to it in every output
 * (DESIGN §8): longer text is cut, never inside a surrogate pair, and ends with a note giving its
 * full length, in the sheet's language (SheetSpec.language). The .xlsx writers and the Office
 * planner both cut through {@link cutToCell}.
 */
import type { Language } from "../core/model";

/** Excel's largest cell text (Excel specifications and limits). */
export const MAX_CELL_TEXT = 32767;

/** The note a cut cell ends with: how long the text was, and what a cell holds. */
const CUT_NOTE: Readonly<Record<Language, (length: string, limit: string) => string>> = {
  en: (length, limit) => ` […cut by AR Desk: ${length} characters, Excel holds ${limit}]`,
  zh: (length, limit) => `［…已由 AR Desk 截断：原文 ${length} 个字符，Excel 单元格最多容纳 ${limit} 个］`,
};

/**
 * The text as a cell can hold it: itself when short enough, else cut with a note in `language`.
 * @example cutToCell("x".repeat(40000)).length //=> 32767
 * @example cutToCell("x".repeat(40000)).endsWith("[…cut by AR Desk: 40,000 characters, Excel holds 32,767]") //=> true
 * @example cutToCell("x".repeat(40000), "zh").endsWith("［…已由 AR Desk 截断：原文 40,000 个字符，Excel 单元格最多容纳 32,767 个］") //=> true
 */
export function cutToCell(text: string, language: Language = "en"): string {
  if (text.length <= MAX_CELL_TEXT) return text;
  // Grouped the same in both languages (40,000): Chinese finance writes thousands with commas too.
  const note = CUT_NOTE[language](text.length.toLocaleString("en-US"), MAX_CELL_TEXT.toLocaleString("en-US"));
  let end = MAX_CELL_TEXT - note.length;
  const last = text.charCodeAt(end - 1);
  if (last >= 0xd800 && last <= 0xdbff) end -= 1;
  return text.slice(0, end) + note;
}
