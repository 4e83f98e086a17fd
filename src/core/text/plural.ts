/**
 * English's singular and plural, in one home: the message catalogues' `{n|one|other}` form and
 * the ledger's issue texts both choose by it, so "1 row" and "2 rows" read alike everywhere.
 * Chinese needs no such form.
 */

/** `one` when the count is 1, `other` otherwise (0 and fractions take the plural, as in English). */
export function pluralEn(count: string | number, one: string, other: string): string {
  return Number(count) === 1 ? one : other;
}

/**
 * The count followed by its noun in the right number.
 * @example
 * countOf(1, "row", "rows") //=> "1 row"
 * countOf(2, "row", "rows") //=> "2 rows"
 */
export function countOf(count: string | number, one: string, other: string): string {
  return `${count} ${pluralEn(count, one, other)}`;
}
