/**
 * The reader's limits and what it refuses to guess at, on small packages (limits lowered where a
 * real-size case would be slow; the full-size cases run through the CLI in test/hostile).
 */
import { readXlsx, WorkbookReadError } from "../../../../src/workbook/xlsx/read";
import { lastStartTagIn } from "../../../../src/workbook/xlsx/read/bytePieces";
import { isDateFormatCode } from "../../../../src/workbook/xlsx/read/dateStyles";
import { ledgerSheets, rowsXml, worksheet, xlsxPackage } from "../../../hostile/_lib/package";
import { deflatedEntry, repeatedDeflate } from "../../../hostile/_lib/rawZip";

function refusal(bytes: Uint8Array, limits = {}): string {
  try {
    readXlsx(bytes, { fileName: "f.xlsx", limits });
  } catch (e) {
    expect(e).toBeInstanceOf(WorkbookReadError);
    return (e as Error).message;
  }
  throw new Error("read without refusal");
}

const sheet = (rows: string) => xlsxPackage({ sheets: [{ name: "S", xml: worksheet(rows) }] });

describe("limits", () => {
  it("refuses a part inflating past the size limit, naming the limit", () => {
    const rows = rowsXml(Array.from({ length: 3000 }, (_, i) => [`text ${i} ${(i * 7919) % 10007}`, i]));
    expect(refusal(sheet(rows), { maxPartBytes: 64 * 1024 })).toBe('Cannot read "f.xlsx": xl/worksheets/sheet1.xml inflates to more than 65536 bytes (the limit for one part); AR Desk does not read it');
  });

  it("refuses a steep ratio once past the grace size, even when the declared size is small", () => {
    const bomb = repeatedDeflate("<worksheet><sheetData>", "<row/>".repeat(20000), 40, "</sheetData></worksheet>");
    const bytes = xlsxPackage({ sheets: [{ name: "S", entry: { name: "", data: bomb.data, method: 8, size: 10 } }] });
    expect(refusal(bytes)).toMatch(/sheet1\.xml inflates more than 100 times its compressed size/);
  });

  it("reads a steep but small part (the grace size)", () => {
    const rows = `<row r="1"><c r="A1" t="inlineStr"><is><t>Name</t></is></c></row>` + "<row/>".repeat(50000);
    expect(readXlsx(sheet(rows)).blocks[0].headers).toEqual(["Name"]);
  });

  it("refuses a sheet whose blocks would need more cells than the budget", () => {
    const rows = rowsXml([["A", null, null, "D"], ...Array.from({ length: 100 }, () => [1, null, null, 4])]);
    expect(refusal(sheet(rows), { maxBlockCells: 200 })).toBe('Cannot read "f.xlsx": sheet "S" would need more than 200 cells in memory (the limit); AR Desk does not read it');
  });

  it("refuses a table ref to XFD1048576 over an empty sheet only by budget, and cuts its empty rows", () => {
    const table = `<table xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" id="1" name="T" displayName="T" ref="A1:B1048576"><tableColumns count="2"><tableColumn id="1" name="X"/><tableColumn id="2" name="Y"/></tableColumns></table>`;
    const bytes = xlsxPackage({
      sheets: [{ name: "S", xml: worksheet(rowsXml([["X", "Y"], [1, 2]])).replace("</worksheet>", '<tableParts count="1"><tablePart r:id="rT"/></tableParts></worksheet>') }],
      extra: [
        deflatedEntry("xl/worksheets/_rels/sheet1.xml.rels", `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rT" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/table" Target="../tables/table1.xml"/></Relationships>`),
        deflatedEntry("xl/tables/table1.xml", table),
      ],
    });
    expect(readXlsx(bytes).blocks).toEqual([{ tableName: "T", sheet: "S", headerRow: 1, firstColumn: 1, headers: ["X", "Y"], rows: [[1, 2]] }]);
  });

  it("refuses a DTD anywhere, even one that only declares", () => {
    expect(refusal(xlsxPackage({ sheets: ledgerSheets([], []), workbookProlog: "<!DOCTYPE workbook>" }))).toMatch(/xl\/workbook\.xml: it contains a DTD/);
  });
});

