/**
 * Bytes of a string in UTF-8, counted as TextEncoder writes them: a surrogate pair is 4 bytes, a
 * lone surrogate becomes U+FFFD (3 bytes). Used where a limit is in bytes: Office.js request
 * payloads, RFC 2047 encoded-words. Counting avoids allocating the encoded bytes.
 * @example utf8Length("a€😀") //=> 1 + 3 + 4
 */
export function utf8Length(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length && isLowSurrogate(text.charCodeAt(i + 1))) {
      n += 4;
      i++;
    } else n += 3;
  }
  return n;
}

function isLowSurrogate(c: number): boolean {
  return c >= 0xdc00 && c <= 0xdfff;
}
