/**
 * A ninth new user's pass, Chinese ledgers: a 用友 明细账 printed with `2026年` over 月 | 日 and a dated
 * 本月合计 per month, a hand-kept 台账 with 年 | 月 | 日 columns and 发票号 beside 合同号 / 订单号, a 速达
 * 销售单 export with 账龄 columns (0-30天 … 1年以上), a 台账 listing 开票 and 回款 rows in one list (the
 * 摘要 says which), a 台账 a sheet per month each opening with 上月结转, one customer written two ways
 * (深圳市华强电子 / 华强电子（深圳）有限公司) under merged 客户 cells, hostile cells (`2026.13.01`, `-`,
 * `待定`, amounts in capital numerals 壹万贰仟元整), SAP's Chinese 客户行项目 and a 畅捷通 明细账 a customer
 * per sheet named only in its title (往来单位：…). Same rules as
 * ./corpus.ts: each is written from its facts, the facts feed the independent calculator
 * (_lib/expectedAging.ts), nothing here imports src.
 */
import type { CorpusLedger } from "./corpus";
import { addDays, cents as m, dayOf, expectedRows, type Doc, type Iso, type Receipt } from "./_lib/expectedAging";
import { type Cell, dateCell as dt, dotDate, grouped, num, slashDate } from "./_lib/sheets";

const OCT = { asOf: "2026-10-31", month: "2026-10" } as const;
const sum = (values: readonly number[]) => values.reduce((a, b) => a + b, 0);
const parts = (iso: Iso) => iso.split("-").map(Number) as [number, number, number];
/** The last day of an ISO date's month. */
const monthEnd = (iso: Iso) => { const [y, mo] = parts(iso); return `${y}-${String(mo).padStart(2, "0")}-${new Date(Date.UTC(y, mo, 0)).getUTCDate()}`; };
/** AR Desk's default terms when a ledger states none (settings: ledger.defaultTermsDays). */
const TERMS = 30;

