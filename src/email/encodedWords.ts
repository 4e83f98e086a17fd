import { base64Encode } from "./_lib/base64";
import { utf8Length } from "../core/text";

/** "=?UTF-8?B?" + "?=" is 12 characters; 45 bytes become 60 base64 characters: 72 ≤ 75 (RFC 2047 §2). */
const MAX_WORD_BYTES = 45;

/**
 * RFC 2047 "B" encoded-words for a header text, each at most 75 characters. Words split on
 * code-point boundaries, so no word ends inside a UTF-8 sequence (or a surrogate pair), which
 * RFC 2047 §5 forbids and which shows as garbage in Outlook.
 *
 * @example
 * encodeWords("上海华瑞贸易有限公司") //=> ["=?UTF-8?B?5LiK5rW35Y2O55Ge6LS45piT5pyJ6ZmQ5YWs5Y+4?="]
 */
export function encodeWords(text: string): string[] {
  const encoder = new TextEncoder();
  const words: string[] = [];
  let chunk = "";
  let chunkBytes = 0;
  for (const codePoint of text) {
    const bytes = utf8Length(codePoint);
    if (chunkBytes + bytes > MAX_WORD_BYTES) {
      words.push(wrap(encoder.encode(chunk)));
      chunk = "";
      chunkBytes = 0;
    }
    chunk += codePoint;
    chunkBytes += bytes;
  }
  if (chunk.length > 0 || words.length === 0) words.push(wrap(encoder.encode(chunk)));
  return words;
}

function wrap(bytes: Uint8Array): string {
  return `=?UTF-8?B?${base64Encode(bytes)}?=`;
}
