/**
 * A tenth new user's pass: hand-kept ledgers with no document-number column at all (no 发票号, no
 * 凭证号, no 单据编号), only 日期 | 客户 | 摘要 and the money: a 台账 with 借方 / 贷方 / 余额, an English
 * Debit / Credit / Balance ledger, and a 台账 with 应收 / 已收 and each customer's running 余额 on one
 * sheet kept by date (the customers interleaved). Each debit row is an invoice (numbered by its row),
 * each credit row money received, applied to the customer's oldest invoices (DESIGN §3). Same rules
 * as ./corpus.ts: each is written from its facts, the facts feed the independent calculator
 * (_lib/expectedAging.ts), nothing here imports src.
 */
import type { CorpusLedger } from "./corpus";
import { addDays, cents as m, expectedRows, type Doc, type Iso, type Receipt } from "./_lib/expectedAging";
import { type Cell, dateCell as dt, grouped, num, slashDate } from "./_lib/sheets";

const OCT = { asOf: "2026-10-31", month: "2026-10" } as const;
/** AR Desk's default terms when a ledger states none (settings: ledger.defaultTermsDays). */
const TERMS = 30;
/** `15/09/2026`: day first, as a clerk in Britain types it. */
const ukDate = (iso: Iso) => { const [y, mo, d] = iso.split("-"); return `${d}/${mo}/${y}`; };

// ---------------------------------------------------------------------------------------------
// 110. A hand-kept 台账 `日期 | 客户 | 摘要 | 借方 | 贷方 | 余额` and nothing else: a title and a 单位
//      line above the header, a block per customer (a blank row between), 余额 running within the
//      customer, dates typed as 2026/7/5 text, one customer opening with a 期初余额 line, one who paid
//      more than was billed (credit left over), a 合计 row under everything.
function taizhangNoNumberDebitCredit(): CorpusLedger {
  type Line = [Iso, string, string, string];
  const blocks: [string, string, Line[]][] = [
    // customer, opening balance, [date, 摘要, 借方, 贷方]
    ["无锡太湖纺织有限公司", "", [
      ["2026-07-06", "销售棉纱", "18,600.00", ""],
      ["2026-08-12", "收到货款", "", "10,000.00"],
      ["2026-08-27", "销售棉纱", "9,350.00", ""],
      ["2026-10-08", "收到货款", "", "8,600.00"],
      ["2026-10-19", "销售坯布", "4,720.00", ""],
    ]],
    ["常州武进五金厂", "3,200.00", [
      ["2026-07-22", "销售五金配件", "6,480.00", ""],
      ["2026-09-15", "收到货款", "", "5,000.00"],
    ]],
    ["苏州工业园区乐家商贸", "", [
      ["2026-09-03", "销售样品", "1,250.00", ""],
      ["2026-10-11", "收到货款", "", "2,000.00"],
    ]],
  ];
  const rows: Cell[][] = [["2026年应收账款台账"], ["单位：元"], ["日期", "客户", "摘要", "借方", "贷方", "余额"]];
  const docs: Doc[] = [];
  const receipts: Receipt[] = [];
  let debits = 0;
  let credits = 0;
  blocks.forEach(([customer, opening, lines], k) => {
    if (k > 0) rows.push([]);
    let balance = 0;
    if (opening !== "") {
      balance = m(opening);
      rows.push([slashDate("2026-07-01"), customer, "期初余额", null, null, grouped(balance)]);
      docs.push({ customer, currency: "CNY", no: "期初余额", date: "2026-07-01", due: "2026-07-01", amount: balance });
    }
    for (const [date, summary, debit, credit] of lines) {
      balance += (debit === "" ? 0 : m(debit)) - (credit === "" ? 0 : m(credit));
      rows.push([slashDate(date), customer, summary, debit === "" ? null : grouped(m(debit)), credit === "" ? null : grouped(m(credit)), grouped(balance)]);
      // The sheet row is the document's number: three rows above the data, one per row written so far.
      if (debit !== "") docs.push({ customer, currency: "CNY", no: `第${rows.length}行`, date, due: addDays(date, TERMS), amount: m(debit) });
      else receipts.push({ customer, currency: "CNY", date, amount: m(credit) });
      debits += debit === "" ? 0 : m(debit);
      credits += credit === "" ? 0 : m(credit);
    }
  });
  rows.push([null, "合计", null, grouped(debits), grouped(credits), null]);
  return {
    file: "110-zh-taizhang-no-number-debit-credit-balance.xlsx",
    shape: "hand-kept 台账 with no document number: 日期 | 客户 | 摘要 | 借方 | 贷方 | 余额 per customer, a 期初余额 line, an overpaying customer, 合计",
    ...OCT,
    sheets: [{ name: "应收台账", rows, merges: ["A1:F1"] }],
    expected: expectedRows(OCT.asOf, "allocate", docs, receipts),
    languages: Object.fromEntries(blocks.map((b) => [b[0], "zh"])),
    keyedByName: true,
    checkSays: ["no document-number column: each debit row is an invoice numbered by its row (第4行"],
    checkSaysNot: ["InvoiceNo is empty", "required column", "running balance"],
  };
}

