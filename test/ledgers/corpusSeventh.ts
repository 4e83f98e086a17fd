/**
 * A seventh new user's pass: an Oracle Receivables aging by account and a 用友 NC aging by 到期日
 * (a due date on every row, no invoice date), a foreign-currency 台账 whose 金额 and 余额 are each
 * split 原币 | 本币 under a two-row header, a 收款登记 with no currency column for customers paying
 * in USD and CNY (小计 / 合计 per currency), a hand-kept 台账 with 同上 / 〃 and red ink written out,
 * hostile rows (`#REF!` in a date, a date typed as 10.5, an amount of 1e15, `N/A` in Paid), a 金蝶
 * KIS 应收账款明细表 (应收 / 实收 / running 余额) and Zoho Books' AR Aging Details. Same rules as
 * ./corpus.ts: each is written from its facts, the facts feed the independent calculator
 * (_lib/expectedAging.ts), nothing here imports src.
 */
import type { CorpusLedger } from "./corpus";
import { addDays, cents as m, dayOf, expectedRows, type Doc, type Iso, type Receipt } from "./_lib/expectedAging";
import { type Cell, dateCell as dt, grouped, num, usDate, yuan, zhDate } from "./_lib/sheets";

const OCT = { asOf: "2026-10-31", month: "2026-10" } as const;
const sum = (values: readonly number[]) => values.reduce((a, b) => a + b, 0);
const MON = ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"];
/** Oracle's default date mask `DD-MON-YYYY`: `05-SEP-2026`. */
const oracleDate = (iso: Iso) => { const [y, mo, d] = iso.split("-").map(Number); return `${String(d).padStart(2, "0")}-${MON[mo - 1]}-${y}`; };

// ---------------------------------------------------------------------------------------------
// 80. Oracle Receivables "Aging - 4 Buckets - By Account" saved as Excel: the report's title block
//     (Report Date, As of Date, Currency), Customer Name / Customer Number / Transaction Number /
//     Type / Due Date / Days Past Due / Original Amount / Outstanding Amount / the four buckets,
//     a `Customer Total` line per customer and a `Report Total`. It prints no invoice date: aging by
//     due date needs none (the invoice date is taken as the due date less the customer's terms,
//     30 days by default, and said).
function oracleAgingByAccount(): CorpusLedger {
  type Line = [string, "Invoice" | "Credit Memo" | "Payment", Iso, string, string];
  const customers: [string, string, Line[]][] = [
    // name, number, [transaction, type, due date, original amount, outstanding (signed)]
    ["Blue Heron Logistics", "1004", [
      ["103345", "Invoice", "2026-07-19", "12,400.00", "7,400.00"],
      ["103412", "Invoice", "2026-09-25", "3,860.50", "3,860.50"],
      ["103498", "Invoice", "2026-11-20", "2,150.00", "2,150.00"],
      ["CM-2211", "Credit Memo", "2026-10-09", "-640.00", "-640.00"],
    ]],
    ["Northgate Pharmacy Group", "1017", [
      ["103377", "Invoice", "2026-08-14", "9,975.00", "9,975.00"],
      ["103455", "Invoice", "2026-10-30", "1,240.00", "1,240.00"],
      ["87321", "Payment", "2026-10-22", "-2,000.00", "-2,000.00"],
    ]],
  ];
  const late = (due: Iso) => dayOf(OCT.asOf) - dayOf(due);
  const bucket = (due: Iso) => { const d = late(due); return d <= 0 ? 0 : d <= 30 ? 1 : d <= 60 ? 2 : 3; };
  const rows: Cell[][] = [
    ["Vision Operations (USA)"], ["Aging - 4 Buckets - By Account Report"], ["Report Date: 01-NOV-2026", null, null, "As of Date: 31-OCT-2026"], ["Currency: USD"], [],
    ["Customer Name", "Customer Number", "Transaction Number", "Type", "Due Date", "Days Past Due", "Original Amount", "Outstanding Amount", "Current", "1-30 Days Past Due", "31-60 Days Past Due", "61+ Days Past Due"],
  ];
  const docs: Doc[] = [];
  const grand = [0, 0, 0, 0, 0, 0];
  for (const [name, number, lines] of customers) {
    const own = [0, 0, 0, 0, 0, 0];
    for (const [no, type, due, original, open] of lines) {
      const buckets = [0, 0, 0, 0];
      buckets[bucket(due)] = m(open);
      rows.push([name, number, no, type, oracleDate(due), late(due), num(m(original)), num(m(open)), ...buckets.map((b) => (b === 0 ? null : num(b)))]);
      // The calculator needs no invoice date to age by due date: the due date stands in for ordering.
      docs.push({ customer: name, currency: "USD", no, date: due, due, amount: m(original), open: m(open) });
      [m(original), m(open), ...buckets].forEach((v, k) => { own[k] += v; grand[k] += v; });
    }
    rows.push([null, null, "Customer Total", null, null, null, ...own.map(num)]);
  }
  rows.push([null, null, "Report Total", null, null, null, ...grand.map(num)]);
  return {
    file: "80-oracle-aging-by-account-no-invoice-date.xlsx",
    shape: "Oracle Receivables Aging - 4 Buckets - By Account (due date, no invoice date, Customer Total lines)",
    ...OCT,
    sheets: [{ name: "Aging by Account", rows }],
    expected: expectedRows(OCT.asOf, "open", docs),
    languages: { "Blue Heron Logistics": "en", "Northgate Pharmacy Group": "en" },
  };
}