// ---------------------------------------------------------------------------------------------
// 100. 用友 U8 科目明细账 as printed to Excel: the year `2026年` merged over the 月 | 日 columns of a
//      two-row header (the other labels merged down over both rows), 凭证号数 (记-0012), 摘要,
//      借方 / 贷方 / 方向 / 余额 unsigned, `客户：…` lines over each customer, a 期初余额 row, a
//      本月合计 dated the month's last day after each month with entries (checked), and 本年累计.
function yonyouSplitDateDetail(): CorpusLedger {
  type Line = [Iso, string, string, string, string];
  const blocks: [string, string, Line[]][] = [
    // customer, opening balance (借), [date, voucher, summary, debit, credit]
    ["杭州西湖文具有限公司", "5,000.00", [
      ["2026-07-15", "记-0012", "销售文具 发票 26070015", "12,800.00", ""],
      ["2026-08-05", "记-0031", "收到货款", "", "10,000.00"],
      ["2026-08-20", "记-0046", "销售文具 发票 26080033", "6,450.00", ""],
      ["2026-10-12", "记-0078", "收到货款", "", "3,000.00"],
      ["2026-10-25", "记-0090", "销售文具 发票 26100041", "2,260.00", ""],
    ]],
    ["宁波港城物流有限公司", "", [
      ["2026-08-10", "记-0020", "运输服务 发票 26080020", "23,400.00", ""],
      ["2026-09-28", "记-0066", "收到货款", "", "10,000.00"],
      ["2026-10-18", "记-0081", "运输服务 发票 26100035", "4,680.00", ""],
    ]],
  ];
  const md = (iso: Iso): [number, number] => { const [, mo, d] = parts(iso); return [mo, d]; };
  const side = (balance: number) => (balance === 0 ? "平" : balance > 0 ? "借" : "贷");
  const rows: Cell[][] = [
    ["应收账款明细账"], ["科目：1122 应收账款", null, null, null, null, null, null, "单位：元"],
    ["2026年", null, "凭证号数", "摘要", "借方", "贷方", "方向", "余额"], ["月", "日"],
  ];
  const merges = ["A3:B3", "C3:C4", "D3:D4", "E3:E4", "F3:F4", "G3:G4", "H3:H4"];
  const docs: Doc[] = [];
  const receipts: Receipt[] = [];
  for (const [customer, opening, lines] of blocks) {
    rows.push([`客户：${customer}`]);
    let balance = opening === "" ? 0 : m(opening);
    if (opening !== "") {
      rows.push([7, 1, null, "期初余额", null, null, "借", grouped(balance)]);
      docs.push({ customer, currency: "CNY", no: "期初余额", date: "2026-07-01", due: "2026-07-01", amount: m(opening) });
    }
    lines.forEach(([date, voucher, summary, debit, credit], k) => {
      balance += (debit === "" ? 0 : m(debit)) - (credit === "" ? 0 : m(credit));
      rows.push([...md(date), voucher, summary, debit === "" ? null : grouped(m(debit)), credit === "" ? null : grouped(m(credit)), side(balance), grouped(Math.abs(balance))]);
      if (debit !== "") docs.push({ customer, currency: "CNY", no: voucher, date, due: addDays(date, TERMS), amount: m(debit) });
      else receipts.push({ customer, currency: "CNY", date, amount: m(credit) });
      // After the month's last entry: its 本月合计, dated the month's last day.
      const next = lines[k + 1];
      if (next === undefined || parts(next[0])[1] !== parts(date)[1]) {
        const month = lines.filter((l) => parts(l[0])[1] === parts(date)[1]);
        const debits = sum(month.map((l) => (l[3] === "" ? 0 : m(l[3]))));
        const credits = sum(month.map((l) => (l[4] === "" ? 0 : m(l[4]))));
        rows.push([...md(monthEnd(date)), null, "本月合计", debits === 0 ? null : grouped(debits), credits === 0 ? null : grouped(credits), side(balance), grouped(Math.abs(balance))]);
      }
    });
    const debits = sum(lines.map((l) => (l[3] === "" ? 0 : m(l[3]))));
    const credits = sum(lines.map((l) => (l[4] === "" ? 0 : m(l[4]))));
    rows.push([null, null, null, "本年累计", grouped(debits), grouped(credits), side(balance), grouped(Math.abs(balance))]);
  }
  return {
    file: "100-zh-yonyou-detail-year-over-month-day.xlsx",
    shape: "用友 U8 明细账 printed with 2026年 merged over 月 | 日, 凭证号数, 借方/贷方/方向/余额, 期初余额, a dated 本月合计 per month, 本年累计",
    ...OCT,
    sheets: [{ name: "应收账款明细账", rows, merges }],
    expected: expectedRows(OCT.asOf, "allocate", docs, receipts),
    languages: Object.fromEntries(blocks.map((b) => [b[0], "zh"])),
    // Each customer's 本月合计 rows (3 months with entries each) and its 本年累计: 8 totals, none a row not read.
    checkSays: ["skipped 8 total/footer rows", 'InvoiceDate ← A "日期"'],
  };
}

// ---------------------------------------------------------------------------------------------
// 101. A hand-kept 台账 whose date is typed in three columns 年 | 月 | 日, with 发票号 beside 合同号
//      and 订单号 (one contract billed on several invoices: the 发票号 is the invoice's number),
//      金额 / 已收 / 未收, 备注 with `已开票未回款` / `部分回款` notes, a hidden row and a 合计 row.
function taizhangSplitDateContracts(): CorpusLedger {
  type Line = [Iso, string, string, string, string, string, string, string?];
  const lines: Line[] = [
    // date, customer, 发票号, 合同号, 订单号, 金额, 已收, 备注
    ["2026-06-18", "佛山顺德家电配件有限公司", "44012601", "HT-2026-018", "DD-0612", "36,000.00", "20,000.00", "部分回款"],
    ["2026-08-09", "佛山顺德家电配件有限公司", "44012688", "HT-2026-018", "DD-0730", "18,500.00", "0.00", "已开票未回款"],
    ["2026-10-16", "佛山顺德家电配件有限公司", "44012745", "HT-2026-018", "DD-1002", "9,250.00", "0.00", "已开票未回款"],
    ["2026-07-27", "东莞长安模具厂", "44012650", "HT-2026-022", "DD-0719", "14,040.00", "14,040.00"],
    ["2026-09-14", "东莞长安模具厂", "44012703", "HT-2026-031", "DD-0905", "7,605.00", "2,000.00", "部分回款"],
  ];
  const rows: Cell[][] = [["2026年应收账款台账"], ["年", "月", "日", "客户名称", "发票号", "合同号", "订单号", "金额", "已收", "未收", "备注"]];
  const docs: Doc[] = [];
  const totals = [0, 0, 0];
  for (const [date, customer, no, contract, order, amount, paid, note] of lines) {
    const open = m(amount) - m(paid);
    rows.push([...parts(date), customer, no, contract, order, num(m(amount)), num(m(paid)), num(open), note ?? null]);
    docs.push({ customer, currency: "CNY", no, date, due: addDays(date, TERMS), amount: m(amount), open });
    totals[0] += m(amount); totals[1] += m(paid); totals[2] += open;
  }
  rows.push(["合计", null, null, null, null, null, null, ...totals.map(num), null]);
  return {
    file: "101-zh-taizhang-year-month-day-columns-contract-no.xlsx",
    shape: "台账 with the date in 年 | 月 | 日 columns, 发票号 beside 合同号 / 订单号, 已开票未回款 notes, a hidden row, 合计",
    ...OCT,
    sheets: [{ name: "应收台账", rows, hiddenRows: [5] }],
    expected: expectedRows(OCT.asOf, "open", docs),
    languages: Object.fromEntries(lines.map((l) => [l[1], "zh"])),
    checkSays: ['"合同号"', '"订单号"'],
    checkSaysNot: ["duplicate"],
  };
}

