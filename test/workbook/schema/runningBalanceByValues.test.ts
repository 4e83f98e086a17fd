/**
 * A 明细账 printed with 应收 / 实收 / 余额 (金蝶 KIS) carries a running balance in 余额: the values
 * decide it (the headers also head a 台账 whose 余额 is each row's open amount), and then 实收 is
 * the credit side (a receipt on its own row) and 余额 a check, never an open balance.
 */
import { detectTables } from "../../../src/workbook/schema";
import type { RawCell } from "../../../src/workbook/port";
import { block } from "../../core/builders";

const HEADERS = ["日期", "单据编号", "摘要", "应收", "实收", "余额"];
const fields = (rows: RawCell[][]) => {
  const columns = detectTables([block("明细表", HEADERS, rows)]).invoices!.columns;
  return [columns.Paid, columns.Credit, columns.OpenBalance, columns.RunningBalance];
};

describe("runningBalanceByValues", () => {
  it("reads 余额 as a running balance and 实收 as the credit when each balance is the one above plus 应收 less 实收", () => {
    expect(fields([
      ["客户：甲公司"],
      ["2026-07-01", null, "期初余额", null, null, 8000],
      ["2026-07-18", "FP-1", "销售", 15600, null, 23600], // 8,000 + 15,600
      ["2026-08-09", "SK-1", "收款", null, 12000, 11600], // 23,600 − 12,000
      ["2026-09-26", "FP-2", "销售", 7250, null, 18850],
      [null, null, "本年累计", 63850, 45000, 18850], // an undated total: not counted either way
    ])).toEqual([undefined, 4, undefined, 5]);
  });

  it("keeps 余额 as each row's open amount on a 台账 where it is 应收 less 实收 of its own row", () => {
    expect(fields([
      ["2026-07-18", "FP-1", "销售", 15600, 5000, 10600],
      ["2026-08-09", "FP-2", "销售", 3000, null, 3000],
      ["2026-09-26", "FP-3", "销售", 7250, 7250, 0],
    ])).toEqual([4, undefined, 5, undefined]);
  });

  it("decides nothing from a single row that runs (one could be chance)", () => {
    expect(fields([
      ["2026-07-01", "FP-0", "销售", 100, null, 100],
      ["2026-07-18", "FP-1", "销售", 15600, null, 15700],
    ])).toEqual([4, undefined, 5, undefined]);
  });
});

describe("runningBalanceByValues with signed amounts and no paid column (QuickBooks Customer Balance Detail)", () => {
  const headers = ["", "Type", "Date", "Num", "Amount", "Balance"];
  const fieldsOf = (rows: RawCell[][]) => {
    const columns = detectTables([block("Sheet1", headers, rows)]).invoices!.columns;
    return [columns.OpenBalance, columns.RunningBalance, columns.Credit];
  };

  it("reads a running Balance from one payment's row: a payment still owing 200.00 cannot be its own open amount", () => {
    expect(fieldsOf([
      ["Acme Ltd"],
      [null, "Invoice", "2026-09-01", "1001", 300, 300],
      [null, "Payment", "2026-09-20", null, -100, 200], // 300 − 100; as the payment's own open amount, impossible
      ["Total Acme Ltd", null, null, null, 200, 200],
      ["Beta LLC"],
      [null, "Invoice", "2026-09-05", "1002", 80, 80],
      ["Total Beta LLC", null, null, null, 80, 80],
    ])).toEqual([undefined, 5, undefined]);
  });

  it("keeps an open balance whose credit note's row states its own negative amount", () => {
    expect(fieldsOf([
      ["Acme Ltd"],
      [null, "Invoice", "2026-09-01", "1001", 300, 300],
      [null, "Credit Memo", "2026-09-20", "CM-1", -100, -100],
      [null, "Invoice", "2026-09-25", "1003", 50, 50],
    ])).toEqual([5, undefined, undefined]);
  });

  it("reads Balance as a running balance when each is the one above plus the row's amount (a payment negative)", () => {
    expect(fieldsOf([
      ["Koala Print Co"],
      [null, "Invoice", "2026-08-03", "1077", 3980, 3980], // the first row of a block tells neither way
      [null, "Payment", "2026-10-15", "8841", -2000, 1980], // 3,980 − 2,000
      [null, "Invoice", "2026-10-28", "1105", 612.4, 2592.4], // 1,980 + 612.40
      ["Total Koala Print Co", null, null, null, 2592.4, 2592.4],
    ])).toEqual([undefined, 5, undefined]);
  });

  it("keeps Balance as each row's open amount where it is the row's own (an open-items list)", () => {
    expect(fieldsOf([
      [null, "Invoice", "2026-08-03", "1077", 3980, 3980],
      [null, "Invoice", "2026-09-12", "1081", 500, 500],
      [null, "Invoice", "2026-10-28", "1105", 612.4, 112.4],
    ])).toEqual([5, undefined, undefined]);
  });
});