// ---------------------------------------------------------------------------------------------
// 111. An English hand-kept ledger `Date | Customer | Description | Debit | Credit | Balance`: dates
//      typed day first (15/09/2026), the rows in date order with the customers mixed, each Balance
//      the customer's own running balance, a `Balance b/f` line for one customer, £ amounts.
function englishNoNumberDebitCredit(): CorpusLedger {
  type Line = [Iso, string, string, string, string];
  const lines: Line[] = [
    // date, customer, description, debit, credit
    ["2026-07-01", "Harrow & Sons Joinery", "Balance b/f", "", ""],
    ["2026-07-14", "Pennine Outdoor Ltd", "Tents and awnings", "2,840.00", ""],
    ["2026-07-28", "Harrow & Sons Joinery", "Oak boards", "1,615.50", ""],
    ["2026-08-19", "Pennine Outdoor Ltd", "Cheque received", "", "2,000.00"],
    ["2026-09-02", "Harrow & Sons Joinery", "BACS received", "", "1,900.00"],
    ["2026-09-16", "Pennine Outdoor Ltd", "Groundsheets", "735.25", ""],
    ["2026-10-13", "Harrow & Sons Joinery", "Skirting, 40m", "488.00", ""],
    ["2026-10-23", "Pennine Outdoor Ltd", "BACS received", "", "500.00"],
  ];
  const opening: Record<string, number> = { "Harrow & Sons Joinery": m("950.00") };
  const rows: Cell[][] = [["Sales ledger 2026"], [], ["Date", "Customer", "Description", "Debit", "Credit", "Balance"]];
  const docs: Doc[] = [];
  const receipts: Receipt[] = [];
  const balance = new Map<string, number>();
  for (const [date, customer, description, debit, credit] of lines) {
    if (description === "Balance b/f") {
      balance.set(customer, opening[customer]);
      rows.push([ukDate(date), customer, description, null, null, `£${grouped(opening[customer])}`]);
      docs.push({ customer, currency: "GBP", no: "Opening balance", date, due: date, amount: opening[customer] });
      continue;
    }
    const next = (balance.get(customer) ?? 0) + (debit === "" ? 0 : m(debit)) - (credit === "" ? 0 : m(credit));
    balance.set(customer, next);
    rows.push([ukDate(date), customer, description, debit === "" ? null : `£${debit}`, credit === "" ? null : `£${credit}`, `£${grouped(next)}`]);
    if (debit !== "") docs.push({ customer, currency: "GBP", no: `Row ${rows.length}`, date, due: addDays(date, TERMS), amount: m(debit) });
    else receipts.push({ customer, currency: "GBP", date, amount: m(credit) });
  }
  return {
    file: "111-en-hand-kept-debit-credit-balance-no-number.xlsx",
    shape: "English hand-kept Date | Customer | Description | Debit | Credit | Balance, no invoice numbers, customers mixed by date, Balance b/f, £, dd/mm/yyyy",
    ...OCT,
    sheets: [{ name: "Sales Ledger", rows }],
    expected: expectedRows(OCT.asOf, "allocate", docs, receipts),
    languages: Object.fromEntries(lines.map((l) => [l[1], "en"])),
    keyedByName: true,
    checkSays: ["no document-number column: each debit row is an invoice numbered by its row (Row 4"],
    checkSaysNot: ["InvoiceNo is empty", "required column", "running balance"],
  };
}

