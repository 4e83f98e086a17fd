/**
 * AR Desk's sheets written into a clerk's workbook that holds a chart, a pivot table and cache,
 * an image, data validation, defined names, comments, a table and a calc chain: compared part by
 * part before and after, re-run, and read back by ExcelJS and by AR Desk's reader.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import * as path from "node:path";
import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";
import type { SheetSpec } from "../../../../src/workbook/spec";
import { contentOf, XlsxWorkbook } from "../../../../src/workbook/xlsx/xlsxWorkbook";
import { zipEntries } from "../../../../src/workbook/xlsx/read/zipDirectory";
import { loadWithExcelJs } from "../../_fixtures/excelJsWorkbook";
import { clerkPackage, clerkPackageParts } from "../../_fixtures/clerkPackage";
import { schemaOrderProblems } from "../../_fixtures/schemaOrder";
import { handmadeXlsx, sheetXml } from "../../_fixtures/handmadeXlsx";

type Files = Record<string, Uint8Array>;
const text = (files: Files, path: string) => strFromU8(files[path]);

/** The shared parts that must change to list new sheets; every other clerk part keeps its bytes. */
const SHARED = ["[Content_Types].xml", "xl/workbook.xml", "xl/_rels/workbook.xml.rels", "xl/styles.xml"];

function summary(run: string): SheetSpec {
  return {
    name: "AR Summary",
    role: "summary",
    cells: [
      { row: 1, col: 1, value: `AR Summary ${run}`, style: { bold: true, size: 14, fill: "DDEBF7" } },
      { row: 3, col: 2, value: "Current" },
      { row: 3, col: 3, value: "1-30" },
      { row: 4, col: 1, value: "USD" },
      { row: 4, col: 2, value: 1000.5, style: { numberFormat: "#,##0.00;[Red]-#,##0.00" } },
      { row: 4, col: 3, value: run === "first" ? 300 : 0, style: { numberFormat: "#,##0.00;[Red]-#,##0.00" } },
      { row: 5, col: 1, value: "=cmd|' /C calc'!A0" },
      { row: 6, col: 1, value: { date: 20392 } },
      { row: 7, col: 1, value: "Back to Customers", link: "#'Customers'!A1" },
    ],
    tables: [{ name: "Invoices", top: 10, left: 1, headers: ["Customer", "Open"], rowCount: 1 }],
    charts: [{ kind: "column", title: "Aging USD", categoriesRange: "B3:C3", valuesRange: "B4:C4", seriesName: "USD", top: 12, left: 1, widthCols: 6, heightRows: 10 }],
    print: { area: "A1:F30", repeatRows: [3, 3] },
  };
}

const statement: SheetSpec = {
  name: "Customers", // a clerk's sheet has this name: AR Desk must write under another
  role: "statement",
  cells: [{ row: 1, col: 1, value: "Statement C001", style: { italic: true } }, { row: 2, col: 1, value: "pay@acme.example", link: "mailto:pay@acme.example" }],
};

/** Part paths reachable from the package root through relationships. */
function reachable(files: Files): Set<string> {
  const seen = new Set<string>();
  const visit = (relsPath: string, baseDir: string) => {
    if (!files[relsPath]) return;
    for (const m of text(files, relsPath).matchAll(/<Relationship\b[^>]*>/g)) {
      if (/TargetMode="External"/.test(m[0])) continue;
      const target = /Target="([^"]+)"/.exec(m[0])![1];
      const parts = (target.startsWith("/") ? target.slice(1) : baseDir + target).split("/");
      const out: string[] = [];
      for (const p of parts) (p === ".." ? out.pop() : out.push(p));
      const path = out.join("/");
      if (seen.has(path)) continue;
      seen.add(path);
      const slash = path.lastIndexOf("/");
      visit(`${path.slice(0, slash + 1)}_rels/${path.slice(slash + 1)}.rels`, path.slice(0, slash + 1));
    }
  };
  visit("_rels/.rels", "");
  return seen;
}

/** Content types: every override names an existing part, every part has a type. */
function contentTypeProblems(files: Files): string[] {
  const types = text(files, "[Content_Types].xml");
  const overrides = [...types.matchAll(/<Override PartName="\/([^"]+)"/g)].map((m) => m[1]);
  const defaults = [...types.matchAll(/<Default Extension="([^"]+)"/g)].map((m) => m[1].toLowerCase());
  const problems = overrides.filter((p) => !files[p]).map((p) => `override for missing ${p}`);
  for (const path of Object.keys(files)) {
    if (path.endsWith("/") || path === "[Content_Types].xml") continue;
    const ext = path.slice(path.lastIndexOf(".") + 1).toLowerCase();
    if (!overrides.includes(path) && !defaults.includes(ext)) problems.push(`no content type for ${path}`);
    if (ext === "xml" && !overrides.includes(path)) problems.push(`${path} typed only as application/xml`);
  }
  return problems;
}

