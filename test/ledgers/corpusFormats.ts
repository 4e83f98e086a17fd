/**
 * A second new user's pass: exports of QuickBooks, Xero, SAP, Odoo and Zoho Books, a 用友 U8
 * 应收明细账, a Swiss ledger (`CHF 1'234.50`, weekdays beside the dates), a 台账 with a two-row
 * merged header and Chinese-numeral dates, and a text-only export with odd spaces in its headers.
 * Same rules as ./corpus.ts: each is written from its facts, the facts feed the independent
 * calculator (_lib/expectedAging.ts), nothing here imports src.
 */
import type { CorpusLedger } from "./corpus";
import { addDays, cents as m, dayOf, expectedRows, type Doc, type Iso, type Receipt } from "./_lib/expectedAging";
import { type Cell, dateCell as dt, dotDate, grouped, num, usDate } from "./_lib/sheets";

const OCT = { asOf: "2026-10-31", month: "2026-10" } as const;
const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
const parts = (iso: Iso) => iso.split("-").map(Number) as [number, number, number];
/** Days overdue on the as-of day, as the aging reports print them. */
const overdueDays = (due: Iso) => Math.max(0, dayOf(OCT.asOf) - dayOf(due));
/** Day of the week, 0 = Sunday (1970-01-01, day 0, was a Thursday). */
const weekday = (iso: Iso) => (((dayOf(iso) + 4) % 7) + 7) % 7;
const EN_DAYS = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"];
const ZH_DAYS = ["日", "一", "二", "三", "四", "五", "六"];

// ---------------------------------------------------------------------------------------------
// 33. QuickBooks Online "A/R Aging Detail": a blank first column holding the section headers
//     (`Current`, `1 - 30 days past due` …) and their `Total for …` rows, US m/d/yyyy text dates,
//     Transaction Type Invoice / Payment / Credit Memo, signed Open Balance, a closing TOTAL.
function quickbooksAgingDetail(): CorpusLedger {
  const lines: [Iso, "Invoice" | "Payment" | "Credit Memo", string, string, Iso, string][] = [
    // date, type, num, customer, due, open balance
    ["2026-10-14", "Invoice", "1047", "Amy's Bird Sanctuary", "2026-11-13", "1,250.00"],
    ["2026-10-20", "Payment", "", "Cool Cars", "2026-10-20", "-300.00"],
    ["2026-09-18", "Invoice", "1039", "Cool Cars", "2026-10-18", "2,369.52"],
    ["2026-09-13", "Invoice", "1036", "Amy's Bird Sanctuary", "2026-10-13", "239.00"],
    ["2026-08-16", "Invoice", "1031", "Dukes Basketball Camp", "2026-09-15", "460.40"],
    ["2026-08-21", "Credit Memo", "1033", "Dukes Basketball Camp", "2026-08-21", "-85.00"],
    ["2026-06-25", "Invoice", "1024", "Cool Cars", "2026-07-25", "694.00"],
  ];
  const section = (due: Iso) => {
    const days = overdueDays(due);
    return days <= 0 ? "Current" : days <= 30 ? "1 - 30 days past due" : days <= 60 ? "31 - 60 days past due" : days <= 90 ? "61 - 90 days past due" : "91 or more days past due";
  };
  const order = ["Current", "1 - 30 days past due", "31 - 60 days past due", "61 - 90 days past due", "91 or more days past due"];
  const rows: Cell[][] = [
    ["Craig's Design and Landscaping Services"], ["A/R Aging Detail"], ["As of October 31, 2026"], [],
    [null, "Date", "Transaction Type", "Num", "Customer", "Due Date", "Past Due", "Open Balance"],
  ];
  let total = 0;
  for (const name of order) {
    const own = lines.filter((l) => section(l[4]) === name);
    if (own.length === 0) continue;
    rows.push([name]);
    for (const [date, type, no, customer, due, open] of own) rows.push([null, usDate(date), type, no || null, customer, usDate(due), overdueDays(due), grouped(m(open))]);
    const sum = own.reduce((a, l) => a + m(l[5]), 0);
    total += sum;
    rows.push([`Total for ${name}`, null, null, null, null, null, null, `$${grouped(sum)}`]);
    rows.push([]);
  }
  rows.push(["TOTAL", null, null, null, null, null, null, `$${grouped(total)}`], [], ["Saturday, Oct 31, 2026 04:12:09 PM GMT-07:00"]);
  const docs: Doc[] = lines.map(([date, type, no, customer, due, open]) => ({ customer, currency: "USD", no: no || `${type} ${date}`, date, due: type === "Invoice" ? due : date, amount: m(open), open: m(open) }));
  return {
    file: "33-quickbooks-ar-aging-detail.xlsx",
    shape: "QuickBooks A/R Aging Detail (section headers and Total for … rows in a blank first column, m/d/yyyy text, signed Open Balance)",
    ...OCT,
    sheets: [{ name: "AR Aging Detail", rows }],
    expected: expectedRows(OCT.asOf, "open", docs),
  };
}

