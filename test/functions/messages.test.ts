// The functions' messages follow Excel's display language: a Chinese Excel shows a #VALUE!
// tooltip in Chinese, naming the argument as the signature spells it.
import * as AR from "../../src/functions/functions";
import { FUNCTION_MESSAGES } from "../../src/functions/messages";
import { asExcel, cell, one, pinToday, serial } from "./excel";

const lateInterest = asExcel(AR.lateInterest);
const creditAvailable = asExcel(AR.creditAvailable);
const AS_OF = serial("2026-10-31");

/** Runs `body` with Excel's display language set as Office.js gives it. */
function inExcelOf<T>(displayLanguage: string, body: () => T): T {
  const saved = (globalThis as { Office?: unknown }).Office;
  Object.assign(globalThis, { Office: { context: { displayLanguage } } });
  try {
    return body();
  } finally {
    Object.assign(globalThis, { Office: saved });
  }
}

describe("the functions' messages", () => {
  pinToday("2026-10-31");

  it("refuse AR.LATE_INTEREST's rate in Chinese in a Chinese Excel, in English otherwise", () => {
    const run = () => one(lateInterest(cell(1000), cell(AS_OF - 30), cell("lots"), cell(AS_OF), null, null));
    expect(inExcelOf("zh-CN", run)).toBe('#VALUE! annual_rate："lots" 不是 ≥ 0 的利率（如 0.08 或 8%）');
    expect(inExcelOf("en-US", run)).toBe('#VALUE! annual_rate: "lots" is not a rate ≥ 0 such as 0.08 or 8%');
    expect(run()).toBe('#VALUE! annual_rate: "lots" is not a rate ≥ 0 such as 0.08 or 8%');
    const empty = () => one(lateInterest(cell(1000), cell(AS_OF - 30), cell(null), cell(AS_OF), null, null));
    expect(inExcelOf("zh-TW", empty)).toBe("#N/A annual_rate：为空；请填写利率，如 0.08 或 8%");
  });

  it("say a date the argument cannot read, and a missing credit limit, in Chinese", () => {
    const badDate = () => one(lateInterest(cell(1000), cell("2026-02-30"), cell(0.08), cell(AS_OF), null, null));
    expect(inExcelOf("zh-CN", badDate)).toBe('#VALUE! due_date："2026-02-30" 不是日期：不是真实的日历日期');
    const noLimit = () => one(creditAvailable(cell(null), cell(100), null, null));
    expect(inExcelOf("zh-CN", noLimit)).toBe("#N/A 未设信用额度（单元格为空或为 0；额度确为零时请输入文本 '0）");
  });

  it("say the core's own guards in Chinese too (aging edges, an amount too large)", () => {
    const aging = asExcel(AR.aging);
    expect(inExcelOf("zh-CN", () => one(aging(cell(AS_OF), cell(AS_OF), cell("60,30"))))).toBe("#VALUE! 账龄分段：分段点必须递增且不重复");
    expect(inExcelOf("zh-CN", () => one(lateInterest(cell(1e300), cell(AS_OF - 30), cell(0.08), cell(AS_OF), null, null)))).toBe("#VALUE! 金额过大，无法精确保存");
  });

  it("have a Chinese text for every message, with no English words but argument names and codes", () => {
    const params = { arg: "annual_rate", value: "“值”", reason: "not a date", row: 2, column: 3, named: "JPY", currency: "USD", min: 0, found: "USD", code: "CNY", a: "due_dates", aRows: 1, aColumns: 2, b: "balances", bRows: 3, bColumns: 4, balance: 5, limit: -1, message: "aging: give at least one edge", problem: "notWholeDays", error: "#REF!" };
    for (const [code, texts] of Object.entries(FUNCTION_MESSAGES)) {
      const zh = texts.zh(params).replace(/[a-z]+(_[a-z]+)+|annual_rate|due_dates|balances|edges|policy|currency|customer|as_of|USD|CNY|JPY|#REF!/g, "");
      expect([code, zh]).toEqual([code, expect.not.stringMatching(/[A-Za-z]{2,}/)]);
    }
  });
});
