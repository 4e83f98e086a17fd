/**
 * FNV-1a over a string's UTF-16 code units, 32 bits, signed (fits an Int32Array). A quick filter
 * before comparing strings: equal strings hash equal; unequal ones rarely do, so a match is
 * always confirmed by comparing the strings themselves.
 *
 * @example textHash("INV-1001") === textHash("INV-1001") //=> true
 */
export function textHash(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return hash | 0;
}
