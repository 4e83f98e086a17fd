/**
 * A sixth pass: ledgers whose cells are merged as clerks merge them (only a merge's top-left cell
 * holds its value in the file). A 台账 keyed by 客户编号 with 客户编号 / 客户名称 merged down over
 * each customer's invoices and a title merged across the sheet; a daybook with 日期 / 到期日
 * merged over the rows of one day; a two-row header with 金额 merged over 原币 / 本币; and one
 * payment (已收金额) merged over the two invoices it paid (read once). Same rules as ./corpus.ts: each is
 * written from its facts, the facts feed the independent calculator (_lib/expectedAging.ts),
 * nothing here imports src.
 */
import type { CorpusLedger } from "./corpus";
import { addDays, cents as m, expectedRows, type Doc, type Iso } from "./_lib/expectedAging";
import { type Cell, num, dateCell as dt } from "./_lib/sheets";

const OCT = { asOf: "2026-10-31", month: "2026-10" } as const;
const sum = (values: readonly number[]) => values.reduce((a, b) => a + b, 0);

// ---------------------------------------------------------------------------------------------
// 76. A 台账 keyed by 客户编号: 客户编号 and 客户名称 merged down over each customer's invoices, the
//     title merged across the sheet (A1:I1), 开票日期 / 到期日 as Excel dates, 金额 / 已收 / 未收,
//     and a 合计 row. Without the merges read, every row under a customer's first has no customer.
function taizhangMergedIds(): CorpusLedger {
  const customers: [string, string, [string, Iso, number, string, string][]][] = [
    // id, name, [invoice, date, terms days, 金额, 已收]
    ["KH001", "苏州博远精密机械有限公司", [["26100301", "2026-07-15", 30, "23,400.00", "10,000.00"], ["26100322", "2026-09-02", 30, "8,190.00", "0.00"], ["26100347", "2026-10-12", 30, "5,850.00", "0.00"]]],
    ["KH002", "嘉兴恒泰纺织品有限公司", [["26100315", "2026-08-20", 60, "41,600.00", "20,000.00"], ["26100356", "2026-10-25", 60, "12,870.00", "0.00"]]],
    ["KH003", "温州瑞丰鞋业有限公司", [["26100333", "2026-09-28", 30, "6,630.00", "0.00"]]],
  ];
  const rows: Cell[][] = [["应收账款台账（2026年10月）"], ["客户编号", "客户名称", "发票号码", "开票日期", "到期日", "金额", "已收", "未收", "备注"]];
  const merges = ["A1:I1"];
  const docs: Doc[] = [];
  const totals = [0, 0, 0];
  for (const [id, name, lines] of customers) {
    const first = rows.length + 1;
    lines.forEach(([no, date, terms, amount, paid], k) => {
      const open = m(amount) - m(paid);
      rows.push([k === 0 ? id : null, k === 0 ? name : null, no, dt(date), dt(addDays(date, terms)), num(m(amount)), num(m(paid)), num(open), null]);
      docs.push({ customer: name, currency: "CNY", no, date, due: addDays(date, terms), amount: m(amount), open });
      totals[0] += m(amount); totals[1] += m(paid); totals[2] += open;
    });
    if (lines.length > 1) merges.push(`A${first}:A${first + lines.length - 1}`, `B${first}:B${first + lines.length - 1}`);
  }
  rows.push(["合计", null, null, null, null, ...totals.map(num), null]);
  return {
    file: "76-zh-taizhang-merged-customer-ids.xlsx",
    shape: "台账 keyed by 客户编号 with 客户编号 / 客户名称 merged down per customer, title merged across, 合计",
    ...OCT,
    sheets: [{ name: "应收台账", rows, merges }],
    expected: expectedRows(OCT.asOf, "open", docs),
    languages: Object.fromEntries(customers.map((c) => [c[1], "zh"])),
  };
}

