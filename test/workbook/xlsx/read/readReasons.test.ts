// The reader's reasons reach a Chinese clerk in Chinese (the task pane shows readReasonZh).
import { FILE_REFUSALS, READ_REASONS, moreCellsReason, readErrorText, readReasonZh } from "../../../../src/workbook/xlsx/read/readReasons";
import { READ_DETAILS } from "../../../../src/workbook/xlsx/read/readDetails";
import { readXlsx, type WorkbookReadError } from "../../../../src/workbook/xlsx/read";
import { ledgerSheets, packageEntries, rowsXml, worksheet, xlsxPackage } from "../../../hostile/_lib/package";
import { deflatedEntry, rawZip, repeatedDeflate } from "../../../hostile/_lib/rawZip";

test("every reason the reader gives has a Chinese text, with no English words left", () => {
  for (const reason of [...Object.values(READ_REASONS), moreCellsReason(12)]) {
    const zh = readReasonZh(reason);
    expect([reason, zh]).toEqual([reason, expect.stringMatching(/[\u4e00-\u9fff]/)]);
    expect([reason, zh!.replace(/Excel|XFD|F9|CSV|UTF-8|GBK|Windows-1252/g, "")]).toEqual([reason, expect.not.stringMatching(/[A-Za-z]{2,}/)]);
  }
  expect(readReasonZh(moreCellsReason(12))).toBe("另有 12 个类似单元格未列出");
  expect(readReasonZh("Amount is empty: row not read")).toBeUndefined();
});

test("the issues a real read gives use these reasons (so none is left untranslated)", () => {
  const bytes = xlsxPackage({
    sheets: ledgerSheets([["C001", "Acme", "a@example.com"]], [["INV-1", "C001", "2026-08-01", "2026-08-31", { raw: `<c r="E2"><v>0x1F</v></c>` }], ["INV-2", "C001", "2026-08-01", "2026-08-31", { raw: `<c r="E3" t="d"><v>2026-02-30</v></c>` }]]),
  });
  const { issues } = readXlsx(bytes);
  expect(issues.length).toBeGreaterThanOrEqual(2);
  for (const issue of issues) expect([issue.reason, readReasonZh(issue.reason)]).toEqual([issue.reason, expect.any(String)]);
});

test("every refused file's reason has a Chinese text, and the refusal carries its code", () => {
  for (const [code, texts] of Object.entries(FILE_REFUSALS)) {
    expect([code, texts.zh.replace(/Excel|Office|OpenDocument|Apple Numbers|Numbers|Word|PowerPoint|PDF|HTML|CSV|ZIP|XML|\.xlsx|\.xlsb|\.xls|\.ods/g, "")]).toEqual([code, expect.not.stringMatching(/[A-Za-z]{2,}/)]);
  }
  const refused = (bytes: Uint8Array) => {
    try {
      readXlsx(bytes, { fileName: "x.xlsx" });
    } catch (e) {
      return e as WorkbookReadError;
    }
    throw new Error("expected a refusal");
  };
  const pdf = refused(new TextEncoder().encode("%PDF-1.7\n"));
  expect([pdf.refusal, pdf.message, readErrorText(pdf, "zh")]).toEqual(["pdf", 'Cannot read "x.xlsx": it is a PDF, not a workbook', "无法读取“x.xlsx”：这是 PDF 文件，不是工作簿"]);
  const csv = refused(new TextEncoder().encode("InvoiceNo,Amount\nINV-1,5\n"));
  expect([csv.refusal, readErrorText(csv, "zh")]).toEqual(["text", "无法读取“x.xlsx”：这是文本文件（CSV 或类似格式），不是工作簿；请在 Excel 中打开并另存为 Excel 工作簿（.xlsx）"]);
  expect(readErrorText(csv, "en")).toBe(csv.message);
});