// ---------------------------------------------------------------------------------------------
// 81. A foreign-currency 台账 whose 金额 and 余额 are each split 原币 | 本币 under a two-row header
//     (金额 merged over 原币 / 本币, 余额 likewise): 余额 原币 is what each invoice still owes in
//     its 币种; the two 本币 columns are the clerk's CNY equivalents, not read, and `check` must
//     name them apart (`金额 本币`, `余额 本币`), never `本币` twice.
function twoRowHeaderTwoSplits(): CorpusLedger {
  const lines: [string, string, Iso, number, string, string, string, string][] = [
    // customer, invoice, date, terms, 币种, 原币金额, 原币余额, rate
    ["Sunrise Foods Pte Ltd", "EXP-26-0712", "2026-07-12", 60, "USD", "18,600.00", "8,600.00", "7.1300"],
    ["Sunrise Foods Pte Ltd", "EXP-26-0921", "2026-09-21", 60, "USD", "9,450.00", "9,450.00", "7.1100"],
    ["Rheinland Maschinen AG", "EXP-26-0830", "2026-08-30", 45, "EUR", "12,300.00", "12,300.00", "7.7800"],
    ["广州天河百货有限公司", "GZ-26-1015", "2026-10-15", 30, "CNY", "26,880.00", "16,880.00", "1.0000"],
  ];
  const local = (amount: string, rate: string) => Math.round((m(amount) * Math.round(Number(rate) * 10_000)) / 10_000);
  const rows: Cell[][] = [
    ["外币应收账款台账", null, null, null, null, null, null, null, null, null],
    ["客户名称", "发票号码", "开票日期", "到期日", "币种", "金额", null, "余额", null, "汇率"],
    [null, null, null, null, null, "原币", "本币", "原币", "本币", null],
    ...lines.map(([customer, no, date, terms, currency, amount, open, rate]): Cell[] => [
      customer, no, dt(date), dt(addDays(date, terms)), currency, num(m(amount)), num(local(amount, rate)), num(m(open)), num(local(open, rate)), Number(rate),
    ]),
  ];
  const merges = ["A1:J1", "A2:A3", "B2:B3", "C2:C3", "D2:D3", "E2:E3", "F2:G2", "H2:I2", "J2:J3"];
  const docs: Doc[] = lines.map(([customer, no, date, terms, currency, amount, open]) => ({ customer, currency, no, date, due: addDays(date, terms), amount: m(amount), open: m(open) }));
  return {
    file: "81-zh-two-row-header-amount-and-balance-split.xlsx",
    shape: "外币台账 with 金额 and 余额 each split 原币 / 本币 under a two-row header",
    ...OCT,
    sheets: [{ name: "外币台账", rows, merges }],
    expected: expectedRows(OCT.asOf, "open", docs),
    checkSays: ['ignored columns: "金额 本币", "余额 本币", "汇率"'],
  };
}

// ---------------------------------------------------------------------------------------------
// 82. A 收款登记 (Payments) with no currency column for customers billed in two currencies: the
//     currency is in the amount (`USD 1,500.00`, `$800.00`, `¥20,000.00`); a payment in USD without
//     an invoice number from a customer kept in CNY is that customer's unapplied USD. Each customer
//     has a 小计 per currency (`小计（USD）` | `USD 2,300.00`, then `小计（人民币）` | `¥…`), and the
//     list ends with a 合计 per currency: each is checked against its currency's rows, never a sum of
//     dollars and yuan (no false "TOTALS OFF").
function paymentsMixedCurrencies(): CorpusLedger {
  const customers: [string, string, string][] = [["KH01", "上海远航国际货运有限公司", "CNY"], ["KH02", "Harbor Light Imports Ltd", "USD"]];
  const nameOf = (id: string) => customers.find((c) => c[0] === id)![1];
  const invoices: [string, string, Iso, number, string, string][] = [
    // no, customer, date, terms, currency, amount
    ["YH-2607-01", "KH01", "2026-07-08", 30, "CNY", "36,000.00"],
    ["YH-2608-07", "KH01", "2026-08-19", 30, "USD", "4,200.00"],
    ["YH-2609-03", "KH01", "2026-09-05", 30, "USD", "2,750.00"],
    ["YH-2610-11", "KH01", "2026-10-12", 30, "CNY", "15,400.00"],
    ["HL-2608-02", "KH02", "2026-08-04", 45, "USD", "6,900.00"],
    ["HL-2609-15", "KH02", "2026-09-15", 45, "USD", "3,300.00"],
  ];
  // date, customer, invoice (or none), amount as the clerk typed it, currency, cents
  const pays: [Iso, string, string | null, string, string, string][] = [
    ["2026-08-20", "KH01", "YH-2607-01", "¥20,000.00", "CNY", "20,000.00"],
    ["2026-09-30", "KH01", "YH-2608-07", "USD 1,500.00", "USD", "1,500.00"],
    ["2026-10-18", "KH01", null, "$800.00", "USD", "800.00"],
    ["2026-09-18", "KH02", "HL-2608-02", "USD 3,000.00", "USD", "3,000.00"],
  ];
  const total = (id: string, currency: string) => sum(pays.filter((p) => p[1] === id && p[4] === currency).map((p) => m(p[5])));
  const all = (currency: string) => sum(pays.filter((p) => p[4] === currency).map((p) => m(p[5])));
  const usd = (cents: number) => `USD ${grouped(cents)}`;
  const paymentRows: Cell[][] = [["收款日期", "客户编号", "发票号", "收款金额", "备注"]];
  for (const [id] of customers) {
    for (const [date, who, no, typed] of pays) if (who === id) paymentRows.push([dt(date), who, no, typed, null]);
    if (id === "KH01") paymentRows.push(["小计（USD）", null, null, usd(total(id, "USD")), null], ["小计（人民币）", null, null, yuan(total(id, "CNY")), null]);
    else paymentRows.push(["小计", null, null, usd(total(id, "USD")), null]);
  }
  paymentRows.push(["合计（USD）", null, null, usd(all("USD")), null], ["合计（人民币）", null, null, yuan(all("CNY")), null]);
  const docs: Doc[] = invoices.map(([no, id, date, terms, currency, amount]) => ({ customer: nameOf(id), currency, no, date, due: addDays(date, terms), amount: m(amount) }));
  const receipts: Receipt[] = pays.map(([date, id, no, , currency, amount]) => ({ customer: nameOf(id), currency, date, amount: m(amount), ...(no ? { invoiceNo: no } : {}) }));
  return {
    file: "82-zh-payments-two-currencies-no-currency-column.xlsx",
    shape: "收款登记 with no currency column, customers paying in USD and CNY (markers in the amounts), 小计 / 合计 per currency",
    ...OCT,
    sheets: [
      { name: "客户", rows: [["客户编号", "客户名称", "币种"], ...customers.map((c) => [...c])] },
      { name: "发票", rows: [["发票号", "客户编号", "开票日期", "到期日", "币种", "金额"], ...invoices.map(([no, id, date, terms, currency, amount]) => [no, id, dt(date), dt(addDays(date, terms)), currency, num(m(amount))])] },
      { name: "收款", rows: paymentRows },
    ],
    expected: expectedRows(OCT.asOf, "allocate", docs, receipts),
    // No 语言 column and Chinese headers: the English-named customer gets Chinese statements too (DESIGN §2 Language).
    languages: { 上海远航国际货运有限公司: "zh", "Harbor Light Imports Ltd": "zh" },
  };
}