// ---------------------------------------------------------------------------------------------
// 77. A daybook kept by day: 日期 and 到期日 merged down over the rows of one day (several
//     customers sold to that day), customers by name, 金额 / 已收金额, no open column (what is
//     received settles its own row: 已收 is per invoice), a 本月合计 at the bottom.
function daybookMergedDates(): CorpusLedger {
  const days: [Iso, number, [string, string, string, string][]][] = [
    // date, terms days, [customer, invoice, 金额, 已收金额]
    ["2026-08-11", 45, [["成都蜀锦商贸有限公司", "XS-0811-01", "7,200.00", "7,200.00"], ["重庆山城建材有限公司", "XS-0811-02", "15,480.00", "5,000.00"], ["成都蜀锦商贸有限公司", "XS-0811-03", "2,160.00", "0.00"]]],
    ["2026-09-17", 45, [["重庆山城建材有限公司", "XS-0917-01", "9,030.00", "0.00"], ["昆明滇池茶业有限公司", "XS-0917-02", "3,870.00", "0.00"]]],
    ["2026-10-08", 45, [["昆明滇池茶业有限公司", "XS-1008-01", "1,290.00", "0.00"]]],
    ["2026-10-29", 45, [["成都蜀锦商贸有限公司", "XS-1029-01", "4,560.00", "0.00"], ["重庆山城建材有限公司", "XS-1029-02", "6,020.00", "1,000.00"]]],
  ];
  const rows: Cell[][] = [["销售日记账"], ["日期", "到期日", "客户名称", "单据号", "金额", "已收金额"]];
  const merges: string[] = [];
  const docs: Doc[] = [];
  for (const [date, terms, lines] of days) {
    const first = rows.length + 1;
    lines.forEach(([customer, no, amount, paid], k) => {
      rows.push([k === 0 ? dt(date) : null, k === 0 ? dt(addDays(date, terms)) : null, customer, no, num(m(amount)), num(m(paid))]);
      docs.push({ customer, currency: "CNY", no, date, due: addDays(date, terms), amount: m(amount), open: m(amount) - m(paid) });
    });
    if (lines.length > 1) merges.push(`A${first}:A${first + lines.length - 1}`, `B${first}:B${first + lines.length - 1}`);
  }
  const all = days.flatMap((d) => d[2]);
  rows.push(["本月合计", null, null, null, num(sum(all.map((l) => m(l[2])))), num(sum(all.map((l) => m(l[3]))))]);
  return {
    file: "77-zh-daybook-merged-dates.xlsx",
    shape: "销售日记账 with 日期 / 到期日 merged down over the rows of each day, customers by name",
    ...OCT,
    sheets: [{ name: "日记账", rows, merges }],
    expected: expectedRows(OCT.asOf, "open", docs),
    languages: { 成都蜀锦商贸有限公司: "zh", 重庆山城建材有限公司: "zh", 昆明滇池茶业有限公司: "zh" },
    keyedByName: true,
  };
}

// ---------------------------------------------------------------------------------------------
// 78. A foreign-currency 台账 with a two-row header: 金额 merged across 原币 / 本币 and 已收 across
//     原币 / 本币 over the second header row, the other headers merged down over both rows, a title
//     merged across the sheet. The customer's money is the 原币 column in its 币种; 本币 is the
//     clerk's CNY equivalent at the invoice's rate.
function twoRowHeaderCurrencies(): CorpusLedger {
  const lines: [string, string, Iso, string, string, string, string][] = [
    // customer, invoice, date, 币种, 原币金额, 已收原币, rate
    ["Pacific Rim Imports LLC", "EX-2607-11", "2026-07-21", "USD", "12,500.00", "5,000.00", "7.1200"],
    ["Pacific Rim Imports LLC", "EX-2609-04", "2026-09-09", "USD", "8,340.00", "0.00", "7.1000"],
    ["Hanseatic Trading GmbH", "EX-2608-19", "2026-08-28", "EUR", "6,200.00", "0.00", "7.7500"],
    ["宁夏塞上枸杞有限公司", "NX-2610-02", "2026-10-14", "CNY", "18,650.00", "0.00", "1.0000"],
  ];
  const local = (amount: string, rate: string) => Math.round((m(amount) * Math.round(Number(rate) * 10_000)) / 10_000);
  const rows: Cell[][] = [
    ["外币应收账款台账（2026年10月）"],
    ["客户名称", "发票号码", "开票日期", "到期日", "币种", "金额", null, "已收", null, "汇率"],
    [null, null, null, null, null, "原币", "本币", "原币", "本币", null],
    ...lines.map(([customer, no, date, currency, amount, paid, rate]): Cell[] => [
      customer, no, dt(date), dt(addDays(date, 60)), currency, num(m(amount)), num(local(amount, rate)), num(m(paid)), num(local(paid, rate)), Number(rate),
    ]),
  ];
  const merges = ["A1:J1", "A2:A3", "B2:B3", "C2:C3", "D2:D3", "E2:E3", "F2:G2", "H2:I2", "J2:J3"];
  const docs: Doc[] = lines.map(([customer, no, date, currency, amount, paid]) => ({ customer, currency, no, date, due: addDays(date, 60), amount: m(amount), open: m(amount) - m(paid) }));
  return {
    file: "78-zh-two-row-header-merged-currency.xlsx",
    shape: "外币台账 with a two-row header (金额 / 已收 merged over 原币 / 本币), title merged across",
    ...OCT,
    sheets: [{ name: "外币台账", rows, merges }],
    expected: expectedRows(OCT.asOf, "open", docs),
  };
}