describe("cells Excel would not show as written", () => {
  const read = (rows: string) => readXlsx(sheet(rows));

  it("a stray cell far right is a block of its own, not 16,384 cells per row", () => {
    const rows = rowsXml([["ID", "Amount"], ["A1", 1], ["A2", 2]]) + `<row r="9"><c r="XFD9" t="inlineStr"><is><t>note</t></is></c></row>`;
    const { blocks } = read(rows);
    expect(blocks.map((b) => [b.firstColumn, b.headers.length, b.rows.length])).toEqual([[1, 2, 2], [16384, 1, 0]]);
  });

  it("a cell beyond XFD or row 1,048,576 is an issue, not a value", () => {
    const { blocks, issues } = read(rowsXml([["ID"], ["A1"]]) + `<row r="2"><c r="XFE2"><v>5</v></c></row><row r="1048577"><c r="A1048577"><v>6</v></c></row>`);
    expect(blocks[0].rows).toEqual([["A1"]]);
    expect(issues.map((i) => [i.row, i.value, i.reason])).toEqual([
      [2, "XFE2", "a cell beyond Excel's last column (XFD): ignored"],
      [0, "A1048577", "a cell beyond Excel's last row (1,048,576): ignored"],
    ]);
  });

  it("numbers are read as xsd:double spells them; anything else is text and an issue", () => {
    const cells = ["0x1F", " ", "1e3", "-.5", "Infinity", "1,5"].map((v, i) => `<c r="${String.fromCharCode(65 + i)}2"><v>${v}</v></c>`).join("");
    const { blocks, issues } = read(rowsXml([["a", "b", "c", "d", "e", "f"]]) + `<row r="2">${cells}</row>`);
    expect(blocks[0].rows).toEqual([["0x1F", " ", 1000, -0.5, "Infinity", "1,5"]]);
    expect(issues.map((i) => `${i.column}${i.row} ${i.value}`)).toEqual(["A2 0x1F", "B2  ", "E2 Infinity", "F2 1,5"]);
  });

  it("a t=\"d\" cell that is not a day of the calendar stays text and is an issue", () => {
    const dates = ["2026-02-30", "2026-13-45", "2026-00-00", "2028-02-29"];
    const { blocks, issues } = read(rowsXml([["d"], ...dates.map((d) => [{ d }])]));
    // 2028-02-29 (2028 is a leap year), counted by hand from 2025-10-31 = serial 45961:
    // 61 days to 2025-12-31, 365 + 365 to 2027-12-31, 31 + 29 into 2028
    expect(blocks[0].rows).toEqual([["2026-02-30"], ["2026-13-45"], ["2026-00-00"], [45961 + 61 + 365 + 365 + 60]]);
    expect(issues.map((i) => i.value)).toEqual(["2026-02-30", "2026-13-45", "2026-00-00"]);
  });

  it("a formula without a saved result is named with the fix", () => {
    const { issues } = read(rowsXml([["a"]]) + `<row r="2"><c r="A2"><f>1+1</f></c></row>`);
    expect(issues).toEqual([{ severity: "error", sheet: "S", row: 2, column: "A", columnIndex: 1, reason: "a formula saved without its result: open the file in Excel (calculation on, or press F9) and save it, then run again" }]);
  });

  it("a shared-string index is digits only", () => {
    const bytes = xlsxPackage({ sharedStrings: `<sst><si><t>zero</t></si><si><t>one</t></si></sst>`, sheets: [{ name: "S", xml: worksheet(`<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>0x1</v></c></row>`) }] });
    const { blocks, issues } = readXlsx(bytes);
    expect(blocks[0].headers).toEqual(["zero"]);
    expect(issues.map((i) => i.value)).toEqual(["0x1"]);
  });

  it("_xD83D_ alone becomes U+FFFD; a whole pair stays an emoji", () => {
    const { blocks } = read(rowsXml([["a", "b"], ["Smile _xD83D_ Ltd", "_xD83D__xDE00_"]]));
    expect(blocks[0].rows).toEqual([["Smile \uFFFD Ltd", "\u{1F600}"]]);
  });
});

describe("date systems and Strict", () => {
  const styles = `<styleSheet><numFmts count="1"><numFmt numFmtId="164" formatCode="yyyy&quot;年&quot;m&quot;月&quot;d&quot;日&quot;"/></numFmts><cellXfs count="3"><xf numFmtId="0"/><xf numFmtId="14"/><xf numFmtId="164"/></cellXfs></styleSheet>`;
  const rows = `<row r="1"><c r="A1" s="1"><v>44500</v></c><c r="B1" s="2"><v>44500</v></c><c r="C1" s="0"><v>44500</v></c></row>`;

  it("1904 workbooks: date cells shift by 1462 days, other numbers stay", () => {
    const bytes = xlsxPackage({ sheets: [{ name: "S", xml: worksheet(rows + rowsXml([[1, 2, 3]], 2)) }], styles, workbookPr: '<workbookPr date1904="1"/>' });
    const content = readXlsx(bytes);
    expect(content.date1904).toBe(true);
    expect(content.blocks[0].headers).toEqual(["45962", "45962", "44500"]);
  });

  it("1900 workbooks are left alone", () => {
    expect(readXlsx(xlsxPackage({ sheets: [{ name: "S", xml: worksheet(rows) }], styles })).blocks[0].headers).toEqual(["44500", "44500", "44500"]);
  });

  it("date format codes", () => {
    expect(["yyyy-mm-dd", "d/m/yy", "[$-409]mmm d", 'yyyy"年"m"月"d"日"', "h:mm"].map(isDateFormatCode)).toEqual([true, true, true, true, true]);
    expect(['#,##0.00 "days"', "0%", "[Red]#,##0", "General", '"Day" 0'].map(isDateFormatCode)).toEqual([false, false, false, false, false]);
  });

  it("reads a Strict package", () => {
    const strict = worksheet(rowsXml([["ID"], ["S1"]]), true);
    expect(readXlsx(xlsxPackage({ sheets: [{ name: "S", xml: strict }], strict: true })).blocks[0].rows).toEqual([["S1"]]);
  });
});

describe("pieces", () => {
  it("finds the last start tag, prefixed or not, never a closing tag or a longer name", () => {
    const last = (text: string) => lastStartTagIn(new TextEncoder().encode(text), text.length, new TextEncoder().encode("row"));
    expect(last('<row r="1"></row><x:row r="2"></x:row><rows/>')).toBe(17);
    expect(last("</row><rowBreaks/>")).toBe(-1);
  });
});
