/**
 * Native column charts in the packages the ExcelJS writers produce (DrawingML: chart part,
 * drawing part, relationships, content types), checked part by part and read back.
 */
import { strFromU8, unzipSync } from "fflate";
import type { SheetSpec } from "../../../../src/workbook/spec";
import { summaryFromStatements, summarySheet } from "../../../../src/workbook/layout/summarySheet";
import { DEFAULT_SETTINGS } from "../../../../src/core/settings/defaults";
import { contentOf } from "../../../../src/workbook/xlsx/xlsxWorkbook";
import { writeSpecsToBytes } from "../../../../src/workbook/xlsx/write";
import { writeSpecsStreaming } from "../../../../src/workbook/xlsx/write/streamWorkbook";
import { loadWithExcelJs } from "../../_fixtures/excelJsWorkbook";
import { schemaOrderProblems } from "../../_fixtures/schemaOrder";
import { balanceForward, customer, openItemZh } from "../../layout/fixtures";

const aging: SheetSpec = {
  name: "O'Brien Aging",
  role: "summary",
  cells: [
    { row: 3, col: 2, value: "Current" },
    { row: 3, col: 3, value: "1-30" },
    { row: 3, col: 4, value: "31+" },
    { row: 4, col: 1, value: "USD" },
    { row: 4, col: 2, value: 100.5, style: { numberFormat: "#,##0.00" } },
    { row: 4, col: 3, value: 0, style: { numberFormat: "#,##0.00" } },
    { row: 4, col: 4, value: 20, style: { numberFormat: "#,##0.00" } },
  ],
  charts: [{ kind: "column", title: "Aging USD & more", categoriesRange: "B3:D3", valuesRange: "B4:D4", seriesName: "USD", top: 6, left: 1, widthCols: 8, heightRows: 15 }],
};

type Files = Record<string, Uint8Array>;
const text = (files: Files, path: string) => strFromU8(files[path]);

/** The package path a relationship of `relsXml` with this type points to (resolved by hand). */
function targetsOf(relsXml: string, typeSuffix: string): string[] {
  return [...relsXml.matchAll(/<Relationship\b[^>]*>/g)]
    .map((m) => m[0])
    .filter((r) => r.includes(`/relationships/${typeSuffix}"`))
    .map((r) => /Target="([^"]+)"/.exec(r)![1]);
}

describe.each([
  ["writeSpecsToBytes", writeSpecsToBytes],
  ["writeSpecsStreaming", writeSpecsStreaming],
] as const)("charts written by %s", (_name, write) => {
  let bytes: Uint8Array;
  let files: Files;
  beforeAll(async () => {
    bytes = await write([aging]);
    files = unzipSync(bytes);
  });

  it("links sheet → drawing → chart, each part with its content type", () => {
    const sheetRels = text(files, "xl/worksheets/_rels/sheet1.xml.rels");
    expect(targetsOf(sheetRels, "drawing")).toEqual(["../drawings/drawing1.xml"]);
    expect(targetsOf(text(files, "xl/drawings/_rels/drawing1.xml.rels"), "chart")).toEqual(["../charts/chart1.xml"]);
    const types = text(files, "[Content_Types].xml");
    expect(types).toContain('<Override PartName="/xl/drawings/drawing1.xml" ContentType="application/vnd.openxmlformats-officedocument.drawing+xml"/>');
    expect(types).toContain('<Override PartName="/xl/charts/chart1.xml" ContentType="application/vnd.openxmlformats-officedocument.drawingml.chart+xml"/>');
    const relId = /<Relationship Id="([^"]+)"[^>]*Target="..\/drawings\/drawing1.xml"/.exec(sheetRels)![1];
    expect(text(files, "xl/worksheets/sheet1.xml")).toContain(`<drawing r:id="${relId}"/>`);
  });

  it("charts the spec's ranges of its own sheet, quoted, with the cell values cached", () => {
    const chart = text(files, "xl/charts/chart1.xml");
    expect([...chart.matchAll(/<c:f>([^<]*)<\/c:f>/g)].map((m) => m[1])).toEqual(["'O''Brien Aging'!$B$3:$D$3", "'O''Brien Aging'!$B$4:$D$4"]);
    expect(chart).toContain("<c:barDir val=\"col\"/><c:grouping val=\"clustered\"/>");
    expect(chart).toContain("<a:t>Aging USD &amp; more</a:t>");
    expect(chart).toContain("<c:tx><c:v>USD</c:v></c:tx>");
    expect([...chart.matchAll(/<c:strCache>.*?<\/c:strCache>/g)][0][0].match(/<c:v>[^<]*<\/c:v>/g)).toEqual(["<c:v>Current</c:v>", "<c:v>1-30</c:v>", "<c:v>31+</c:v>"]);
    expect(/<c:numCache>(.*?)<\/c:numCache>/.exec(chart)![1]).toBe(
      '<c:formatCode>#,##0.00</c:formatCode><c:ptCount val="3"/><c:pt idx="0"><c:v>100.5</c:v></c:pt><c:pt idx="1"><c:v>0</c:v></c:pt><c:pt idx="2"><c:v>20</c:v></c:pt>',
    );
  });

  it("anchors the chart over the spec's cells (0-based: col 0 row 5 to col 8 row 20)", () => {
    const drawing = text(files, "xl/drawings/drawing1.xml");
    expect(drawing).toContain("<xdr:from><xdr:col>0</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>5</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:from>");
    expect(drawing).toContain("<xdr:to><xdr:col>8</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>20</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:to>");
  });

  it("keeps the ECMA-376 element order in the chart, drawing and worksheet parts", () => {
    for (const part of ["xl/charts/chart1.xml", "xl/drawings/drawing1.xml", "xl/worksheets/sheet1.xml", "xl/workbook.xml"]) {
      expect({ part, problems: schemaOrderProblems(text(files, part)) }).toEqual({ part, problems: [] });
    }
  });

  it("reads back with ExcelJS and with AR Desk's reader, and puts no placeholder text in the cells", async () => {
    const wb = await loadWithExcelJs(bytes);
    const ws = wb.getWorksheet("O'Brien Aging")!;
    expect(ws.getCell("B4").value).toBe(100.5);
    expect(ws.getCell("A6").value).toBeNull();
    const content = contentOf(bytes);
    expect(content.generated.map((g) => g.sheet)).toEqual(["O'Brien Aging"]);
    expect(content.sheets.map((s) => s.name)).toEqual(["O'Brien Aging"]);
  });
});

