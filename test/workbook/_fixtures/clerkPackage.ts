/**
 * Generator of a clerk's workbook holding what ExcelJS loses on a re-save: a chart, a pivot
 * table with its cache, an image, data validation, defined names (workbook and sheet scope),
 * comments (with their VML), an Excel table, a formula in the calc chain. Every part is written
 * by hand, Excel-2016 style, and zipped with fflate: no LibreOffice or openpyxl needed, in CI or
 * here. The sheets double as a small ledger (Customers and Invoices), so AR Desk's flows run on it.
 *
 * To open it (and AR Desk's result) in Excel or LibreOffice, run the round-trip test with
 *   AR_DESK_WRITE_FIXTURES=/tmp/ardesk npx jest test/workbook/xlsx/write/graftSheets.test.ts
 * which writes clerk.xlsx, clerk-run1.xlsx and clerk-run2.xlsx there.
 */
import { strToU8, zipSync } from "fflate";

const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const PKG = "http://schemas.openxmlformats.org/package/2006/relationships";
const CT = "application/vnd.openxmlformats-officedocument";
const HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n';

/** A 1×1 transparent PNG. */
const PNG = Uint8Array.from(Buffer.from("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==", "base64"));

function rels(entries: readonly [id: string, type: string, target: string][]): string {
  return `${HEAD}<Relationships xmlns="${PKG}">${entries.map(([id, type, target]) => `<Relationship Id="${id}" Type="${type.startsWith("http") ? type : `${R}/${type}`}" Target="${target}"/>`).join("")}</Relationships>`;
}

const STRINGS = ["CustomerID", "Name", "Email", "Currency", "TermsDays", "C001", "Acme Ltd", "ap@acme.example", "USD", "C002", "上海贸易有限公司", "cw@sh.example", "CNY", "InvoiceNo", "CustomerID", "InvoiceDate", "DueDate", "Amount", "Paid", "INV-1", "INV-2", "INV-3", "Open", "Row Labels", "Grand Total", "Sum of Amount"];
const s = (text: string) => STRINGS.indexOf(text);

function cell(ref: string, value: string | number, style = 0, formula?: string): string {
  const st = style ? ` s="${style}"` : "";
  if (formula) return `<c r="${ref}"${st}><f>${formula}</f><v>${value}</v></c>`;
  return typeof value === "number" ? `<c r="${ref}"${st}><v>${value}</v></c>` : `<c r="${ref}"${st} t="s"><v>${s(value)}</v></c>`;
}

function row(n: number, cells: string[]): string {
  return `<row r="${n}" spans="1:8">${cells.join("")}</row>`;
}

/** Serials of 2026-08-01, 2026-08-31, 2026-09-15, 2026-10-15, 2026-10-20, 2026-11-19. */
const D = { aug1: 46235, aug31: 46265, sep15: 46280, oct15: 46310, oct20: 46315, nov19: 46345 };

const customersSheet =
  `${HEAD}<worksheet xmlns="${MAIN}" xmlns:r="${R}"><dimension ref="A1:E3"/><sheetViews><sheetView tabSelected="1" workbookViewId="0"/></sheetViews><sheetFormatPr defaultRowHeight="15"/>` +
  `<cols><col min="2" max="2" width="24" customWidth="1"/></cols><sheetData>` +
  row(1, [cell("A1", "CustomerID", 2), cell("B1", "Name", 2), cell("C1", "Email", 2), cell("D1", "Currency", 2), cell("E1", "TermsDays", 2)]) +
  row(2, [cell("A2", "C001"), cell("B2", "Acme Ltd"), cell("C2", "ap@acme.example"), cell("D2", "USD"), cell("E2", 30)]) +
  row(3, [cell("A3", "C002"), cell("B3", "上海贸易有限公司"), cell("C3", "cw@sh.example"), cell("D3", "CNY"), cell("E3", 30)]) +
  `</sheetData><dataValidations count="1"><dataValidation type="list" allowBlank="1" showInputMessage="1" showErrorMessage="1" errorTitle="Currency" error="USD or CNY" sqref="D2:D100"><formula1>"USD,CNY"</formula1></dataValidation></dataValidations>` +
  `<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/><drawing r:id="rId2"/><legacyDrawing r:id="rId3"/></worksheet>`;

