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
 * Appends the `<si>` items of one piece of the table to `out` (pieces cut before an `<si>`, see
 * xmlPieces.ts, so the table is read as it inflates).
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
