/**
 * Shapes found on the ninth new user's pass (Chinese ledgers), read through header detection as a
 * workbook would be: a 台账 listing 开票 and 回款 rows in one list with the 摘要 saying which, one
 * customer written two ways (深圳市华强电子 / 华强电子（深圳）有限公司), amounts in capital numerals
 * (壹万贰仟元整) and SAP's Chinese line-item headers. Expected figures are worked by hand in the comments.
 */
import { buildLedger, hasFiguresOff, unreadSentence } from "../../../src/core/ledger";
import { ISSUE_TEXTS, issueColumn, issueText } from "../../../src/core/ledger/issueTexts";
import { isBucketHeader } from "../../../src/core/fieldNames";
import { summaryIsRowType } from "../../../src/core/ledger/_lib/summaryKinds";
import { nameStem, namesAlike } from "../../../src/core/ledger/_lib/namesAlike";
import { accountsAsOf } from "../../../src/core/allocation";
import { detectTables, toLedgerInput } from "../../../src/workbook/schema";
import type { RawCell, SourceBlock } from "../../../src/workbook/port";
import type { Ledger } from "../../../src/core/model";
import { block, day } from "../builders";

const read = (blocks: SourceBlock[]): Ledger => buildLedger(toLedgerInput(detectTables(blocks)));
const balances = (ledger: Ledger, asOf: string) =>
  Object.fromEntries(accountsAsOf(ledger, day(asOf)).map((a) => [`${a.customer.name} ${a.currency}`, a.balance]));
const problems = (ledger: Ledger) => ledger.issues.filter((i) => i.severity !== "info");

describe("开票 and 回款 rows in one list, the 摘要 saying which", () => {
  const headers = ["日期", "客户", "摘要", "发票号", "金额", "备注"];
  const rows: RawCell[][] = [
    ["2026-07-15", "甲公司", "开票", "F001", 1000, "已开票未回款"],
    ["2026-08-02", "甲公司", "回款", "F001", 400, null],
    ["2026-09-02", "乙公司", "开票", "F002", 2000, null],
    ["2026-10-02", "乙公司", "收款", null, 500, "电汇"],
  ];

  it("reads 回款 / 收款 rows as money received (of the invoice named, else the oldest), never as a second invoice", () => {
    const ledger = read([block("台账", headers, rows)]);
    expect(problems(ledger)).toEqual([]);
    expect(ledger.invoices.map((i) => i.invoiceNo)).toEqual(["F001", "F002"]);
    // 甲公司 1,000.00 − 400.00; 乙公司 2,000.00 − 500.00.
    expect(balances(ledger, "2026-10-31")).toEqual({ "甲公司 CNY": 60_000, "乙公司 CNY": 150_000 });
  });

  it("says once which column told the rows apart (en + zh)", () => {
    const notes = read([block("台账", headers, rows)]).issues.filter((i) => i.code === "typeFromSummary");
    expect(notes.map((i) => [i.severity, i.column])).toEqual([["info", "摘要"]]);
    expect(issueText(notes[0], "zh")).toContain("按“摘要”区分各行");
  });

  it("is decided from the whole column: free text in the 摘要 keeps the rows invoices", () => {
    expect(summaryIsRowType([["开票"], ["回款"], ["合计"], [null]], 0)).toBe(true);
    expect(summaryIsRowType([["开票"], ["开票"]], 0)).toBe(false); // nothing received: no need
    expect(summaryIsRowType([["销售商品一批"], ["收款"], ["开票"]], 0)).toBe(false);
    expect(summaryIsRowType([["开票"], [1200], ["回款"]], 0)).toBe(false);
  });
});

