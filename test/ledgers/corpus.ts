/**
 * The ledger corpus (issue 8, DESIGN §2 "Ledgers as clerks keep them"): ledgers in the shapes
 * real tools and clerks produce, each written from a small list of facts (the documents and the
 * money received) that also feeds the independent calculator in _lib/expectedAging.ts. So each
 * ledger carries its expected AR Summary per customer, computed without src.
 *
 * All data is made up. `node -r ./test/bench/tsHook.js test/ledgers/writeCorpus.ts <folder>`
 * writes the files for trying them by hand.
 */
import { addDays, cents as m, endOfMonth, expectedRows, type Doc, type ExpectedRow, type Iso, type Receipt } from "./_lib/expectedAging";
import { UNSEEN } from "./corpusUnseen";
import { NEW_USER } from "./corpusNewUser";
import { FORMATS } from "./corpusFormats";
import { THIRD_PASS } from "./corpusThird";
import { FOURTH_PASS } from "./corpusFourth";
import { FIFTH_PASS } from "./corpusFifth";
import { SIXTH_PASS } from "./corpusSixth";
import { SEVENTH_PASS } from "./corpusSeventh";
import { EIGHTH_PASS } from "./corpusEighth";
import { NINTH_PASS } from "./corpusNinth";
import { TENTH_PASS } from "./corpusTenth";
import { ELEVENTH_PASS } from "./corpusEleventh";
import { CLEARED_OPEN } from "./corpusClearedOpen";
import { TWELFTH_PASS } from "./corpusTwelfth";
import { type Cell, type SheetDraft, dateCell as dt, dotDate, grouped, num, slashDate, usDate, yuan, zhDate } from "./_lib/sheets";

export interface CorpusLedger {
  readonly file: string;
  /** What it imitates, for test names. */
  readonly shape: string;
  readonly asOf: Iso;
  /** The statements month that ends on the as-of day. */
  readonly month: string;
  readonly sheets: readonly SheetDraft[];
  /** Saved in the Mac 1904 date system. */
  readonly date1904?: boolean;
  /** Written as an `AR Settings` sheet (key → value) when given. */
  readonly settings?: Readonly<Record<string, string>>;
  readonly expected: readonly ExpectedRow[];
  /** Customers (as the summary names them) whose statements must be in this language. */
  readonly languages?: Readonly<Record<string, "zh" | "en">>;
  /** Customers are keyed by name (no ID column): statements print no customer number line. */
  readonly keyedByName?: boolean;
  /** Each customer's ID (by its name) as the ledger gives it: the AR Summary's CustomerID, printed on its statement. */
  readonly customerIds?: Readonly<Record<string, string>>;
  /** What `ar-desk check` (in English) must say of it, each text as printed: a note, a column it names. */
  readonly checkSays?: readonly string[];
  /** What `ar-desk check` must not say of it (a false warning once given). */
  readonly checkSaysNot?: readonly string[];
  /** Rows with money that cannot be read: the outputs must say how many and for how much. */
  readonly unread?: { readonly rows: number; readonly amount: string; /** the bad cell, named by check */ readonly value: string };
}

const OCT = { asOf: "2026-10-31", month: "2026-10" } as const;
const sum = (values: readonly number[]) => values.reduce((a, b) => a + b, 0);

// ---------------------------------------------------------------------------------------------
// 1. One-sheet Chinese 台账: title rows, text dates in two styles, ¥ text, blank rows between
//    customers, a 合计 row and a 制表人/审核 line. 未收金额 is the open balance.
function taizhang(): CorpusLedger {
  type Row = { customer: string; no: string; date: Iso; due: Iso; gross: string; received: string; note?: string; style: "slash" | "zh" | "cell" | "yuan" };
  const groups: Row[][] = [
    [
      { customer: "上海明远贸易有限公司", no: "26001234", date: "2026-06-10", due: "2026-07-10", gross: "12,345.60", received: "5,000.00", note: "部分回款", style: "slash" },
      { customer: "上海明远贸易有限公司", no: "26001302", date: "2026-08-20", due: "2026-09-19", gross: "8,000.00", received: "0", style: "cell" },
      { customer: "上海明远贸易有限公司", no: "26001388", date: "2026-10-15", due: "2026-11-14", gross: "3,390.00", received: "0", style: "zh" },
    ],
    [
      { customer: "杭州青禾食品有限公司", no: "00026871", date: "2026-07-01", due: "2026-07-31", gross: "20,000.00", received: "20,000.00", note: "已结清", style: "yuan" },
      { customer: "杭州青禾食品有限公司", no: "26001335", date: "2026-09-05", due: "2026-10-05", gross: "15,600.00", received: "6,000.00", style: "zh" },
    ],
    [
      { customer: "深圳拓新电子有限公司", no: "26001290", date: "2026-08-01", due: "2026-08-31", gross: "45,200.00", received: "0", style: "yuan" },
      { customer: "深圳拓新电子有限公司", no: "26001377", date: "2026-10-01", due: "2026-10-31", gross: "1,130.00", received: "0", note: "月底到期", style: "slash" },
    ],
  ];
  const rows: Cell[][] = [
    ["2026年度应收账款台账", null, null, null, null, null, null, null, null],
    ["编制单位：华东商贸有限公司", null, null, null, null, null, null, "单位：元", null],
    [],
    ["序号", "客户名称", "发票号码", "开票日期", "到期日", "含税金额", "已收金额", "未收金额", "备注"],
  ];
  const docs: Doc[] = [];
  let n = 0;
  groups.forEach((group, g) => {
    if (g > 0) rows.push([]);
    for (const r of group) {
      const gross = m(r.gross);
      const received = m(r.received);
      const open = gross - received;
      docs.push({ customer: r.customer, currency: "CNY", no: r.no, date: r.date, due: r.due, amount: gross, open });
      const date = r.style === "zh" ? zhDate : r.style === "cell" ? dt : slashDate;
      const due = r.style === "zh" ? slashDate : r.style === "cell" ? dt : zhDate;
      const money = (c: number): Cell => (r.style === "cell" ? num(c) : r.style === "yuan" || c !== 0 ? yuan(c) : null);
      rows.push([++n, r.customer, r.no, date(r.date), due(r.due), money(gross), money(received), r.style === "cell" ? num(open) : yuan(open), r.note ?? null]);
    }
  });
  const all = groups.flat();
  rows.push(["", "合计", null, null, null, yuan(sum(all.map((r) => m(r.gross)))), yuan(sum(all.map((r) => m(r.received)))), yuan(sum(docs.map((d) => d.open!))), null]);
  rows.push([]);
  rows.push(["制表人：李娜", null, null, null, "审核：王强", null, null, "2026年11月2日", null]);
  return {
    file: "01-zh-taizhang.xlsx",
    shape: "one-sheet Chinese 台账 (title rows, text dates, ¥ text, 合计 and 制表人 lines)",
    ...OCT,
    sheets: [{ name: "台账", rows, merges: ["A1:I1"] }],
    expected: expectedRows(OCT.asOf, "open", docs),
    languages: { 上海明远贸易有限公司: "zh", 杭州青禾食品有限公司: "zh", 深圳拓新电子有限公司: "zh" },
    keyedByName: true,
  };
}

