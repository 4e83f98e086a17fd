/**
 * A text file's bytes as text, in the encoding it was most likely saved in. Excel saves "CSV
 * UTF-8" with a byte-order mark, "Unicode Text" as UTF-16, and plain "CSV" in the machine's own
 * code page: GBK on a Chinese Windows (read here as GB18030, its superset), Windows-1252 on a
 * Western one. Accounting tools export UTF-8 with or without the mark.
 */

export type TextEncodingName = "utf-8" | "utf-16le" | "utf-16be" | "gb18030" | "windows-1252";

export interface DecodedText {
  readonly text: string;
  readonly encoding: TextEncodingName;
}

function startsWith(bytes: Uint8Array, magic: readonly number[]): boolean {
  return bytes.length >= magic.length && magic.every((b, i) => bytes[i] === b);
}

/**
 * Whether bytes that are not UTF-8 read as Chinese in GBK: every byte above ASCII starts a valid
 * pair (or GB18030's four-byte form), and most pairs lie in GB2312's block of hanzi and full-width
 * signs (both bytes 0xA1–0xFE). Windows-1252 text fails the first test on an accented letter
 * before a space or a comma, and the second on `Müller`-like pairs.
 */
function looksLikeGbk(bytes: Uint8Array): boolean {
  let pairs = 0;
  let gb2312 = 0;
  for (let i = 0; i < bytes.length; i++) {
    const lead = bytes[i];
    if (lead < 0x80) continue;
    if (lead === 0x80 || lead === 0xff || i + 1 >= bytes.length) return false;
    const trail = bytes[i + 1];
    if (trail >= 0x30 && trail <= 0x39) {
      // GB18030's four-byte form: lead, digit, lead, digit.
      if (i + 3 >= bytes.length || bytes[i + 2] < 0x81 || bytes[i + 2] > 0xfe || bytes[i + 3] < 0x30 || bytes[i + 3] > 0x39) return false;
      i += 3;
      pairs++;
      continue;
    }
    if (trail < 0x40 || trail === 0x7f || trail === 0xff) return false;
    pairs++;
    if (lead >= 0xa1 && trail >= 0xa1) gb2312++;
    i++;
  }
  return pairs > 0 && gb2312 * 2 >= pairs;
}

/**
 * @example decodeText(new TextEncoder().encode("Invoice,Amount")) //=> { text: "Invoice,Amount", encoding: "utf-8" }
 * @example decodeText(Uint8Array.of(0xbf, 0xcd, 0xbb, 0xa7)) //=> { text: "客户", encoding: "gb18030" }
 */
export function decodeText(bytes: Uint8Array): DecodedText {
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) return { text: new TextDecoder("utf-8").decode(bytes.subarray(3)), encoding: "utf-8" };
  // (TextDecoder drops the UTF-16 byte-order mark itself.)
  if (startsWith(bytes, [0xff, 0xfe])) return { text: new TextDecoder("utf-16le").decode(bytes), encoding: "utf-16le" };
  if (startsWith(bytes, [0xfe, 0xff])) return { text: new TextDecoder("utf-16be").decode(bytes), encoding: "utf-16be" };
  try {
    return { text: new TextDecoder("utf-8", { fatal: true, ignoreBOM: true }).decode(bytes), encoding: "utf-8" };
  } catch {
    // Not UTF-8: one of the code pages Excel's plain "CSV" is saved in.
  }
  if (looksLikeGbk(bytes)) return { text: new TextDecoder("gb18030").decode(bytes), encoding: "gb18030" };
  return { text: new TextDecoder("windows-1252").decode(bytes), encoding: "windows-1252" };
}