const invoicesSheet =
  `${HEAD}<worksheet xmlns="${MAIN}" xmlns:r="${R}"><dimension ref="A1:H4"/><sheetViews><sheetView workbookViewId="0"/></sheetViews><sheetFormatPr defaultRowHeight="15"/><sheetData>` +
  row(1, [cell("A1", "InvoiceNo", 2), cell("B1", "CustomerID", 2), cell("C1", "InvoiceDate", 2), cell("D1", "DueDate", 2), cell("E1", "Amount", 2), cell("F1", "Paid", 2), cell("G1", "Currency", 2), cell("H1", "Open", 2)]) +
  row(2, [cell("A2", "INV-1"), cell("B2", "C001"), cell("C2", D.aug1, 1), cell("D2", D.aug31, 1), cell("E2", 1200.5), cell("F2", 200), cell("G2", "USD"), cell("H2", 1000.5, 0, "E2-F2")]) +
  row(3, [cell("A3", "INV-2"), cell("B3", "C002"), cell("C3", D.sep15, 1), cell("D3", D.oct15, 1), cell("E3", 5000), cell("F3", 0), cell("G3", "CNY"), cell("H3", 5000, 0, "E3-F3")]) +
  row(4, [cell("A4", "INV-3"), cell("B4", "C001"), cell("C4", D.oct20, 1), cell("D4", D.nov19, 1), cell("E4", 300), cell("F4", 0), cell("G4", "USD"), cell("H4", 300, 0, "E4-F4")]) +
  `</sheetData><pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/><drawing r:id="rId1"/><tableParts count="1"><tablePart r:id="rId2"/></tableParts></worksheet>`;

const pivotSheet =
  `${HEAD}<worksheet xmlns="${MAIN}" xmlns:r="${R}"><dimension ref="A3:B6"/><sheetViews><sheetView workbookViewId="0"/></sheetViews><sheetFormatPr defaultRowHeight="15"/><sheetData>` +
  row(3, [cell("A3", "Row Labels"), cell("B3", "Sum of Amount")]) +
  row(4, [cell("A4", "C001"), cell("B4", 1500.5)]) +
  row(5, [cell("A5", "C002"), cell("B5", 5000)]) +
  row(6, [cell("A6", "Grand Total"), cell("B6", 6500.5)]) +
  `</sheetData><pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/></worksheet>`;

const styles =
  `${HEAD}<styleSheet xmlns="${MAIN}"><numFmts count="1"><numFmt numFmtId="164" formatCode="yyyy\\-mm\\-dd"/></numFmts>` +
  `<fonts count="2"><font><sz val="11"/><color theme="1"/><name val="Calibri"/><family val="2"/><scheme val="minor"/></font><font><b/><sz val="11"/><color theme="1"/><name val="Calibri"/><family val="2"/><scheme val="minor"/></font></fonts>` +
  `<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>` +
  `<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>` +
  `<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>` +
  `<cellXfs count="3"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/><xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/></cellXfs>` +
  `<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles><dxfs count="0"/><tableStyles count="0" defaultTableStyle="TableStyleMedium2" defaultPivotStyle="PivotStyleLight16"/></styleSheet>`;

const workbook =
  `${HEAD}<workbook xmlns="${MAIN}" xmlns:r="${R}"><fileVersion appName="xl" lastEdited="7" lowestEdited="7" rupBuild="22228"/><workbookPr defaultThemeVersion="166925"/>` +
  `<bookViews><workbookView xWindow="0" yWindow="0" windowWidth="28800" windowHeight="12300" activeTab="0"/></bookViews>` +
  `<sheets><sheet name="Customers" sheetId="1" r:id="rId1"/><sheet name="Invoices" sheetId="2" r:id="rId2"/><sheet name="Pivot" sheetId="3" r:id="rId3"/></sheets>` +
  `<definedNames><definedName name="_xlnm.Print_Area" localSheetId="0">Customers!$A$1:$E$3</definedName><definedName name="CurrencyList">Customers!$D$2:$D$3</definedName><definedName name="OpenTotal" localSheetId="1">Invoices!$H$2:$H$4</definedName></definedNames>` +
  `<calcPr calcId="191029"/><pivotCaches><pivotCache cacheId="7" r:id="rId6"/></pivotCaches></workbook>`;

const comments =
  `${HEAD}<comments xmlns="${MAIN}"><authors><author>Clerk</author></authors><commentList><comment ref="B2" authorId="0"><text><r><t>Key account: call before sending reminders.</t></r></text></comment></commentList></comments>`;