// ---------------------------------------------------------------------------------------------
// 2. Clean two-sheet Chinese ledger (客户 / 发票), ¥ and ￥ text amounts, no Currency column, a
//    red-letter invoice (negative) that settles the oldest invoice.
function zhTwoSheets(): CorpusLedger {
  const customers = [
    ["KH001", "北京嘉禾文化传媒有限公司", "张敏", "zhangmin@jiahe-media.example.cn", 100000],
    ["KH002", "成都蜀锦纺织有限公司", "刘洋", "liuyang@shujin-textile.example.cn", 80000],
    ["KH003", "苏州工业园区恒达机械厂", "陈静", "chenjing@hengda-jx.example.cn", 20000],
  ] as const;
  const name = (id: string) => customers.find((c) => c[0] === id)![1];
  const invoices: [string, string, Iso, Iso, string, string, string?][] = [
    ["FP2026-0801", "KH001", "2026-08-03", "2026-09-02", "8,800.00", "¥"],
    ["FP2026-0902", "KH001", "2026-09-10", "2026-10-10", "15,000.00", "¥"],
    ["FP2026-0955", "KH001", "2026-10-12", "2026-10-12", "-1,200.00", "¥", "红字发票（退货）"],
    ["FP2026-0720", "KH002", "2026-07-20", "2026-08-19", "32,500.00", "￥"],
    ["FP2026-1003", "KH002", "2026-10-20", "2026-11-19", "6,480.00", "¥"],
    ["FP2026-0611", "KH003", "2026-06-11", "2026-07-11", "2,150.50", "￥"],
  ];
  const docs: Doc[] = invoices.map(([no, id, date, due, amount]) => ({ customer: name(id), currency: "CNY", no, date, due, amount: m(amount) }));
  return {
    file: "02-zh-two-sheets.xlsx",
    shape: "two-sheet Chinese ledger (客户 / 发票) with ¥ text amounts and no Currency column",
    ...OCT,
    sheets: [
      { name: "客户", rows: [["客户编号", "客户名称", "联系人", "邮箱", "信用额度"], ...customers.map((c) => [...c])] },
      { name: "发票", rows: [["发票号", "客户编号", "开票日期", "到期日", "金额", "备注"], ...invoices.map(([no, id, date, due, amount, mark, note]) => [no, id, dt(date), dt(due), yuan(m(amount), mark), note ?? null])] },
    ],
    expected: expectedRows(OCT.asOf, "allocate", docs),
    languages: Object.fromEntries(customers.map((c) => [c[1], "zh"])),
  };
}

