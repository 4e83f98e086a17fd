/**
 * `mailto:` links (RFC 6068) for the Reminders sheet: address, subject and a short body, every
 * part percent-encoded as UTF-8, line breaks as %0D%0A, kept under the length Excel accepts.
 */

/** Excel refuses hyperlink addresses longer than this; stay below it. */
export const MAX_MAILTO_LENGTH = 2000;

/**
 * Lone surrogates would make encodeURIComponent throw; they become U+FFFD. A loop, not a regex
 * lookbehind: Safari before 16.4 (the webview of older macOS Excel) cannot even parse a
 * lookbehind, and the chunk holding it would fail to load.
 */
function wellFormed(text: string): string {
  let out = "";
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 0xd800 && code <= 0xdbff) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        out += text[i] + text[i + 1];
        i++;
      } else out += "\uFFFD";
    } else if (code >= 0xdc00 && code <= 0xdfff) out += "\uFFFD";
    else out += text[i];
  }
  return out;
}

/** Percent-encodes a header value for a mailto query (line breaks as CRLF). */
export function encodeMailtoValue(text: string): string {
  return encodeURIComponent(wellFormed(text).replace(/\r\n|\r|\n/g, "\r\n"));
}

/** A plausible single address: one @, no spaces or separators that would split the link. */
export function isMailtoAddress(email: string): boolean {
  return /^[^\s@,;<>"?&#%]+@[^\s@,;<>"?&#%/]+$/.test(email);
}

/**
 * The link, or undefined when the address cannot be used. The body is cut at a line break so the
 * whole link stays under {@link MAX_MAILTO_LENGTH}; a cut body ends with "…".
 *
 * @example
 * mailtoLink("ap@acme.example", "Reminder: USD 1,200.00 overdue", "Dear Jane,\nPlease pay.")
 * //=> "mailto:ap@acme.example?subject=Reminder%3A%20USD%201%2C200.00%20overdue&body=Dear%20Jane%2C%0D%0APlease%20pay."
 */
export function mailtoLink(email: string, subject: string, body = ""): string | undefined {
  const address = email.trim();
  if (!isMailtoAddress(address)) return undefined;
  const at = address.lastIndexOf("@");
  const head = `mailto:${encodeURIComponent(wellFormed(address.slice(0, at)))}@${encodeURIComponent(wellFormed(address.slice(at + 1)))}`;
  let link = `${head}?subject=${encodeMailtoValue(subject.replace(/[\r\n]+/g, " "))}`;
  if (link.length > MAX_MAILTO_LENGTH) return head;
  const lines = body.replace(/\r\n|\r/g, "\n").split("\n");
  let kept = "";
  for (let i = 0; i < lines.length; i++) {
    const next = i === 0 ? lines[0] : `${kept}\n${lines[i]}`;
    const more = i < lines.length - 1;
    if (`${link}&body=${encodeMailtoValue(more ? `${next}\n…` : next)}`.length > MAX_MAILTO_LENGTH) {
      if (kept !== "") kept += "\n…";
      break;
    }
    kept = next;
  }
  if (kept.trim() !== "") link += `&body=${encodeMailtoValue(kept)}`;
  return link;
}