describe("one customer written two ways on a ledger keyed by name", () => {
  it("strips the company form, a bracketed place and a leading place to compare", () => {
    const places = new Set(["深圳"]);
    expect(nameStem("深圳市华强电子有限公司", places)).toBe("华强电子");
    expect(nameStem("华强电子（深圳）有限公司", places)).toBe("华强电子");
    expect(nameStem("深圳华强电子", places)).toBe("华强电子");
    expect(nameStem("Acme Trading Co., Ltd.", places)).toBe("acmetrading");
    expect(nameStem("ACME Trading Limited", places)).toBe("acmetrading");
  });

  it("warns on the first row of each other way, naming the first; the amounts stay apart (en + zh)", () => {
    const ledger = read([block("台账", ["日期", "客户", "发票号", "金额"], [
      ["2026-07-15", "深圳市华强电子有限公司", "F001", 1000],
      ["2026-09-02", "深圳市华强电子", "F002", 2000],
      ["2026-09-03", "华强电子(深圳)有限公司", "F003", 500],
      ["2026-09-04", "深圳市华强电子", "F004", 700],
      ["2026-09-05", "华强北物流有限公司", "F005", 300],
    ])]);
    const alike = ledger.issues.filter((i) => i.code === "namesAlike");
    expect(alike.map((i) => [i.severity, i.row, i.value])).toEqual([["warning", 3, "深圳市华强电子"], ["warning", 4, "华强电子(深圳)有限公司"]]);
    expect(issueText(alike[0], "zh")).toBe("可能与第 2 行的“深圳市华强电子有限公司”是同一客户：已按所写名称分开计算，未合并；如是同一客户，请统一名称");
    expect(alike[0].reason).toBe('may be the same customer as "深圳市华强电子有限公司" (row 2): counted apart as written, not merged; if they are one customer, write the name one way');
    expect(Object.keys(balances(ledger, "2026-10-31")).length).toBe(4);
  });

  it("says nothing of names that only share a place or a form", () => {
    expect(namesAlike([["深圳市华强电子有限公司"], ["深圳市华为技术有限公司"], ["上海华强电子商行"], ["Acme Ltd"], ["Acme Trading Ltd"]], 0)).toEqual([]);
  });
});

describe("amounts written in capital numerals (大写)", () => {
  it("reads 壹万贰仟元整 and 贰仟零伍拾元伍角 exactly", () => {
    const ledger = read([block("台账", ["日期", "客户", "发票号", "金额"], [["2026-07-15", "甲公司", "F001", "壹万贰仟元整"], ["2026-09-02", "乙公司", "F002", "贰仟零伍拾元伍角"]])]);
    expect(problems(ledger)).toEqual([]);
    expect(balances(ledger, "2026-10-31")).toEqual({ "甲公司 CNY": 1_200_000, "乙公司 CNY": 205_050 });
  });

  it("refuses an amount that is no number, in words a clerk reads (待定)", () => {
    const ledger = read([block("台账", ["日期", "客户", "发票号", "金额"], [["2026-07-15", "甲公司", "F001", "待定"]])]);
    expect(ledger.issues.filter((i) => i.severity === "error").map((i) => issueText(i, "zh"))).toEqual(["金额无法读成数字：该行未读入"]);
  });
});

describe("SAP's Chinese customer line items (客户行项目)", () => {
  it("reads 凭证编号, 过账日期, 净到期日 and 本币金额 with the 清帐日期 settling the item", () => {
    const ledger = read([block("客户明细", ["客户", "凭证编号", "凭证类型", "过账日期", "净到期日", "本币金额", "清帐凭证", "清帐日期"], [
      ["100023", "9000001", "RV", "2026.07.15", "2026.08.14", "1,000.00", "1400000012", "2026.09.02"],
      ["100023", "1400000012", "DZ", "2026.09.02", "2026.09.02", "1,000.00-", "1400000012", "2026.09.02"],
      ["100023", "9000007", "RV", "2026.10.05", "2026.11.04", "2,500.00", null, null],
    ])]);
    expect(problems(ledger)).toEqual([]);
    // The DZ payment is a document by its sign (− 1,000.00), as SAP lists it; 1,000.00 − 1,000.00 + 2,500.00 is open.
    expect(ledger.invoices.map((i) => [i.invoiceNo, i.dueDate])).toEqual([["9000001", day("2026-08-14")], ["1400000012", day("2026-09-02")], ["9000007", day("2026-11-04")]]);
    expect(balances(ledger, "2026-10-31")).toEqual({ "100023 CNY": 250_000 });
  });
});