// ---------------------------------------------------------------------------------------------
// 83. A 台账 kept by hand the way a clerk fills it in: the customer written once and `同上` / `〃`
//     ("same as above") on the rows under it, dates `2026年10月5日`, amounts `￥12,345.00` and
//     `8,800.00元`, a return written `（1,200.00）` in full-width brackets and a red-ink invoice
//     `红字2,340.00` (both credits), a row the clerk hid (still owed), an autofilter, a 合计.
function dittoTaizhang(): CorpusLedger {
  type Style = "yen" | "yuan" | "brackets" | "red";
  const lines: [string, string, Iso, string, string, Style][] = [
    // customer, 单号, date, 应收, 已收, style
    ["宁波港城物流有限公司", "NB-1001", "2026-07-06", "12,345.00", "5,000.00", "yen"],
    ["宁波港城物流有限公司", "NB-1019", "2026-08-28", "8,800.00", "0.00", "yuan"],
    ["宁波港城物流有限公司", "NB-1033", "2026-10-09", "-1,200.00", "0.00", "brackets"],
    ["绍兴水乡酒业有限公司", "SX-2004", "2026-08-15", "23,600.00", "10,000.00", "yen"],
    ["绍兴水乡酒业有限公司", "SX-2011", "2026-09-22", "5,460.00", "0.00", "yuan"],
    ["绍兴水乡酒业有限公司", "SX-2017", "2026-10-20", "-2,340.00", "0.00", "red"],
    ["台州海鲜冷链有限公司", "TZ-3002", "2026-09-30", "9,900.00", "0.00", "yen"],
  ];
  const money = (cents: number, style: Style): Cell => {
    if (cents === 0) return null;
    if (cents < 0) return style === "red" ? `红字${grouped(-cents)}` : fullWidth(`(${grouped(-cents)})`);
    return style === "yuan" ? `${grouped(cents)}元` : `￥${grouped(cents)}`;
  };
  const rows: Cell[][] = [["2026年应收账款登记表"], ["日期", "客户名称", "单号", "摘要", "应收金额", "已收金额", "未收金额"]];
  const docs: Doc[] = [];
  lines.forEach(([customer, no, date, amount, paid, style], k) => {
    const first = k === 0 || lines[k - 1][0] !== customer;
    const open = m(amount) - m(paid);
    const memo = style === "red" ? "红字冲销（退货）" : style === "brackets" ? "退货" : "销售";
    rows.push([zhDate(date), first ? customer : k % 2 === 0 ? "同上" : "〃", no, memo, money(m(amount), style), money(m(paid), style), money(open, style)]);
    docs.push({ customer, currency: "CNY", no, date, due: addDays(date, 30), amount: m(amount), open });
  });
  rows.push([null, "合计", null, null, yuan(sum(docs.map((d) => d.amount))), yuan(sum(lines.map((l) => m(l[4])))), yuan(sum(docs.map((d) => d.open!)))]);
  return {
    file: "83-zh-taizhang-ditto-red-ink.xlsx",
    shape: "hand-kept 台账 with 同上 / 〃 for the customer, （1,200.00） and 红字2,340.00 credits, ￥ / 元 amounts, a hidden row",
    ...OCT,
    sheets: [{ name: "登记表", rows, hiddenRows: [5], autoFilter: "A2:G9" }],
    expected: expectedRows(OCT.asOf, "open", docs),
    languages: { 宁波港城物流有限公司: "zh", 绍兴水乡酒业有限公司: "zh", 台州海鲜冷链有限公司: "zh" },
    keyedByName: true,
    checkSays: ["same as above"],
  };
}

