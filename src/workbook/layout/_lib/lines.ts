/**
 * Splits clerk text that may hold several lines (addresses, bank details) into the lines to print,
 * each on its own row: merged cells do not grow to fit wrapped text, rows do.
 */
export function textLines(text: string | undefined): string[] {
  if (text === undefined) return [];
  return text
    .split(/\r\n|\r|\n/)
    .map((line) => line.trim())
    .filter((line) => line !== "");
}
