import type ExcelJS from "exceljs";
import { strToU8, zipSync } from "fflate";
import { detectTables, rebaseHeader } from "../../../../src/workbook/schema";
import { readXlsx, WorkbookReadError } from "../../../../src/workbook/xlsx/read";
import { excelJsBytes } from "../../_fixtures/excelJsWorkbook";
import { handmadeXlsx, sheetXml } from "../../_fixtures/handmadeXlsx";

describe("readXlsx", () => {
  it("reads a plain sheet into one block with headers and rows", async () => {
    const bytes = await excelJsBytes((wb) => {
      const ws = wb.addWorksheet("Customers");
      ws.addRow(["CustomerID", "Name", "CreditLimit"]);
      ws.addRow(["C1", "Acme", 5000]);
      ws.addRow(["C2", "Beta", null]);
    });
    const { blocks, sheets } = readXlsx(bytes);
    expect(sheets).toEqual([{ name: "Customers", state: "visible" }]);
    expect(blocks).toEqual([
      { sheet: "Customers", headerRow: 1, firstColumn: 1, headers: ["CustomerID", "Name", "CreditLimit"], rows: [["C1", "Acme", 5000], ["C2", "Beta", null]] },
    ]);
  });

  it("reads Chinese headers and values through shared strings", async () => {
    const bytes = await excelJsBytes((wb) => {
      const ws = wb.addWorksheet("发票");
      ws.addRow(["发票号", "客户编号", "开票日期", "到期日", "金额"]);
      ws.addRow(["FP-001", "KH-01", 45961, 45991, 1234.5]);
    });
    const [block] = readXlsx(bytes).blocks;
    expect(block.sheet).toBe("发票");
    expect(block.headers).toEqual(["发票号", "客户编号", "开票日期", "到期日", "金额"]);
    expect(block.rows).toEqual([["FP-001", "KH-01", 45961, 45991, 1234.5]]);
  });

  it("gives a plain range its first non-empty row as header; detection re-cuts it below the title", async () => {
    const bytes = await excelJsBytes((wb) => {
      const ws = wb.addWorksheet("Sheet1");
      ws.getCell("A1").value = "Accounts receivable ledger, October 2026";
      ws.getCell("A2").value = "Printed by the clerk";
      ws.getCell("B4").value = "Invoice No";
      ws.getCell("C4").value = "Customer ID";
      ws.getCell("D4").value = "Invoice Date";
      ws.getCell("E4").value = "Amount";
      ws.getRow(5).values = [undefined, "INV-1", "C1", 45961, 100] as ExcelJS.CellValue[];
      ws.getRow(6).values = [undefined, "INV-2", "C2", 45962, 200] as ExcelJS.CellValue[];
    });
    const [block] = readXlsx(bytes).blocks;
    expect(block.headerRow).toBe(1);
    expect(block.headers).toEqual(["Accounts receivable ledger, October 2026", "", "", "", ""]);
    const rebased = rebaseHeader(block);
    expect(rebased.headerRow).toBe(4);
    expect(rebased.firstColumn).toBe(1);
    expect(rebased.headers).toEqual(["", "Invoice No", "Customer ID", "Invoice Date", "Amount"]);
    expect(rebased.rows).toEqual([
      [null, "INV-1", "C1", 45961, 100],
      [null, "INV-2", "C2", 45962, 200],
    ]);
    expect(detectTables([block]).invoices?.block).toEqual(rebased);
  });

  it("reads Excel tables as blocks with their table names, and the rest of the sheet apart", async () => {
    const bytes = await excelJsBytes((wb) => {
      const ws = wb.addWorksheet("Data");
      ws.getCell("A1").value = "Ledger";
      ws.addTable({
        name: "Invoices",
        ref: "B3",
        headerRow: true,
        columns: [{ name: "InvoiceNo" }, { name: "CustomerID" }, { name: "Amount" }],
        rows: [["I1", "C1", 10], ["I2", "C1", 20]],
      });
      ws.addTable({
        name: "客户",
        ref: "G3",
        headerRow: true,
        totalsRow: true,
        columns: [{ name: "客户编号", totalsRowLabel: "合计" }, { name: "客户名称" }, { name: "信用额度", totalsRowFunction: "sum" }],
        rows: [["K1", "甲公司", 100]],
      });
    });
    const { blocks } = readXlsx(bytes);
    expect(blocks.map((b) => b.tableName)).toEqual(["Invoices", "客户"]);
    expect(blocks[0]).toEqual({ tableName: "Invoices", sheet: "Data", headerRow: 3, firstColumn: 2, headers: ["InvoiceNo", "CustomerID", "Amount"], rows: [["I1", "C1", 10], ["I2", "C1", 20]] });
    // the totals row is not data
    expect(blocks[1].rows).toEqual([["K1", "甲公司", 100]]);
    expect(blocks[1].firstColumn).toBe(7);
  });

  it("reads rich text, entities and Excel's _xHHHH_ escapes", async () => {
    const bytes = await excelJsBytes((wb) => {
      const ws = wb.addWorksheet("S");
      ws.addRow(["Name", "Note"]);
      ws.addRow([{ richText: [{ text: "Acme ", font: { bold: true } }, { text: "& Sons <Ltd> \"quoted\" 'x'" }] }, "line1\r\nline2"]);
    });
    const [block] = readXlsx(bytes).blocks;
    expect(block.rows[0][0]).toBe("Acme & Sons <Ltd> \"quoted\" 'x'");
    expect(block.rows[0][1]).toBe("line1\r\nline2");
  });

  it("reads formula text such as =HYPERLINK written as a string as text", async () => {
    const bytes = await excelJsBytes((wb) => {
      const ws = wb.addWorksheet("S");
      ws.addRow(["Name"]);
      ws.addRow(['=HYPERLINK("http://x","y")']);
      ws.addRow(["+SUM(1)"]);
    });
    expect(readXlsx(bytes).blocks[0].rows).toEqual([['=HYPERLINK("http://x","y")'], ["+SUM(1)"]]);
  });

  it("reads cached formula results, booleans and errors", async () => {
    const bytes = await excelJsBytes((wb) => {
      const ws = wb.addWorksheet("S");
      ws.addRow(["A", "B", "C", "D"]);
      ws.addRow([{ formula: "1+1", result: 2 }, { formula: "\"x\"&\"y\"", result: "xy" }, true, { error: "#N/A" }]);
    });
    expect(readXlsx(bytes).blocks[0].rows).toEqual([[2, "xy", true, "#N/A"]]);
  });

  it("reports hidden sheets and defined names", async () => {
    const bytes = await excelJsBytes((wb) => {
      wb.addWorksheet("Shown").getCell("A1").value = "x";
      const hidden = wb.addWorksheet("Secret", { state: "hidden" });
      hidden.getCell("A1").value = "y";
      wb.definedNames.add("'Shown'!$A$1", "_ARDesk_index_1");
    });
    const content = readXlsx(bytes);
    expect(content.sheets).toEqual([
      { name: "Shown", state: "visible" },
      { name: "Secret", state: "hidden" },
    ]);
    // ExcelJS drops the quotes it does not need
    expect(content.definedNames).toContainEqual({ name: "_ARDesk_index_1", reference: "Shown!$A$1" });
  });

  it("gives an empty sheet no block and a header-only sheet a block without rows", async () => {
    const bytes = await excelJsBytes((wb) => {
      wb.addWorksheet("Empty");
      wb.addWorksheet("Payments").addRow(["Date", "CustomerID", "Amount"]);
    });
    expect(readXlsx(bytes).blocks).toEqual([{ sheet: "Payments", headerRow: 1, firstColumn: 1, headers: ["Date", "CustomerID", "Amount"], rows: [] }]);
  });

  describe("hand-written parts", () => {
    it("follows cells and rows without r attributes", () => {
      const xml = sheetXml(
        `<row><c t="inlineStr"><is><t>A</t></is></c><c t="inlineStr"><is><t>B</t></is></c></row>` +
          `<row><c><v>1</v></c><c/><c><v>3</v></c></row>` +
          `<row r="5"><c r="B5"><v>7</v></c><c><v>8</v></c></row>`,
      );
      const [block] = readXlsx(handmadeXlsx([{ name: "S", xml }])).blocks;
      expect(block.headers).toEqual(["A", "B", ""]);
      expect(block.rows).toEqual([[1, null, 3], [null, null, null], [null, null, null], [null, 7, 8]]);
    });

    it("reads prefixed elements, phonetic runs, t=d, t=str, t=b, t=e, empty v", () => {
      const xml =
        `<x:worksheet xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><x:sheetData>` +
        `<x:row r="1"><x:c r="A1" t="s"><x:v>0</x:v></x:c><x:c r="B1" t="s"><x:v>1</x:v></x:c><x:c r="C1" t="s"><x:v>2</x:v></x:c></x:row>` +
        `<x:row r="2"><x:c r="A2" t="d"><x:v>2025-10-31T00:00:00</x:v></x:c><x:c r="B2" t="str"><x:f>A1</x:f><x:v>a &amp;amp; b</x:v></x:c><x:c r="C2" t="b"><x:v>0</x:v></x:c><x:c r="D2" t="e"><x:v>#DIV/0!</x:v></x:c><x:c r="E2"><x:v></x:v></x:c></x:row>` +
        `</x:sheetData></x:worksheet>`;
      const sst =
        `<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">` +
        `<si><r><rPr><b/></rPr><t>東京</t></r><rPh sb="0" eb="2"><t>トウキョウ</t></rPh></si>` +
        `<si><t xml:space="preserve"> Due date </t></si>` +
        `<si><t>&#x4E2D;&#25991; &lt;ok&gt;</t></si></sst>`;
      const [block] = readXlsx(handmadeXlsx([{ name: "S", xml }], sst)).blocks;
      expect(block.headers).toEqual(["東京", "Due date", "中文 <ok>", ""]);
      // E2 has an empty <v>: no cell, so the block is 4 wide
      expect(block.rows).toEqual([[45961, "a &amp; b", false, "#DIV/0!"]]);
    });

    it("reads a headerless table with its column names", () => {
      const xml = sheetXml(`<row r="2"><c r="A2" t="inlineStr"><is><t>C1</t></is></c><c r="B2"><v>5</v></c></row>`);
      const table = `<table xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" id="1" name="T" displayName="Payments" ref="A2:B2" headerRowCount="0"><tableColumns count="2"><tableColumn id="1" name="CustomerID"/><tableColumn id="2" name="Amount_x000a_USD"/></tableColumns></table>`;
      const [block] = readXlsx(handmadeXlsx([{ name: "S", xml, tables: [table] }])).blocks;
      expect(block).toEqual({ tableName: "Payments", sheet: "S", headerRow: 1, firstColumn: 1, headers: ["CustomerID", "Amount\nUSD"], rows: [["C1", 5]] });
    });

    it("reads only the sheets asked for", () => {
      const a = sheetXml(`<row r="1"><c r="A1"><v>1</v></c></row>`);
      const content = readXlsx(handmadeXlsx([{ name: "A", xml: a }, { name: "B", xml: a }]), { sheets: ["B"] });
      expect(content.blocks.map((b) => b.sheet)).toEqual(["B"]);
    });
  });

  describe("edge cases: bad files", () => {
    const messageOf = (bytes: Uint8Array) => {
      try {
        readXlsx(bytes, { fileName: "ledger.xlsx" });
      } catch (e) {
        expect(e).toBeInstanceOf(WorkbookReadError);
        return (e as Error).message;
      }
      throw new Error("no error");
    };

    it("rejects a file that is not a ZIP", () => {
      expect(messageOf(strToU8("CustomerID,Name\nC1,Acme\n"))).toMatchInlineSnapshot(`"Cannot read "ledger.xlsx": it is a text file (CSV or similar), not a workbook; open it in Excel and save it as an Excel Workbook (.xlsx)"`);
    });

    it("rejects an encrypted or .xls file", () => {
      expect(messageOf(new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]))).toMatchInlineSnapshot(`"Cannot read "ledger.xlsx": it is an Excel 97-2003 workbook (.xls) or another old Office file; open it in Excel and save it as an Excel Workbook (.xlsx)"`);
    });

    it("rejects a ZIP that is not a workbook", () => {
      expect(messageOf(zipSync({ "word/document.xml": strToU8("<w/>") }))).toMatchInlineSnapshot(`"Cannot read "ledger.xlsx": it is a Word document, not a workbook"`);
    });

    it("rejects a truncated file", async () => {
      const bytes = await excelJsBytes((wb) => wb.addWorksheet("S").addRow(["a"]));
      const message = messageOf(bytes.slice(0, Math.floor(bytes.length / 2)));
      expect(message).toMatch(/^Cannot read "ledger.xlsx": the file is damaged/);
    });

    it("rejects a sheet cut short", () => {
      const bad = `<worksheet><sheetData><row r="1"><c r="A1"><v>1</v></c></row>`;
      expect(messageOf(handmadeXlsx([{ name: "S", xml: bad }]))).toMatchInlineSnapshot(
        `"Cannot read "ledger.xlsx": sheet "S" is damaged (sheet data is cut short (missing </sheetData>))"`,
      );
    });
  });
});