// ---------------------------------------------------------------------------------------------
// 3. Accounting-software invoice list: title rows, Transaction Type, Terms `Net 30`, Currency,
//    Open Balance (a paid invoice has 0), a credit memo, TOTAL and a print-timestamp line, and a
//    customer contact list keyed by name.
function invoiceList(): CorpusLedger {
  const rows: [Iso, string, string, string, Iso, string, string, string, string][] = [
    ["2026-06-15", "Invoice", "1041", "Brightwater Cafe", "2026-07-15", "Net 30", "USD", "4,800.00", "0.00"],
    ["2026-09-02", "Invoice", "1077", "Brightwater Cafe", "2026-10-02", "Net 30", "USD", "2,250.00", "2,250.00"],
    ["2026-10-20", "Credit Memo", "1090", "Brightwater Cafe", "2026-10-20", "Net 30", "USD", "300.00", "-300.00"],
    ["2026-07-10", "Invoice", "1058", "Northgate Dental Group", "2026-08-09", "Net 30", "USD", "9,120.00", "4,120.00"],
    ["2026-10-05", "Invoice", "1085", "Northgate Dental Group", "2026-11-04", "Net 30", "USD", "1,575.25", "1,575.25"],
    ["2026-05-20", "Invoice", "1030", "Atelier Rousseau SARL", "2026-07-19", "Net 60", "EUR", "6,400.00", "6,400.00"],
    ["2026-09-28", "Invoice", "1082", "Atelier Rousseau SARL", "2026-11-27", "Net 60", "EUR", "3,000.00", "0.00"],
  ];
  const docs: Doc[] = rows.map(([date, type, no, customer, due, , currency, amount, open]) => ({
    customer, currency, no, date, due, amount: (type === "Credit Memo" ? -1 : 1) * m(amount), open: m(open),
  }));
  return {
    file: "03-invoice-list-export.xlsx",
    shape: "accounting-software invoice list (Open Balance, credit memo, TOTAL, timestamp) + contact list by name",
    ...OCT,
    sheets: [
      {
        name: "Invoice List",
        rows: [
          ["Harbor Lane Supplies LLC"], ["Invoice List"], ["All Dates"], [],
          ["Date", "Transaction Type", "Invoice #", "Customer", "Due Date", "Terms", "Currency", "Amount", "Open Balance"],
          ...rows.map(([date, type, no, customer, due, terms, currency, amount, open]) => [dt(date), type, no, customer, dt(due), terms, currency, num(m(amount)), num(m(open))]),
          ["TOTAL", null, null, null, null, null, null, num(sum(rows.map((r) => m(r[7])))), num(sum(rows.map((r) => m(r[8]))))],
          [], ["Friday, November 06, 2026 09:14 AM GMT-05:00"],
        ],
      },
      {
        name: "Customer Contact List",
        rows: [
          ["Harbor Lane Supplies LLC"], ["Customer Contact List"], [],
          ["Customer", "Phone", "Email", "Credit Limit", "Terms"],
          ["Brightwater Cafe", "(503) 555-0148", "accounts@brightwater.example.com", 10000, "Net 30"],
          ["Northgate Dental Group", "(503) 555-0190", "billing@northgate-dental.example.com", 25000, "Net 30"],
          ["Atelier Rousseau SARL", "+33 1 55 55 01 23", "compta@atelier-rousseau.example.fr", 15000, "Net 60"],
          ["Lakeside Books", "(503) 555-0111", "owner@lakeside-books.example.com", 2000, "Net 30"],
        ],
      },
    ],
    expected: expectedRows(OCT.asOf, "open", docs),
    languages: { "Brightwater Cafe": "en", "Atelier Rousseau SARL": "en" },
  };
}

// ---------------------------------------------------------------------------------------------
// 4 and 5. The IBM accounts-receivable sample's shape: customerID and no name column,
//    SettledDate + PaidAmount on the invoice rows (settled after the as-of day = still open then),
//    DueDate = InvoiceDate + 30. As date cells (4) and as US text dates `1/26/2013` (5).
const IBM_AS_OF = "2013-06-30";
const IBM_ROWS: [number, string, Iso, string, Iso, string, "Yes" | "No", Iso | null, string | null][] = [
  // countryCode, customerID, PaperlessDate, invoiceNumber, InvoiceDate, InvoiceAmount, Disputed, SettledDate, PaidAmount
  [391, "4821-KQWTE", "2012-08-23", "0000731204", "2013-03-04", "61.20", "No", "2013-04-20", "61.20"],
  [391, "4821-KQWTE", "2012-08-23", "0000731377", "2013-05-14", "48.75", "No", "2013-07-16", "48.75"],
  [391, "4821-KQWTE", "2012-08-23", "0000731590", "2013-06-17", "73.10", "No", "2013-07-25", "73.10"],
  [406, "7710-BRMXA", "2013-01-15", "0000742015", "2013-02-13", "55.40", "No", "2013-05-28", "55.40"],
  [406, "7710-BRMXA", "2013-01-15", "0000742188", "2013-03-25", "90.05", "No", "2013-08-13", "90.05"],
  [406, "7710-BRMXA", "2013-01-15", "0000742260", "2013-01-28", "37.99", "Yes", "2013-07-02", "37.99"],
  [770, "2903-HLOPD", "2012-11-30", "0000755031", "2013-04-22", "82.30", "No", "2013-06-05", "40.00"],
  [770, "2903-HLOPD", "2012-11-30", "0000755144", "2013-06-03", "66.66", "No", null, null],
];

function ibm(file: string, shape: string, date: (iso: Iso) => Cell): CorpusLedger {
  const docs: Doc[] = IBM_ROWS.map(([, id, , no, invoiceDate, amount]) => ({ customer: id, currency: "USD", no, date: invoiceDate, due: addDays(invoiceDate, 30), amount: m(amount) }));
  const receipts: Receipt[] = IBM_ROWS.filter((r) => r[7] !== null).map(([, id, , no, , , , settled, paid]) => ({ customer: id, currency: "USD", date: settled!, amount: m(paid!), invoiceNo: no }));
  const dayDiff = (a: Iso, b: Iso) => (Date.parse(a) - Date.parse(b)) / 86_400_000;
  return {
    file,
    shape,
    asOf: IBM_AS_OF,
    month: "2013-06",
    sheets: [{
      name: "WA_Fn-UseC_-Accounts-Receivable",
      dateFormat: "m/d/yyyy",
      rows: [
        ["countryCode", "customerID", "PaperlessDate", "invoiceNumber", "InvoiceDate", "DueDate", "InvoiceAmount", "Disputed", "SettledDate", "PaidAmount", "PaperlessBill", "DaysToSettle", "DaysLate"],
        ...IBM_ROWS.map(([country, id, paperless, no, invoiceDate, amount, disputed, settled, paid]) => {
          const due = addDays(invoiceDate, 30);
          return [
            country, id, date(paperless), no, date(invoiceDate), date(due), num(m(amount)), disputed,
            settled ? date(settled) : null, paid ? num(m(paid)) : null, country === 406 ? "Electronic" : "Paper",
            settled ? dayDiff(settled, invoiceDate) : null, settled ? Math.max(0, dayDiff(settled, due)) : null,
          ];
        }),
      ],
    }],
    expected: expectedRows(IBM_AS_OF, "allocate", docs, receipts),
  };
}