const vml =
  `<xml xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:x="urn:schemas-microsoft-com:office:excel">` +
  `<o:shapelayout v:ext="edit"><o:idmap v:ext="edit" data="1"/></o:shapelayout><v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe"><v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>` +
  `<v:shape id="_x0000_s1025" type="#_x0000_t202" style="position:absolute;margin-left:120pt;margin-top:10pt;width:108pt;height:59.25pt;z-index:1;visibility:hidden" fillcolor="#ffffe1" o:insetmode="auto"><v:fill color2="#ffffe1"/><v:shadow on="t" color="black" obscured="t"/><v:path o:connecttype="none"/><v:textbox style="mso-direction-alt:auto"><div style="text-align:left"></div></v:textbox>` +
  `<x:ClientData ObjectType="Note"><x:MoveWithCells/><x:SizeWithCells/><x:Anchor>2, 15, 0, 10, 4, 15, 4, 4</x:Anchor><x:AutoFill>False</x:AutoFill><x:Row>1</x:Row><x:Column>1</x:Column></x:ClientData></v:shape></xml>`;

const XDR = 'xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"';
const anchor = (from: [number, number], to: [number, number], body: string) =>
  `<xdr:twoCellAnchor editAs="oneCell"><xdr:from><xdr:col>${from[0]}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${from[1]}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:from><xdr:to><xdr:col>${to[0]}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${to[1]}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:to>${body}<xdr:clientData/></xdr:twoCellAnchor>`;

const pictureDrawing =
  `${HEAD}<xdr:wsDr ${XDR}>` +
  anchor([6, 1], [8, 5], `<xdr:pic><xdr:nvPicPr><xdr:cNvPr id="2" name="Logo"/><xdr:cNvPicPr><a:picLocks noChangeAspect="1"/></xdr:cNvPicPr></xdr:nvPicPr><xdr:blipFill><a:blip xmlns:r="${R}" r:embed="rId1"/><a:stretch><a:fillRect/></a:stretch></xdr:blipFill><xdr:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="952500" cy="952500"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom></xdr:spPr></xdr:pic>`) +
  `</xdr:wsDr>`;

const chartDrawing =
  `${HEAD}<xdr:wsDr ${XDR}>` +
  anchor([9, 1], [16, 15], `<xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="2" name="Amounts"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr><xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm><a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/chart"><c:chart xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" xmlns:r="${R}" r:id="rId1"/></a:graphicData></a:graphic></xdr:graphicFrame>`) +
  `</xdr:wsDr>`;

const clerkChart =
  `${HEAD}<c:chartSpace xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:r="${R}"><c:chart><c:autoTitleDeleted val="1"/><c:plotArea><c:layout/>` +
  `<c:barChart><c:barDir val="bar"/><c:grouping val="clustered"/><c:varyColors val="0"/><c:ser><c:idx val="0"/><c:order val="0"/><c:cat><c:strRef><c:f>Invoices!$A$2:$A$4</c:f></c:strRef></c:cat><c:val><c:numRef><c:f>Invoices!$E$2:$E$4</c:f></c:numRef></c:val></c:ser><c:axId val="11"/><c:axId val="12"/></c:barChart>` +
  `<c:catAx><c:axId val="11"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="l"/><c:crossAx val="12"/></c:catAx><c:valAx><c:axId val="12"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="b"/><c:crossAx val="11"/></c:valAx></c:plotArea><c:plotVisOnly val="1"/></c:chart></c:chartSpace>`;

const table =
  `${HEAD}<table xmlns="${MAIN}" id="1" name="Invoices" displayName="Invoices" ref="A1:H4" totalsRowShown="0"><autoFilter ref="A1:H4"/><tableColumns count="8">` +
  ["InvoiceNo", "CustomerID", "InvoiceDate", "DueDate", "Amount", "Paid", "Currency", "Open"].map((n, i) => `<tableColumn id="${i + 1}" name="${n}"${n === "Open" ? "><calculatedColumnFormula>Invoices[[#This Row],[Amount]]-Invoices[[#This Row],[Paid]]</calculatedColumnFormula></tableColumn>" : "/>"}`).join("") +
  `</tableColumns><tableStyleInfo name="TableStyleMedium2" showFirstColumn="0" showLastColumn="0" showRowStripes="1" showColumnStripes="0"/></table>`;

