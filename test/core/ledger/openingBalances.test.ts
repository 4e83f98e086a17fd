/**
 * Opening balances and page carry-forwards in a 明细账 / customer ledger (DESIGN §2, issue 8
 * follow-up). Expected figures are worked by hand in the comments.
 */
import { buildLedger } from "../../../src/core/ledger";
import { accountsAsOf } from "../../../src/core/allocation";
import { agingOfAccount } from "../../../src/core/aging";
import { detectTables, toLedgerInput } from "../../../src/workbook/schema";
import type { SourceBlock } from "../../../src/workbook/port";
import type { Ledger } from "../../../src/core/model";
import { block, day, isoOf } from "../builders";

const read = (blocks: SourceBlock[]): Ledger => buildLedger(toLedgerInput(detectTables(blocks)));
const balances = (ledger: Ledger, asOf: string) =>
  Object.fromEntries(accountsAsOf(ledger, day(asOf)).map((a) => [`${a.customer.name} ${a.currency}`, a.balance]));
const notInfo = (ledger: Ledger) => ledger.issues.filter((i) => i.severity !== "info").map((i) => [i.row, i.column, i.code]);

describe("opening balances (期初余额, 上年结转, Balance b/f)", () => {
  const headers = ["日期", "凭证字号", "往来单位名称", "摘要", "借方", "贷方", "余额"];

  it("reads a balance-only 期初余额 row as an opening item dated its row, due that day, and the running 余额 starts from it", () => {
    const ledger = read([block("明细账", headers, [
      ["2026-01-01", null, "长江建材", "期初余额", null, null, 1000],
      ["2026-07-08", "记-1", "长江建材", "销售", 500, null, 1500],
      ["2026-09-05", "记-2", "长江建材", "收款", null, 200, 1300],
    ])]);
    expect(notInfo(ledger)).toEqual([]);
    const opening = ledger.invoices[0];
    expect([opening.invoiceNo, opening.description, isoOf(opening.invoiceDate), isoOf(opening.dueDate), opening.amount.minor])
      .toEqual(["期初余额", "期初余额", "2026-01-01", "2026-01-01", 100000]);
    // 1000 + 500 − 200 = 1300
    expect(balances(ledger, "2026-10-31")).toEqual({ "长江建材 CNY": 130000 });
    // the receipt settles the oldest first: the opening item, 1000 − 200 = 800 left, aged 90+ days
    const account = accountsAsOf(ledger, day("2026-10-31"))[0];
    expect(account.openItems.map((s) => [s.invoice.invoiceNo, s.open])).toEqual([["期初余额", 80000], ["记-1", 50000]]);
    // due 2026-01-01: 303 days overdue on 2026-10-31 → 90+; 记-1 due 2026-08-07 (30 days) → 85 days → 61–90
    expect(agingOfAccount(account, day("2026-10-31"))).toEqual([0, 0, 0, 50000, 80000]);
  });

  it("dates an undated 上年结转 debit on the first dated row, and a 承前页 row is a check, never data", () => {
    const ledger = read([block("明细账", headers, [
      [null, null, "西安秦川", "上年结转", 300, null, 300],
      ["2026-03-02", "记-5", "西安秦川", "销售", 100, null, 400],
      [null, null, "西安秦川", "过次页", 400, null, 400],
      [null, null, "西安秦川", "承前页", 400, null, 400],
      ["2026-04-01", "记-6", "西安秦川", "销售", 50, null, 450],
    ])]);
    expect(notInfo(ledger)).toEqual([]);
    expect(ledger.invoices.map((i) => [i.invoiceNo, isoOf(i.invoiceDate), i.amount.minor]))
      .toEqual([["期初余额", "2026-03-02", 30000], ["记-5", "2026-03-02", 10000], ["记-6", "2026-04-01", 5000]]);
    // 300 + 100 + 50 = 450; the carried 400s are not counted again
    expect(balances(ledger, "2026-10-31")).toEqual({ "西安秦川 CNY": 45000 });
  });

  it("reads a credit opening balance (贷 beside an unsigned 余额) as unapplied credit", () => {
    const ledger = read([block("明细账", [...headers.slice(0, 6), "方向", "余额"], [
      ["2026-01-01", null, "海韵水产", "期初余额", null, null, "贷", 200],
      ["2026-07-08", "记-1", "海韵水产", "销售", 500, null, "借", 300],
    ])]);
    expect(notInfo(ledger)).toEqual([]);
    expect(ledger.invoices[0].amount.minor).toBe(-20000);
    // 500 − 200 = 300
    expect(balances(ledger, "2026-10-31")).toEqual({ "海韵水产 CNY": 30000 });
  });

  it("reads English Balance b/f / Brought forward rows, one label per customer", () => {
    const ledger = read([block("Ledger", ["Date", "Ref", "Customer", "Description", "Debit", "Credit", "Balance"], [
      ["2026-06-30", null, "Acme Ltd", "Balance b/f", 120.5, null, 120.5],
      ["2026-07-02", "INV-9", "Acme Ltd", "Goods", 10, null, 130.5],
      ["2026-06-30", null, "Birch Co", "Brought forward", null, 40, -40],
    ])]);
    expect(notInfo(ledger)).toEqual([]);
    expect(ledger.invoices.map((i) => [i.invoiceNo, i.customerId, i.amount.minor]))
      .toEqual([["Opening balance", "Acme Ltd", 12050], ["INV-9", "Acme Ltd", 1000], ["Opening balance", "Birch Co", -4000]]);
    // 120.50 + 10 = 130.50; Birch: 40 of unapplied credit
    expect(balances(ledger, "2026-10-31")).toEqual({ "Acme Ltd USD": 13050, "Birch Co USD": -4000 });
  });

  it("under a group title (用友, no customer column) the opening row keeps the group and does not become a title", () => {
    const ledger = read([block("客户往来明细账", ["日期", "凭证号", "摘要", "借方", "贷方", "方向", "余额"], [
      ["客户：天津重工", null, null, null, null, null, null],
      [null, null, "期初余额", null, null, "借", 100],
      ["2026/8/5", "转-1", "销售产品", 678, null, "借", 778],
    ])]);
    expect(notInfo(ledger)).toEqual([]);
    // 100 + 678 = 778
    expect(balances(ledger, "2026-10-31")).toEqual({ "天津重工 CNY": 77800 });
  });
});