// ---------------------------------------------------------------------------------------------
// 34. Xero "Aged Receivables Detail": contact group rows and `Total <contact>` rows, dates as
//     `5 Mar 2026`, the open amount spread over bucket columns (Current, < 1 Month, 1 Month …)
//     with its Total at the end. The buckets are Xero's (by month), never taken as amounts.
function xeroAgedDetail(): CorpusLedger {
  const contacts: [string, [Iso, string, string, Iso, string][]][] = [
    // invoice date, number, reference, due date, amount due
    ["Bayside Club", [
      ["2026-08-03", "INV-0031", "Sponsorship", "2026-09-02", "1,495.00"],
      ["2026-10-12", "INV-0058", "Monthly", "2026-11-11", "234.60"],
    ]],
    ["Ridgeway University", [
      ["2026-06-19", "INV-0012", "P/O 9711", "2026-07-19", "6,187.50"],
      ["2026-09-28", "CN-0007", "Refund", "2026-09-28", "-120.00"],
    ]],
  ];
  const dMonY = (iso: Iso) => { const [y, mo, d] = parts(iso); return `${d} ${MONTHS[mo - 1]} ${y}`; };
  /** Xero's bucket of a line: Current (not yet due), < 1 Month, 1, 2, 3 Months, Older (by calendar month of the due date). */
  const bucket = (due: Iso) => {
    const [y, mo] = parts(due);
    const months = (2026 - y) * 12 + (10 - mo);
    return overdueDays(due) === 0 ? 0 : months <= 0 ? 1 : Math.min(5, months + 1);
  };
  const rows: Cell[][] = [
    ["Aged Receivables Detail"], ["Demo Company (US)"], ["As at 31 October 2026"], ["Ageing by due date"], [],
    ["Invoice Date", "Invoice Number", "Invoice Reference", "Due Date", "Current", "< 1 Month", "1 Month", "2 Months", "3 Months", "Older", "Total"],
  ];
  let all = 0;
  for (const [contact, lines] of contacts) {
    rows.push([contact]);
    for (const [date, no, ref, due, amount] of lines) {
      const cells: Cell[] = [null, null, null, null, null, null];
      cells[bucket(due)] = num(m(amount));
      rows.push([dMonY(date), no, ref, dMonY(due), ...cells, num(m(amount))]);
    }
    const sum = lines.reduce((a, l) => a + m(l[4]), 0);
    all += sum;
    rows.push([`Total ${contact}`, null, null, null, null, null, null, null, null, null, num(sum)]);
    rows.push([]);
  }
  rows.push(["Total", null, null, null, null, null, null, null, null, null, num(all)]);
  const docs: Doc[] = contacts.flatMap(([customer, lines]) => lines.map(([date, no, , due, amount]) => ({ customer, currency: "USD", no, date, due, amount: m(amount), open: m(amount) })));
  return {
    file: "34-xero-aged-receivables-detail.xlsx",
    shape: "Xero Aged Receivables Detail (contact groups, d Mon yyyy, bucket columns and Total)",
    ...OCT,
    sheets: [{ name: "Aged Receivables Detail", rows }],
    // No open-balance column: the Total is the amount still due, and a credit note is settled
    // against the oldest invoice (DESIGN §3), as the allocate mode does.
    expected: expectedRows(OCT.asOf, "allocate", docs),
    // The buckets only spread each line's Total: none is a paid or open column no rule read.
    checkSaysNot: ["holds amounts from 0 up to each row's amount"],
  };
}

