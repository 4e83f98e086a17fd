// The reader's reasons reach a Chinese clerk in Chinese (the task pane shows readReasonZh).
import { READ_REASONS, moreCellsReason, readReasonZh } from "../../../../src/workbook/xlsx/read/readReasons";
import { readXlsx } from "../../../../src/workbook/xlsx/read";
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