// ---------------------------------------------------------------------------------------------
// 102. 速达 销售开单 export with the aging the exporting system worked out: 单据编号 (the system's
//      number, on every row) beside a 发票号 that is blank until the VAT invoice is issued, 单据日期,
//      往来单位, 应收 / 已收 / 未收金额, 账龄 columns 0-30天 / 31-60天 / 61-90天 / 90天以上 / 1年以上
//      (by document date; AR Desk ages by due date itself and reads none of them), 经手人, 合计.
function sudaSalesWithAgingColumns(): CorpusLedger {
  type Line = [string, Iso, string, string, string, string];
  const lines: Line[] = [
    // 单据编号, 单据日期, 往来单位, 发票号, 应收金额, 已收金额
    ["XS-2025-0912-03", "2025-09-12", "温州瓯海五金制品有限公司", "33081102", "8,800.00", "5,000.00"],
    ["XS-2026-0803-01", "2026-08-03", "温州瓯海五金制品有限公司", "33081577", "12,600.00", "0.00"],
    ["XS-2026-1020-02", "2026-10-20", "温州瓯海五金制品有限公司", "", "3,480.00", "0.00"],
    ["XS-2026-0711-05", "2026-07-11", "台州黄岩塑料制品厂", "33081490", "21,000.00", "15,000.00"],
    ["XS-2026-0922-01", "2026-09-22", "台州黄岩塑料制品厂", "33081640", "4,350.00", "0.00"],
  ];
  /** 速达's aging by document date on the as-of day. */
  const bucketOf = (date: Iso) => { const d = dayOf(OCT.asOf) - dayOf(date); return d <= 30 ? 0 : d <= 60 ? 1 : d <= 90 ? 2 : d <= 365 ? 3 : 4; };
  const rows: Cell[][] = [["销售单据列表"], ["单据编号", "单据日期", "往来单位", "发票号", "应收金额", "已收金额", "未收金额", "0-30天", "31-60天", "61-90天", "90天以上", "1年以上", "经手人"]];
  const docs: Doc[] = [];
  const totals = [0, 0, 0, 0, 0, 0, 0, 0];
  for (const [no, date, customer, invoice, amount, paid] of lines) {
    const open = m(amount) - m(paid);
    const buckets = [0, 0, 0, 0, 0];
    buckets[bucketOf(date)] = open;
    rows.push([no, slashDate(date), customer, invoice || null, grouped(m(amount)), grouped(m(paid)), grouped(open), ...buckets.map((b) => (b === 0 ? null : grouped(b))), "王敏"]);
    docs.push({ customer, currency: "CNY", no, date, due: addDays(date, TERMS), amount: m(amount), open });
    [m(amount), m(paid), open, ...buckets].forEach((v, k) => { totals[k] += v; });
  }
  rows.push(["合计", null, null, null, ...totals.map((t) => grouped(t)), null]);
  return {
    file: "102-zh-suda-sales-list-aging-columns.xlsx",
    shape: "速达 销售单据列表 (单据编号 beside a sometimes blank 发票号, 2026/7/11 text dates, 应收/已收/未收金额, 账龄 0-30天 … 1年以上, 合计)",
    ...OCT,
    sheets: [{ name: "销售单据", rows }],
    expected: expectedRows(OCT.asOf, "open", docs),
    languages: Object.fromEntries(lines.map((l) => [l[2], "zh"])),
    checkSays: ['"1年以上"'],
  };
}

