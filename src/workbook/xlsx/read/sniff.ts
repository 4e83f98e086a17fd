/**
 * Recognises, by content and never by file name, the files the .xlsx reader does not read, so the
 * clerk hears what the file is and what to do: an .xls saved as ".xlsx", an .ods or .numbers
 * package, an .xlsb. Any OOXML spreadsheet package is read whatever its extension (.xlsm, .xltx,
 * .xltm, .xlam); a text file is read as CSV where a host offers it (workbook/csv), and an old Office
 * file as an .xls (workbook/xls), whatever its name.
 */
import type { FileRefusal } from "./readReasons";
import type { ZipEntry } from "./zipDirectory";

function startsWith(bytes: Uint8Array, magic: readonly number[]): boolean {
  return bytes.length >= magic.length && magic.every((b, i) => bytes[i] === b);
}

/** "E\0n\0c\0..." as stored in an OLE directory. */
function hasUtf16(bytes: Uint8Array, text: string): boolean {
  const pattern = new Uint8Array(text.length * 2);
  for (let i = 0; i < text.length; i++) pattern[i * 2] = text.charCodeAt(i);
  outer: for (let i = 0; i + pattern.length <= bytes.length; i++) {
    for (let k = 0; k < pattern.length; k++) if (bytes[i + k] !== pattern[k]) continue outer;
    return true;
  }
  return false;
}

/** What a file that is not a ZIP package is (its words, with what to do: readReasons.ts); undefined for a ZIP. */
export function describeNonZip(bytes: Uint8Array): FileRefusal | undefined {
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04]) || startsWith(bytes, [0x50, 0x4b, 0x05, 0x06])) return undefined;
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) {
    // an encrypted .xlsx is an OLE file holding an "EncryptedPackage" stream
    if (hasUtf16(bytes.subarray(0, Math.min(bytes.length, 1 << 20)), "EncryptedPackage")) {
      return "passwordProtected";
    }
    return "oldOffice";
  }
  if (bytes.length === 0) return "empty";
  // Excel's "Unicode Text": tab-separated UTF-16 behind its byte-order mark.
  if (startsWith(bytes, [0xff, 0xfe]) || startsWith(bytes, [0xfe, 0xff])) return "text";
  if (startsWith(bytes, [0x25, 0x50, 0x44, 0x46])) return "pdf";
  const head = new TextDecoder("utf-8").decode(bytes.subarray(0, 4096)).replace(/^\uFEFF/, "");
  if (/^\s*<\?xml[\s\S]*urn:schemas-microsoft-com:office:spreadsheet/.test(head)) return "xml2003";
  if (/^\s*<(?:!doctype\s+html|html)/i.test(head)) return "html";
  let printable = 0;
  const sample = bytes.subarray(0, 4096);
  for (const b of sample) if (b === 9 || b === 10 || b === 13 || b >= 32) printable++;
  if (printable === sample.length) return "text";
  return "notZip";
}

/** The reader a ledger file goes to. */
export type LedgerFormat = "xlsx" | "csv" | "xls";

/**
 * Which reader takes a ledger file, by its content whatever its name: a text file is a CSV
 * (workbook/csv), a compound file that is no encrypted .xlsx an .xls (workbook/xls, which refuses
 * another old Office file by what it is), anything else the .xlsx reader (which says what a file it
 * cannot read is). The hosts (the CLI's readWorkbookFile, the browser pane) ask here, and only here.
 * @example ledgerFormat(new TextEncoder().encode("No,Amount\n")) //=> "csv"
 * @example ledgerFormat(Uint8Array.of(0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1)) //=> "xls"
 */
export function ledgerFormat(bytes: Uint8Array): LedgerFormat {
  const kind = describeNonZip(bytes);
  return kind === "text" ? "csv" : kind === "oldOffice" ? "xls" : "xlsx";
}

/** What a ZIP package without an Excel workbook is (.ods, .numbers, .xlsb, a Word file…). */
export function describeOtherPackage(entries: ReadonlyMap<string, ZipEntry>, mimetype: string | undefined): FileRefusal {
  if (mimetype?.startsWith("application/vnd.oasis.opendocument.spreadsheet")) return "ods";
  if (mimetype?.startsWith("application/vnd.oasis.opendocument")) return "openDocument";
  if (entries.has("xl/workbook.bin")) return "xlsb";
  if ([...entries.keys()].some((k) => k.startsWith("Index/") && k.endsWith(".iwa"))) return "numbers";
  if (entries.has("word/document.xml")) return "word";
  if (entries.has("ppt/presentation.xml")) return "powerPoint";
  return "otherZip";
}