// ---------------------------------------------------------------------------------------------
// 6. Chinese customers and no Language column: English headers, three tables, CNY and USD.
function zhNoLanguage(): CorpusLedger {
  const customers = [
    ["C-101", "张敏", "zhangmin@example.cn", "CNY", 50000],
    ["C-102", "广州白云山茶业有限公司", "finance@baiyun-tea.example.cn", "CNY", 120000],
    ["C-103", "Riverside Hardware Inc.", "ap@riverside-hw.example.com", "USD", 10000],
  ] as const;
  const of = (id: string) => customers.find((c) => c[0] === id)!;
  const invoices: [string, string, Iso, Iso, string][] = [
    ["S-5001", "C-101", "2026-08-15", "2026-09-14", "12,000.00"],
    ["S-5040", "C-101", "2026-10-08", "2026-11-07", "5,500.00"],
    ["S-5012", "C-102", "2026-09-01", "2026-10-01", "28,800.00"],
    ["S-4960", "C-102", "2026-07-01", "2026-07-31", "3,600.00"],
    ["S-5020", "C-103", "2026-09-20", "2026-10-20", "2,400.00"],
    ["S-4990", "C-103", "2026-08-05", "2026-09-04", "1,850.00"],
  ];
  const payments: [Iso, string, string, string | null][] = [
    ["2026-10-10", "C-101", "4,000.00", "S-5001"],
    ["2026-09-30", "C-102", "3,600.00", "S-4960"],
    ["2026-10-25", "C-103", "500.00", null],
  ];
  const docs: Doc[] = invoices.map(([no, id, date, due, amount]) => ({ customer: of(id)[1], currency: of(id)[3], no, date, due, amount: m(amount) }));
  const receipts: Receipt[] = payments.map(([date, id, amount, no]) => ({ customer: of(id)[1], currency: of(id)[3], date, amount: m(amount), invoiceNo: no ?? undefined }));
  return {
    file: "06-zh-customers-no-language.xlsx",
    shape: "Chinese customers with no Language column (English headers)",
    ...OCT,
    sheets: [
      { name: "Customers", rows: [["CustomerID", "Name", "Email", "Currency", "CreditLimit"], ...customers.map((c) => [...c])] },
      { name: "Invoices", rows: [["InvoiceNo", "CustomerID", "InvoiceDate", "DueDate", "Amount"], ...invoices.map(([no, id, date, due, amount]) => [no, id, dt(date), dt(due), num(m(amount))])] },
      { name: "Payments", rows: [["Date", "CustomerID", "Amount", "InvoiceNo"], ...payments.map(([date, id, amount, no]) => [dt(date), id, num(m(amount)), no])] },
    ],
    expected: expectedRows(OCT.asOf, "allocate", docs, receipts),
    languages: { 张敏: "zh", 广州白云山茶业有限公司: "zh", "Riverside Hardware Inc.": "en" },
  };
}

// ---------------------------------------------------------------------------------------------
// 7. Xero-style Aged Receivables Detail: grouped by customer (a title row, detail rows, a
//    "Total X" row), Paid / Credited / Due columns, no currency column: the workbook's default
//    currency comes from AR Settings `ledger.defaultCurrency`.
function xero(): CorpusLedger {
  const groups: [string, [Iso, string, Iso, string, string, string, string][]][] = [
    ["Koala Print Co", [
      ["2026-08-12", "INV-0412", "2026-09-11", "3,300.00", "1,000.00", "0.00", "2,300.00"],
      ["2026-10-02", "INV-0447", "2026-11-01", "880.00", "0.00", "0.00", "880.00"],
    ]],
    ["Wattle & Co Catering", [
      ["2026-06-30", "INV-0380", "2026-07-30", "5,500.00", "0.00", "500.00", "5,000.00"],
      ["2026-09-15", "INV-0431", "2026-10-15", "1,210.00", "0.00", "0.00", "1,210.00"],
      ["2026-10-20", "CN-0031", "2026-10-20", "-220.00", "0.00", "0.00", "-220.00"],
    ]],
    ["Outback Tours Ltd", [
      ["2026-08-28", "INV-0425", "2026-09-27", "7,150.00", "2,000.00", "0.00", "5,150.00"],
    ]],
  ];
  const rows: Cell[][] = [
    ["Aged Receivables Detail"], ["Blue Gum Design Pty Ltd"], ["As at 31 October 2026"], ["Ageing by due date"], [],
    ["Invoice Date", "Invoice Number", "Due Date", "Invoice Total", "Paid", "Credited", "Due"],
  ];
  const docs: Doc[] = [];
  const totals = (lines: readonly string[][]) => [3, 4, 5, 6].map((i) => num(sum(lines.map((l) => m(l[i])))));
  for (const [customer, lines] of groups) {
    rows.push([customer]);
    for (const [date, no, due, total, paid, credited, open] of lines) {
      rows.push([dt(date), no, dt(due), num(m(total)), num(m(paid)), num(m(credited)), num(m(open))]);
      docs.push({ customer, currency: "AUD", no, date, due, amount: m(total), open: m(open) });
    }
    rows.push([`Total ${customer}`, null, null, ...totals(lines)]);
    rows.push([]);
  }
  rows.push(["Total", null, null, ...totals(groups.flatMap(([, lines]) => lines))]);
  return {
    file: "07-xero-aged-receivables-detail.xlsx",
    shape: "Xero-style Aged Receivables Detail (customer groups, Total rows, default currency from AR Settings)",
    ...OCT,
    settings: { "ledger.defaultCurrency": "AUD" },
    sheets: [{ name: "Aged Receivables Detail", rows, dateFormat: "d mmm yyyy" }],
    expected: expectedRows(OCT.asOf, "open", docs),
  };
}