// ---------------------------------------------------------------------------------------------
// 103. A 台账 of everything that happened, one amount column: 开票 rows and 回款 / 收款 rows in date
//      order, the 摘要 saying which (a 回款 names the invoice it pays, a 收款 none: it settles the
//      oldest), a 退货 row (a credit), 备注 with `已开票未回款`, `电汇`, `承兑汇票`.
function taizhangBillingAndReceipts(): CorpusLedger {
  type Line = [Iso, string, "开票" | "回款" | "收款" | "退货", string, string, string?];
  const lines: Line[] = [
    // date, customer, 摘要, 发票号, 金额, 备注
    ["2026-06-20", "昆明滇池茶业有限公司", "开票", "53026011", "16,800.00", "已开票未回款"],
    ["2026-07-08", "贵阳筑城建材有限公司", "开票", "52026044", "42,300.00"],
    ["2026-07-30", "昆明滇池茶业有限公司", "回款", "53026011", "10,000.00", "电汇"],
    ["2026-08-25", "昆明滇池茶业有限公司", "开票", "53026078", "5,600.00"],
    ["2026-09-03", "贵阳筑城建材有限公司", "收款", "", "30,000.00", "承兑汇票"],
    ["2026-09-18", "贵阳筑城建材有限公司", "退货", "52026090", "2,300.00"],
    ["2026-10-09", "贵阳筑城建材有限公司", "开票", "52026101", "11,700.00", "已开票未回款"],
    ["2026-10-22", "昆明滇池茶业有限公司", "收款", "", "3,000.00"],
  ];
  const rows: Cell[][] = [["日期", "客户", "摘要", "发票号", "金额", "备注"]];
  const docs: Doc[] = [];
  const receipts: Receipt[] = [];
  for (const [date, customer, kind, no, amount, note] of lines) {
    rows.push([dt(date), customer, kind, no || null, num(m(amount)), note ?? null]);
    if (kind === "开票") docs.push({ customer, currency: "CNY", no, date, due: addDays(date, TERMS), amount: m(amount) });
    else if (kind === "退货") docs.push({ customer, currency: "CNY", no, date, due: date, amount: -m(amount) });
    else receipts.push({ customer, currency: "CNY", date, amount: m(amount), invoiceNo: no || undefined });
  }
  return {
    file: "103-zh-taizhang-billing-and-receipts-by-summary.xlsx",
    shape: "台账 listing 开票 / 回款 / 收款 / 退货 rows in one amount column, the 摘要 saying which, 已开票未回款 notes",
    ...OCT,
    sheets: [{ name: "往来台账", rows }],
    expected: expectedRows(OCT.asOf, "allocate", docs, receipts),
    languages: Object.fromEntries(lines.map((l) => [l[1], "zh"])),
    checkSays: ["no type column: 摘要 says what each row is"],
    checkSaysNot: ["duplicate", "is empty"],
  };
}