const pivotCacheDefinition =
  `${HEAD}<pivotCacheDefinition xmlns="${MAIN}" xmlns:r="${R}" r:id="rId1" refreshedBy="Clerk" refreshedDate="46330.5" createdVersion="6" refreshedVersion="6" minRefreshableVersion="3" recordCount="3">` +
  `<cacheSource type="worksheet"><worksheetSource ref="A1:E4" sheet="Invoices"/></cacheSource><cacheFields count="2">` +
  `<cacheField name="CustomerID" numFmtId="0"><sharedItems count="2"><s v="C001"/><s v="C002"/></sharedItems></cacheField>` +
  `<cacheField name="Amount" numFmtId="0"><sharedItems containsSemiMixedTypes="0" containsString="0" containsNumber="1" minValue="300" maxValue="5000"/></cacheField></cacheFields></pivotCacheDefinition>`;

const pivotCacheRecords = `${HEAD}<pivotCacheRecords xmlns="${MAIN}" xmlns:r="${R}" count="3"><r><x v="0"/><n v="1200.5"/></r><r><x v="1"/><n v="5000"/></r><r><x v="0"/><n v="300"/></r></pivotCacheRecords>`;

const pivotTable =
  `${HEAD}<pivotTableDefinition xmlns="${MAIN}" name="PivotTable1" cacheId="7" applyNumberFormats="0" applyBorderFormats="0" applyFontFormats="0" applyPatternFormats="0" applyAlignmentFormats="0" applyWidthHeightFormats="1" dataCaption="Values" updatedVersion="6" minRefreshableVersion="3" useAutoFormatting="1" itemPrintTitles="1" createdVersion="6" indent="0" outline="1" outlineData="1" multipleFieldFilters="0">` +
  `<location ref="A3:B6" firstHeaderRow="1" firstDataRow="1" firstDataCol="1"/><pivotFields count="2"><pivotField axis="axisRow" showAll="0"><items count="3"><item x="0"/><item x="1"/><item t="default"/></items></pivotField><pivotField dataField="1" showAll="0"/></pivotFields>` +
  `<rowFields count="1"><field x="0"/></rowFields><rowItems count="3"><i><x/></i><i><x v="1"/></i><i t="grand"><x/></i></rowItems><colItems count="1"><i/></colItems>` +
  `<dataFields count="1"><dataField name="Sum of Amount" fld="1" baseField="0" baseItem="0"/></dataFields><pivotTableStyleInfo name="PivotStyleLight16" showRowHeaders="1" showColHeaders="1" showRowStripes="0" showColStripes="0" showLastColumn="1"/></pivotTableDefinition>`;

const calcChain = `${HEAD}<calcChain xmlns="${MAIN}"><c r="H2" i="2"/><c r="H3"/><c r="H4"/></calcChain>`;

const contentTypes =
  `${HEAD}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="png" ContentType="image/png"/><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Default Extension="vml" ContentType="${CT}.vmlDrawing"/>` +
  [
    ["/xl/workbook.xml", `${CT}.spreadsheetml.sheet.main+xml`],
    ["/xl/worksheets/sheet1.xml", `${CT}.spreadsheetml.worksheet+xml`],
    ["/xl/worksheets/sheet2.xml", `${CT}.spreadsheetml.worksheet+xml`],
    ["/xl/worksheets/sheet3.xml", `${CT}.spreadsheetml.worksheet+xml`],
    ["/xl/styles.xml", `${CT}.spreadsheetml.styles+xml`],
    ["/xl/sharedStrings.xml", `${CT}.spreadsheetml.sharedStrings+xml`],
    ["/xl/calcChain.xml", `${CT}.spreadsheetml.calcChain+xml`],
    ["/xl/comments1.xml", `${CT}.spreadsheetml.comments+xml`],
    ["/xl/drawings/drawing1.xml", `${CT}.drawing+xml`],
    ["/xl/drawings/drawing2.xml", `${CT}.drawing+xml`],
    ["/xl/charts/chart1.xml", `${CT}.drawingml.chart+xml`],
    ["/xl/tables/table1.xml", `${CT}.spreadsheetml.table+xml`],
    ["/xl/pivotTables/pivotTable1.xml", `${CT}.spreadsheetml.pivotTable+xml`],
    ["/xl/pivotCache/pivotCacheDefinition1.xml", `${CT}.spreadsheetml.pivotCacheDefinition+xml`],
    ["/xl/pivotCache/pivotCacheRecords1.xml", `${CT}.spreadsheetml.pivotCacheRecords+xml`],
    ["/docProps/core.xml", "application/vnd.openxmlformats-package.core-properties+xml"],
    ["/docProps/app.xml", `${CT}.extended-properties+xml`],
  ]
    .map(([part, type]) => `<Override PartName="${part}" ContentType="${type}"/>`)
    .join("") +
  `</Types>`;

