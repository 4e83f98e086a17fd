import { hasFiguresOff, unreadSentence } from "../../../src/core/ledger";
import type { CarryOff, UnreadRows } from "../../../src/core/model";

const nothing: UnreadRows = { rows: 0, rowsWithMoney: 0, byCurrency: {}, unsummed: 0 };
const carry = (sheet: string, from: string, carried: number, closing: number): CarryOff => ({ sheet, from, customer: "甲公司", currency: "CNY", carried, closing });

describe("unreadSentence", () => {
  it("returns undefined when every row was read and every figure agrees", () => {
    expect(unreadSentence(nothing, "en")).toBeUndefined();
    expect(hasFiguresOff(nothing)).toBe(false);
  });
  it("says a total that is off and a carry that is off apart, each as what it is (en + zh)", () => {
    const unread: UnreadRows = { ...nothing, totalsOff: { count: 1, byCurrency: { CNY: -10000 } }, carriesOff: [carry("10月", "9月", 90000, 70000)] };
    expect(unreadSentence(unread, "en")).toBe(
      "TOTALS OFF: 1 of the ledger's own totals differs from the sum of the rows it closes (by CNY -100.00); the rows are counted as they stand; "
      + "CARRIED FORWARD OFF: on sheet \"10月\" 甲公司's carried-forward balance (上月结转) is CNY 900.00, but last month's sheet \"9月\" closes at CNY 700.00; the rows are counted as they stand",
    );
    expect(unreadSentence(unread, "zh")).toBe(
      "合计不符：表中自带的 1 处合计与其所合计的各行之和不符（相差 CNY -100.00）；以上数字按各行实际金额计算；"
      + "结转不符：工作表“10月”中甲公司的上月结转为 CNY 900.00，而上月工作表“9月”的期末余额为 CNY 700.00；以上数字按各行实际金额计算",
    );
  });
  it("names three carries and counts the rest", () => {
    const unread: UnreadRows = { ...nothing, carriesOff: [carry("8月", "7月", 100, 0), carry("9月", "8月", 200, 100), carry("10月", "9月", 300, 200), carry("11月", "10月", 400, 300), carry("12月", "11月", 500, 400)] };
    const en = unreadSentence(unread, "en")!;
    expect(en).toContain("on sheet \"10月\" 甲公司's carried-forward balance (上月结转) is CNY 3.00, but last month's sheet \"9月\" closes at CNY 2.00; 2 more; the rows are counted as they stand");
    expect(en).not.toContain("11月");
    expect(unreadSentence(unread, "zh")).toContain("而上月工作表“9月”的期末余额为 CNY 2.00；另有 2 处；以上数字按各行实际金额计算");
    expect(hasFiguresOff(unread)).toBe(true);
  });
});