// ---------------------------------------------------------------------------------------------
// 104. A 台账 a sheet per month (8月, 9月, 10月): 日期, 客户, 凭证号, 摘要, 借方, 贷方, 余额 (each
//      customer's running balance), every month opening with a 上月结转 line per customer that
//      carries the balance of the sheet before, and a 本月合计. Only 8月's 上月结转 is money owed
//      from before the ledger; 9月's and 10月's repeat what 8月 and 9月 hold (checked, not added).
function taizhangMonthSheetsCarried(): CorpusLedger {
  type Line = [Iso, string, string, string, string, string];
  const opening: Record<string, string> = { "南昌赣江电子有限公司": "8,000.00", "九江庐山旅游用品有限公司": "2,500.00" };
  const months: [string, Iso, Line[]][] = [
    ["8月", "2026-08-01", [
      ["2026-08-06", "南昌赣江电子有限公司", "记-0803", "销售", "12,000.00", ""],
      ["2026-08-19", "九江庐山旅游用品有限公司", "记-0815", "销售", "6,300.00", ""],
      ["2026-08-28", "南昌赣江电子有限公司", "记-0827", "收款", "", "8,000.00"],
    ]],
    ["9月", "2026-09-01", [
      ["2026-09-10", "九江庐山旅游用品有限公司", "记-0908", "收款", "", "2,500.00"],
      ["2026-09-23", "南昌赣江电子有限公司", "记-0921", "销售", "4,400.00", ""],
    ]],
    ["10月", "2026-10-01", [
      ["2026-10-09", "南昌赣江电子有限公司", "记-1006", "收款", "", "6,000.00"],
      ["2026-10-21", "九江庐山旅游用品有限公司", "记-1019", "销售", "3,150.00", ""],
    ]],
  ];
  const customers = Object.keys(opening);
  const balance = new Map(customers.map((c) => [c, m(opening[c])]));
  const docs: Doc[] = customers.map((customer) => ({ customer, currency: "CNY", no: "上月结转", date: "2026-08-01", due: "2026-08-01", amount: m(opening[customer]) }));
  const receipts: Receipt[] = [];
  const sheets = months.map(([name, first, lines]) => {
    const rows: Cell[][] = [["日期", "客户", "凭证号", "摘要", "借方", "贷方", "余额"]];
    for (const customer of customers) rows.push([dt(first), customer, null, "上月结转", null, null, num(balance.get(customer)!)]);
    for (const [date, customer, voucher, summary, debit, credit] of lines) {
      balance.set(customer, balance.get(customer)! + (debit === "" ? 0 : m(debit)) - (credit === "" ? 0 : m(credit)));
      rows.push([dt(date), customer, voucher, summary, debit === "" ? null : num(m(debit)), credit === "" ? null : num(m(credit)), num(balance.get(customer)!)]);
      if (debit !== "") docs.push({ customer, currency: "CNY", no: voucher, date, due: addDays(date, TERMS), amount: m(debit) });
      else receipts.push({ customer, currency: "CNY", date, amount: m(credit) });
    }
    const debits = sum(lines.map((l) => (l[4] === "" ? 0 : m(l[4]))));
    const credits = sum(lines.map((l) => (l[5] === "" ? 0 : m(l[5]))));
    rows.push([null, null, null, "本月合计", debits === 0 ? null : num(debits), credits === 0 ? null : num(credits), null]);
    return { name, rows };
  });
  return {
    file: "104-zh-taizhang-month-sheets-carried-forward.xlsx",
    shape: "台账 a sheet per month (8月/9月/10月), each opening with 上月结转 per customer (running 余额), 本月合计",
    ...OCT,
    sheets,
    expected: expectedRows(OCT.asOf, "allocate", docs, receipts),
    languages: Object.fromEntries(customers.map((c) => [c, "zh"])),
    checkSays: ['bring over the balance of the sheet "8月"', 'bring over the balance of the sheet "9月"'],
  };
}