// ---------------------------------------------------------------------------------------------
// 84. Hostile rows in an English hand-kept list: an invoice date that is a formula error (`#REF!`
//     after a column was deleted), a date typed as the number 10.5 (meant 5 October; Excel keeps a
//     number, which as a date would be 1900-01-10), an amount of 1e15 (a paste gone wrong), `N/A`
//     in Paid (nothing paid: said, read as unpaid). The three unreadable rows are left out, and
//     every output says so, naming the cells.
function hostileRows(): CorpusLedger {
  const good: [string, string, Iso, string, string][] = [
    ["Ashdown Bakery", "AB-311", "2026-08-12", "2,480.00", "1,000.00"],
    ["Ashdown Bakery", "AB-342", "2026-10-02", "960.00", "0.00"],
    ["Millbrook Hardware", "MH-118", "2026-09-09", "5,125.00", "0.00"],
  ];
  const docs: Doc[] = good.map(([customer, no, date, amount, paid]) => ({ customer, currency: "USD", no, date, due: addDays(date, 30), amount: m(amount), open: m(amount) - m(paid) }));
  // N/A in Paid: the invoice is read as unpaid (a warning names the cell).
  docs.push({ customer: "Millbrook Hardware", currency: "USD", no: "MH-131", date: "2026-10-14", due: "2026-11-13", amount: m("740.00"), open: m("740.00") });
  return {
    file: "84-hostile-rows-ref-error-number-date-huge-amount.xlsx",
    shape: "hand-kept list with #REF! in a date, a date typed as 10.5, an amount 1e15 and N/A in Paid",
    ...OCT,
    sheets: [{
      name: "Invoices",
      rows: [
        ["Customer", "Invoice No", "Invoice Date", "Amount", "Paid"],
        ...good.slice(0, 2).map(([customer, no, date, amount, paid]) => [customer, no, dt(date), num(m(amount)), num(m(paid))]),
        ["Ashdown Bakery", "AB-350", { formula: "VLOOKUP(B4,Orders!A:C,3,FALSE)", result: "#REF!" }, num(m("1,310.00")), null],
        ["Millbrook Hardware", "MH-118", dt(good[2][2]), num(m(good[2][3])), num(0)],
        ["Millbrook Hardware", "MH-125", 10.5, num(m("2,200.00")), null],
        ["Millbrook Hardware", "MH-131", dt("2026-10-14"), num(m("740.00")), "N/A"],
        ["Millbrook Hardware", "MH-140", dt("2026-10-21"), 1e15, null],
      ],
    }],
    expected: expectedRows(OCT.asOf, "open", docs),
    unread: { rows: 3, amount: "3,510.00", value: "#REF!" },
    checkSays: ['"10.5"', "not a date"],
  };
}

// ---------------------------------------------------------------------------------------------
// 85. 金蝶 KIS 应收账款明细表, printed a block per customer: the report's title block (期间, 币别), a
//     `客户：…` line over each block, 日期 / 单据编号 / 摘要 / 应收 / 实收 / 余额 (a running balance), a
//     期初余额 line, sales (应收) and receipts (实收, settling the oldest), a 本期合计 (checked against
//     the block) and a 本年累计 (cumulative: not checked). No due date: 30 days' default terms.
function kingdeeKisDetail(): CorpusLedger {
  type Line = [Iso, string | null, string, string | null, string | null];
  const blocks: [string, string, Line[]][] = [
    // customer, opening balance (dated 2026-07-01), [date, 单据编号, 摘要, 应收, 实收]
    ["杭州西湖茶叶有限公司", "8,000.00", [
      ["2026-07-18", "XSFP000231", "销售茶叶", "15,600.00", null],
      ["2026-08-09", "SKD000114", "收到货款", null, "12,000.00"],
      ["2026-09-26", "XSFP000288", "销售茶叶", "7,250.00", null],
      ["2026-10-20", "XSFP000315", "销售茶具", "3,480.00", null],
    ]],
    ["嘉善县禾丰粮油商行", "0.00", [
      ["2026-08-30", "XSFP000262", "销售大米", "21,000.00", null],
      ["2026-10-12", "SKD000139", "收到货款", null, "9,000.00"],
    ]],
  ];
  const rows: Cell[][] = [["应收账款明细表"], ["期间：2026年第7期 至 2026年第10期", null, null, null, "币别：人民币"], ["日期", "单据编号", "摘要", "应收", "实收", "余额"]];
  const docs: Doc[] = [];
  const receipts: Receipt[] = [];
  for (const [customer, opening, lines] of blocks) {
    rows.push([`客户：${customer}`]);
    let balance = m(opening);
    rows.push([dt("2026-07-01"), null, "期初余额", null, null, num(balance)]);
    if (balance !== 0) docs.push({ customer, currency: "CNY", no: "期初余额", date: "2026-07-01", due: "2026-07-01", amount: balance });
    let charged = 0;
    let received = 0;
    for (const [date, no, memo, debit, credit] of lines) {
      if (debit) {
        balance += m(debit);
        charged += m(debit);
        docs.push({ customer, currency: "CNY", no: no!, date, due: addDays(date, 30), amount: m(debit) });
      }
      if (credit) {
        balance -= m(credit);
        received += m(credit);
        receipts.push({ customer, currency: "CNY", date, amount: m(credit) });
      }
      rows.push([dt(date), no, memo, debit ? num(m(debit)) : null, credit ? num(m(credit)) : null, num(balance)]);
    }
    rows.push([null, null, "本期合计", num(charged), num(received), num(balance)]);
    rows.push([null, null, "本年累计", num(charged + 41_000_00), num(received + 33_000_00), num(balance)]);
  }
  return {
    file: "85-zh-kingdee-kis-ar-detail.xlsx",
    shape: "金蝶 KIS 应收账款明细表 (客户： lines, 期初余额, 应收 / 实收 / running 余额, 本期合计 / 本年累计)",
    ...OCT,
    sheets: [{ name: "应收账款明细表", rows }],
    expected: expectedRows(OCT.asOf, "allocate", docs, receipts),
    languages: { 杭州西湖茶叶有限公司: "zh", 嘉善县禾丰粮油商行: "zh" },
    keyedByName: true,
  };
}

