import { normalizeHeader, toSimplified } from "../../../src/core/text";

describe("toSimplified: Traditional Chinese headers read as the Simplified ones", () => {
  it("folds the characters of ledger headers, totals and statuses", () => {
    expect(toSimplified("應收帳款明細")).toBe("应收账款明细");
    expect(toSimplified("客戶名稱")).toBe("客户名称");
    expect(toSimplified("發票號碼")).toBe("发票号码");
    expect(toSimplified("合計")).toBe("合计");
    expect(toSimplified("作廢")).toBe("作废");
  });
  it("leaves Simplified, Latin and other text as it is", () => {
    expect(toSimplified("客户名称")).toBe("客户名称");
    expect(toSimplified("Invoice No")).toBe("Invoice No");
    expect(toSimplified("台北興隆")).toBe("台北興隆"); // 興 is no header character: names are not touched by the table
  });
  it("makes normalizeHeader match a Traditional header with its Simplified synonym", () => {
    expect(normalizeHeader("客戶名稱")).toBe(normalizeHeader("客户名称"));
    expect(normalizeHeader(" 未收金額 ")).toBe(normalizeHeader("未收金额"));
  });
});
