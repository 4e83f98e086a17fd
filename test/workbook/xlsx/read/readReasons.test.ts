// The reader's reasons reach a Chinese clerk in Chinese (the task pane shows readReasonZh).
import { FILE_REFUSALS, READ_REASONS, moreCellsReason, readErrorText, readReasonZh } from "../../../../src/workbook/xlsx/read/readReasons";
import { readXlsx, type WorkbookReadError } from "../../../../src/workbook/xlsx/read";
import { ledgerSheets, xlsxPackage } from "../../../hostile/_lib/package";

test("every reason the reader gives has a Chinese text, with no English words left", () => {
  for (const reason of [...Object.values(READ_REASONS), moreCellsReason(12)]) {
    const zh = readReasonZh(reason);
    expect([reason, zh]).toEqual([reason, expect.stringMatching(/[\u4e00-\u9fff]/)]);
    expect([reason, zh!.replace(/Excel|XFD|F9/g, "")]).toEqual([reason, expect.not.stringMatching(/[A-Za-z]{2,}/)]);
  }
  expect(readReasonZh(moreCellsReason(12))).toBe("另有 12 个类似单元格未列出");
  expect(readReasonZh("Amount empty: row not read")).toBeUndefined();
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
