import { readFileSync } from "node:fs";
import * as path from "node:path";
import { readXls, xlsSheets } from "../../../src/workbook/xls";
import { readXlsx } from "../../../src/workbook/xlsx/read/readXlsx";
import { readErrorText } from "../../../src/workbook/xlsx/read/readReasons";
import { refusal } from "../_fixtures/refusal";
import { CompoundFile } from "../../../src/workbook/xls/compoundFile";
import { RecordReader } from "../../../src/workbook/xls/biffRecords";
import { xlsFile, type CellSpec } from "./_lib/xlsWriter";

const fixture = (name: string) => new Uint8Array(readFileSync(path.join(__dirname, "_fixtures", name)));


describe("readXls", () => {
  describe("files LibreOffice saved as Excel 97-2003, against the .xlsx they were saved from", () => {
    it.each(["english", "chinese", "long-strings", "date-1904", "ledger"])("reads %s.xls into the blocks the .xlsx reader reads", (name) => {
      const xls = readXls(fixture(`${name}.xls`), { fileName: `${name}.xls` });
      const xlsx = readXlsx(fixture(`${name}.xlsx`), { fileName: `${name}.xlsx` });
      expect(xls.blocks).toEqual(xlsx.blocks);
      expect(xls.sheets).toEqual(xlsx.sheets);
      expect(xls.date1904).toBe(xlsx.date1904);
      expect(xls.blocks.length).toBeGreaterThan(0);
    });

    it("reads the merged title, the dates as serials, the formulas' cached results and the hidden sheet", () => {
      const { blocks, sheets } = readXls(fixture("english.xls"));
      const invoices = blocks.find((b) => b.sheet === "Invoices")!;
      expect(invoices.headers[0]).toBe("Acme Ltd - Receivables at 31 October 2026");
      expect(invoices.merges).toEqual([{ row: 1, col: 1, rows: 1, cols: 6 }]);
      expect(invoices.rows[2].slice(0, 6)).toEqual(["INV-1001", "C001", 46235, 46265, 1200.5, false]);
      expect(invoices.rows[8].slice(4, 8)).toEqual([1236603.24, null, "#DIV/0!", true]);
      expect(sheets.find((s) => s.name === "Notes")?.state).toBe("hidden");
    });

    it("reads shared strings split across CONTINUE records, Latin and Chinese", () => {
      // (the fixture must keep needing them: its shared strings are longer than one record)
      const stream = new CompoundFile(fixture("long-strings.xls")).stream("Workbook")!;
      const records = new RecordReader(stream);
      let continues = 0;
      while (records.next()) if (records.type === 0x00fc) continues = records.withContinues().length - 1;
      expect(continues).toBeGreaterThan(1);
      const { blocks } = readXls(fixture("long-strings.xls"));
      const rows = blocks[0].rows;
      expect(rows[121][1]).toBe("A".repeat(6000) + "长".repeat(3000) + "Z".repeat(100));
      expect(rows[7][2]).toBe("第7条：" + "客户承诺月底前付清余款，需再次电话确认。".repeat(1));
    });

    it("shifts the date-styled serials of a 1904 workbook into the 1900 system, and no other number", () => {
      const { blocks, date1904 } = readXls(fixture("date-1904.xls"));
      expect(date1904).toBe(true);
      // 2026-08-01 is serial 46235 in the 1900 system
      expect(blocks[0].rows[0]).toEqual(["INV-1", 46235, 100.25, 30]);
    });
  });

  describe("crafted files", () => {
    const cells = (...list: CellSpec[]) => list;

    it("reads LABEL, RK, MULRK, BOOLERR, errors and every kind of formula result", () => {
      const { bytes } = xlsFile({
        maxRecord: 40,
        sheets: [
          {
            name: "Ledger",
            rk: true,
            mulrk: true,
            labels: true,
            cells: cells(
              { row: 0, col: 0, value: "No" },
              { row: 0, col: 1, value: "Amount" },
              { row: 0, col: 2, value: "Due" },
              { row: 0, col: 3, value: "Note" },
              { row: 1, col: 0, value: 1 },
              { row: 1, col: 1, value: 250 },
              { row: 1, col: 2, value: 46265, date: true },
              { row: 1, col: 3, value: { formula: "a text result long enough to go on in a CONTINUE record, 客户" } },
              { row: 2, col: 0, value: 2 },
              { row: 2, col: 1, value: 12.75 },
              { row: 2, col: 2, value: { error: 0x2a } },
              { row: 2, col: 3, value: { formula: { error: 0x07 } } },
              { row: 3, col: 0, value: 3 },
              { row: 3, col: 1, value: { formula: 99.5 } },
              { row: 3, col: 2, value: { formula: true } },
              { row: 3, col: 3, value: false },
            ),
          },
        ],
      });
      const { blocks } = readXls(bytes, { fileName: "crafted.xls" });
      expect(blocks).toEqual([
        {
          sheet: "Ledger",
          headerRow: 1,
          firstColumn: 1,
          headers: ["No", "Amount", "Due", "Note"],
          rows: [
            [1, 250, 46265, "a text result long enough to go on in a CONTINUE record, 客户"],
            [2, 12.75, "#N/A", "#DIV/0!"],
            [3, 99.5, true, false],
          ],
        },
      ]);
    });

    it("reads a small workbook from the mini stream, with merges and hidden and very hidden sheets", () => {
      const { bytes } = xlsFile({
        mini: true,
        sheets: [
          { name: "台账", cells: cells({ row: 0, col: 0, value: "客户" }, { row: 1, col: 0, value: "甲公司" }, { row: 3, col: 0, value: 5 }), merges: [[1, 2, 0, 0]] },
          { name: "Hidden", state: 1, cells: [] },
          { name: "Deep", state: 2, cells: cells({ row: 0, col: 0, value: "x" }) },
        ],
      });
      expect(bytes.length).toBeLessThan(4096);
      const content = readXls(bytes);
      expect(content.sheets).toEqual([
        { name: "台账", state: "visible" },
        { name: "Hidden", state: "hidden" },
        { name: "Deep", state: "veryHidden" },
      ]);
      expect(content.blocks[0]).toEqual({ sheet: "台账", headerRow: 1, firstColumn: 1, headers: ["客户"], rows: [["甲公司"], [null], [5]], merges: [{ row: 2, col: 1, rows: 2, cols: 1 }] });
    });

    it("shifts only date-styled numbers of a 1904 workbook", () => {
      const { bytes } = xlsFile({ date1904: true, sheets: [{ name: "S", cells: cells({ row: 0, col: 0, value: 44773, date: true }, { row: 0, col: 1, value: 44773 }) }] });
      expect(readXls(bytes).blocks[0].headers).toEqual(["46235", "44773"]);
      expect(xlsSheets(bytes).sheets[0].grid.rows[0]).toEqual([46235, 44773]);
    });
  });

  describe("refusals", () => {
    const ledger = () => xlsFile({ sheets: [{ name: "Invoices", cells: Array.from({ length: 600 }, (_, i) => ({ row: i, col: 0, value: `INV-${i}` })) }] });

    it("refuses an encrypted workbook as password-protected", () => {
      const { bytes } = xlsFile({ encrypted: true, sheets: [{ name: "S", cells: [] }] });
      const e = refusal(() => readXls(bytes, { fileName: "secret.xls" }));
      expect(e.problem).toBe("encrypted");
      expect(e.message).toMatch(/^Cannot read "secret.xls": it is password-protected/);
    });

    it("refuses Excel 95 (a BIFF5 stream named Book) and an Office file holding no workbook", () => {
      expect(refusal(() => readXls(xlsFile({ version: 0x0500, streamName: "Book", sheets: [] }).bytes)).refusal).toBe("excel95");
      expect(refusal(() => readXls(xlsFile({ version: 0x0500, sheets: [] }).bytes)).refusal).toBe("excel95");
      const doc = xlsFile({ streamName: "WordDocument", sheets: [] }).bytes;
      const e = refusal(() => readXls(doc, { fileName: "letter.doc" }));
      expect(e.refusal).toBe("notWorkbookOle");
      expect(readErrorText(e, "zh")).toBe("无法读取“letter.doc”：这是旧版 Office 文件（如 Word 文档、PowerPoint 演示文稿），其中没有 Excel 工作簿");
    });

    it("refuses a FAT chain that loops back on itself", () => {
      const { bytes, layout } = ledger();
      const start = layout.starts.Workbook;
      new DataView(bytes.buffer).setUint32(layout.fatAt + (start + 2) * 4, start, true);
      const e = refusal(() => readXls(bytes, { fileName: "loop.xls" }));
      expect(e.message).toBe('Cannot read "loop.xls": the file is damaged: the sectors of the Workbook stream loop back on themselves (a damaged or hostile file)');
      expect(readErrorText(e, "zh")).toBe("无法读取“loop.xls”：文件已损坏：Workbook 流的扇区链形成循环（文件已损坏或被恶意构造）");
    });

    it("refuses a chain pointing outside the file", () => {
      const { bytes, layout } = ledger();
      new DataView(bytes.buffer).setUint32(layout.fatAt + layout.starts.Workbook * 4, 99_999, true);
      expect(refusal(() => readXls(bytes)).message).toMatch(/the Workbook stream points at sector 99999, outside the file's \d+ sectors/);
    });

    it("refuses a stream claiming more bytes than the file holds", () => {
      const { bytes, layout } = ledger();
      new DataView(bytes.buffer).setUint32(layout.directoryAt + 128 + 0x78, 0x7fff_0000, true);
      expect(refusal(() => readXls(bytes)).message).toMatch(/the Workbook stream claims 2,147,418,112 bytes, more than the file gives it/);
    });

    it("refuses a directory whose tree points back into itself", () => {
      const { bytes, layout } = ledger();
      new DataView(bytes.buffer).setUint32(layout.directoryAt + 128 + 0x48, 1, true);
      expect(refusal(() => readXls(bytes)).message).toMatch(/its directory of streams loops back on itself/);
    });

    it("refuses a record whose length runs past the stream", () => {
      const { bytes, layout, sheetOffsets } = ledger();
      // the sheet's BOF record claims 60,000 bytes
      const at = layout.sectorOf(layout.starts.Workbook) + sheetOffsets[0];
      new DataView(bytes.buffer).setUint16(at + 2, 60_000, true);
      expect(refusal(() => readXls(bytes)).message).toMatch(new RegExp(`the record at byte ${sheetOffsets[0]} of the Workbook stream claims 60000 bytes, past the stream's end`));
    });

    it("refuses shared strings announcing more texts than they hold", () => {
      const { bytes } = xlsFile({ sstCount: 4_000_000_000, sheets: [{ name: "S", cells: [{ row: 0, col: 0, value: "a" }] }] });
      expect(refusal(() => readXls(bytes)).message).toMatch(/announces 4,000,000,000 texts but holds 1/);
    });

    it("refuses a cell beyond an .xls sheet's 256 columns", () => {
      const { bytes } = xlsFile({ sheets: [{ name: "Wide", cells: [{ row: 4, col: 300, value: 1 }] }] });
      const e = refusal(() => readXls(bytes, { fileName: "wide.xls" }));
      expect(e.problem).toBe("refused");
      expect(e.message).toBe('Cannot read "wide.xls": sheet "Wide" has a cell at row 5, column 301, beyond an .xls sheet\'s 65,536 rows and 256 columns (a damaged or hostile file); AR Desk does not read it');
    });

    it("refuses a file larger than the limit before reading it", () => {
      const e = refusal(() => readXls(ledger().bytes, { fileName: "big.xls", limits: { maxPartBytes: 1000 } }));
      expect(e.message).toBe('Cannot read "big.xls": the .xls file is larger than 1000 bytes (the limit); AR Desk does not read it');
      expect(readErrorText(e, "zh")).toBe("无法读取“big.xls”：.xls 文件超过 1000 字节（上限）");
    });

    it("refuses more cells than the budget, and a sheet listed twice", () => {
      expect(refusal(() => readXls(ledger().bytes, { limits: { maxBlockCells: 100 } })).message).toMatch(/sheet "Invoices" would need more than 100 cells in memory/);
      const column = (name: string) => ({ name, cells: Array.from({ length: 300 }, (_, i) => ({ row: i, col: 0, value: i })) });
      const { bytes, layout, stream, sheetOffsets } = xlsFile({ sheets: [column("A"), column("B")] });
      // B's BOUNDSHEET8 record points at A's BOF: the same sheet read again (and again, in a hostile file)
      const at = Buffer.from(stream).indexOf(Buffer.from([0x85, 0x00, 0x09, 0x00, ...new Uint8Array(new Uint32Array([sheetOffsets[1]]).buffer)]));
      expect(at).toBeGreaterThan(0);
      new DataView(bytes.buffer).setUint32(layout.sectorOf(layout.starts.Workbook) + at + 4, sheetOffsets[0], true);
      expect(refusal(() => readXls(bytes)).message).toMatch(/sheet "B" starts inside another sheet's data/);
    });

    it("never crashes on random damage: each damaged byte reads or is refused in one line", () => {
      const { bytes } = ledger();
      for (let i = 0; i < 300; i++) {
        const damaged = bytes.slice();
        const at = (i * 7919) % damaged.length;
        damaged[at] ^= 0xff;
        try {
          readXls(damaged, { fileName: "d.xls" });
        } catch (e) {
          expect((e as Error).name).toBe("WorkbookReadError");
          expect((e as Error).message).not.toContain("\n");
        }
      }
    });
  });
});