/** The clerk's workbook as package parts (path → bytes), before zipping. */
export function clerkPackageParts(): Record<string, Uint8Array> {
  const text: Record<string, string> = {
    "[Content_Types].xml": contentTypes,
    "_rels/.rels": rels([["rId1", "officeDocument", "xl/workbook.xml"], ["rId2", "http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties", "docProps/core.xml"], ["rId3", "extended-properties", "docProps/app.xml"]]),
    "docProps/core.xml": `${HEAD}<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dc:creator>Clerk</dc:creator><dcterms:created xsi:type="dcterms:W3CDTF">2026-11-01T09:00:00Z</dcterms:created></cp:coreProperties>`,
    "docProps/app.xml": `${HEAD}<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"><Application>Microsoft Excel</Application></Properties>`,
    "xl/workbook.xml": workbook,
    "xl/_rels/workbook.xml.rels": rels([["rId1", "worksheet", "worksheets/sheet1.xml"], ["rId2", "worksheet", "worksheets/sheet2.xml"], ["rId3", "worksheet", "worksheets/sheet3.xml"], ["rId4", "styles", "styles.xml"], ["rId5", "sharedStrings", "sharedStrings.xml"], ["rId6", "pivotCacheDefinition", "pivotCache/pivotCacheDefinition1.xml"], ["rId7", "calcChain", "calcChain.xml"]]),
    "xl/styles.xml": styles,
    "xl/sharedStrings.xml": `${HEAD}<sst xmlns="${MAIN}" count="${STRINGS.length}" uniqueCount="${STRINGS.length}">${STRINGS.map((t) => `<si><t>${t}</t></si>`).join("")}</sst>`,
    "xl/calcChain.xml": calcChain,
    "xl/worksheets/sheet1.xml": customersSheet,
    "xl/worksheets/_rels/sheet1.xml.rels": rels([["rId1", "comments", "../comments1.xml"], ["rId2", "drawing", "../drawings/drawing1.xml"], ["rId3", "vmlDrawing", "../drawings/vmlDrawing1.vml"]]),
    "xl/worksheets/sheet2.xml": invoicesSheet,
    "xl/worksheets/_rels/sheet2.xml.rels": rels([["rId1", "drawing", "../drawings/drawing2.xml"], ["rId2", "table", "../tables/table1.xml"]]),
    "xl/worksheets/sheet3.xml": pivotSheet,
    "xl/worksheets/_rels/sheet3.xml.rels": rels([["rId1", "pivotTable", "../pivotTables/pivotTable1.xml"]]),
    "xl/comments1.xml": comments,
    "xl/drawings/vmlDrawing1.vml": vml,
    "xl/drawings/drawing1.xml": pictureDrawing,
    "xl/drawings/_rels/drawing1.xml.rels": rels([["rId1", "image", "../media/image1.png"]]),
    "xl/drawings/drawing2.xml": chartDrawing,
    "xl/drawings/_rels/drawing2.xml.rels": rels([["rId1", "chart", "../charts/chart1.xml"]]),
    "xl/charts/chart1.xml": clerkChart,
    "xl/tables/table1.xml": table,
    "xl/pivotTables/pivotTable1.xml": pivotTable,
    "xl/pivotTables/_rels/pivotTable1.xml.rels": rels([["rId1", "pivotCacheDefinition", "../pivotCache/pivotCacheDefinition1.xml"]]),
    "xl/pivotCache/pivotCacheDefinition1.xml": pivotCacheDefinition,
    "xl/pivotCache/_rels/pivotCacheDefinition1.xml.rels": rels([["rId1", "pivotCacheRecords", "pivotCacheRecords1.xml"]]),
    "xl/pivotCache/pivotCacheRecords1.xml": pivotCacheRecords,
  };
  const parts: Record<string, Uint8Array> = {};
  for (const [path, xml] of Object.entries(text)) parts[path] = strToU8(xml);
  parts["xl/media/image1.png"] = PNG;
  return parts;
}

/** The clerk's workbook as .xlsx bytes. */
export function clerkPackage(): Uint8Array {
  return zipSync(clerkPackageParts(), { level: 6 });
}