describe("page carry-forwards (承前页, 过次页)", () => {
  it("check the balance they carry against the running balance so far, naming the row, and add nothing", () => {
    const ledger = read([block("明细账", ["日期", "凭证字号", "往来单位名称", "摘要", "借方", "贷方", "余额"], [
      ["2026-03-02", "记-5", "西安秦川", "销售", 100, null, 100],
      [null, null, "西安秦川", "过次页", 100, null, 100],
      [null, null, "西安秦川", "承前页", 100, null, 190], // 100 carried, not 190
      ["2026-04-01", "记-6", "西安秦川", "销售", 50, null, 240], // follows on from the stated 190: no second warning
    ])]);
    expect(notInfo(ledger)).toEqual([[4, "余额", "runningBalanceMismatch"]]);
    // 100 + 50: the carried rows add nothing
    expect(balances(ledger, "2026-10-31")).toEqual({ "西安秦川 CNY": 15000 });
  });
});

describe("an opening-balance row in an open-balance export", () => {
  it("takes the open balance as it stands and keeps the row's own document number", () => {
    const ledger = read([block("Invoices", ["Invoice No", "Customer", "Invoice Date", "Description", "Amount", "Open Balance"], [
      ["OB-1", "Acme Ltd", "2026-01-01", "Opening balance", 1000, 300],
      ["INV-2", "Acme Ltd", "2026-09-01", "Goods", 200, 200],
    ])]);
    expect(notInfo(ledger)).toEqual([]);
    expect(ledger.invoices.map((i) => [i.invoiceNo, isoOf(i.dueDate), i.amount.minor])).toEqual([["OB-1", "2026-01-01", 30000], ["INV-2", "2026-10-01", 20000]]);
    // 300 still open + 200 = 500, not the 1,000 first invoiced
    expect(balances(ledger, "2026-10-31")).toEqual({ "Acme Ltd USD": 50000 });
  });
});
