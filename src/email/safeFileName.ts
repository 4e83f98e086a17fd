import { utf8Length, wellFormed } from "../core/text";

/** Options for {@link safeFileName}. */
export interface SafeFileNameOptions {
  /** Longest result in UTF-8 bytes (default 150: well under the 255 of NTFS, ext4 and APFS, leaving room for a folder). */
  readonly maxBytes?: number;
  /** Used when nothing usable is left (default "untitled"). */
  readonly fallback?: string;
}

// Windows forbids <>:"/\|?* and C0 controls; DEL and C1 controls are unprintable anyway.
const FORBIDDEN = /[<>:"/\\|?*\u0000-\u001f\u007f-\u009f]/g;
// Invisible format characters: bidi overrides can disguise "txt.exe" as "exe.txt".
const INVISIBLE = /[\u00ad\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u206f\ufeff]/g;
// Reserved device names, also with an extension ("CON.eml") and the superscript digits Windows accepts.
const RESERVED = /^(?:CON|PRN|AUX|NUL|COM[0-9¹²³]|LPT[0-9¹²³])(?:\..*)?$/i;
const EXTENSION = /\.[A-Za-z0-9]{1,10}$/;

/**
 * A file name that is safe on Windows, macOS and Linux, keeping the clerk's words (Chinese
 * included): forbidden characters become "_", runs of spaces collapse, no trailing dot or
 * space, reserved device names (CON, PRN, AUX, NUL, COM1…, LPT1…) get a "_" prefix, and the
 * name is cut to `maxBytes` of UTF-8 on a character boundary, keeping its extension.
 *
 * @example
 * safeFileName("Reminder 1 - 上海华瑞贸易有限公司: INV/2026?.eml") //=> "Reminder 1 - 上海华瑞贸易有限公司_ INV_2026_.eml"
 * safeFileName("con.eml") //=> "_con.eml"
 */
export function safeFileName(name: string, options: SafeFileNameOptions = {}): string {
  const maxBytes = Math.max(16, options.maxBytes ?? 150);
  const fallback = options.fallback ?? "untitled";
  // A surrogate without its pair (Excel's `_xD83D_` alone) has no UTF-8 form: it becomes U+FFFD.
  let cleaned = wellFormed(name)
    .normalize("NFC")
    .replace(INVISIBLE, "")
    .replace(/\s+/g, " ") // tabs and line breaks read as spaces, not as "_"
    .replace(FORBIDDEN, "_")
    .trim();
  cleaned = stripTrailing(cleaned);

  const extension = EXTENSION.exec(cleaned)?.[0] ?? "";
  let stem = cleaned.slice(0, cleaned.length - extension.length);
  // One byte kept back for the "_" a reserved or dot-led name gets.
  stem = stripTrailing(truncateUtf8(stem, maxBytes - 1 - utf8Length(extension)));
  if (stem.length === 0) stem = stripTrailing(truncateUtf8(fallback.replace(FORBIDDEN, "_"), maxBytes - 1 - utf8Length(extension)));
  let result = stem + extension;
  // Leading dots make hidden files on Unix and odd names on Windows.
  if (RESERVED.test(result) || result.startsWith(".")) result = "_" + result;
  return result;
}

/**
 * A {@link safeFileName} not yet in `taken` (compared case-insensitively, as Windows and macOS
 * do), with " (2)", " (3)"… before the extension when needed. The counter is kept whole by
 * cutting the name before it, so the search always ends, however long the name. The chosen name
 * is added to `taken` (lower-cased).
 * @example
 * const taken = new Set(["c1 acme.eml"]);
 * uniqueFileName("C1 Acme.eml", taken) //=> "C1 Acme (2).eml"
 */
export function uniqueFileName(wanted: string, taken: Set<string>, options: SafeFileNameOptions = {}): string {
  const maxBytes = Math.max(16, options.maxBytes ?? 150);
  let candidate = safeFileName(wanted, options);
  const extension = EXTENSION.exec(candidate)?.[0] ?? "";
  const stem = candidate.slice(0, candidate.length - extension.length);
  for (let n = 2; taken.has(candidate.toLowerCase()); n++) {
    const counter = ` (${n})`;
    const room = maxBytes - 1 - utf8Length(counter + extension);
    candidate = safeFileName(stripTrailing(truncateUtf8(stem, room)) + counter + extension, options);
  }
  taken.add(candidate.toLowerCase());
  return candidate;
}

function stripTrailing(text: string): string {
  return text.replace(/[. ]+$/, "");
}

/** Keeps whole code points (never half a surrogate pair) up to `maxBytes` of UTF-8. */
function truncateUtf8(text: string, maxBytes: number): string {
  let bytes = 0;
  let out = "";
  for (const ch of text) {
    const size = utf8Length(ch);
    if (bytes + size > maxBytes) break;
    bytes += size;
    out += ch;
  }
  return out;
}