// ---------------------------------------------------------------------------------------------
// 35. SAP FBL5N customer line items (open items): Customer account numbers, document types RV
//     (invoice), DG (credit memo), DZ (payment on account), posting keys 01 / 11 / 15, dd.mm.yyyy
//     dates, amounts with the German decimal comma and SAP's trailing minus (`1.234,56-`), `*`
//     subtotal rows per customer and a `**` grand total.
function sapFbl5n(): CorpusLedger {
  const lines: [string, string, string, "RV" | "DG" | "DZ", Iso, string, Iso, string][] = [
    // customer, assignment, document no, type, doc date, posting key, net due date, amount (cents sign)
    ["100045", "0090001234", "0090001234", "RV", "2026-06-30", "01", "2026-07-30", "12.480,00"],
    ["100045", "0090001301", "0090001301", "RV", "2026-09-15", "01", "2026-10-15", "3.217,45"],
    ["100045", "1400000211", "1400000211", "DZ", "2026-10-05", "15", "2026-10-05", "5.000,00-"],
    ["100072", "0090001322", "0090001322", "RV", "2026-10-09", "01", "2026-11-08", "845,90"],
    ["100072", "0090001288", "0090001288", "RV", "2026-08-28", "01", "2026-09-27", "1.990,00"],
    ["100072", "1700000044", "1700000044", "DG", "2026-09-30", "11", "2026-09-30", "250,00-"],
  ];
  /** `1.234,56-` → cents, by string arithmetic. */
  const sap = (text: string) => (text.endsWith("-") ? -1 : 1) * m(text.replace(/-$/, "").replace(/\./g, "").replace(",", "."));
  const sapText = (cents: number) => `${grouped(Math.abs(cents)).replace(/,/g, "#").replace(".", ",").replace(/#/g, ".")}${cents < 0 ? "-" : ""}`;
  const rows: Cell[][] = [
    ["Customer Line Item Display"], [],
    ["Customer", "Assignment", "DocumentNo", "Type", "Doc. Date", "PK", "Net due dt", "Amount in DC", "Curr."],
  ];
  let all = 0;
  for (const customer of ["100045", "100072"]) {
    const own = lines.filter((l) => l[0] === customer);
    for (const [id, assignment, no, type, date, pk, due, amount] of own) rows.push([id, assignment, no, type, dotDate(date), pk, dotDate(due), amount, "EUR"]);
    const sum = own.reduce((a, l) => a + sap(l[7]), 0);
    all += sum;
    rows.push(["*", null, null, null, null, null, null, sapText(sum), "EUR"]);
  }
  rows.push(["**", null, null, null, null, null, null, sapText(all), "EUR"]);
  // Open items only: RV lines are owed; DG and DZ lines are credit waiting to be cleared, which
  // AR Desk settles against the oldest open invoices (DESIGN §3).
  const docs: Doc[] = lines.map(([customer, , no, , date, , due, amount]) => ({ customer, currency: "EUR", no, date, due, amount: sap(amount) }));
  return {
    file: "35-sap-fbl5n-line-items.xlsx",
    shape: "SAP FBL5N open items (RV/DG/DZ, posting keys, dd.mm.yyyy, `1.234,56-`, * and ** totals)",
    ...OCT,
    sheets: [{ name: "FBL5N", rows }],
    expected: expectedRows(OCT.asOf, "allocate", docs),
  };
}