// ---------------------------------------------------------------------------------------------
// 112. A 台账 `日期 | 客户 | 摘要 | 应收 | 已收 | 余额` kept by date on one sheet: the customers
//      interleaved, 余额 each customer's own running balance (the one above for that customer plus
//      应收 less 已收), 已收 on rows of their own, date cells, a 合计 under the rows.
function taizhangReceivableReceivedRunning(): CorpusLedger {
  type Line = [Iso, string, string, string, string];
  const lines: Line[] = [
    // date, customer, 摘要, 应收, 已收
    ["2026-06-28", "合肥巢湖水产有限公司", "销售冻品", "7,200.00", ""],
    ["2026-07-09", "芜湖长江机电有限公司", "销售电机", "15,800.00", ""],
    ["2026-07-30", "合肥巢湖水产有限公司", "销售冻品", "3,960.00", ""],
    ["2026-08-14", "芜湖长江机电有限公司", "收款", "", "9,000.00"],
    ["2026-08-21", "合肥巢湖水产有限公司", "收款", "", "7,200.00"],
    ["2026-09-05", "芜湖长江机电有限公司", "销售配件", "2,380.00", ""],
    ["2026-09-26", "合肥巢湖水产有限公司", "销售冻品", "5,145.00", ""],
    ["2026-10-12", "芜湖长江机电有限公司", "收款", "", "6,800.00"],
    ["2026-10-27", "合肥巢湖水产有限公司", "销售冻品", "1,880.00", ""],
  ];
  const rows: Cell[][] = [["应收账款登记表"], ["日期", "客户", "摘要", "应收", "已收", "余额"]];
  const docs: Doc[] = [];
  const receipts: Receipt[] = [];
  const balance = new Map<string, number>();
  let billed = 0;
  let received = 0;
  for (const [date, customer, summary, owed, paid] of lines) {
    const next = (balance.get(customer) ?? 0) + (owed === "" ? 0 : m(owed)) - (paid === "" ? 0 : m(paid));
    balance.set(customer, next);
    rows.push([dt(date), customer, summary, owed === "" ? null : num(m(owed)), paid === "" ? null : num(m(paid)), num(next)]);
    if (owed !== "") docs.push({ customer, currency: "CNY", no: `第${rows.length}行`, date, due: addDays(date, TERMS), amount: m(owed) });
    else receipts.push({ customer, currency: "CNY", date, amount: m(paid) });
    billed += owed === "" ? 0 : m(owed);
    received += paid === "" ? 0 : m(paid);
  }
  rows.push([null, "合计", null, num(billed), num(received), null]);
  return {
    file: "112-zh-taizhang-receivable-received-running-balance-no-number.xlsx",
    shape: "台账 日期 | 客户 | 摘要 | 应收 | 已收 | 余额 kept by date, customers interleaved, each 余额 the customer's running balance, no document number",
    ...OCT,
    sheets: [{ name: "登记表", rows }],
    expected: expectedRows(OCT.asOf, "allocate", docs, receipts),
    languages: Object.fromEntries(lines.map((l) => [l[1], "zh"])),
    keyedByName: true,
    checkSays: ["no document-number column: each debit row is an invoice numbered by its row (第3行", 'RunningBalance ← F "余额"'],
    checkSaysNot: ["InvoiceNo is empty", "required column", "running balance"],
  };
}

export const TENTH_PASS: readonly CorpusLedger[] = [
  taizhangNoNumberDebitCredit(),
  englishNoNumberDebitCredit(),
  taizhangReceivableReceivedRunning(),
];
