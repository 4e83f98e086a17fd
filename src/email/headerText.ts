import { encodeWords } from "./encodedWords";

/** Longest header line we aim for (RFC 5322 §2.1.1 recommends 78, requires ≤ 998). */
const TARGET_LINE = 78;
const MAX_PLAIN_WORD = 60;

/**
 * Makes caller text safe for a header: CR, LF and every other control character become a
 * space. This is what makes header injection impossible: a header value can never end its
 * line early, so it can never start a header of its own.
 *
 * @example
 * headerText("Overdue\r\nBcc: x@evil.test") //=> "Overdue  Bcc: x@evil.test"
 */
export function headerText(value: string): string {
  return value.replace(/[\u0000-\u001f\u007f]/g, " ");
}

/**
 * Tokens for an unstructured header value (Subject, extra headers). Plain words when the text
 * is printable ASCII that any reader takes back verbatim; encoded-words otherwise (non-ASCII,
 * "=?" that would look like an encoded-word, runs of spaces, over-long words).
 */
export function unstructuredTokens(value: string): string[] {
  const text = headerText(value);
  if (isPlainText(text)) return text.length === 0 ? [] : text.split(" ");
  return encodeWords(text);
}

function isPlainText(text: string): boolean {
  if (text.includes("=?")) return false;
  if (text.length === 0) return true;
  return /^[\x21-\x7e]+(?: [\x21-\x7e]+)*$/.test(text) && text.split(" ").every((w) => w.length <= MAX_PLAIN_WORD);
}

/**
 * One header field, folded (RFC 5322 §2.2.3): tokens joined by single spaces, a line break
 * put before a space whenever a line would pass 78 characters. Unfolding removes only the
 * CRLF, so the text reads back exactly.
 */
export function foldHeader(name: string, tokens: readonly string[]): string {
  const lines: string[] = [];
  let line = `${name}:`;
  let tokensOnLine = 0;
  for (const token of tokens) {
    if (tokensOnLine > 0 && line.length + 1 + token.length > TARGET_LINE) {
      lines.push(line);
      line = "";
      tokensOnLine = 0;
    }
    line += " " + token;
    tokensOnLine++;
  }
  lines.push(line);
  return lines.join("\r\n");
}