describe("a date kept in columns of its own (年 | 月 | 日, or 月 | 日 under 2026年)", () => {
  it("reads 年 | 月 | 日 as one date, refuses a month 13 naming the date as written", () => {
    const ledger = read([block("台账", ["年", "月", "日", "客户名称", "发票号", "金额"], [
      [2026, 7, 15, "甲公司", "F001", 1000],
      [2026, 13, 1, "甲公司", "F002", 500],
    ])]);
    expect(ledger.invoices.map((i) => [i.invoiceNo, i.invoiceDate])).toEqual([["F001", day("2026-07-15")]]);
    const errors = ledger.issues.filter((i) => i.severity === "error");
    expect(errors.map((i) => [i.row, i.value, issueText(i, "zh")])).toEqual([[3, "2026年13月1日", "开票日期不是真实的日历日期：该行未读入"]]);
  });

  it("reads 用友's 明细账: 2026年 over 月 | 日, 客户： titles, a dated 本月合计 in the 摘要 (a total, checked)", () => {
    const ledger = read([{
      sheet: "明细账", headerRow: 1, firstColumn: 1, headers: ["应收账款明细账"],
      rows: [
        ["2026年", null, "凭证号数", "摘要", "借方", "贷方", "方向", "余额"],
        ["月", "日", null, null, null, null, null, null],
        ["客户：甲公司"],
        [9, 2, "记-0012", "销售商品", 1000, null, "借", 1000],
        [9, 30, null, "本月合计", 1000, null, "借", 1000],
        [10, 8, "记-0031", "收款", null, 800, "借", 200],
        [10, 31, null, "本月合计", null, 800, "借", 200],
      ],
    }]);
    expect(problems(ledger)).toEqual([]);
    expect(ledger.invoices.map((i) => [i.invoiceNo, i.invoiceDate])).toEqual([["记-0012", day("2026-09-02")]]);
    // 1,000.00 billed less 800.00 received.
    expect(balances(ledger, "2026-10-31")).toEqual({ "甲公司 CNY": 20_000 });
  });
});

describe("a 台账 a sheet per month, each opening with 上月结转", () => {
  const headers = ["日期", "客户", "凭证号", "摘要", "借方", "贷方", "余额"];
  const september: RawCell[][] = [
    ["2026-09-01", "甲公司", null, "上月结转", null, null, 500],
    ["2026-09-02", "甲公司", "记-01", "销售", 1000, null, 1500],
    ["2026-09-20", "甲公司", "记-02", "收款", null, 800, 700],
  ];
  const october = (carried: number): RawCell[][] => [
    ["2026-10-01", "甲公司", null, "上月结转", null, null, carried],
    ["2026-10-12", "甲公司", "记-03", "销售", 300, null, carried + 300],
  ];

  it("counts the first month's opening, and each later month's carry-forward not again (said once)", () => {
    const ledger = read([block("10月", headers, october(700)), block("9月", headers, september)]);
    expect(problems(ledger)).toEqual([]);
    // 500.00 owed before September + 1,000.00 − 800.00 + 300.00.
    expect(balances(ledger, "2026-10-31")).toEqual({ "甲公司 CNY": 100_000 });
    const note = ledger.issues.find((i) => i.code === "monthCarried")!;
    expect([note.sheet, issueText(note, "zh")]).toEqual(["10月", "1 行上月结转（第一行：第 2 行）为工作表“9月”的余额结转，该表已读入：不重复计入"]);
  });

  it("says a carry-forward that is not last month's closing balance, with both sheets and amounts (not as a total that is off)", () => {
    const ledger = read([block("9月", headers, september), block("10月", headers, october(900))]);
    const differs = ledger.issues.filter((i) => i.code === "monthCarryDiffers");
    expect(differs.map((i) => [i.severity, i.sheet, i.row, issueText(i, "zh")])).toEqual([["warning", "10月", 2, "结转 900.00，但工作表“9月”的期末余额为 700.00：各行按原样计算，请核对哪一个正确"]]);
    // 900.00 carried on 10月, 700.00 closing on 9月.
    expect(ledger.unread?.totalsOff).toBeUndefined();
    expect(ledger.unread?.carriesOff).toEqual([{ sheet: "10月", from: "9月", customer: "甲公司", currency: "CNY", carried: 90_000, closing: 70_000 }]);
    expect(unreadSentence(ledger.unread, "en")).toBe("CARRIED FORWARD OFF: on sheet \"10月\" 甲公司's carried-forward balance (上月结转) is CNY 900.00, but last month's sheet \"9月\" closes at CNY 700.00; the rows are counted as they stand");
    expect(unreadSentence(ledger.unread, "zh")).toBe("结转不符：工作表“10月”中甲公司的上月结转为 CNY 900.00，而上月工作表“9月”的期末余额为 CNY 700.00；以上数字按各行实际金额计算");
    expect(hasFiguresOff(ledger.unread)).toBe(true);
  });

  it("is only for a month whose previous month's sheet is read: 9月 alone keeps its 上月结转 as the opening", () => {
    expect(balances(read([block("9月", headers, september)]), "2026-10-31")).toEqual({ "甲公司 CNY": 70_000 });
  });
});

