/** Merging AR Desk's cell formats into a clerk's styles part. */
import { mergeStyles, remapSheetStyles, StylesMergeError } from "../../../../src/workbook/xlsx/write/mergeStyles";

const NS = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"';
const FONT = '<font><sz val="11"/><name val="Calibri"/></font>';
const BOLD = '<font><b/><sz val="11"/><name val="Calibri"/></font>';
const FILLS = '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>';
const BORDERS = '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>';

/** A clerk's part without number formats and with one custom font. */
const clerk = `<styleSheet ${NS}><fonts count="2" x14ac:knownFonts="1">${FONT}<font><i/></font></fonts>${FILLS}${BORDERS}<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="14" fontId="1" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs><cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>`;

/** What ExcelJS writes for AR Desk's sheet: a custom format 164, a bold font. */
const ours = `<styleSheet ${NS}><numFmts count="1"><numFmt numFmtId="164" formatCode="#,##0.00"/></numFmts><fonts count="2">${FONT}${BOLD}</fonts>${FILLS}${BORDERS}<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellStyleXfs><cellXfs count="3"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="164" fontId="1" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/><xf numFmtId="14" fontId="1" fillId="0" borderId="0" xfId="0"/></cellXfs></styleSheet>`;

describe("mergeStyles", () => {
  const { xml, mapping } = mergeStyles(clerk, ours);

  it("adds a number formats section in schema position, with an id after the built-ins", () => {
    expect(xml.indexOf("<numFmts")).toBeLessThan(xml.indexOf("<fonts"));
    expect(xml).toContain('<numFmts count="1"><numFmt numFmtId="164" formatCode="#,##0.00"/></numFmts>');
  });

  it("keeps the clerk's entries first and reuses equal ones", () => {
    // Calibri 11 is the clerk's font 0; the bold font is new (index 2).
    expect(xml).toContain(`<fonts count="3" x14ac:knownFonts="1">${FONT}<font><i/></font>${BOLD}</fonts>`);
    expect(xml).toContain(FILLS);
    // Our xf 0 equals the clerk's xf 0; xf 1 and 2 are new, with the font id moved to 2.
    expect(mapping.xf(0)).toBe(0);
    expect(mapping.xf(1)).toBe(2);
    expect(mapping.xf(2)).toBe(3);
    expect(xml).toContain('<xf numFmtId="164" fontId="2" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/><xf numFmtId="14" fontId="2" fillId="0" borderId="0" xfId="0"/></cellXfs>');
    expect(xml).toContain('<cellXfs count="4">');
  });

  it("changes nothing more on a second merge of the same formats", () => {
    expect(mergeStyles(xml, ours).xml).toBe(xml);
  });

  it("gives our custom format a fresh id when the clerk's ids are taken", () => {
    const withFormats = clerk.replace("<fonts", '<numFmts count="1"><numFmt numFmtId="170" formatCode="0.0%"/></numFmts><fonts');
    expect(mergeStyles(withFormats, ours).xml).toContain('<numFmt numFmtId="170" formatCode="0.0%"/><numFmt numFmtId="171" formatCode="#,##0.00"/>');
  });

  it("refuses a prefixed styles part rather than damaging it", () => {
    expect(() => mergeStyles(`<x:styleSheet xmlns:x="${NS}"/>`, ours)).toThrow(StylesMergeError);
  });
});

test("remapSheetStyles moves cell, row and column style indexes", () => {
  const sheet = '<cols><col min="1" max="1" width="9" style="1"/></cols><sheetData><row r="1" s="2" customFormat="1"><c r="A1" s="1" t="s"><v>0</v></c><c r="B1"><v>1</v></c></row></sheetData>';
  expect(remapSheetStyles(sheet, { xf: (i) => i + 10 })).toBe('<cols><col min="1" max="1" width="9" style="11"/></cols><sheetData><row r="1" s="12" customFormat="1"><c r="A1" s="11" t="s"><v>0</v></c><c r="B1"><v>1</v></c></row></sheetData>');
});
