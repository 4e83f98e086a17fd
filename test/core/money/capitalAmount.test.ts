import { capitalAmountFen } from "../../../src/core/money/capitalAmount";
import { parseAmount } from "../../../src/core/money";

describe("capitalAmountFen: amounts in Chinese capital numerals (大写金额)", () => {
  it.each([
    // text, fen (worked out by hand)
    ["壹万贰仟元整", 1_200_000],
    ["贰仟零伍拾元伍角", 205_050],
    ["叁佰元零伍分", 30_005],
    ["拾伍元整", 1_500],
    ["壹拾伍元正", 1_500],
    ["壹仟零伍元", 100_500],
    ["人民币壹拾贰万叁仟肆佰伍拾陆元柒角捌分", 12_345_678],
    ["￥玖佰玖拾玖元玖角玖分", 99_999],
    ["壹亿零伍万元整", 10_005_000_000],
    ["伍角", 50],
    ["零元伍分", 5],
    ["叁萬圓整", 3_000_000],
  ])("%s is %i fen", (text, fen) => {
    expect(capitalAmountFen(text)).toBe(fen);
  });

  it.each(["1,000元", "待定", "元整", "伍伍元", "仟佰元", "壹佰壹仟元", "壹万贰仟", "整", "", "壹万贰仟元整了"])("%s is no capital amount", (text) => {
    expect(capitalAmountFen(text)).toBeUndefined();
  });

  it("is read by parseAmount as renminbi, and refused for another currency", () => {
    expect(parseAmount("壹万贰仟元整", "CNY")).toEqual({ ok: true, minor: 1_200_000 });
    expect(parseAmount(" 贰仟零伍拾元伍角 ", "CNY")).toEqual({ ok: true, minor: 205_050 });
    expect(parseAmount("壹万贰仟元整", "USD")).toEqual({ ok: false, reason: "currency in the amount differs from the row's currency" });
    expect(parseAmount("1,000元", "CNY")).toEqual({ ok: true, minor: 100_000 });
  });
});

describe("amounts in digits with Chinese units", () => {
  it.each([
    // text, fen (worked out by hand)
    ["3,000元整", 300_000],
    ["人民币3000元正", 300_000],
    ["1.5万", 1_500_000],
    ["12万元", 12_000_000],
    ["¥1.2万", 1_200_000],
    ["0.0125万", 12_500],
  ])("%s is %i fen", (text, fen) => {
    expect(parseAmount(text, "CNY")).toEqual({ ok: true, minor: fen });
  });

  it("takes the cell's 万 over a header's unit (1.5万 under 金额（万元） is 15,000.00, not 150,000,000.00)", () => {
    expect(parseAmount("1.5万", "CNY", 4)).toEqual({ ok: true, minor: 1_500_000 });
  });

  it.each(["万元", "1.5万万", "3,000整", "元整"])("%s is refused", (text) => {
    expect(parseAmount(text, "CNY")).toEqual({ ok: false, reason: "not an amount" });
  });
});