// ---------------------------------------------------------------------------------------------
// 105. A 台账 keyed by name where one customer is written three ways over the months
//      (深圳市华强电子有限公司, 深圳市华强电子, 华强电子（深圳）有限公司, and once with half-width
//      brackets, which is the same written name), the 客户 cell merged down over each run of rows,
//      hidden rows, 金额 / 已收金额 / 未收金额. AR Desk keeps the ways apart as written and says so.
function taizhangOneCustomerManyNames(): CorpusLedger {
  type Run = [string, [string, Iso, string, string][]];
  const runs: Run[] = [
    // as written, [发票号, 开票日期, 金额, 已收金额]
    ["深圳市华强电子有限公司", [["44030611", "2026-06-11", "18,600.00", "18,600.00"], ["44030702", "2026-07-02", "9,900.00", "4,000.00"]]],
    ["深圳市华强电子", [["44030815", "2026-08-15", "7,350.00", "0.00"]]],
    ["华强电子（深圳）有限公司", [["44030909", "2026-09-09", "12,480.00", "0.00"], ["44031003", "2026-10-03", "3,120.00", "0.00"]]],
    ["广州白云皮具有限公司", [["44010720", "2026-07-20", "6,600.00", "6,600.00"], ["44010918", "2026-09-18", "15,400.00", "5,400.00"]]],
    ["华强电子(深圳)有限公司", [["44031027", "2026-10-27", "2,040.00", "0.00"]]],
  ];
  const rows: Cell[][] = [["客户", "发票号", "开票日期", "金额", "已收金额", "未收金额"]];
  const merges: string[] = [];
  const docs: Doc[] = [];
  /** The customer as AR Desk names it: width aside, the first way it is written. */
  const named = (written: string) => (written === "华强电子(深圳)有限公司" ? "华强电子（深圳）有限公司" : written);
  for (const [written, lines] of runs) {
    const first = rows.length + 1;
    lines.forEach(([no, date, amount, paid], k) => {
      rows.push([k === 0 ? written : null, no, dt(date), num(m(amount)), num(m(paid)), num(m(amount) - m(paid))]);
      docs.push({ customer: named(written), currency: "CNY", no, date, due: addDays(date, TERMS), amount: m(amount), open: m(amount) - m(paid) });
    });
    if (lines.length > 1) merges.push(`A${first}:A${first + lines.length - 1}`);
  }
  return {
    file: "105-zh-taizhang-one-customer-written-three-ways.xlsx",
    shape: "台账 keyed by name with one customer written 深圳市华强电子有限公司 / 深圳市华强电子 / 华强电子（深圳）有限公司, merged 客户 cells, hidden rows",
    ...OCT,
    sheets: [{ name: "应收台账", rows, merges, hiddenRows: [3, 8] }],
    expected: expectedRows(OCT.asOf, "open", docs),
    languages: Object.fromEntries(runs.map((r) => [named(r[0]), "zh"])),
    keyedByName: true,
    checkSays: ['may be the same customer as "深圳市华强电子有限公司" (row 2)'],
    checkSaysNot: ['may be the same customer as "广州白云皮具有限公司"'],
  };
}

// ---------------------------------------------------------------------------------------------
// 106. A hand-kept 台账 with hostile cells: a date `2026.13.01` (no 13th month: refused, the row not
//      read and said), 金额 `待定` (not an amount: refused), 已收 `-` (accounting zero), 金额 `-` (an
//      invoice of nothing: read as 0.00, said), `1.5万` and `3,000元整`, amounts typed
//      in capital numerals (`壹万贰仟元整`, `叁仟零伍拾元伍角`: read exactly), a 金额（大写） column
//      beside the 金额 column on other rows (not read), dotted dates 2026.07.15.
function taizhangHostileCells(): CorpusLedger {
  type Line = [string, string, Iso | "2026.13.01", Cell, Cell, string];
  const lines: Line[] = [
    // customer, 单号, date, 金额, 已收, 金额（大写）
    ["长沙岳麓印务有限公司", "YS-0715", "2026-07-15", 8600, "-", "捌仟陆佰元整"],
    ["长沙岳麓印务有限公司", "YS-0822", "2026-08-22", "壹万贰仟元整", 2000, "壹万贰仟元整"],
    ["长沙岳麓印务有限公司", "YS-0906", "2026.13.01", 4200, "-", "肆仟贰佰元整"],
    ["湘潭韶山食品有限公司", "YS-0811", "2026-08-11", "叁仟零伍拾元伍角", "-", "叁仟零伍拾元伍角"],
    ["湘潭韶山食品有限公司", "YS-0930", "2026-09-30", "待定", "-", ""],
    ["湘潭韶山食品有限公司", "YS-1012", "2026-10-12", 5180, 0, "伍仟壹佰捌拾元整"],
    ["湘潭韶山食品有限公司", "YS-1026", "2026-10-26", "-", "-", ""],
    ["湘潭韶山食品有限公司", "YS-1029", "2026-10-29", "1.5万", "-", "壹万伍仟元整"],
    ["长沙岳麓印务有限公司", "YS-1030", "2026-10-30", "3,000元整", "-", "叁仟元整"],
  ];
  // The amounts in words worked out by hand: 12,000.00, 3,050.50, 15,000.00 and 3,000.00.
  const amountOf: Record<string, number> = { 壹万贰仟元整: 1_200_000, 叁仟零伍拾元伍角: 305_050, "1.5万": 1_500_000, "3,000元整": 300_000 };
  const cents = (cell: Cell) => (typeof cell === "number" ? Math.round(cell * 100) : cell === "-" ? 0 : amountOf[cell as string]);
  const rows: Cell[][] = [["客户", "单号", "日期", "金额", "已收", "金额（大写）"]];
  const docs: Doc[] = [];
  for (const [customer, no, date, amount, paid, words] of lines) {
    rows.push([customer, no, date === "2026.13.01" ? date : dotDate(date).split(".").reverse().join("."), amount, paid, words || null]);
    if (date === "2026.13.01" || amount === "待定") continue; // not read, said
    docs.push({ customer, currency: "CNY", no, date, due: addDays(date, TERMS), amount: cents(amount), open: cents(amount) - cents(paid) });
  }
  return {
    file: "106-zh-taizhang-hostile-cells-capital-amounts.xlsx",
    shape: "台账 with 2026.13.01, 待定 and - in its cells, amounts in capital numerals (壹万贰仟元整), 1.5万, 3,000元整, a 金额（大写） column",
    ...OCT,
    sheets: [{ name: "台账", rows }],
    expected: expectedRows(OCT.asOf, "open", docs),
    languages: { 长沙岳麓印务有限公司: "zh", 湘潭韶山食品有限公司: "zh" },
    unread: { rows: 2, amount: "4,200.00", value: "2026.13.01" },
    checkSays: ['"待定"', "金额（大写）", "the amount is a dash: read as 0.00"],
  };
}

