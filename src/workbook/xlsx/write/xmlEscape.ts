/** Escaping of text written into package XML parts (shared by the package patch and the chart parts). */
import { xmlSafeText } from "./xmlSafeText";

/**
 * Escapes text for XML content and attribute values, after removing or replacing the characters
 * XML forbids (see xmlSafeText.ts): one U+FFFF in a sheet name or table header would otherwise
 * make the whole file unreadable.
 * @example escapeXml('A & "B" <C>\uFFFF') //=> "A &amp; &quot;B&quot; &lt;C&gt;\uFFFD"
 */
export function escapeXml(text: string): string {
  return xmlSafeText(text).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}