// ---------------------------------------------------------------------------------------------
// 86. Zoho Books "AR Aging Details" exported to Excel: the company and report title, `As of …`,
//     Date / Transaction# / Type / Status / Customer Name / Due Date / Age / Amount / Balance Due,
//     grouped by aging interval (`Current`, `1-15 Days`, `16-30 Days`, `31-45 Days`, `> 45 Days`
//     alone on a row above its documents), dates `05 Oct 2026`, a credit note and an excess
//     payment with negative balances (unapplied), `Total` at the end.
function zohoArAgingDetails(): CorpusLedger {
  type Line = [Iso, string, "Invoice" | "Credit Note" | "Customer Payment", string, string, Iso, string, string];
  const lines: Line[] = [
    // date, transaction#, type, status, customer, due date, amount, balance due (signed)
    ["2026-10-20", "INV-000412", "Invoice", "Open", "Bright Minds Tutoring", "2026-11-19", "1,850.00", "1,850.00"],
    ["2026-10-24", "CN-00031", "Credit Note", "Open", "Bright Minds Tutoring", "2026-10-24", "-200.00", "-200.00"],
    ["2026-09-22", "INV-000377", "Invoice", "Overdue", "Copperleaf Interiors", "2026-10-22", "4,300.00", "4,300.00"],
    ["2026-09-03", "INV-000351", "Invoice", "Partially Paid", "Bright Minds Tutoring", "2026-10-03", "2,600.00", "1,100.00"],
    ["2026-10-28", "PMT-00088", "Customer Payment", "Excess Payment", "Copperleaf Interiors", "2026-10-28", "-500.00", "-500.00"],
    ["2026-08-11", "INV-000318", "Invoice", "Overdue", "Copperleaf Interiors", "2026-09-10", "7,125.00", "7,125.00"],
  ];
  const ZOHO_MON = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
  const zohoDate = (iso: Iso) => { const [y, mo, d] = iso.split("-").map(Number); return `${String(d).padStart(2, "0")} ${ZOHO_MON[mo - 1]} ${y}`; };
  const late = (due: Iso) => dayOf(OCT.asOf) - dayOf(due);
  const interval = (due: Iso) => { const d = late(due); return d <= 0 ? "Current" : d <= 15 ? "1-15 Days" : d <= 30 ? "16-30 Days" : d <= 45 ? "31-45 Days" : "> 45 Days"; };
  const rows: Cell[][] = [["Zylker Learning Pvt Ltd"], ["AR Aging Details"], ["As of 31 Oct 2026"], [],
    ["Date", "Transaction#", "Type", "Status", "Customer Name", "Due Date", "Age", "Amount", "Balance Due"]];
  for (const name of ["Current", "1-15 Days", "16-30 Days", "31-45 Days", "> 45 Days"]) {
    const own = lines.filter((l) => interval(l[5]) === name);
    if (own.length === 0) continue;
    rows.push([name]);
    for (const [date, no, type, status, customer, due, amount, open] of own) {
      rows.push([zohoDate(date), no, type, status, customer, zohoDate(due), `${Math.max(0, late(due))} Days`, num(m(amount)), num(m(open))]);
    }
  }
  rows.push(["Total", null, null, null, null, null, null, num(sum(lines.map((l) => m(l[6])))), num(sum(lines.map((l) => m(l[7]))))]);
  const docs: Doc[] = lines.map(([date, no, , , customer, due, amount, open]) => ({ customer, currency: "USD", no, date, due, amount: m(amount), open: m(open) }));
  return {
    file: "86-zoho-ar-aging-details.xlsx",
    shape: "Zoho Books AR Aging Details (grouped by aging interval, Type Invoice / Credit Note / Customer Payment, Balance Due)",
    ...OCT,
    sheets: [{ name: "AR Aging Details", rows }],
    expected: expectedRows(OCT.asOf, "open", docs),
    languages: { "Bright Minds Tutoring": "en", "Copperleaf Interiors": "en" },
  };
}