describe("Chinese outputs name a missing column by its Chinese name", () => {
  it("says 发票号, not InvoiceNo", () => {
    // No number column and no date: nothing to number the rows by (with a date it is read: tenthPassShapes).
    const ledger = read([block("台账", ["客户", "摘要", "借方", "贷方"], [["甲公司", "销售", 1000, null]])]);
    const missing = ledger.issues.find((i) => i.code === "requiredColumnMissing")!;
    expect([issueColumn(missing, "zh"), issueColumn(missing, "en")]).toEqual(["发票号", "InvoiceNo"]);
  });
});

describe("发票号 beside 合同号 and 订单号", () => {
  it("takes 发票号 as the invoice number: one contract billed twice is two invoices, not a duplicate", () => {
    const ledger = read([block("销售台账", ["日期", "客户", "合同号", "订单号", "发票号", "金额", "已收", "备注"], [
      ["2026-07-15", "甲公司", "HT-01", "DD-01", "04512345", 1000, 0, "已开票未回款"],
      ["2026-08-15", "甲公司", "HT-01", "DD-02", "04512346", 2000, 500, null],
    ])]);
    expect(problems(ledger)).toEqual([]);
    expect(ledger.invoices.map((i) => i.invoiceNo)).toEqual(["04512345", "04512346"]);
  });

  it("still takes 合同号 when it is the only number", () => {
    const ledger = read([block("应收台账", ["客户名称", "合同号", "开票日期", "应收金额"], [["甲公司", "HT-01", "2026-07-15", 1000]])]);
    expect(ledger.invoices.map((i) => i.invoiceNo)).toEqual(["HT-01"]);
  });
});

describe("the skipped rows said in Chinese", () => {
  it("lists the kinds with 、 and no stray space", () => {
    expect(ISSUE_TEXTS.rowsSkipped.zh({ footers: 8, firstFooter: 8, notes: 2, blank: 0 })).toBe("已跳过 8 行合计/表尾（第一行：第 8 行）、2 行标题或备注：不是发票");
  });
});

describe("aging buckets in years", () => {
  it.each(["1年以上", "1-2年", "2-3年", "3年以上", "一年以内"])("%s is a bucket header", (header) => {
    expect(isBucketHeader(header)).toBe(true);
  });
  it("a year is no bucket", () => {
    expect(isBucketHeader("2026年")).toBe(false);
  });
});

