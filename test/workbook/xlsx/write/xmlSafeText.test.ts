import fc from "fast-check";
import { SaxesParser } from "saxes";
import { fitInCell, MAX_CELL_TEXT, xmlSafeText } from "../../../../src/workbook/xlsx/write/xmlSafeText";
import { escapeXml } from "../../../../src/workbook/xlsx/write/xmlEscape";
import { writeSpecsToBytes } from "../../../../src/workbook/xlsx/write";
import { xmlProblems } from "../../../hostile/_lib/outputsOpen";
import type { SheetSpec } from "../../../../src/workbook/spec";

function parses(xml: string): boolean {
  const parser = new SaxesParser();
  let ok = true;
  parser.on("error", () => (ok = false));
  parser.write(xml).close();
  return ok;
}

describe("xmlSafeText", () => {
  it("removes controls, replaces U+FFFE, U+FFFF and lone surrogates, keeps tab, line breaks and pairs", () => {
    expect(xmlSafeText("A\u0001B\u001F\tC\r\nD\uFFFE\uFFFF\uD83D|\uDE00|\uD83D\uDE00")).toBe("AB\tC\r\nD\uFFFD\uFFFD\uFFFD|\uFFFD|\uD83D\uDE00");
  });

  it("whatever the text, escaped it parses as XML content and as an attribute (property)", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 80 }), (text) => {
        expect(parses(`<a b="${escapeXml(text)}">${escapeXml(text)}</a>`)).toBe(true);
      }),
      { numRuns: 500 },
    );
  });
});

describe("fitInCell", () => {
  it("leaves text up to 32,767 characters alone", () => {
    const text = "x".repeat(MAX_CELL_TEXT);
    expect(fitInCell(text)).toBe(text);
  });

  it("cuts longer text to 32,767 characters ending with a note of the full length", () => {
    const out = fitInCell("y".repeat(5_000_000));
    expect(out.length).toBe(32767);
    expect(out.endsWith(" […cut by AR Desk: 5,000,000 characters, Excel holds 32,767]")).toBe(true);
    expect(out.startsWith("yyyy")).toBe(true);
  });

  it("never cuts inside a surrogate pair", () => {
    const out = fitInCell("😀".repeat(20000));
    expect(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])/.test(out)).toBe(false);
  });
});

test("a workbook written from hostile text opens: every part parses as XML", async () => {
  const hostile = "Bad\uFFFE\uFFFF Co \u0001\u0007 \uD83D <&> \"'";
  const spec: SheetSpec = {
    name: "S",
    role: "statement",
    cells: [
      { row: 1, col: 1, value: hostile },
      { row: 2, col: 1, value: hostile, link: `mailto:x@example.com?subject=${hostile}` },
      { row: 3, col: 1, value: "long ".repeat(10000) },
    ],
    tables: [{ name: "T", top: 5, left: 1, headers: [hostile, "B"], rowCount: 1 }],
  };
  const bytes = await writeSpecsToBytes([spec]);
  expect(xmlProblems(bytes)).toEqual([]);
});