test("the schema-order check itself flags children out of order and unknown children", () => {
  expect(schemaOrderProblems('<c:barChart><c:ser/><c:barDir val="col"/><c:axId/></c:barChart>')).toEqual(["/barChart: <barDir> after <ser>"]);
  expect(schemaOrderProblems("<worksheet><sheetData/><drawing/><hyperlinks/></worksheet>")).toEqual(["/worksheet: <hyperlinks> after <drawing>"]);
  expect(schemaOrderProblems("<c:valAx><c:axId/><c:bogus/></c:valAx>")).toEqual(["/valAx: <bogus> is not a child of <valAx>"]);
});

describe("the AR Summary's bucket charts", () => {
  const labels = ["Current", "1-30", "31-60", "61-90", "90+"];
  const statements = [
    balanceForward({ customer: customer({ creditLimit: { currency: "USD", minor: 80000 } }) }),
    openItemZh(),
    balanceForward({ customer: customer({ id: "C003", name: "Beta" }), aging: { labels, amounts: [0, 0, 0, 0, 20000] }, totalDue: 20000, overdue: 20000, stage: "Collections" }),
  ];
  const spec = summarySheet(summaryFromStatements(statements), DEFAULT_SETTINGS);

  it("draws one chart per currency over that currency's totals row and the bucket labels", async () => {
    const bytes = await writeSpecsStreaming([spec]);
    const files = unzipSync(bytes);
    // Find the totals block in the written sheet, the way a clerk would read it.
    const ws = (await loadWithExcelJs(bytes)).getWorksheet("AR Summary")!;
    let totalsTitle = 0;
    ws.eachRow((row, n) => {
      if (row.getCell(1).value === "Totals by currency") totalsTitle = n;
    });
    const labelRow = totalsTitle + 1;
    expect(ws.getRow(labelRow).getCell(2).value).toBe("Current");
    expect(ws.getRow(labelRow).getCell(6).value).toBe("90+");
    const rowOf = (ccy: string) => [labelRow + 1, labelRow + 2].find((r) => ws.getRow(r).getCell(1).value === ccy)!;

    const charts = Object.keys(files).filter((p) => /^xl\/charts\/chart\d+\.xml$/.test(p)).sort();
    expect(charts).toHaveLength(2);
    const refs = charts.map((p) => [...text(files, p).matchAll(/<c:f>([^<]*)<\/c:f>/g)].map((m) => m[1]));
    const cats = `'AR Summary'!$B$${labelRow}:$F$${labelRow}`;
    expect(refs).toEqual(
      expect.arrayContaining([
        [cats, `'AR Summary'!$B$${rowOf("USD")}:$F$${rowOf("USD")}`],
        [cats, `'AR Summary'!$B$${rowOf("CNY")}:$F$${rowOf("CNY")}`],
      ]),
    );
    // USD: Acme 1,000 current + 600 in 31-60 (fixture), Beta 200 in 90+.
    const usd = charts.map((p) => text(files, p)).find((x) => x.includes("<a:t>Aging USD</a:t>"))!;
    expect([...usd.matchAll(/<c:pt idx="\d"><c:v>([^<]*)<\/c:v>/g)].map((m) => m[1]).slice(5)).toEqual(["1000", "0", "600", "0", "200"]);
    expect(text(files, "xl/worksheets/sheet1.xml")).toContain("<drawing ");
    expect(schemaOrderProblems(text(files, "xl/worksheets/sheet1.xml"))).toEqual([]);
  });
});