// ---------------------------------------------------------------------------------------------
// 36. Odoo "Journal Items" of the receivable account: Date, Journal Entry (INV/…, RINV/… for a
//     credit note, PBNK1/… for a bank payment), Account, Partner, Label, Due Date, Debit, Credit,
//     Matching (A12 full, P7 partial). A payment dated after the as-of day must not count.
function odooJournalItems(): CorpusLedger {
  type Line = [Iso, string, string, string, Iso | null, string, string, string];
  const lines: Line[] = [
    // date, entry, partner, label, due, debit, credit, matching
    ["2026-07-06", "INV/2026/00041", "Azure Interior", "INV/2026/00041", "2026-08-05", "3,680.00", "", "A12"],
    ["2026-08-04", "PBNK1/2026/00087", "Azure Interior", "Customer Payment", null, "", "3,680.00", "A12"],
    ["2026-09-14", "INV/2026/00063", "Azure Interior", "INV/2026/00063", "2026-10-14", "2,100.00", "", "P7"],
    ["2026-10-16", "PBNK1/2026/00102", "Azure Interior", "Customer Payment", null, "", "1,000.00", "P7"],
    ["2026-10-22", "INV/2026/00071", "Azure Interior", "INV/2026/00071", "2026-11-21", "515.75", "", ""],
    ["2026-08-30", "INV/2026/00055", "Deco Addict", "INV/2026/00055", "2026-09-29", "9,250.00", "", ""],
    ["2026-09-10", "RINV/2026/00004", "Deco Addict", "Reversal of: INV/2026/00055", "2026-09-10", "", "750.00", ""],
    ["2026-11-03", "PBNK1/2026/00110", "Deco Addict", "Customer Payment", null, "", "4,000.00", ""],
  ];
  const docs: Doc[] = [];
  const receipts: Receipt[] = [];
  for (const [date, entry, customer, , due, debit, credit] of lines) {
    if (debit !== "") docs.push({ customer, currency: "USD", no: entry, date, due: due ?? addDays(date, 30), amount: m(debit) });
    else if (entry.startsWith("RINV")) docs.push({ customer, currency: "USD", no: entry, date, due: date, amount: -m(credit) });
    else receipts.push({ customer, currency: "USD", date, amount: m(credit) });
  }
  return {
    file: "36-odoo-journal-items.xlsx",
    shape: "Odoo Journal Items (Debit/Credit, Matching, RINV credit note, a payment after the as-of day)",
    ...OCT,
    sheets: [{
      name: "Journal Items",
      rows: [
        ["Date", "Journal Entry", "Account", "Partner", "Label", "Due Date", "Debit", "Credit", "Matching"],
        ...lines.map(([date, entry, partner, label, due, debit, credit, matching]) => [dt(date), entry, "121000 Account Receivable", partner, label, due ? dt(due) : null, debit === "" ? 0 : num(m(debit)), credit === "" ? 0 : num(m(credit)), matching || null]),
      ],
    }],
    expected: expectedRows(OCT.asOf, "allocate", docs, receipts),
  };
}

// ---------------------------------------------------------------------------------------------
// 37. Zoho Books "Invoices" export: Invoice ID (Zoho's internal number) and Invoice Number,
//     Invoice Status (Paid, Overdue, PartiallyPaid, Sent, Draft, Void), Currency Code with a
//     Swiss customer in CHF, Exchange Rate, Total and Balance, Payment Terms Label.
function zohoInvoices(): CorpusLedger {
  const lines: [Iso, string, string, string, string, Iso, string, string, string, string][] = [
    // date, id, number, status, customer, due, currency, total, balance, terms
    ["2026-07-01", "2298410000000045031", "INV-000021", "Paid", "Zylker Corp", "2026-07-31", "USD", "2,400.00", "0.00", "Net 30"],
    ["2026-09-04", "2298410000000045107", "INV-000029", "Overdue", "Zylker Corp", "2026-10-04", "USD", "1,830.00", "1,830.00", "Net 30"],
    ["2026-10-02", "2298410000000045162", "INV-000034", "PartiallyPaid", "Zylker Corp", "2026-11-01", "USD", "4,000.00", "2,500.00", "Net 30"],
    ["2026-10-29", "2298410000000045190", "INV-000037", "Draft", "Zylker Corp", "2026-11-28", "USD", "990.00", "990.00", "Net 30"],
    ["2026-08-20", "2298410000000045088", "INV-000026", "Overdue", "Alpenblick AG", "2026-09-19", "CHF", "12,750.00", "12,750.00", "Net 30"],
    ["2026-09-25", "2298410000000045133", "INV-000031", "Void", "Alpenblick AG", "2026-10-25", "CHF", "3,100.00", "3,100.00", "Net 30"],
    ["2026-10-15", "2298410000000045170", "INV-000035", "Sent", "Alpenblick AG", "2026-11-14", "CHF", "640.50", "640.50", "Net 30"],
  ];
  const owed = lines.filter((l) => l[3] !== "Draft" && l[3] !== "Void");
  const docs: Doc[] = owed.map(([date, , no, , customer, due, currency, total, balance]) => ({ customer, currency, no, date, due, amount: m(total), open: m(balance) }));
  return {
    file: "37-zoho-books-invoices.xlsx",
    shape: "Zoho Books Invoices export (Invoice ID and Invoice Number, statuses incl. Draft/Void, USD and CHF, Balance)",
    ...OCT,
    sheets: [{
      name: "Invoice",
      rows: [
        ["Invoice Date", "Invoice ID", "Invoice Number", "Invoice Status", "Customer Name", "Due Date", "Currency Code", "Exchange Rate", "Total", "Balance", "Payment Terms Label"],
        ...lines.map(([date, id, no, status, customer, due, currency, total, balance, terms]) => [date, id, no, status, customer, due, currency, currency === "CHF" ? 1.12 : 1, num(m(total)), num(m(balance)), terms]),
      ],
    }],
    expected: expectedRows(OCT.asOf, "open", docs),
  };
}