// ---------------------------------------------------------------------------------------------
// 8. QuickBooks A/R Aging Detail: grouped by aging bucket (not by customer), a Customer column,
//    "Total for …" rows, TOTAL, an unapplied payment, a credit memo, and the printed timestamp.
function quickbooksAging(): CorpusLedger {
  const buckets: [string, [Iso, string, string, string, Iso, string, string][]][] = [
    ["Current", [
      ["2026-10-12", "Invoice", "2291", "Greenfield HOA", "2026-11-11", "1,450.00", "1,450.00"],
      ["2026-10-28", "Payment", "", "Maple Street Apartments", "2026-10-28", "-600.00", "-600.00"],
    ]],
    ["1 - 30 days past due", [
      ["2026-09-18", "Invoice", "2266", "Maple Street Apartments", "2026-10-18", "3,200.00", "3,200.00"],
      ["2026-10-01", "Credit Memo", "2270", "Greenfield HOA", "2026-10-01", "-250.00", "-250.00"],
    ]],
    ["31 - 60 days past due", [
      ["2026-08-20", "Invoice", "2231", "Sunset Ridge Golf Club", "2026-09-19", "12,800.00", "8,800.00"],
    ]],
    ["61 - 90 days past due", [
      ["2026-07-15", "Invoice", "2205", "Greenfield HOA", "2026-08-14", "2,975.00", "2,975.00"],
    ]],
    ["91 or more days past due", [
      ["2026-05-10", "Invoice", "2150", "Sunset Ridge Golf Club", "2026-06-09", "640.00", "640.00"],
    ]],
  ];
  const pastDue = (due: Iso) => Math.max(0, (Date.parse(OCT.asOf) - Date.parse(due)) / 86_400_000);
  const rows: Cell[][] = [
    [null, "Cedar & Pine Landscaping"], [null, "A/R Aging Detail"], [null, "As of October 31, 2026"], [],
    [null, "Date", "Transaction Type", "Num", "Customer", "Due Date", "Past Due", "Amount", "Open Balance"],
  ];
  const docs: Doc[] = [];
  const totals = (lines: readonly (readonly string[])[]) => [num(sum(lines.map((l) => m(l[5])))), num(sum(lines.map((l) => m(l[6]))))];
  for (const [label, lines] of buckets) {
    rows.push([label]);
    for (const [date, type, no, customer, due, amount, open] of lines) {
      rows.push([null, dt(date), type, no, customer, dt(due), pastDue(due) || null, num(m(amount)), num(m(open))]);
      docs.push({ customer, currency: "USD", no: no || `${type}-${date}`, date, due, amount: m(amount), open: m(open) });
    }
    rows.push([`Total for ${label}`, null, null, null, null, null, null, ...totals(lines)]);
    rows.push([]);
  }
  rows.push(["TOTAL", null, null, null, null, null, null, ...totals(buckets.flatMap(([, l]) => l))]);
  rows.push([], [], [null, "Saturday, November 07, 2026 08:02 AM GMT-08:00"]);
  return {
    file: "08-quickbooks-ar-aging-detail.xlsx",
    shape: "QuickBooks A/R Aging Detail (bucket groups, Total for rows, unapplied payment)",
    ...OCT,
    sheets: [{ name: "A_R Aging Detail", rows, dateFormat: "mm/dd/yyyy" }],
    expected: expectedRows(OCT.asOf, "open", docs),
  };
}

// ---------------------------------------------------------------------------------------------
// 9. Kingdee/Yonyou-style 应收账款明细表: 借方/贷方/余额 with a running balance, 往来单位编码/名称,
//    receipts as 贷方 entries with no invoice reference, 本期合计 per customer and a closing 合计.
//    No due date: invoice date + the default 30 days' terms.
function kingdee(): CorpusLedger {
  const entries: [string, string, [Iso, string, string, string | null, string | null][]][] = [
    ["001", "武汉长江建材有限公司", [
      ["2026-07-08", "记-0015", "销售货款", "56,500.00", null],
      ["2026-08-19", "记-0042", "销售货款", "22,600.00", null],
      ["2026-09-05", "记-0061", "收到货款", null, "40,000.00"],
      ["2026-10-16", "记-0088", "销售货款", "11,300.00", null],
    ]],
    ["002", "南京紫金餐饮管理有限公司", [
      ["2026-06-20", "记-0009", "销售货款", "8,480.00", null],
      ["2026-07-25", "记-0031", "收到货款", null, "8,480.00"],
      ["2026-09-28", "记-0070", "销售货款", "12,720.00", null],
      ["2026-10-30", "记-0095", "收到货款", null, "2,000.00"],
    ]],
    ["003", "西安秦川农产品贸易公司", [
      ["2026-05-12", "记-0003", "销售货款", "3,390.00", null],
    ]],
  ];
  const rows: Cell[][] = [
    ["应收账款明细表"],
    ["会计期间：2026年第5期 至 2026年第10期", null, null, null, null, "币别：人民币"],
    ["日期", "凭证字号", "往来单位编码", "往来单位名称", "摘要", "借方", "贷方", "余额"],
  ];
  const docs: Doc[] = [];
  const receipts: Receipt[] = [];
  let debitAll = 0;
  let creditAll = 0;
  for (const [code, customer, lines] of entries) {
    let balance = 0;
    let debits = 0;
    let credits = 0;
    for (const [date, voucher, memo, debit, credit] of lines) {
      if (debit) {
        balance += m(debit);
        debits += m(debit);
        docs.push({ customer, currency: "CNY", no: voucher, date, due: addDays(date, 30), amount: m(debit) });
      }
      if (credit) {
        balance -= m(credit);
        credits += m(credit);
        receipts.push({ customer, currency: "CNY", date, amount: m(credit) });
      }
      rows.push([dt(date), voucher, code, customer, memo, debit ? num(m(debit)) : null, credit ? num(m(credit)) : null, num(balance)]);
    }
    rows.push([null, null, code, customer, "本期合计", num(debits), num(credits), num(balance)]);
    debitAll += debits;
    creditAll += credits;
  }
  rows.push([null, null, null, null, "合计", num(debitAll), num(creditAll), num(debitAll - creditAll)]);
  return {
    file: "09-kingdee-ar-detail.xlsx",
    shape: "Kingdee/Yonyou 应收账款明细表 (借方/贷方/余额 running balance, 本期合计)",
    ...OCT,
    sheets: [{ name: "应收账款明细表", rows, merges: ["A1:H1"] }],
    expected: expectedRows(OCT.asOf, "allocate", docs, receipts),
    languages: { 武汉长江建材有限公司: "zh", 南京紫金餐饮管理有限公司: "zh", 西安秦川农产品贸易公司: "zh" },
  };
}