// ---------------------------------------------------------------------------------------------
// 79. One payment for two invoices: the customer paid 26090412 and 26090437 with one transfer, and
//     the clerk merged 已收金额 down over both rows (and the customer's name over all its rows).
//     The payment is one payment for both: spread over the rows it covers in order, each invoice
//     up to its amount, any rest on the last (and said), as the clerk meant; never counted twice.
function paymentMergedOverInvoices(): CorpusLedger {
  const customers: [string, [string, Iso, string][], [number, number, string][]][] = [
    // name, [invoice, date, 应收金额], [first row, rows, 已收金额 merged over them]
    ["青岛海洋食品有限公司", [["26090412", "2026-09-04", "4,800.00"], ["26090437", "2026-09-19", "3,150.00"], ["26100406", "2026-10-16", "2,700.00"]], [[0, 2, "7,950.00"]]],
    ["烟台鲁东机电设备有限公司", [["26080455", "2026-08-07", "11,200.00"], ["26100421", "2026-10-23", "5,300.00"]], [[0, 1, "6,000.00"]]],
  ];
  const rows: Cell[][] = [["应收账款登记表"], ["客户名称", "发票号码", "开票日期", "到期日", "应收金额", "已收金额"]];
  const merges: string[] = [];
  const docs: Doc[] = [];
  for (const [customer, lines, payments] of customers) {
    const first = rows.length + 1;
    // What each row's invoice is paid: a payment over several rows paid in row order, each up to its amount, the rest on the last.
    const paidOf = new Map<number, number>();
    for (const [row, span, paid] of payments) {
      let left = m(paid);
      for (let k = row; k < row + span; k++) {
        const take = k === row + span - 1 ? left : Math.min(left, m(lines[k][2]));
        paidOf.set(k, take);
        left -= take;
      }
    }
    lines.forEach(([no, date, amount], k) => {
      const paid = payments.find((p) => p[0] === k);
      rows.push([k === 0 ? customer : null, no, dt(date), dt(addDays(date, 30)), num(m(amount)), paid ? num(m(paid[2])) : null]);
      docs.push({ customer, currency: "CNY", no, date, due: addDays(date, 30), amount: m(amount), open: m(amount) - (paidOf.get(k) ?? 0) });
    });
    merges.push(`A${first}:A${first + lines.length - 1}`);
    for (const [row, span] of payments) if (span > 1) merges.push(`F${first + row}:F${first + row + span - 1}`);
  }
  return {
    file: "79-zh-payment-merged-over-invoices.xlsx",
    shape: "登记表 with one payment (已收金额) merged over the two invoices it paid: spread over them in order, said",
    ...OCT,
    sheets: [{ name: "登记表", rows, merges }],
    expected: expectedRows(OCT.asOf, "open", docs),
    languages: Object.fromEntries(customers.map((c) => [c[0], "zh"])),
    keyedByName: true,
  };
}

export const SIXTH_PASS: readonly CorpusLedger[] = [taizhangMergedIds(), daybookMergedDates(), twoRowHeaderCurrencies(), paymentMergedOverInvoices()];