// ---------------------------------------------------------------------------------------------
// 38. A Swiss company's ledger kept by hand in English: dates printed with their weekday
//     (`Thu 05/03/2026`: d/m/y, which the weekdays decide), amounts `CHF 1'234.50`, `1’980.00`
//     and whole francs `Fr. 500.–`; a Paid column with `–` for nothing paid.
function swissLedger(): CorpusLedger {
  // Every invoice date has a day of 12 or less, so only the weekdays tell d/m/y from m/d/y.
  const lines: [string, string, Iso, string, string][] = [
    // customer, invoice, date, amount and paid as typed
    ["Bergbahnen Flumserberg AG", "RE-2026-118", "2026-03-05", "CHF 1'234.50", "CHF 1'234.50"],
    ["Bergbahnen Flumserberg AG", "RE-2026-164", "2026-06-02", "4’870.00", "Fr. 2'000.–"],
    ["Bergbahnen Flumserberg AG", "RE-2026-203", "2026-09-11", "980.25", "–"],
    ["Vaduz Treuhand Anstalt", "RE-2026-171", "2026-07-08", "Fr. 12'500.–", "–"],
    ["Vaduz Treuhand Anstalt", "RE-2026-219", "2026-10-01", "CHF 1’980.00", "500.00"],
  ];
  const dmy = (iso: Iso) => { const [y, mo, d] = parts(iso); return `${EN_DAYS[weekday(iso)]} ${String(d).padStart(2, "0")}/${String(mo).padStart(2, "0")}/${y}`; };
  /** Francs as typed → cents: a lone dash is nothing, `.–` is whole francs, `'` and `’` group thousands. */
  const chf = (text: string) => (text === "–" ? 0 : m(text.replace(/^(?:CHF|Fr\.)\s*/, "").replace(/['’]/g, "").replace(/\.–$/, ".00")));
  const docs: Doc[] = lines.map(([customer, no, date, amount, paid]) => ({ customer, currency: "CHF", no, date, due: addDays(date, 30), amount: chf(amount), open: chf(amount) - chf(paid) }));
  return {
    file: "38-swiss-ledger-weekday-dates.xlsx",
    shape: "Swiss ledger (CHF 1'234.50, 4’870.00, Fr. 12'500.–, dates `Thu 05/03/2026` whose weekday decides d/m/y)",
    ...OCT,
    sheets: [{
      name: "Debtors",
      rows: [
        ["Customer", "Invoice No", "Invoice Date", "Due Date", "Amount", "Paid"],
        ...lines.map(([customer, no, date, amount, paid]) => [customer, no, dmy(date), dmy(addDays(date, 30)), amount, paid]),
      ],
    }],
    expected: expectedRows(OCT.asOf, "open", docs),
  };
}

// ---------------------------------------------------------------------------------------------
// 39. 用友 U8 应收明细账 (one block per customer, `客户：…` title rows): 日期, 凭证号, 摘要, 借方, 贷方,
//     方向, 余额 with a 期初余额 row, 本月合计 / 本年累计 rows, and the balance printed unsigned beside 方向.
function yonyouDetail(): CorpusLedger {
  type Line = [Iso, string, string, string, string];
  const blocks: [string, string, Line[]][] = [
    // customer, opening balance (借), [date, voucher, summary, debit, credit]
    ["无锡天成机电设备有限公司", "6,800.00", [
      ["2026-07-12", "记-0031", "销售电机 发票 07310021", "15,820.00", ""],
      ["2026-08-20", "记-0058", "收到货款", "", "10,000.00"],
      ["2026-09-26", "记-0077", "销售配件 发票 07310066", "3,164.00", ""],
    ]],
    ["合肥恒通物流有限公司", "", [
      ["2026-08-05", "记-0044", "运输服务 发票 07310040", "22,600.00", ""],
      ["2026-10-18", "记-0091", "收到货款", "", "22,600.00"],
      ["2026-10-25", "记-0096", "运输服务 发票 07310089", "4,520.00", ""],
    ]],
  ];
  const rows: Cell[][] = [["应收账款明细账"], ["科目：1122 应收账款", null, null, null, null, null, "单位：元"], ["日期", "凭证号", "摘要", "借方", "贷方", "方向", "余额"]];
  const docs: Doc[] = [];
  const receipts: Receipt[] = [];
  for (const [customer, opening, lines] of blocks) {
    rows.push([`客户：${customer}`]);
    let balance = opening === "" ? 0 : m(opening);
    if (opening !== "") {
      rows.push(["2026-07-01", null, "期初余额", null, null, "借", grouped(balance)]);
      docs.push({ customer, currency: "CNY", no: "期初余额", date: "2026-07-01", due: "2026-07-01", amount: m(opening) });
    }
    for (const [date, voucher, summary, debit, credit] of lines) {
      balance += (debit === "" ? 0 : m(debit)) - (credit === "" ? 0 : m(credit));
      rows.push([date, voucher, summary, debit === "" ? null : grouped(m(debit)), credit === "" ? null : grouped(m(credit)), balance === 0 ? "平" : balance > 0 ? "借" : "贷", grouped(Math.abs(balance))]);
      if (debit !== "") docs.push({ customer, currency: "CNY", no: voucher, date, due: addDays(date, 30), amount: m(debit) });
      else receipts.push({ customer, currency: "CNY", date, amount: m(credit) });
    }
    const debits = lines.reduce((a, l) => a + (l[3] === "" ? 0 : m(l[3])), 0);
    const credits = lines.reduce((a, l) => a + (l[4] === "" ? 0 : m(l[4])), 0);
    rows.push([null, null, "本年累计", grouped(debits), grouped(credits), balance > 0 ? "借" : "平", grouped(balance)]);
  }
  return {
    file: "39-zh-yonyou-u8-detail-ledger.xlsx",
    shape: "用友 U8 应收明细账 (客户：title rows, 期初余额, 借方/贷方/方向/余额 unsigned, 本年累计)",
    ...OCT,
    sheets: [{ name: "应收明细账", rows }],
    expected: expectedRows(OCT.asOf, "allocate", docs, receipts),
    languages: Object.fromEntries(blocks.map((b) => [b[0], "zh"])),
  };
}

// ---------------------------------------------------------------------------------------------
// 40. A 台账 with a header over two rows (merged 客户名称 / 发票号码 cells over both, 金额 merged over
//     应收 / 已收 / 未收), dates in a contract's style: `二〇二六年三月五日`, `2026年9月3日 星期四`,
//     full-width `２０２６－１０－０８`. One date was typed as a month only (`2026年8月`): that row
//     cannot be read, and every output must say so.
function mergedHeaderTaizhang(): CorpusLedger {
  const lines: [string, string, Iso | "2026年8月", string, string, "cn" | "week" | "wide" | "month"][] = [
    ["青岛海岳食品有限公司", "QD-26-031", "2026-03-05", "46,000.00", "46,000.00", "cn"],
    ["青岛海岳食品有限公司", "QD-26-088", "2026-09-03", "18,750.00", "8,000.00", "week"],
    ["青岛海岳食品有限公司", "QD-26-102", "2026-10-08", "5,260.00", "0.00", "wide"],
    ["厦门鹭江贸易有限公司", "XM-26-077", "2026-08-12", "31,200.00", "1,200.00", "cn"],
    ["厦门鹭江贸易有限公司", "XM-26-079", "2026年8月", "7,980.00", "0.00", "month"],
  ];
  const CN = ["〇", "一", "二", "三", "四", "五", "六", "七", "八", "九"];
  const small = (n: number) => (n < 10 ? CN[n] : `${n >= 20 ? CN[Math.floor(n / 10)] : ""}十${n % 10 ? CN[n % 10] : ""}`);
  const styles = {
    cn: (iso: Iso) => { const [y, mo, d] = parts(iso); return `${[...String(y)].map((c) => CN[+c]).join("")}年${small(mo)}月${small(d)}日`; },
    week: (iso: Iso) => { const [y, mo, d] = parts(iso); return `${y}年${mo}月${d}日 星期${ZH_DAYS[weekday(iso)]}`; },
    wide: (iso: Iso) => [...iso].map((c) => String.fromCharCode(c === "-" ? 0xff0d : c.charCodeAt(0) + 0xfee0)).join(""),
    month: (text: string) => text,
  };
  const read = lines.filter((l) => l[5] !== "month");
  const docs: Doc[] = read.map(([customer, no, date, amount, received]) => ({ customer, currency: "CNY", no, date, due: addDays(date, 30), amount: m(amount), open: m(amount) - m(received) }));
  const unreadLine = lines.find((l) => l[5] === "month")!;
  return {
    file: "40-zh-merged-header-chinese-numeral-dates.xlsx",
    shape: "台账 with a two-row merged header, 二〇二六年三月五日, 星期四, full-width dates, a month-only date",
    ...OCT,
    sheets: [{
      name: "应收台账",
      rows: [
        ["客户名称", "发票号码", "开票日期", "金额", null, null],
        [null, null, null, "应收", "已收", "未收"],
        ...lines.map(([customer, no, date, amount, received, style]) => [customer, no, styles[style](date), amount, received, grouped(m(amount) - m(received))]),
      ],
      merges: ["A1:A2", "B1:B2", "C1:C2", "D1:F1"],
    }],
    expected: expectedRows(OCT.asOf, "open", docs),
    languages: Object.fromEntries(read.map((l) => [l[0], "zh"])),
    unread: { rows: 1, amount: grouped(m(unreadLine[3])), value: unreadLine[2] },
  };
}

// ---------------------------------------------------------------------------------------------
// 41. An export saved as .xlsx with every cell text: a byte-order mark before the first header,
//     NBSP, full-width and zero-width spaces inside and around headers, amounts padded with NBSP,
//     `１，２００．００` typed on a Chinese keyboard, left-to-right marks copied from a web page before
//     a date and an amount, a customer name with a trailing NBSP.
function textOnlyExport(): CorpusLedger {
  const lines: [string, string, Iso, Iso, string, string][] = [
    ["Northwind Traders", "NW-5101", "2026-08-07", "2026-09-06", "2,450.00", "450.00"],
    ["Northwind Traders", "NW-5133", "2026-10-10", "2026-11-09", "1,200.00", "0.00"],
    ["Tailspin Toys", "TT-0907", "2026-07-21", "2026-08-20", "3,075.35", "1,000.00"],
  ];
  const pad = (text: string) => `\u00a0${text}\u00a0`;
  const wide = (text: string) => [...text].map((c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0)).join("");
  const docs: Doc[] = lines.map(([customer, no, date, due, amount, paid]) => ({ customer, currency: "USD", no, date, due, amount: m(amount), open: m(amount) - m(paid) }));
  return {
    file: "41-text-only-export-odd-spaces.xlsx",
    shape: "text-only export (BOM, NBSP, full-width and zero-width spaces in headers, NBSP-padded, full-width and LRM-marked cells)",
    ...OCT,
    sheets: [{
      name: "export",
      rows: [
        ["\ufeffCustomer\u00a0Name", " Invoice\u00a0No ", "Invoice\u3000Date", "Due\u200bDate\u00a0", "\u3000Amount", "Amount\u00a0Paid"],
        ...lines.map(([customer, no, date, due, amount, paid], i) => [`${customer}\u00a0`, no, date, i === 2 ? `\u200e${due}` : ` ${due}`, i === 1 ? wide(amount) : pad(amount), i === 2 ? `\u200e${paid}` : pad(paid)]),
      ],
    }],
    expected: expectedRows(OCT.asOf, "open", docs),
  };
}

export const FORMATS: readonly CorpusLedger[] = [
  quickbooksAgingDetail(), xeroAgedDetail(), sapFbl5n(), odooJournalItems(), zohoInvoices(), swissLedger(), yonyouDetail(), mergedHeaderTaizhang(), textOnlyExport(),
];