// ---------------------------------------------------------------------------------------------
// 10. SAP FBL5N-style open line items: customer account numbers only, document types (RV
//     invoice, DG credit memo, DZ payment on account), `Amount in doc. curr.` with negative
//     credits, `Curr.`, and dotted text dates `15.09.2026`.
function sapFbl5n(): CorpusLedger {
  const lines: [string, string, string, string, Iso, Iso, string, string, string][] = [
    ["100234", "4500012345", "1800000412", "RV", "2026-08-14", "2026-09-13", "4,250.00", "EUR", "Lieferung 08/2026"],
    ["100234", "4500012399", "1800000498", "RV", "2026-09-22", "2026-10-22", "1,980.00", "EUR", "Lieferung 09/2026"],
    ["100234", "4500012345", "1700000031", "DG", "2026-09-30", "2026-09-30", "-480.00", "EUR", "Gutschrift Retoure"],
    ["100377", "4500013001", "1800000455", "RV", "2026-09-02", "2026-10-17", "15,600.00", "EUR", "Projekt Phase 1"],
    ["100377", "", "1400000120", "DZ", "2026-10-20", "2026-10-20", "-5,000.00", "EUR", "Zahlung a conto"],
    ["200051", "PO-77812", "1800000390", "RV", "2026-07-25", "2026-08-24", "7,300.00", "USD", "Export shipment"],
    ["200051", "PO-78030", "1800000511", "RV", "2026-10-29", "2026-11-28", "2,100.00", "USD", "Export shipment"],
  ];
  const docs: Doc[] = lines.map(([customer, , no, , date, due, amount, currency]) => ({ customer, currency, no, date, due, amount: m(amount) }));
  return {
    file: "10-sap-fbl5n-line-items.xlsx",
    shape: "SAP FBL5N-style line items (account numbers, RV/DG/DZ, dotted text dates)",
    ...OCT,
    sheets: [{
      name: "Sheet1",
      rows: [
        ["Customer Line Item Display"], [],
        ["St", "Customer", "Assignment", "DocumentNo", "Type", "Doc. Date", "Net due date", "Amount in doc. curr.", "Curr.", "Text"],
        ...lines.map(([customer, assignment, no, type, date, due, amount, currency, text]) => ["○", customer, assignment || null, no, type, dotDate(date), dotDate(due), num(m(amount)), currency, text]),
      ],
    }],
    expected: expectedRows(OCT.asOf, "allocate", docs),
  };
}

// ---------------------------------------------------------------------------------------------
// 11. Odoo invoice export: Number / Customer / Invoice Date / Due Date / Currency / Total /
//     Amount Due (Odoo's open balance) / Payment Status / Status, with a credit note (RINV).
function odoo(): CorpusLedger {
  const lines: [string, string, Iso, Iso, string, string, string, string][] = [
    ["INV/2026/00118", "Lumen Optics GmbH", "2026-08-05", "2026-09-04", "EUR", "9,400.00", "4,400.00", "Partially Paid"],
    ["INV/2026/00131", "Lumen Optics GmbH", "2026-09-30", "2026-10-30", "EUR", "2,600.00", "2,600.00", "Not Paid"],
    ["INV/2026/00097", "Casa Verde Ltda", "2026-06-22", "2026-07-22", "EUR", "1,150.00", "1,150.00", "Not Paid"],
    ["INV/2026/00125", "Casa Verde Ltda", "2026-09-12", "2026-10-12", "EUR", "3,300.00", "0.00", "Paid"],
    ["RINV/2026/00009", "Casa Verde Ltda", "2026-10-14", "2026-10-14", "EUR", "-300.00", "-300.00", "Not Paid"],
    ["INV/2026/00140", "Pacific Rim Traders Inc.", "2026-10-21", "2026-11-20", "USD", "5,000.00", "5,000.00", "Not Paid"],
  ];
  const docs: Doc[] = lines.map(([no, customer, date, due, currency, total, open]) => ({ customer, currency, no, date, due, amount: m(total), open: m(open) }));
  return {
    file: "11-odoo-invoices-export.xlsx",
    shape: "Odoo invoice export (Amount Due, Payment Status, a credit note)",
    ...OCT,
    sheets: [{
      name: "Sheet1",
      rows: [
        ["Number", "Customer", "Invoice Date", "Due Date", "Currency", "Total", "Amount Due", "Payment Status", "Status"],
        ...lines.map(([no, customer, date, due, currency, total, open, status]) => [no, customer, dt(date), dt(due), currency, num(m(total)), num(m(open)), status, "Posted"]),
      ],
    }],
    expected: expectedRows(OCT.asOf, "open", docs),
  };
}