describe("SAP's line-item status as text", () => {
  it("reads ○ as open and ● as cleared, with no warning", () => {
    const ledger = read([block("FBL5N", ["状态", "客户", "凭证编号", "过帐日期", "净到期日", "本币金额"], [
      ["●", "100023", "9000001", "14.07.2026", "13.08.2026", "1,000.00"],
      ["○", "100023", "9000007", "05.10.2026", "04.11.2026", "2,500.00"],
    ])]);
    expect(problems(ledger)).toEqual([]);
    // The cleared item is paid; 2,500.00 is open.
    expect(balances(ledger, "2026-10-31")).toEqual({ "100023 CNY": 250_000 });
  });
});

describe("a month's carry-forward of a customer last month's sheet never names", () => {
  it("is said as a carry that is off, even without a running 余额 (the money is on no other sheet)", () => {
    const headers = ["日期", "客户", "单号", "摘要", "金额", "未收"];
    const ledger = read([
      block("9月", headers, [["2026-09-02", "甲公司", "F-01", "销售", 1000, 1000]]),
      block("10月", headers, [["2026-10-01", "乙公司", null, "上月结转", null, 600], ["2026-10-12", "甲公司", "F-02", "销售", 300, 300]]),
    ]);
    const differs = ledger.issues.filter((i) => i.code === "monthCarryDiffers");
    expect(differs.map((i) => [i.sheet, i.row, issueText(i, "zh")])).toEqual([["10月", 2, "结转 600.00，但工作表“9月”的期末余额为 0.00：各行按原样计算，请核对哪一个正确"]]);
    // 600.00 carried for 乙公司, whom 9月 never names: it closes at 0.00 there.
    expect(ledger.unread?.totalsOff).toBeUndefined();
    expect(ledger.unread?.carriesOff).toEqual([{ sheet: "10月", from: "9月", customer: "乙公司", currency: "CNY", carried: 60_000, closing: 0 }]);
  });
});

describe("an invoice whose amount is a dash", () => {
  it("is read as 0.00 and said (en + zh); a dash in 已收 is just zero", () => {
    const ledger = read([block("台账", ["日期", "客户", "发票号", "金额", "已收"], [
      ["2026-09-02", "乙公司", "F002", "-", 0],
      ["2026-09-04", "乙公司", "F004", 700, "-"],
    ])]);
    const said = ledger.issues.filter((i) => i.severity !== "info");
    expect(said.map((i) => [i.code, i.row, i.column, issueText(i, "zh")])).toEqual([["amountDashZero", 2, "金额", "金额为“-”：按 0.00 读入（一张金额为零的发票）；如金额尚未确定，请填写金额或删除该行"]]);
    expect(balances(ledger, "2026-10-31")).toEqual({ "乙公司 CNY": 70_000 });
  });
});

describe("one customer's 明细账 with its customer in the title (客户：甲公司 above the header)", () => {
  const rows = (title: string): RawCell[][] => [
    ["科目：1122 应收账款", null, title],
    ["日期", "凭证号", "摘要", "借方", "贷方", "方向", "余额"],
    ["2026-09-02", "记-0012", "销售商品", 1000, null, "借", 1000],
    ["2026-10-08", "记-0031", "收款", null, 800, "借", 200],
  ];
  const blockOf = (title: string): SourceBlock => ({ sheet: "Sheet1", headerRow: 1, firstColumn: 1, headers: ["应收账款明细账"], rows: rows(title) });

  it("gives the rows that customer", () => {
    const ledger = read([blockOf("客户：甲公司")]);
    expect(problems(ledger)).toEqual([]);
    expect(balances(ledger, "2026-10-31")).toEqual({ "甲公司 CNY": 20_000 });
  });

  it("never takes a report's filter (客户：全部, 客户：001-099) for a customer: the rows are said to have none", () => {
    for (const title of ["客户：全部", "客户：001-099"]) {
      const ledger = read([blockOf(title)]);
      expect(ledger.issues.filter((i) => i.severity === "error").map((i) => i.code)).toEqual(["noCustomer", "noCustomer"]);
    }
  });
});