describe("writing AR Desk's sheets into the clerk's own package", () => {
  const before = clerkPackageParts();
  let first: Files;
  let second: Files;
  let firstNames: string[];
  let secondNames: string[];
  let firstBytes: Uint8Array;
  let secondBytes: Uint8Array;

  beforeAll(async () => {
    const port = new XlsxWorkbook(clerkPackage(), { fileName: "clerk.xlsx" });
    firstNames = await port.writeSheets([statement, summary("first")]);
    firstBytes = port.toBytes();
    first = unzipSync(firstBytes);
    secondNames = await port.writeSheets([summary("second")]);
    secondBytes = port.toBytes();
    second = unzipSync(secondBytes);
    // For a look in real Excel (see clerkPackage.ts).
    const dir = process.env.AR_DESK_WRITE_FIXTURES;
    if (dir) {
      mkdirSync(dir, { recursive: true });
      writeFileSync(path.join(dir, "clerk.xlsx"), clerkPackage());
      writeFileSync(path.join(dir, "clerk-run1.xlsx"), firstBytes);
      writeFileSync(path.join(dir, "clerk-run2.xlsx"), secondBytes);
    }
  });

  it("keeps every clerk part, byte for byte, except the shared parts that list sheets", () => {
    for (const after of [first, second]) {
      for (const path of Object.keys(before)) {
        expect(after[path]).toBeDefined();
        if (!SHARED.includes(path)) expect({ path, same: Buffer.from(after[path]).equals(Buffer.from(before[path])) }).toEqual({ path, same: true });
      }
    }
  });

  it("copies the clerk's unchanged parts still compressed, without inflating them", () => {
    const zipped = clerkPackage();
    const raw = (zip: Uint8Array, name: string) => {
      const e = zipEntries(zip).get(name)!;
      const h = e.localHeaderOffset;
      const start = h + 30 + (zip[h + 26] | (zip[h + 27] << 8)) + (zip[h + 28] | (zip[h + 29] << 8));
      return Buffer.from(zip.subarray(start, start + e.compressedSize));
    };
    for (const part of ["xl/worksheets/sheet2.xml", "xl/sharedStrings.xml", "xl/media/image1.png", "xl/pivotCache/pivotCacheRecords1.xml", "xl/charts/chart1.xml"]) {
      expect({ part, same: raw(secondBytes, part).equals(raw(zipped, part)) }).toEqual({ part, same: true });
    }
  });

  it("lists the new parts consistently in [Content_Types].xml, workbook.xml and its rels", () => {
    for (const after of [first, second]) {
      expect(contentTypeProblems(after)).toEqual([]);
      const workbook = text(after, "xl/workbook.xml");
      const rels = text(after, "xl/_rels/workbook.xml.rels");
      const entries = [...workbook.matchAll(/<sheet name="([^"]*)" sheetId="(\d+)" r:id="([^"]+)"\/>/g)].map((m) => ({ name: m[1], sheetId: m[2], relId: m[3] }));
      expect(entries.slice(0, 3)).toEqual([
        { name: "Customers", sheetId: "1", relId: "rId1" },
        { name: "Invoices", sheetId: "2", relId: "rId2" },
        { name: "Pivot", sheetId: "3", relId: "rId3" },
      ]);
      expect(new Set(entries.map((e) => e.sheetId)).size).toBe(entries.length);
      for (const e of entries) {
        const rel = new RegExp(`<Relationship Id="${e.relId}" Type="[^"]*/worksheet" Target="([^"]+)"/>`).exec(rels);
        expect(rel).not.toBeNull();
        expect(after[`xl/${rel![1]}`]).toBeDefined();
      }
      // The clerk's names, with their scope, are all still there; pivot caches untouched.
      for (const name of ['<definedName name="_xlnm.Print_Area" localSheetId="0">Customers!$A$1:$E$3</definedName>', '<definedName name="CurrencyList">Customers!$D$2:$D$3</definedName>', '<definedName name="OpenTotal" localSheetId="1">Invoices!$H$2:$H$4</definedName>']) {
        expect(workbook).toContain(name);
      }
      expect(workbook).toContain('<pivotCaches><pivotCache cacheId="7" r:id="rId6"/></pivotCaches>');
      expect(schemaOrderProblems(workbook)).toEqual([]);
      expect(schemaOrderProblems(text(after, "xl/styles.xml"))).toEqual([]);
    }
    expect(firstNames[0]).not.toBe("Customers");
    expect(firstNames[1]).toBe("AR Summary");
  });

  it("leaves no part behind that nothing points to (the replaced summary's table, drawing, chart are gone)", () => {
    for (const after of [first, second]) {
      const live = reachable(after);
      const orphans = Object.keys(after).filter((p) => !p.endsWith("/") && !p.endsWith(".rels") && p !== "[Content_Types].xml" && !live.has(p));
      expect(orphans).toEqual([]);
    }
    const charts = (files: Files) => Object.keys(files).filter((p) => p.startsWith("xl/charts/")).sort();
    expect(charts(first)).toEqual(["xl/charts/chart1.xml", "xl/charts/chart2.xml"]);
    expect(charts(second)).toEqual(["xl/charts/chart1.xml", "xl/charts/chart2.xml"]);
    // The clerk's chart is chart1; ours charts the summary's own ranges.
    expect([...text(second, "xl/charts/chart2.xml").matchAll(/<c:f>([^<]*)<\/c:f>/g)].map((m) => m[1])).toEqual(["'AR Summary'!$B$3:$C$3", "'AR Summary'!$B$4:$C$4"]);
    expect(text(second, "xl/charts/chart2.xml")).toContain('<c:pt idx="1"><c:v>0</c:v></c:pt>');
  });

  it("keeps the clerk's styles first, in place, and does not grow them on a re-run", () => {
    const xfs = (files: Files) => /<cellXfs[^>]*>([\s\S]*?)<\/cellXfs>/.exec(text(files, "xl/styles.xml"))![1];
    const clerkXfs = xfs(before);
    expect(xfs(first).startsWith(clerkXfs)).toBe(true);
    expect(xfs(first).length).toBeGreaterThan(clerkXfs.length);
    expect(text(second, "xl/styles.xml")).toBe(text(first, "xl/styles.xml"));
    const count = Number(/<cellXfs count="(\d+)"/.exec(text(first, "xl/styles.xml"))![1]);
    expect(count).toBe((xfs(first).match(/<xf\b/g) ?? []).length);
  });

  it("replaces its own sheet in place on a re-run: same tab, same sheet id, one marker, one print area", () => {
    const entry = (files: Files) => /<sheet name="AR Summary" sheetId="(\d+)" r:id="([^"]+)"\/>/.exec(text(files, "xl/workbook.xml"))!;
    expect(entry(second)[1]).toBe(entry(first)[1]);
    expect(secondNames).toEqual(["AR Summary"]);
    const workbook = text(second, "xl/workbook.xml");
    const summaryIndex = [...workbook.matchAll(/<sheet name="([^"]*)"/g)].map((m) => m[1]).indexOf("AR Summary");
    expect(workbook.match(/_ARDesk_summary_\d+/g)).toHaveLength(1);
    expect(workbook.match(new RegExp(`_xlnm.Print_Area" localSheetId="${summaryIndex}"`, "g"))).toHaveLength(1);
    expect(workbook.match(new RegExp(`_xlnm.Print_Titles" localSheetId="${summaryIndex}"`, "g"))).toHaveLength(1);
    // The statement written by the first run is still marked.
    expect(contentOf(secondBytes).generated.map((g) => g.sheet).sort()).toEqual([firstNames[0], "AR Summary"].sort());
  });

  it("names the new table apart from the clerk's Invoices table, with a fresh id", () => {
    const tables = Object.keys(second).filter((p) => /^xl\/tables\/table\d+\.xml$/.test(p));
    const heads = tables.map((p) => ({ id: /\sid="(\d+)"/.exec(text(second, p))![1], name: /\sdisplayName="([^"]+)"/.exec(text(second, p))![1] }));
    expect(heads.map((h) => h.name).sort()).toEqual(["Invoices", "Invoices_2"]);
    expect(new Set(heads.map((h) => h.id)).size).toBe(2);
  });

  it("reads back with AR Desk's reader: the clerk's ledger as before, the new sheets as written", () => {
    const original = contentOf(clerkPackage());
    const after = contentOf(secondBytes);
    const ledger = (c: typeof original) => c.blocks.filter((b) => b.sheet === "Customers" || b.sheet === "Invoices");
    expect(ledger(after)).toEqual(ledger(original));
    expect(after.sheets.map((s) => s.name)).toEqual(["Customers", "Invoices", "Pivot", firstNames[0], "AR Summary"]);
  });

  it("reads back with ExcelJS: values, text kept as text, dates, styles, the clerk's note and validation", async () => {
    const wb = await loadWithExcelJs(secondBytes);
    const ws = wb.getWorksheet("AR Summary")!;
    expect(ws.getCell("A1").value).toBe("AR Summary second");
    expect(ws.getCell("A1").font).toMatchObject({ bold: true, size: 14 });
    expect(ws.getCell("B4").value).toBe(1000.5);
    expect(ws.getCell("B4").numFmt).toBe("#,##0.00;[Red]-#,##0.00");
    expect(ws.getCell("A5").value).toBe("=cmd|' /C calc'!A0");
    expect(ws.getCell("A5").formula).toBeFalsy();
    expect((ws.getCell("A6").value as Date).toISOString()).toBe("2025-10-31T00:00:00.000Z");
    const statementSheet = wb.getWorksheet(firstNames[0])!;
    expect(statementSheet.getCell("A1").font).toMatchObject({ italic: true });
    expect(statementSheet.getCell("A2").hyperlink).toBe("mailto:pay@acme.example");
    const customers = wb.getWorksheet("Customers")!;
    expect(JSON.stringify(customers.getCell("B2").note)).toContain("Key account");
    expect(customers.getCell("B3").value).toBe("上海贸易有限公司");
    expect(customers.getCell("D50").dataValidation).toMatchObject({ type: "list", formulae: ['"USD,CNY"'] });
  });

  it("drops the calc chain entries of a replaced sheet and keeps the clerk's", async () => {
    // As Excel would save it after computing a formula on AR Desk's summary sheet.
    const files = unzipSync(firstBytes);
    const summaryId = /<sheet name="AR Summary" sheetId="(\d+)"/.exec(text(files, "xl/workbook.xml"))![1];
    files["xl/calcChain.xml"] = strToU8(text(files, "xl/calcChain.xml").replace("</calcChain>", `<c r="B9" i="${summaryId}"/><c r="B10"/></calcChain>`));
    const port = new XlsxWorkbook(zipSync(files), { fileName: "clerk.xlsx" });
    await port.writeSheets([summary("third")]);
    expect(strFromU8(unzipSync(port.toBytes())["xl/calcChain.xml"])).toBe(text(before, "xl/calcChain.xml"));
    // A chain whose first entries belong to the replaced sheet: the next one names its sheet.
    files["xl/calcChain.xml"] = strToU8(`<calcChain xmlns="x"><c r="B9" i="${summaryId}"/><c r="B10"/><c r="H2" i="2"/><c r="H3"/></calcChain>`);
    const port2 = new XlsxWorkbook(zipSync(files), { fileName: "clerk.xlsx" });
    await port2.writeSheets([summary("third")]);
    expect(strFromU8(unzipSync(port2.toBytes())["xl/calcChain.xml"])).toBe('<calcChain xmlns="x"><c r="H2" i="2"/><c r="H3"/></calcChain>');
  });
});