// ---------------------------------------------------------------------------------------------
// 107. SAP 客户行项目显示 (FBL5N in Chinese): 状态 (○ open, ● cleared), 客户, 分配, 凭证编号, 凭证类型
//      (RV invoice, DG credit memo, DZ payment), 过帐日期 and 净到期日 as dd.mm.yyyy, 本币金额 with the
//      trailing minus (`1,000.00-`), 货币, 清帐凭证 and 清帐日期, `*` / `**` subtotals.
function sapChineseLineItems(): CorpusLedger {
  type Item = [string, string, string, "RV" | "DG" | "DZ", Iso, Iso, string, string?, Iso?];
  const items: Item[] = [
    // customer, assignment, document, type, posting date, net due, amount (signed), clearing doc, clearing date
    ["100023", "0080001201", "9000012001", "RV", "2026-07-14", "2026-08-13", "36,400.00", "1400000310", "2026-08-20"],
    ["100023", "", "1400000310", "DZ", "2026-08-20", "2026-08-20", "-36,400.00", "1400000310", "2026-08-20"],
    ["100023", "0080001266", "9000012066", "RV", "2026-09-09", "2026-10-09", "15,150.00"],
    ["100023", "0080001266", "9100000044", "DG", "2026-09-30", "2026-09-30", "-1,150.00"],
    ["100058", "0080001240", "9000012040", "RV", "2026-08-18", "2026-10-17", "52,800.00"],
    ["100058", "0080001299", "9000012099", "RV", "2026-10-21", "2026-11-20", "8,240.00"],
  ];
  const sap = (cents: number) => (cents < 0 ? `${grouped(-cents)}-` : grouped(cents));
  const docs: Doc[] = items.map(([customer, , no, , date, due, amount]) => ({ customer, currency: "CNY", no, date, due, amount: m(amount) }));
  const rows: Cell[][] = [["客户行项目显示"], ["公司代码 1000"], [],
    ["状态", "客户", "分配", "凭证编号", "凭证类型", "过帐日期", "净到期日", "本币金额", "货币", "清帐凭证", "清帐日期"]];
  for (const customer of ["100023", "100058"]) {
    const own = items.filter((it) => it[0] === customer);
    for (const [c, assignment, no, type, date, due, amount, clearing, cleared] of own) {
      rows.push([cleared ? "●" : "○", c, assignment || null, no, type, dotDate(date), dotDate(due), sap(m(amount)), "CNY", clearing ?? null, cleared ? dotDate(cleared) : null]);
    }
    rows.push(["*", customer, null, null, null, null, null, sap(sum(own.map((it) => m(it[6])))), "CNY"]);
  }
  rows.push(["**", null, null, null, null, null, null, sap(sum(items.map((it) => m(it[6])))), "CNY"]);
  return {
    file: "107-zh-sap-fbl5n-chinese-line-items.xlsx",
    shape: "SAP 客户行项目显示 in Chinese (凭证编号, 过帐日期, 净到期日, 本币金额 `1,000.00-`, 清帐凭证 / 清帐日期, `*` / `**`)",
    ...OCT,
    sheets: [{ name: "FBL5N", rows }],
    expected: expectedRows(OCT.asOf, "allocate", docs),
    checkSays: ['DueDate ← G "净到期日"', 'Amount ← H "本币金额"'],
    checkSaysNot: ["status is neither paid nor unpaid"],
  };
}

