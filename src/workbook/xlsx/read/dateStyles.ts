/**
 * Which cell styles show a date: needed only for workbooks in the 1904 date system, whose date
 * serials must be shifted by 1462 days to mean the same day as in the 1900 system the rest of
 * AR Desk uses. A style is a date style when its number format is one of Excel's built-in date
 * formats (14-22, 27-36, 45-47, 50-58) or a format code with day, month or year letters outside
 * quotes, escapes and brackets.
 */
import { elements, XmlCursor } from "./xmlScan";
import { decodeEntities } from "./xmlText";

const BUILT_IN_DATES = new Set([14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 45, 46, 47, 50, 51, 52, 53, 54, 55, 56, 57, 58]);

/**
 * True when a number format code shows a date or time.
 * @example isDateFormatCode("yyyy-mm-dd") //=> true
 * @example isDateFormatCode('#,##0.00 "days"') //=> false
 */
export function isDateFormatCode(code: string): boolean {
  const bare = code
    .replace(/"[^"]*"/g, "")
    .replace(/\\./g, "")
    .replace(/\[[^\]]*\]/g, "")
    .replace(/_.|\*./g, "");
  return /[dmyhsDMYHS]|[年月日]/.test(bare.split(";")[0]);
}

/**
 * True when a number format (by id, with its code when the workbook defines one) shows a date: a
 * defined code by its letters, else one of Excel's built-in date formats. The .xls reader asks too.
 * @example isDateFormat(14, undefined) //=> true
 */
export function isDateFormat(id: number, code: string | undefined): boolean {
  return code !== undefined ? isDateFormatCode(code) : BUILT_IN_DATES.has(id);
}

/** Indexes of the cell styles (cellXfs) whose number format is a date. */
export function dateStyleIndexes(stylesXml: string): Set<number> {
  const custom = new Map<number, string>();
  for (const f of elements(stylesXml, "numFmt")) custom.set(Number(f.attr("numFmtId")), decodeEntities(f.attr("formatCode") ?? ""));
  const out = new Set<number>();
  const cur = new XmlCursor(stylesXml);
  let inCellXfs = false;
  let index = 0;
  while (cur.next()) {
    if (cur.is("cellXfs")) {
      inCellXfs = !cur.closing && !cur.selfClosing;
      continue;
    }
    if (!inCellXfs || cur.closing || !cur.is("xf")) continue;
    const id = Number(cur.attr("numFmtId") ?? "0");
    if (isDateFormat(id, custom.get(id))) out.add(index);
    index++;
  }
  return out;
}