// ---------------------------------------------------------------------------------------------
// 12. Merged title cells and a two-row merged header (Customer: ID / Name; Invoice: No. / Date /
//     Due; Amounts (USD): Amount / Paid / Balance; Notes spanning both rows). Balance is each
//     row's open balance (not a running one).
function mergedHeader(): CorpusLedger {
  const lines: [string, string, string, Iso, Iso, string, string, string?][] = [
    ["NW-01", "Fjord Logistics AS", "N-3301", "2026-07-03", "2026-08-02", "6,200.00", "5,000.00"],
    ["NW-01", "Fjord Logistics AS", "N-3340", "2026-09-14", "2026-10-14", "4,480.00", "1,000.00", "part payment 2026-10-20"],
    ["NW-02", "Keystone Fabrication", "N-3312", "2026-07-20", "2026-08-19", "2,990.00", "0.00"],
    ["NW-02", "Keystone Fabrication", "N-3365", "2026-10-26", "2026-11-25", "1,240.00", "0.00"],
    ["NW-03", "Harlow & Sons", "N-3322", "2026-07-29", "2026-08-28", "875.50", "500.00"],
    ["NW-03", "Harlow & Sons", "N-3350", "2026-09-30", "2026-10-30", "3,000.00", "0.00", "promised for 11/15"],
  ];
  const docs: Doc[] = lines.map(([, customer, no, date, due, amount, paid]) => ({ customer, currency: "USD", no, date, due, amount: m(amount), open: m(amount) - m(paid) }));
  return {
    file: "12-merged-two-row-header.xlsx",
    shape: "merged title cells and a two-row merged header",
    ...OCT,
    sheets: [{
      name: "Receivables",
      merges: ["A1:I1", "A2:I2", "A4:B4", "C4:E4", "F4:H4", "I4:I5"],
      rows: [
        ["Northwind Components Ltd — Accounts receivable ledger"],
        ["Period: 1 Jul 2026 – 31 Oct 2026"],
        [],
        ["Customer", null, "Invoice", null, null, "Amounts (USD)", null, null, "Notes"],
        ["ID", "Name", "No.", "Date", "Due", "Amount", "Paid", "Balance", null],
        ...lines.map(([id, name, no, date, due, amount, paid, note]) => [id, name, no, dt(date), dt(due), num(m(amount)), num(m(paid)), num(m(amount) - m(paid)), note ?? null]),
      ],
    }],
    expected: expectedRows(OCT.asOf, "open", docs),
  };
}

// ---------------------------------------------------------------------------------------------
// 13. A hand-kept sheet where `Amount Due` is the open balance, terms as text (Net 30, N30,
//     Net 30 EOM, Due on receipt, 30 days, Net 45) and no due-date column.
function amountDue(): CorpusLedger {
  const lines: [string, string, Iso, string, Iso, string, string][] = [
    ["Blue Heron Books", "B-101", "2026-08-10", "Net 30", addDays("2026-08-10", 30), "1,200.00", "700.00"],
    ["Blue Heron Books", "B-117", "2026-10-03", "N30", addDays("2026-10-03", 30), "640.00", "640.00"],
    ["Quarry Hill Brewing", "Q-088", "2026-07-15", "Net 30 EOM", addDays(endOfMonth("2026-07-15"), 30), "3,450.00", "3,450.00"],
    ["Quarry Hill Brewing", "Q-102", "2026-09-22", "Due on receipt", "2026-09-22", "410.00", "410.00"],
    ["Tidewater Clinic", "T-040", "2026-09-01", "30 days", addDays("2026-09-01", 30), "2,000.00", "0.00"],
    ["Tidewater Clinic", "T-044", "2026-09-25", "Net 45", addDays("2026-09-25", 45), "1,500.00", "1,500.00"],
  ];
  const docs: Doc[] = lines.map(([customer, no, date, , due, amount, open]) => ({ customer, currency: "USD", no, date, due, amount: m(amount), open: m(open) }));
  return {
    file: "13-amount-due-text-terms.xlsx",
    shape: "hand-kept sheet with Amount Due as open balance and text terms, no due date",
    ...OCT,
    sheets: [{
      name: "Open invoices",
      rows: [
        ["Customer", "Invoice", "Invoice Date", "Terms", "Amount", "Amount Due", "Email"],
        ...lines.map(([customer, no, date, terms, , amount, open]) => [customer, no, dt(date), terms, num(m(amount)), num(m(open)), `ap@${customer.toLowerCase().replace(/[^a-z]+/g, "-")}.example.com`]),
      ],
    }],
    expected: expectedRows(OCT.asOf, "open", docs),
  };
}

// ---------------------------------------------------------------------------------------------
// 14. Never silently smaller: a one-sheet ledger in which one row with money cannot be read
//     (no such date). The rest is reported; the outputs say 1 row for 1,500.00 was not read.
function unreadRow(): CorpusLedger {
  const good: [string, string, Iso, Iso, string][] = [
    ["Elm Street Dental", "E-201", "2026-09-01", "2026-10-01", "2,400.00"],
    ["Elm Street Dental", "E-219", "2026-10-10", "2026-11-09", "800.00"],
    ["Foxglove Florists", "F-077", "2026-08-01", "2026-08-31", "1,125.00"],
  ];
  const docs: Doc[] = good.map(([customer, no, date, due, amount]) => ({ customer, currency: "USD", no, date, due, amount: m(amount), open: m(amount) }));
  return {
    file: "14-unreadable-row.xlsx",
    shape: "a ledger with one unreadable row that has money in it",
    ...OCT,
    sheets: [{
      name: "Invoices",
      rows: [
        ["Customer", "Invoice No", "Invoice Date", "Due Date", "Amount"],
        ...good.slice(0, 2).map(([customer, no, date, due, amount]) => [customer, no, dt(date), dt(due), num(m(amount))]),
        ["Foxglove Florists", "F-080", "2026-02-30", "2026-03-30", num(m("1,500.00"))],
        ...good.slice(2).map(([customer, no, date, due, amount]) => [customer, no, dt(date), dt(due), num(m(amount))]),
      ],
    }],
    expected: expectedRows(OCT.asOf, "open", docs),
    unread: { rows: 1, amount: grouped(m("1,500.00")), value: "2026-02-30" },
  };
}