// ---------------------------------------------------------------------------------------------
// 108. 畅捷通 T+ 客户往来明细账 exported a customer per sheet, the sheets named by the customer's code
//      (C001, C002) and the customer named only in the title above the header (`往来单位：…`, beside
//      the 科目 and 期间 lines): 日期, 凭证号, 摘要, 借方, 贷方, 方向, 余额, 期初余额 and 本月合计.
function chanjetCustomerPerSheetTitled(): CorpusLedger {
  type Line = [Iso, string, string, string, string];
  const customers: [string, string, string, Line[]][] = [
    // sheet, customer, opening (借), [date, voucher, summary, debit, credit]
    ["C001", "南京金陵制药有限公司", "3,600.00", [
      ["2026-08-14", "记-0142", "销售药品", "28,600.00", ""],
      ["2026-09-30", "记-0233", "收到货款", "", "20,000.00"],
      ["2026-10-19", "记-0301", "销售药品", "7,150.00", ""],
    ]],
    ["C002", "扬州瘦西湖酒店用品有限公司", "", [
      ["2026-09-05", "记-0188", "销售布草", "9,880.00", ""],
      ["2026-10-27", "记-0322", "收到货款", "", "9,880.00"],
    ]],
  ];
  const side = (balance: number) => (balance === 0 ? "平" : balance > 0 ? "借" : "贷");
  const docs: Doc[] = [];
  const receipts: Receipt[] = [];
  const sheets = customers.map(([sheet, customer, opening, lines]) => {
    const rows: Cell[][] = [["客户往来明细账"], ["科目：1122 应收账款", null, `往来单位：${customer}`, null, null, "期间：2026.08-2026.10"],
      ["日期", "凭证号", "摘要", "借方", "贷方", "方向", "余额"]];
    let balance = opening === "" ? 0 : m(opening);
    if (opening !== "") {
      rows.push([dt("2026-08-01"), null, "期初余额", null, null, "借", num(balance)]);
      docs.push({ customer, currency: "CNY", no: "期初余额", date: "2026-08-01", due: "2026-08-01", amount: m(opening) });
    }
    for (const [date, voucher, summary, debit, credit] of lines) {
      balance += (debit === "" ? 0 : m(debit)) - (credit === "" ? 0 : m(credit));
      rows.push([dt(date), voucher, summary, debit === "" ? null : num(m(debit)), credit === "" ? null : num(m(credit)), side(balance), num(Math.abs(balance))]);
      if (debit !== "") docs.push({ customer, currency: "CNY", no: voucher, date, due: addDays(date, TERMS), amount: m(debit) });
      else receipts.push({ customer, currency: "CNY", date, amount: m(credit) });
    }
    const debits = sum(lines.map((l) => (l[3] === "" ? 0 : m(l[3]))));
    const credits = sum(lines.map((l) => (l[4] === "" ? 0 : m(l[4]))));
    rows.push([null, null, "合计", num(debits), num(credits), side(balance), num(Math.abs(balance))]);
    return { name: sheet, rows };
  });
  return {
    file: "108-zh-chanjet-customer-per-sheet-named-in-title.xlsx",
    shape: "畅捷通 T+ 客户往来明细账 a customer per sheet, sheets named by code (C001), the customer only in the title (往来单位：…)",
    ...OCT,
    sheets,
    expected: expectedRows(OCT.asOf, "allocate", docs, receipts),
    languages: Object.fromEntries(customers.map((c) => [c[1], "zh"])),
    checkSaysNot: ["no customer ("],
  };
}

export const NINTH_PASS: readonly CorpusLedger[] = [
  yonyouSplitDateDetail(),
  taizhangSplitDateContracts(),
  sudaSalesWithAgingColumns(),
  taizhangBillingAndReceipts(),
  taizhangMonthSheetsCarried(),
  taizhangOneCustomerManyNames(),
  taizhangHostileCells(),
  sapChineseLineItems(),
  chanjetCustomerPerSheetTitled(),
];