// ---------------------------------------------------------------------------------------------
// 87. 用友 NC 应收账龄分析（按到期日）明细, exported for the collectors: 客户 / 单据号 / 到期日 / 币种 /
//     原币金额 / 未核销金额 / 账龄区间 (text such as `31-60天`), no 单据日期, a customer in USD and
//     CNY, a 小计 per customer and currency and a 合计 per currency. Aged by the due dates printed;
//     the invoice dates are worked out and said (in Chinese too).
function yonyouNcAgingByDue(): CorpusLedger {
  const lines: [string, string, Iso, string, string, string][] = [
    // customer, 单据号, due date, 币种, 原币金额, 未核销金额
    ["厦门鹭江进出口有限公司", "YS2026080017", "2026-09-14", "CNY", "48,000.00", "18,000.00"],
    ["厦门鹭江进出口有限公司", "YS2026090033", "2026-11-05", "CNY", "12,600.00", "12,600.00"],
    ["厦门鹭江进出口有限公司", "YS2026090041", "2026-10-19", "USD", "3,900.00", "3,900.00"],
    ["泉州晋江鞋服有限公司", "YS2026070008", "2026-07-30", "CNY", "26,400.00", "26,400.00"],
    ["泉州晋江鞋服有限公司", "YS2026100052", "2026-11-28", "CNY", "9,180.00", "9,180.00"],
  ];
  const late = (due: Iso) => dayOf(OCT.asOf) - dayOf(due);
  const band = (due: Iso) => { const d = late(due); return d <= 0 ? "未到期" : d <= 30 ? "1-30天" : d <= 60 ? "31-60天" : d <= 90 ? "61-90天" : "90天以上"; };
  const rows: Cell[][] = [["应收账龄分析（按到期日）"], ["截止日期：2026-10-31"], ["客户", "单据号", "到期日", "币种", "原币金额", "未核销金额", "账龄区间"]];
  for (const customer of ["厦门鹭江进出口有限公司", "泉州晋江鞋服有限公司"]) {
    for (const currency of ["CNY", "USD"]) {
      const own = lines.filter((l) => l[0] === customer && l[3] === currency);
      if (own.length === 0) continue;
      for (const [, no, due, , amount, open] of own) rows.push([customer, no, dt(due), currency, num(m(amount)), num(m(open)), band(due)]);
      rows.push([`${customer} 小计`, null, null, currency, num(sum(own.map((l) => m(l[4])))), num(sum(own.map((l) => m(l[5])))), null]);
    }
  }
  for (const currency of ["CNY", "USD"]) {
    const own = lines.filter((l) => l[3] === currency);
    rows.push([`合计（${currency}）`, null, null, currency, num(sum(own.map((l) => m(l[4])))), num(sum(own.map((l) => m(l[5])))), null]);
  }
  const docs: Doc[] = lines.map(([customer, no, due, currency, amount, open]) => ({ customer, currency, no, date: due, due, amount: m(amount), open: m(open) }));
  return {
    file: "87-zh-yonyou-nc-aging-by-due-date.xlsx",
    shape: "用友 NC 应收账龄分析（按到期日）明细: 到期日 and no 单据日期, 币种 per row, 小计 / 合计 per currency",
    ...OCT,
    sheets: [{ name: "账龄分析", rows }],
    expected: expectedRows(OCT.asOf, "open", docs),
    languages: { 厦门鹭江进出口有限公司: "zh", 泉州晋江鞋服有限公司: "zh" },
    // 客户 holds the companies' names and no customer number is written: keyed by name (no 客户编号 line).
    keyedByName: true,
    checkSays: ["no invoice date column", 'CustomerName ← A "客户"'],
  };
}

// ---------------------------------------------------------------------------------------------
// 88. Odoo "Aged Receivable" (Aged Partner Balance) exported to Excel, partners unfolded: the
//     first column has no header and holds the line labels (a partner line with its totals, then
//     its move lines INV/2026/00031 …), Due Date (m/d/yyyy), Journal, Account, `As of: 10/31/2026`
//     (not yet due), `1 - 30` … `Older`, Total (the residual); a credit note and an unapplied
//     payment negative; no invoice date; `Total` at the end.
function odooAgedReceivable(): CorpusLedger {
  type Line = [string, Iso, string, string];
  const partners: [string, Line[]][] = [
    // partner, [move, due date, journal, residual (signed)]
    ["Azure Interior", [
      ["INV/2026/00031", "2026-10-20", "Customer Invoices", "3,000.00"],
      ["INV/2026/00044", "2026-11-14", "Customer Invoices", "1,500.00"],
      ["RINV/2026/00004", "2026-10-25", "Customer Invoices", "-250.00"],
    ]],
    ["Deco Addict", [
      ["INV/2026/00012", "2026-08-31", "Customer Invoices", "2,000.00"],
      ["INV/2026/00019", "2026-07-15", "Customer Invoices", "5,480.00"],
      ["PBNK1/2026/00012", "2026-10-28", "Bank", "-700.00"],
    ]],
  ];
  const late = (due: Iso) => dayOf(OCT.asOf) - dayOf(due);
  const column = (due: Iso) => { const d = late(due); return d <= 0 ? 0 : d <= 30 ? 1 : d <= 60 ? 2 : d <= 90 ? 3 : d <= 120 ? 4 : 5; };
  const cells = (amounts: number[]): Cell[] => [...amounts.map((a) => (a === 0 ? null : num(a))), num(sum(amounts))];
  const rows: Cell[][] = [["Aged Receivable"], ["As of 10/31/2026"], [],
    ["", "Due Date", "Journal", "Account", "Exp. Date", "As of: 10/31/2026", "1 - 30", "31 - 60", "61 - 90", "91 - 120", "Older", "Total"]];
  const docs: Doc[] = [];
  const grand = [0, 0, 0, 0, 0, 0];
  for (const [partner, lines] of partners) {
    const own = [0, 0, 0, 0, 0, 0];
    for (const [, due, , open] of lines) own[column(due)] += m(open);
    rows.push([partner, null, null, null, null, ...cells(own)]);
    for (const [move, due, journal, open] of lines) {
      const amounts = [0, 0, 0, 0, 0, 0];
      amounts[column(due)] = m(open);
      rows.push([move, usDate(due), journal, "121000 Account Receivable", null, ...cells(amounts)]);
      docs.push({ customer: partner, currency: "USD", no: move, date: due, due, amount: m(open), open: m(open) });
    }
    own.forEach((a, k) => (grand[k] += a));
  }
  rows.push(["Total", null, null, null, null, ...cells(grand)]);
  return {
    file: "88-odoo-aged-receivable-partner-lines.xlsx",
    shape: "Odoo Aged Receivable (blank first header, partner lines with totals above their move lines, due date only, As of / 1 - 30 … Older / Total)",
    ...OCT,
    sheets: [{ name: "Aged Receivable", rows }],
    // No open-balance column (Total is each line's residual): as for Xero's aging detail (34), the
    // credit note and the payment settle the oldest invoices (DESIGN §3), as the allocate mode does.
    expected: expectedRows(OCT.asOf, "allocate", docs),
    languages: { "Azure Interior": "en", "Deco Addict": "en" },
    keyedByName: true,
  };
}

