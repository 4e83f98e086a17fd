/**
 * The shared string table (xl/sharedStrings.xml) and rich-text collection shared with inline strings.
 */
import { decodeCellText } from "./xmlText";
import { XmlCursor } from "./xmlScan";

/**
 * Collects the text of a string item whose opening tag the cursor is on (`<si>` or `<is>`):
 * the plain `<t>` or every rich-text run's `<t>`, skipping phonetic runs (`<rPh>`, furigana).
 * Leaves the cursor on the item's closing tag.
 */
export function collectItemText(cur: XmlCursor): string {
  if (cur.selfClosing) return "";
  let out = "";
  let phonetic = 0;
  while (cur.next()) {
    if (cur.is("rPh")) {
      if (cur.selfClosing) continue;
      phonetic += cur.closing ? -1 : 1;
      continue;
    }
    if (cur.is("t")) {
      if (!cur.closing && !cur.selfClosing && phonetic === 0) out += cur.text();
      continue;
    }
    if (cur.closing && (cur.is("si") || cur.is("is"))) break;
  }
  return decodeCellText(out);
}

/**
 * Reads every `<si>` of a shared string table, in order.
 * @example parseSharedStrings('<sst><si><t>A &amp; B</t></si><si><r><t>x</t></r><r><t xml:space="preserve"> y</t></r></si></sst>') //=> ["A & B", "x y"]
 */
export function parseSharedStrings(xml: string): string[] {
  const out: string[] = [];
  pushSharedStrings(xml, out);
  return out;
}

/**
 * Appends the `<si>` items of a piece of the table's text to `out` (the general walk behind
 * {@link pushSharedStringBytes}, which the reader streams the table through).
 */
export function pushSharedStrings(xml: string, out: string[]): void {
  const cur = new XmlCursor(xml);
  while (cur.next()) {
    if (cur.closing || !cur.is("si")) continue;
    // The commonest item, `<si><t>text</t></si>`, is read in place without walking its three
    // other tags (a ledger's table has hundreds of thousands); any other spelling (rich text,
    // phonetic runs, attributes on <t>, prefixes) takes collectItemText.
    const at = cur.end;
    if (!cur.selfClosing && xml.startsWith("<t>", at)) {
      const lt = xml.indexOf("<", at + 3);
      if (lt >= 0 && xml.startsWith("</t></si>", lt)) {
        out.push(decodeCellText(xml.slice(at + 3, lt)));
        cur.pos = lt + 9;
        continue;
      }
    }
    out.push(collectItemText(cur));
  }
}

/**
 * Appends the items of one piece of the table given as UTF-8 bytes (cut before an `<si`, see
 * bytePieces.ts): each `<si><t>text</t></si>` decoded from its own bytes, so the table is never
 * decoded whole and then cut into 600,000 slices; anything else (rich text, phonetic runs,
 * attributes, prefixes, the `<sst>` tag) read by {@link pushSharedStrings} from its decoded
 * text, up to the next plain item. The bytes are not kept.
 */
export function pushSharedStringBytes(bytes: Uint8Array, out: string[], decoder: TextDecoder): void {
  const end = bytes.length;
  // the XML declaration (after a byte-order mark) holds no item: passed over
  let at = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  if (bytes[at] === LT && bytes[at + 1] === 63 /* ? */) {
    const close = declarationEnd(bytes, at);
    if (close < 0) return pushSharedStrings(decoder.decode(bytes.subarray(at)), out);
    at = close;
  }
  while (at < end) {
    const text = plainItemText(bytes, at);
    if (text >= 0) {
      const textEnd = bytes.indexOf(LT, text);
      const s = decoder.decode(bytes.subarray(text, textEnd));
      // a fresh string (nothing to detach); entities and _xHHHH_ escapes decoded when present
      out.push(s.indexOf("&") < 0 && s.indexOf("_x") < 0 ? s : decodeCellText(s));
      at = textEnd + 9; // </t></si>
      continue;
    }
    // up to the next plain item after whole items, read by the general walk (a comment, CDATA or
    // instruction: the rest of the piece, as their text could hold a tag)
    const next = generalRegionEnd(bytes, at);
    if (next === MARKUP) return pushSharedStrings(decoder.decode(bytes.subarray(at)), out);
    const stop = next < 0 ? end : next;
    pushSharedStrings(decoder.decode(bytes.subarray(at, stop)), out);
    at = stop;
  }
}

const LT = 60;
const SI_T = [60, 115, 105, 62, 60, 116, 62]; // <si><t>
const END_T_SI = [60, 47, 116, 62, 60, 47, 115, 105, 62]; // </t></si>

/** Where the text of a plain item `<si><t>…</t></si>` starting at `at` begins, or -1. */
function plainItemText(bytes: Uint8Array, at: number): number {
  for (let k = 0; k < 7; k++) if (bytes[at + k] !== SI_T[k]) return -1;
  const textEnd = bytes.indexOf(LT, at + 7);
  if (textEnd < 0) return -1;
  for (let k = 0; k < 9; k++) if (bytes[textEnd + k] !== END_T_SI[k]) return -1;
  return at + 7;
}

const MARKUP = -2;

/**
 * Where the general walk's region starting at `from` ends: at the next `<si><t>` that starts a
 * new item (after a closing `</si>`, or before any item began: never inside an item the walk is
 * still collecting), -1 at the end of the piece, MARKUP at a comment, CDATA or instruction.
 */
function generalRegionEnd(bytes: Uint8Array, from: number): number {
  let inItems = false;
  for (let i = bytes.indexOf(LT, from); i >= 0; i = bytes.indexOf(LT, i + 1)) {
    const c = bytes[i + 1];
    if (c === 33 || c === 63) return MARKUP;
    if (i > from) {
      let k = 1;
      while (k < 7 && bytes[i + k] === SI_T[k]) k++;
      if (k === 7 && (!inItems || closesItem(bytes, i))) return i;
    }
    if (c !== 47 && isItemStart(bytes, i)) inItems = true;
  }
  return -1;
}

/** Whether the start tag at `lt` is an item's (`<si` or `<prefix:si`). */
function isItemStart(bytes: Uint8Array, lt: number): boolean {
  let i = lt + 1;
  let name = i;
  while (i < bytes.length && isNameByte(bytes[i])) {
    if (bytes[i] === 58) name = i + 1;
    i++;
  }
  return i - name === 2 && bytes[name] === 115 && bytes[name + 1] === 105;
}

/** Whether the bytes just before `at` are a closing `</si>` or `</prefix:si>`. */
function closesItem(bytes: Uint8Array, at: number): boolean {
  if (bytes[at - 1] !== 62 || bytes[at - 2] !== 105 || bytes[at - 3] !== 115) return false;
  let j = at - 4;
  if (bytes[j] === 58) {
    j--;
    while (j >= 0 && isNameByte(bytes[j]) && bytes[j] !== 58) j--;
  }
  return bytes[j] === 47 && bytes[j - 1] === LT;
}

function isNameByte(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95 || c === 45 || c === 46 || c === 58;
}

/** Just after the `?>` of the declaration starting at `at`, or -1. */
function declarationEnd(bytes: Uint8Array, at: number): number {
  for (let i = bytes.indexOf(62, at); i >= 0; i = bytes.indexOf(62, i + 1)) if (bytes[i - 1] === 63) return i + 1;
  return -1;
}
