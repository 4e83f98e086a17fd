/**
 * Excel's limit on the text of one cell, and the one way AR Desk keeps to it in every output
 * (DESIGN §8): longer text is cut, never inside a surrogate pair, and ends with a note giving its
 * full length. The .xlsx writers and the Office planner both cut through {@link cutToCell}.
 */

/** Excel's largest cell text (Excel specifications and limits). */
export const MAX_CELL_TEXT = 32767;

/**
 * The text as a cell can hold it: itself when short enough, else cut with a note.
 * @example cutToCell("x".repeat(40000)).length //=> 32767
 * @example cutToCell("x".repeat(40000)).endsWith("[…cut by AR Desk: 40,000 characters, Excel holds 32,767]") //=> true
 */
export function cutToCell(text: string): string {
  if (text.length <= MAX_CELL_TEXT) return text;
  const note = ` […cut by AR Desk: ${text.length.toLocaleString("en-US")} characters, Excel holds ${MAX_CELL_TEXT.toLocaleString("en-US")}]`;
  let end = MAX_CELL_TEXT - note.length;
  const last = text.charCodeAt(end - 1);
  if (last >= 0xd800 && last <= 0xdbff) end -= 1;
  return text.slice(0, end) + note;
}