describe("a limit crossed or damage found, in Chinese after the file name", () => {
  const refusedBy = (bytes: Uint8Array, limits = {}): WorkbookReadError => {
    try {
      readXlsx(bytes, { fileName: "账本.xlsx", limits });
    } catch (e) {
      return e as WorkbookReadError;
    }
    throw new Error("expected a refusal");
  };
  const sheet = (rows: string) => xlsxPackage({ sheets: [{ name: "应收", xml: worksheet(rows) }] });
  const rows = rowsXml(Array.from({ length: 3000 }, (_, i) => [`text ${i} ${(i * 7919) % 10007}`, i]));
  const bomb = repeatedDeflate("<worksheet><sheetData>", "<row/>".repeat(20000), 40, "</sheetData></worksheet>");
  const ledger = ledgerSheets([["C001", "Acme", "a@example.com"]], [["INV-1", "C001", "2026-08-01", "2026-08-31", 5]]);
  const packaged = xlsxPackage({ sheets: ledger });
  const cases: [string, WorkbookReadError, string][] = [
    ["partTooLarge", refusedBy(sheet(rows), { maxPartBytes: 64 * 1024 }), "无法读取“账本.xlsx”：部件 xl/worksheets/sheet1.xml 解压后超过 65536 字节（单个部件的上限）"],
    ["ratio", refusedBy(xlsxPackage({ sheets: [{ name: "应收", entry: { name: "", data: bomb.data, method: 8, size: 10 } }] })), "无法读取“账本.xlsx”：部件 xl/worksheets/sheet1.xml 解压后超过其压缩大小的 100 倍（ZIP 炸弹或文件已损坏）"],
    ["tooManyCells", refusedBy(sheet(rowsXml([["A", null, null, "D"], ...Array.from({ length: 100 }, () => [1, null, null, 4])])), { maxBlockCells: 200 }), "无法读取“账本.xlsx”：工作表“应收”需要在内存中保存超过 200 个单元格（上限）"],
    ["tooManyParts", refusedBy(packaged, { maxEntries: 3 }), `无法读取“账本.xlsx”：文件包含 ${packageEntries({ sheets: ledger }).length} 个部件（上限为 3 个）`],
    ["partTwice", refusedBy(rawZip([...packageEntries({ sheets: ledger }), deflatedEntry("xl/worksheets/sheet2.xml", worksheet(""))])), "无法读取“账本.xlsx”：文件两次列出部件 xl/worksheets/sheet2.xml"],
    ["partReadAgain", refusedBy(xlsxPackage({ sheets: ledger, sheetsXml: `<sheet name="甲" sheetId="1" r:id="rId2"/><sheet name="乙" sheetId="2" r:id="rId2"/>` })), "无法读取“账本.xlsx”：工作表“乙”指向已读取过的部件 xl/worksheets/sheet2.xml（同一部件被重复列出）"],
    ["dtd", refusedBy(xlsxPackage({ sheets: ledger, workbookProlog: "<!DOCTYPE workbook>" })), "无法读取“账本.xlsx”：部件 xl/workbook.xml 含有文档类型声明，而 Excel 写出的文件从不含有"],
    ["damaged", refusedBy(sheet("<row r=\"1\"><c r=\"A1\"><v>1</v></c></row>").slice(0, 200)), "无法读取“账本.xlsx”：文件已损坏：请在 Excel 中打开（Excel 会尝试修复）并另存为 .xlsx，然后重试"],
    ["damaged", refusedBy(xlsxPackage({ sheets: [{ name: "应收", xml: "<worksheet><sheetData><row r=\"1\">" }] })), "无法读取“账本.xlsx”：工作表“应收”已损坏：请在 Excel 中打开（Excel 会尝试修复）并另存为 .xlsx，然后重试"],
  ];

  it.each(cases)("%s: coded, in Chinese, with the English message unchanged", (code, error, zh) => {
    expect(error.coded?.code).toBe(code);
    expect(readErrorText(error, "zh")).toBe(zh);
    expect(readErrorText(error, "en")).toBe(error.message);
    expect(error.message).toMatch(/^Cannot read "账本\.xlsx": [a-z]/);
  });

  it("every coded detail's Chinese text has no English words besides names and part paths", () => {
    const params = { part: "部件", sheet: "表", bytes: 2048, ratio: 100, tag: "row", chars: 10, cells: 5, count: 9, limit: 3, what: "table", cause: "内部", message: "系统", row: 3, rows: 7, sector: 8, sectors: 6, fileBytes: 512, offset: 40, found: 2, col: 4, index: 11 };
    for (const [code, texts] of Object.entries(READ_DETAILS)) {
      const zh = texts.zh(params).replace(/Excel|ZIP|Workbook|FAT|DIFAT|\.xlsx|\.xls/g, "");
      expect([code, zh]).toEqual([code, expect.not.stringMatching(/[A-Za-z]{2,}/)]);
    }
  });
});
