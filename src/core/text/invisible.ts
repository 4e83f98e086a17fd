/**
 * Characters that print as nothing, left in cells by copying from web pages and PDFs: zero-width
 * space and joiners, left-to-right / right-to-left marks, the word joiner, a byte-order mark.
 * Readers of amounts, dates and headers drop them; the one list lives here.
 */
export const INVISIBLE = /[\u200b-\u200f\u2060\ufeff]/g;
const HAS_INVISIBLE = /[\u200b-\u200f\u2060\ufeff]/;

/**
 * The text without invisible characters.
 * @example withoutInvisible("\u200e1,234.50") //=> "1,234.50"
 */
export function withoutInvisible(text: string): string {
  // Tested first: amount text is read a million times per large ledger and almost never has one.
  return HAS_INVISIBLE.test(text) ? text.replace(INVISIBLE, "") : text;
}