// ---------------------------------------------------------------------------------------------
// 89. MYOB "Aged Receivables [Detail]" saved as Excel, closed by a `Total Aged Receivable(s)` line
//     in the invoice-number column that carries the report's date (a dated total: no invoice), and
//     a customer whose name starts with a total word (`Total Aged Care Pty Ltd`) on dated,
//     numbered rows: a customer, never a total.
function myobAgedReceivablesDetail(): CorpusLedger {
  const lines: [string, string, Iso, Iso, string][] = [
    // customer, invoice no, date, due, balance due
    ["Total Aged Care Pty Ltd", "00000412", "2026-08-20", "2026-09-19", "1,980.00"],
    ["Total Aged Care Pty Ltd", "00000437", "2026-10-06", "2026-11-05", "640.50"],
    ["Harbour Street Bakery", "00000398", "2026-07-02", "2026-08-01", "2,310.00"],
    ["Harbour Street Bakery", "00000440", "2026-10-12", "2026-10-26", "415.00"],
  ];
  const late = (due: Iso) => dayOf(OCT.asOf) - dayOf(due);
  const bucket = (due: Iso) => { const d = late(due); return d <= 0 ? 0 : d <= 30 ? 1 : d <= 60 ? 2 : d <= 90 ? 3 : 4; };
  const rows: Cell[][] = [["Aged Receivables [Detail]"], ["As of 31/10/2026"], [],
    ["Co./Last Name", "Invoice No.", "Date", "Due Date", "Total Due", "Current", "1-30", "31-60", "61-90", "90+"]];
  const grand = [0, 0, 0, 0, 0, 0];
  for (const [customer, no, date, due, open] of lines) {
    const spread = [0, 0, 0, 0, 0];
    spread[bucket(due)] = m(open);
    rows.push([customer, no, dt(date), dt(due), num(m(open)), ...spread.map((b) => (b === 0 ? null : num(b)))]);
    [m(open), ...spread].forEach((v, k) => (grand[k] += v));
  }
  rows.push([null, "Total Aged Receivable(s)", dt(OCT.asOf), null, ...grand.map(num)]);
  const docs: Doc[] = lines.map(([customer, no, date, due, open]) => ({ customer, currency: "USD", no, date, due, amount: m(open), open: m(open) }));
  return {
    file: "89-myob-aged-receivables-detail-total-aged-receivables.xlsx",
    shape: "MYOB Aged Receivables [Detail] (a dated 'Total Aged Receivable(s)' line in the number column; a customer named 'Total Aged Care Pty Ltd')",
    ...OCT,
    sheets: [{ name: "Aged Receivables", rows }],
    expected: expectedRows(OCT.asOf, "open", docs),
    languages: { "Total Aged Care Pty Ltd": "en", "Harbour Street Bakery": "en" },
    keyedByName: true,
  };
}