// ---------------------------------------------------------------------------------------------
// 24. A 明细账 with opening balances (issue 8 follow-up): a balance-only 期初余额 dated on the
//     first day, an undated 上年结转 debit (dated on the first dated row, 2026-01-01), a credit
//     opening balance (方向 贷 beside an unsigned 余额: unapplied credit), and 过次页/承前页 page
//     carry-forwards that repeat the balance (checks, never data). Openings are due on their day.
function openingBalances(): CorpusLedger {
  type Line = [Iso | null, string | null, string, string | null, string | null, "opening-balance" | "opening-debit" | "opening-credit" | "line" | "page"];
  const entries: [string, Line[]][] = [
    ["长沙湘江机电有限公司", [
      ["2026-01-01", null, "期初余额", null, "18,000.00", "opening-balance"],
      ["2026-08-14", "记-0021", "销售货款", "9,040.00", null, "line"],
      ["2026-09-10", "记-0055", "收到货款", null, "10,000.00", "line"],
      [null, null, "过次页", null, null, "page"],
      [null, null, "承前页", null, null, "page"],
      ["2026-10-20", "记-0090", "销售货款", "4,520.00", null, "line"],
    ]],
    ["合肥徽商超市连锁", [
      [null, null, "上年结转", "6,780.00", null, "opening-debit"],
      ["2026-10-05", "记-0077", "销售货款", "2,260.00", null, "line"],
    ]],
    ["福州闽江水产", [
      ["2026-01-01", null, "期初余额", null, "1,500.00", "opening-credit"],
      ["2026-09-18", "记-0063", "销售货款", "3,000.00", null, "line"],
    ]],
  ];
  const rows: Cell[][] = [
    ["应收账款明细账"],
    ["日期", "凭证字号", "往来单位名称", "摘要", "借方", "贷方", "方向", "余额"],
  ];
  const docs: Doc[] = [];
  const receipts: Receipt[] = [];
  const FIRST_DAY = "2026-01-01"; // the first dated row of the sheet
  for (const [customer, lines] of entries) {
    let balance = 0;
    for (const [date, voucher, memo, debit, credit, kind] of lines) {
      const sign = balance < 0 ? "贷" : "借";
      if (kind === "page") {
        rows.push([null, null, customer, memo, null, null, sign, num(Math.abs(balance))]);
        continue;
      }
      if (kind === "opening-balance" || kind === "opening-credit") {
        const amount = kind === "opening-credit" ? -m(credit!) : m(credit!);
        balance += amount;
        docs.push({ customer, currency: "CNY", no: "期初余额", date: date!, due: date!, amount });
        rows.push([dt(date!), null, customer, memo, null, null, balance < 0 ? "贷" : "借", num(Math.abs(balance))]);
        continue;
      }
      if (kind === "opening-debit") {
        balance += m(debit!);
        docs.push({ customer, currency: "CNY", no: "期初余额", date: FIRST_DAY, due: FIRST_DAY, amount: m(debit!) });
        rows.push([null, null, customer, memo, num(m(debit!)), null, "借", num(balance)]);
        continue;
      }
      if (debit) {
        balance += m(debit);
        docs.push({ customer, currency: "CNY", no: voucher!, date: date!, due: addDays(date!, 30), amount: m(debit) });
      }
      if (credit) {
        balance -= m(credit);
        receipts.push({ customer, currency: "CNY", date: date!, amount: m(credit) });
      }
      rows.push([dt(date!), voucher, customer, memo, debit ? num(m(debit)) : null, credit ? num(m(credit)) : null, balance < 0 ? "贷" : "借", num(Math.abs(balance))]);
    }
  }
  return {
    file: "24-zh-opening-balances.xlsx",
    shape: "明细账 with 期初余额 / 上年结转 opening balances, a credit opening balance and 过次页/承前页 rows",
    ...OCT,
    sheets: [{ name: "应收账款明细账", rows }],
    expected: expectedRows(OCT.asOf, "allocate", docs, receipts),
    languages: { 长沙湘江机电有限公司: "zh", 合肥徽商超市连锁: "zh", 福州闽江水产: "zh" },
    keyedByName: true,
  };
}

export const CORPUS: readonly CorpusLedger[] = [
  taizhang(),
  zhTwoSheets(),
  invoiceList(),
  ibm("04-ibm-ar-shape.xlsx", "IBM AR sample shape (customerID, SettledDate + PaidAmount, date cells)", dt),
  ibm("05-ibm-ar-us-text-dates.xlsx", "IBM AR sample shape with US text dates 1/26/2013", usDate),
  zhNoLanguage(),
  xero(),
  quickbooksAging(),
  kingdee(),
  sapFbl5n(),
  odoo(),
  mergedHeader(),
  amountDue(),
  unreadRow(),
  openingBalances(),
  ...UNSEEN,
  ...NEW_USER,
  ...FORMATS,
  ...THIRD_PASS,
  ...FOURTH_PASS,
  ...FIFTH_PASS,
  ...SIXTH_PASS,
  ...SEVENTH_PASS,
  ...EIGHTH_PASS,
  ...NINTH_PASS,
  ...TENTH_PASS,
  ...ELEVENTH_PASS,
  ...CLEARED_OPEN,
  ...TWELFTH_PASS,
];
