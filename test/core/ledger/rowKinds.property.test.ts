/** The quick refusal in isFooterText never changes its answer: it agrees with the rule for any text. */
import fc from "fast-check";
import { isFooterLabel, isFooterText } from "../../../src/core/ledger/_lib/rowKinds";

const FOOTERS = ["Total", "Totals:", "Grand total", "Sub-total", "Subtotal", "Sum", "Total for Acme", "Balance total", "Report total",
  "Prepared by", "Approved by", "Checked by", "Reviewed on", "Printed at", "Generated on", "Run at", "Print date", "Report date",
  "合计", "总 计", "本月合计", "制表人：", "审核", "会计主管", "财务主管", "经办人", "记账", "打印日期", "报表日期", "*", "**", "***",
  "Summe", "Summe Debitor 10001", "Gesamtsumme", "Gesamt", "Zwischensumme", "Endsumme", "Total client 411DUPONT", "Total général", "Sous-total"];

/** Footers with spaces, full-width and compatibility letters around them, plain cells, and any text. */
const cellText = fc.oneof(
  fc.tuple(fc.constantFrom("", " ", "\t", "\u3000", "\u00a0", "Ｔ", "ⓣ", "𝐓", "C", "I", "1", "*"), fc.constantFrom(...FOOTERS), fc.constantFrom("", ":", "：", " ", " 1,234.00")).map((parts) => parts.join("")),
  fc.string(),
  fc.string({ unit: "binary" }),
  fc.constantFrom("INV-000123", "C0001", "Customer 1 Ltd", "客户 1 有限公司", "Consulting services", "t", "T", "s", "记", "to", "TO",
    // Chinese names, some starting with a footer's first character (合肥, 小米, 本田, 审计, 月计划).
    "南京金陵制药设备有限公司", "合肥百货大楼", "小米科技", "本田技研", "审计事务所", "月计划", "合计科技有限公司", "總計劃"),
  // A Chinese character (CJK Unified Ideographs: the quick refusal reads the first one) before a footer or any text.
  fc.tuple(fc.integer({ min: 0x4e00, max: 0x9fff }).map((code) => String.fromCharCode(code)), fc.oneof(fc.constantFrom("", ...FOOTERS), fc.string()))
    .map(([ch, rest]) => ch + rest),
  // Every English footer in any mix of cases ("tOTAL", "pRePaReD bY").
  fc.tuple(fc.constantFrom(...FOOTERS.filter((f) => /^[ -~]+$/.test(f))), fc.array(fc.boolean(), { minLength: 16, maxLength: 16 }))
    .map(([label, upper]) => [...label].map((ch, i) => (upper[i] ? ch.toUpperCase() : ch.toLowerCase())).join("")),
);

describe("isFooterText", () => {
  it("gives what the rule gives, for any non-empty cell text", () => {
    fc.assert(fc.property(cellText, (text) => expect(isFooterText(text)).toBe(text !== "" && isFooterLabel(text))), { numRuns: 5000 });
  });

  it("reads footers in any case and ordinary cells as data", () => {
    expect(["TOTAL", "  grand total: 1,234.00", "Prepared by Li", "合计", "**"].map(isFooterText)).toEqual([true, true, true, true, true]);
    expect(["C0001", "INV-0001", "Customer 1 Ltd", "Tea set", "Sumo Ltd"].map(isFooterText)).toEqual([false, false, false, false, false]);
  });
});
