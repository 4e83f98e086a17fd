/**
 * `check` lists each field's column as the reader reads it: a 已收 column in a 台账 with no number
 * column (`日期 | 客户 | 摘要 | 应收 | 已收`) is read as a credit column (a receipt), so check says
 * `Credit ← E "已收"`, with a note, not `Paid`.
 */
import { mappingLines } from "../../../src/cli/commands/check";
import { cliText } from "../../../src/cli/i18n";
import { openSession } from "../../../src/flows/session";
import { block } from "../../core/builders";

const LEDGER = block("台账", ["日期", "客户", "摘要", "应收", "已收"], [
  ["2026-07-05", "甲公司", "销售", 20000, null],
  ["2026-08-10", "甲公司", "回款", null, 8000],
]);

describe("mappingLines", () => {
  it("shows a 已收 column of a list numbered by its rows under Credit, with what it settles (en)", () => {
    const lines = mappingLines(openSession([LEDGER]), cliText("en"));
    expect(lines).toContain("  Credit ← E \"已收\"");
    expect(lines.some((line) => line.startsWith("  Paid ←"))).toBe(false);
    expect(lines).toContain("  \"已收\" is read as money received (a credit): with no invoice numbers, an amount beside its receivable settles that row, one on a row of its own settles the customer's oldest invoices");
  });
  it("says the same in Chinese", () => {
    const lines = mappingLines(openSession([LEDGER]), cliText("zh"));
    expect(lines).toContain("  贷方 ← E 列“已收”");
    expect(lines).toContain("  “已收”列按收款（贷方）读取：没有发票号，与应收同行的金额冲销该行，单独一行的金额冲销该客户最早的发票");
  });
  it("keeps Paid where the list has invoice numbers (a paid amount of that invoice)", () => {
    const numbered = block("台账", ["日期", "发票号", "客户", "应收", "已收"], [
      ["2026-07-05", "FP-1", "甲公司", 20000, 8000],
      ["2026-08-10", "FP-2", "甲公司", 5000, null],
    ]);
    const lines = mappingLines(openSession([numbered]), cliText("en"));
    expect(lines).toContain("  Paid ← E \"已收\"");
    expect(lines.some((line) => line.includes("is read as money received"))).toBe(false);
  });
});