describe("a bare package (no styles part, empty content types, no calc chain)", () => {
  it("gains a styles part of its own and reads back with ExcelJS and AR Desk's reader", async () => {
    const bare = handmadeXlsx([{ name: "Ledger", xml: sheetXml('<row r="1"><c r="A1" t="inlineStr"><is><t>Invoice</t></is></c></row>') }]);
    const port = new XlsxWorkbook(bare, { fileName: "bare.xlsx" });
    await port.writeSheets([summary("first")]);
    const files = unzipSync(port.toBytes());
    expect(contentTypeProblems(files).filter((p) => !p.includes("xl/workbook.xml") && !p.includes("worksheets/sheet1.xml"))).toEqual([]);
    expect(text(files, "xl/_rels/workbook.xml.rels")).toMatch(/\/styles" Target="styles.xml"/);
    expect(Buffer.from(files["xl/worksheets/sheet1.xml"]).equals(Buffer.from(unzipSync(bare)["xl/worksheets/sheet1.xml"]))).toBe(true);
    const wb = await loadWithExcelJs(port.toBytes());
    expect(wb.getWorksheet("AR Summary")!.getCell("A1").font).toMatchObject({ bold: true });
    expect(contentOf(port.toBytes()).generated.map((g) => g.sheet)).toEqual(["AR Summary"]);
  });
});

test("sheet names with $& and $' stay as they are, also when replaced in place", async () => {
  const name = "Cash $' & $& Co";
  const port = new XlsxWorkbook(clerkPackage(), { fileName: "clerk.xlsx" });
  const spec = (run: string): SheetSpec => ({ name, role: "statement", cells: [{ row: 1, col: 1, value: run }], print: { area: "A1:B2" } });
  expect(await port.writeSheets([spec("one")])).toEqual([name]);
  expect(await port.writeSheets([spec("two")])).toEqual([name]);
  const content = contentOf(port.toBytes());
  expect(content.sheets.map((s) => s.name)).toEqual(["Customers", "Invoices", "Pivot", name]);
  expect(content.generated.map((g) => g.sheet)).toEqual([name]);
  const wb = await loadWithExcelJs(port.toBytes());
  expect(wb.getWorksheet(name)!.getCell("A1").value).toBe("two");
});