// ---------------------------------------------------------------------------------------------
// 90. 用友 U8 客户往来两清 明细账: 借方 / 贷方 rows per customer and a 两清标志 (Y / √) on the rows the
//     system cleared against each other. A cleared receipt paid the invoice cleared with it, not
//     the oldest: 甲's receipt of 8,000 cleared FP-0903, so FP-0701 (20,000) stays open and old.
//     Unmarked receipts settle the oldest open invoices (DESIGN §3). Terms: the default 30 days.
function yonyouU8ClearedMarks(): CorpusLedger {
  type Line = [Iso, string, string, string, string, string, string, "" | "Y" | "√"];
  const lines: Line[] = [
    // date, 单据号, 客户编码, 客户名称, 摘要, 借方, 贷方, 两清标志
    ["2026-07-05", "FP-0701", "0101", "福州闽江电器有限公司", "销售发票", "20,000.00", "", ""],
    ["2026-07-20", "FP-0720", "0101", "福州闽江电器有限公司", "销售发票", "15,000.00", "", ""],
    ["2026-08-10", "SK-0810", "0101", "福州闽江电器有限公司", "收款", "", "15,000.00", ""],
    ["2026-09-03", "FP-0903", "0101", "福州闽江电器有限公司", "销售发票", "8,000.00", "", "Y"],
    ["2026-10-08", "SK-1008", "0101", "福州闽江电器有限公司", "收款", "", "8,000.00", "Y"],
    ["2026-08-15", "XS-0815", "0102", "漳州九龙食品厂", "销售发票", "12,000.00", "", "√"],
    ["2026-08-28", "XS-0828", "0102", "漳州九龙食品厂", "销售发票", "6,000.00", "", "√"],
    ["2026-09-30", "SK-0930", "0102", "漳州九龙食品厂", "收款", "", "18,000.00", "√"],
    ["2026-10-12", "XS-1012", "0102", "漳州九龙食品厂", "销售发票", "9,500.00", "", ""],
    ["2026-10-20", "SK-1020", "0102", "漳州九龙食品厂", "收款", "", "3,000.00", ""],
  ];
  const rows: Cell[][] = [["客户往来两清明细账"], ["期间：2026年07月—2026年10月"],
    ["日期", "单据号", "客户编码", "客户名称", "摘要", "借方", "贷方", "两清标志"]];
  for (const [date, no, code, name, memo, debit, credit, mark] of lines) {
    rows.push([dt(date), no, code, name, memo, debit === "" ? null : num(m(debit)), credit === "" ? null : num(m(credit)), mark === "" ? null : mark]);
  }
  const docs: Doc[] = lines.filter((l) => l[5] !== "").map(([date, no, , name, , debit]) => ({ customer: name, currency: "CNY", no, date, due: addDays(date, 30), amount: m(debit) }));
  // The cleared receipts name the invoices cleared with them (SK-0930 cleared two: split by them);
  // the others name none and settle the oldest open invoices.
  const receipts: Receipt[] = [
    { customer: "福州闽江电器有限公司", currency: "CNY", date: "2026-08-10", amount: m("15,000.00") },
    { customer: "福州闽江电器有限公司", currency: "CNY", date: "2026-10-08", amount: m("8,000.00"), invoiceNo: "FP-0903" },
    { customer: "漳州九龙食品厂", currency: "CNY", date: "2026-09-30", amount: m("12,000.00"), invoiceNo: "XS-0815" },
    { customer: "漳州九龙食品厂", currency: "CNY", date: "2026-09-30", amount: m("6,000.00"), invoiceNo: "XS-0828" },
    { customer: "漳州九龙食品厂", currency: "CNY", date: "2026-10-20", amount: m("3,000.00") },
  ];
  return {
    file: "90-zh-yonyou-u8-cleared-marks.xlsx",
    shape: "用友 U8 客户往来两清 明细账 (借方 / 贷方, 两清标志 Y / √: cleared receipts pay the invoices cleared with them)",
    ...OCT,
    sheets: [{ name: "往来明细", rows }],
    expected: expectedRows(OCT.asOf, "allocate", docs, receipts),
    languages: { 福州闽江电器有限公司: "zh", 漳州九龙食品厂: "zh" },
    checkSays: ["5 rows marked cleared in 两清标志 (3 invoices, 2 receipts or credit notes)"],
  };
}

// ---------------------------------------------------------------------------------------------
// 91. A hand-kept sales ledger whose first column is `No.` (1, 2, 3 … down the rows) beside the
//     real `Invoice No`, and a Receipts sheet quoting the invoice numbers of the newer invoices:
//     read by the row numbers, the receipts would quote no invoice and settle the oldest ones.
function rowNumbersBesideInvoiceNo(): CorpusLedger {
  const invoices: [string, string, Iso, string, Iso, string][] = [
    // customer ID, customer, date, invoice no, due date, amount
    ["C01", "Seaview Fisheries Pty Ltd", "2026-07-10", "INV-0711", "2026-08-09", "30,000.00"],
    ["C01", "Seaview Fisheries Pty Ltd", "2026-09-05", "INV-0905", "2026-10-05", "12,000.00"],
    ["C02", "Redgum Footwear Co", "2026-08-01", "INV-0801", "2026-08-31", "9,000.00"],
    ["C02", "Redgum Footwear Co", "2026-10-10", "INV-1010", "2026-11-09", "4,500.00"],
  ];
  const receipts: [Iso, string, string, string][] = [
    ["2026-10-15", "C01", "INV-0905", "12,000.00"],
    ["2026-10-25", "C02", "INV-1010", "4,500.00"],
  ];
  const nameOf = (code: string) => invoices.find((l) => l[0] === code)![1];
  return {
    file: "91-row-numbers-beside-invoice-no.xlsx",
    shape: "a sales ledger with a No. column (1, 2, 3 …) beside Invoice No, and Receipts quoting the invoice numbers",
    ...OCT,
    sheets: [
      { name: "Sales Ledger", rows: [["No.", "Customer ID", "Customer", "Date", "Invoice No", "Due Date", "Amount"],
        ...invoices.map(([code, name, date, no, due, amount], i): Cell[] => [i + 1, code, name, dt(date), no, dt(due), num(m(amount))])] },
      { name: "Receipts", rows: [["Date", "Customer ID", "Invoice No", "Amount"], ...receipts.map(([date, code, no, amount]): Cell[] => [dt(date), code, no, num(m(amount))])] },
    ],
    expected: expectedRows(OCT.asOf, "allocate",
      invoices.map(([, name, date, no, due, amount]) => ({ customer: name, currency: "USD", no, date, due, amount: m(amount) })),
      receipts.map(([date, code, no, amount]) => ({ customer: nameOf(code), currency: "USD", date, amount: m(amount), invoiceNo: no }))),
    languages: { "Seaview Fisheries Pty Ltd": "en", "Redgum Footwear Co": "en" },
    checkSays: ['InvoiceNo ← E "Invoice No"'],
  };
}

export const SEVENTH_PASS: readonly CorpusLedger[] = [
  oracleAgingByAccount(), twoRowHeaderTwoSplits(), paymentsMixedCurrencies(), dittoTaizhang(), hostileRows(), kingdeeKisDetail(), zohoArAgingDetails(), yonyouNcAgingByDue(), odooAgedReceivable(),
  myobAgedReceivablesDetail(), yonyouU8ClearedMarks(), rowNumbersBesideInvoiceNo(),
];

/** `１２，３４５` as typed with a Chinese IME in full-width mode. */
function fullWidth(text: string): string {
  return text.replace(/[0-9A-Za-z,.()-]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));
}
