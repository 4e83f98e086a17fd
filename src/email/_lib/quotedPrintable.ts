const HEX = "0123456789ABCDEF";
const MAX_LINE = 76;

function escape(byte: number): string {
  return "=" + HEX[byte >> 4] + HEX[byte & 15];
}

/**
 * Quoted-printable body (RFC 2045 §6.7) of text whose line breaks are already CRLF.
 * Each encoded line is at most 76 characters; soft breaks never split an `=XX` escape.
 * A physical line never starts with "." or "F", so neither SMTP dot-stuffing nor mbox
 * "From " quoting by some tool on the way can alter the text.
 */
export function quotedPrintableBody(text: string): string {
  const encoder = new TextEncoder();
  return text
    .split("\r\n")
    .map((line) => encodeLine(encoder.encode(line)))
    .join("\r\n");
}

function encodeLine(bytes: Uint8Array): string {
  const lines: string[] = [];
  let current = "";
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i];
    const isLast = i === bytes.length - 1;
    // Trailing blanks would be stripped in transit, so only inner ones stay literal.
    const literal = (b >= 33 && b <= 126 && b !== 61) || ((b === 32 || b === 9) && !isLast);
    let token = literal ? String.fromCharCode(b) : escape(b);
    // Room for the "=" of a soft break, unless this is the line's last token.
    const limit = isLast ? MAX_LINE : MAX_LINE - 1;
    if (current.length + token.length > limit) {
      lines.push(current + "=");
      current = "";
    }
    if (current.length === 0 && (token === "." || token === "F")) token = escape(b);
    current += token;
  }
  lines.push(current);
  return lines.join("\r\n");
}
