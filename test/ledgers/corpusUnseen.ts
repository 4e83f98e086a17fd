/**
 * More corpus ledgers (the QA pass after issues 8 and 9): shapes none of the first fourteen has,
 * tried as a new user would. Same rules as ./corpus.ts: each is written from its facts, and the
 * facts feed the independent calculator (_lib/expectedAging.ts); nothing here imports src.
 */
import type { CorpusLedger } from "./corpus";
import { addDays, cents as m, expectedRows, type Doc, type Iso, type Receipt } from "./_lib/expectedAging";
import { type Cell, dashMonDate, dateCell as dt, grouped, monDayDate, num, parens, slashDate, zhDate } from "./_lib/sheets";

const OCT = { asOf: "2026-10-31", month: "2026-10" } as const;
const sum = (values: readonly number[]) => values.reduce((a, b) => a + b, 0);

// ---------------------------------------------------------------------------------------------
// 15. Zoho Books invoice export: Invoice Status (Paid / Overdue / Partially Paid / Void / Sent),
//     Currency Code per row (USD, GBP, INR), Exchange Rate, Total and Balance (the open balance),
//     customer email on the rows.
function zohoBooks(): CorpusLedger {
  const lines: [Iso, string, string, string, Iso, string, string, string, string][] = [
    ["2026-07-02", "INV-000231", "Paid", "Pinecrest Analytics", "2026-08-01", "USD", "1.00", "3,600.00", "0.00"],
    ["2026-08-20", "INV-000262", "Overdue", "Pinecrest Analytics", "2026-09-19", "USD", "1.00", "2,150.00", "2,150.00"],
    ["2026-10-09", "INV-000288", "Sent", "Pinecrest Analytics", "2026-11-08", "USD", "1.00", "980.40", "980.40"],
    ["2026-06-15", "INV-000214", "Partially Paid", "Thistle & Rowan Ltd", "2026-07-15", "GBP", "1.27", "5,000.00", "1,250.00"],
    ["2026-09-10", "INV-000270", "Void", "Thistle & Rowan Ltd", "2026-10-10", "GBP", "1.27", "700.00", "0.00"],
    ["2026-09-25", "INV-000279", "Overdue", "Kaveri Textiles Pvt Ltd", "2026-10-10", "INR", "0.012", "185,000.00", "185,000.00"],
  ];
  const email = (customer: string) => `accounts@${customer.toLowerCase().replace(/[^a-z]+/g, "")}.example.com`;
  const docs: Doc[] = lines.map(([date, no, , customer, due, currency, , total, balance]) => ({ customer, currency, no, date, due, amount: m(total), open: m(balance) }));
  return {
    file: "15-zoho-books-invoices.xlsx",
    shape: "Zoho Books invoice export (Invoice Status incl. Void, Currency Code, Exchange Rate, Balance)",
    ...OCT,
    sheets: [{
      name: "Invoice",
      rows: [
        ["Invoice Date", "Invoice Number", "Invoice Status", "Customer Name", "Due Date", "Currency Code", "Exchange Rate", "Total", "Balance", "Email"],
        ...lines.map(([date, no, status, customer, due, currency, rate, total, balance]) => [dt(date), no, status, customer, dt(due), currency, Number(rate), num(m(total)), num(m(balance)), email(customer)]),
      ],
    }],
    expected: expectedRows(OCT.asOf, "open", docs),
    languages: { "Pinecrest Analytics": "en", "Kaveri Textiles Pvt Ltd": "en" },
  };
}

// ---------------------------------------------------------------------------------------------
// 16. A Mac workbook in the 1904 date system: Customers / Invoices / Payments as date cells.
function mac1904(): CorpusLedger {
  const invoices: [string, string, Iso, Iso, string][] = [
    ["A-1001", "Orchard Lane Bakery", "2026-08-04", "2026-09-03", "1,320.00"],
    ["A-1019", "Orchard Lane Bakery", "2026-10-12", "2026-11-11", "415.75"],
    ["A-1007", "Copperleaf Studio", "2026-07-21", "2026-08-20", "2,800.00"],
    ["A-1015", "Copperleaf Studio", "2026-09-29", "2026-10-29", "1,100.00"],
  ];
  const payments: [Iso, string, string, string | null][] = [
    ["2026-09-01", "Orchard Lane Bakery", "1,320.00", "A-1001"],
    ["2026-10-15", "Copperleaf Studio", "1,000.00", null],
    ["2026-11-03", "Copperleaf Studio", "1,800.00", "A-1007"], // after the as-of day
  ];
  const docs: Doc[] = invoices.map(([no, customer, date, due, amount]) => ({ customer, currency: "USD", no, date, due, amount: m(amount) }));
  const receipts: Receipt[] = payments.map(([date, customer, amount, no]) => ({ customer, currency: "USD", date, amount: m(amount), invoiceNo: no ?? undefined }));
  return {
    file: "16-mac-1904-dates.xlsx",
    shape: "Mac workbook in the 1904 date system (date cells), a payment after the as-of day",
    ...OCT,
    date1904: true,
    sheets: [
      { name: "Customers", rows: [["Customer", "Email"], ["Orchard Lane Bakery", "hello@orchardlane.example.com"], ["Copperleaf Studio", "studio@copperleaf.example.com"]] },
      { name: "Invoices", rows: [["Invoice", "Customer", "Date", "Due", "Amount"], ...invoices.map(([no, customer, date, due, amount]) => [no, customer, dt(date), dt(due), num(m(amount))])] },
      { name: "Payments", rows: [["Date", "Customer", "Amount", "Invoice"], ...payments.map(([date, customer, amount, no]) => [dt(date), customer, num(m(amount)), no])] },
    ],
    expected: expectedRows(OCT.asOf, "allocate", docs, receipts),
  };
}

// ---------------------------------------------------------------------------------------------
// 17. A sheet per month (Aug 2026 / Sep 2026 / Oct 2026), the same columns on each, Paid on the
//     invoice rows and a Balance column that is the row's open balance.
function sheetPerMonth(): CorpusLedger {
  const months: [string, [string, string, Iso, Iso, string, string][]][] = [
    ["Aug 2026", [
      ["Granite Peak Outfitters", "M-0801", "2026-08-03", "2026-09-02", "2,400.00", "2,400.00"],
      ["Silver Birch Interiors", "M-0812", "2026-08-17", "2026-09-16", "5,750.00", "3,000.00"],
    ]],
    ["Sep 2026", [
      ["Granite Peak Outfitters", "M-0905", "2026-09-08", "2026-10-08", "1,180.00", "0.00"],
      ["Silver Birch Interiors", "M-0919", "2026-09-22", "2026-10-22", "640.00", "0.00"],
    ]],
    ["Oct 2026", [
      ["Granite Peak Outfitters", "M-1002", "2026-10-02", "2026-11-01", "3,010.00", "0.00"],
      ["Harbourview Motel", "M-1014", "2026-10-14", "2026-11-13", "725.50", "0.00"],
    ]],
  ];
  const docs: Doc[] = months.flatMap(([, lines]) => lines.map(([customer, no, date, due, amount, paid]) => ({ customer, currency: "USD", no, date, due, amount: m(amount), open: m(amount) - m(paid) })));
  return {
    file: "17-sheet-per-month.xlsx",
    shape: "a sheet per month with the same columns (Paid and Balance on each row)",
    ...OCT,
    sheets: months.map(([name, lines]) => ({
      name,
      rows: [
        [`Sales ledger — ${name}`], [],
        ["Customer", "Invoice No", "Invoice Date", "Due Date", "Amount", "Paid", "Balance"],
        ...lines.map(([customer, no, date, due, amount, paid]) => [customer, no, dt(date), dt(due), num(m(amount)), num(m(paid)), num(m(amount) - m(paid))]),
        ["Total", null, null, null, num(sum(lines.map((l) => m(l[4])))), num(sum(lines.map((l) => m(l[5])))), num(sum(lines.map((l) => m(l[4]) - m(l[5]))))],
      ],
    })),
    expected: expectedRows(OCT.asOf, "open", docs),
  };
}

// ---------------------------------------------------------------------------------------------
// 18. A Chinese ledger whose 客户资料 sheet is keyed by name, spelled with other spacing and
//     full-width letters/brackets than the invoice rows (ＡＢＣ国际贸易（上海）有限公司 vs
//     ABC国际贸易(上海)有限公司). The summary names the customer as the customer list does.
function zhNameKeyed(): CorpusLedger {
  const customers: [string, string, string][] = [
    ["ＡＢＣ国际贸易（上海）有限公司", "王磊", "wanglei@abc-trade.example.cn"],
    ["深圳市 华强 电子有限公司", "赵丽", "zhaoli@huaqiang.example.cn"],
  ];
  const lines: [string, string, Iso, Iso, string, string][] = [
    ["ABC国际贸易(上海)有限公司", "XS-2026-081", "2026-08-06", "2026-09-05", "36,000.00", "20,000.00"],
    ["ABC国际贸易 (上海) 有限公司", "XS-2026-102", "2026-10-09", "2026-11-08", "4,520.00", "0.00"],
    ["深圳市华强电子有限公司", "XS-2026-077", "2026-07-28", "2026-08-27", "18,800.00", "0.00"],
    ["深圳市华强电子有限公司 ", "XS-2026-095", "2026-09-18", "2026-10-18", "9,040.00", "9,040.00"],
  ];
  const listed = (name: string) => customers.find((c) => c[0].replace(/\s/g, "").normalize("NFKC") === name.replace(/\s/g, "").normalize("NFKC"))![0];
  const docs: Doc[] = lines.map(([customer, no, date, due, amount, received]) => ({ customer: listed(customer), currency: "CNY", no, date, due, amount: m(amount), open: m(amount) - m(received) }));
  return {
    file: "18-zh-customers-by-name-fullwidth.xlsx",
    shape: "Chinese 客户资料 keyed by name with other spacing and full-width characters",
    ...OCT,
    sheets: [
      { name: "客户资料", rows: [["客户名称", "联系人", "电子邮箱"], ...customers] },
      {
        name: "销售明细",
        rows: [
          ["客户名称", "单据编号", "开票日期", "到期日", "价税合计", "已收金额", "未收金额"],
          ...lines.map(([customer, no, date, due, amount, received]) => [customer, no, zhDate(date), slashDate(due), num(m(amount)), num(m(received)), num(m(amount) - m(received))]),
        ],
      },
    ],
    expected: expectedRows(OCT.asOf, "open", docs),
    languages: Object.fromEntries(customers.map((c) => [c[0], "zh"])),
  };
}

// ---------------------------------------------------------------------------------------------
// 19. A hand-kept English ledger: text dates in several styles (15-Sep-2026, Sep 15, 2026,
//     2026-09-15), amounts with currency words (`USD 1,200.00`, `1,200.00 USD`), blank
//     separator rows, a Subtotal per customer, a note row, and a hidden column.
function handKeptEnglish(): CorpusLedger {
  const groups: [string, [string, Iso, Iso, string, string, "dash" | "mon" | "iso", "pre" | "post"][]][] = [
    ["Wren & Finch Bookbinders", [
      ["WF-310", "2026-08-11", "2026-09-10", "1,200.00", "200.00", "dash", "pre"],
      ["WF-327", "2026-09-15", "2026-10-15", "860.00", "0.00", "mon", "post"],
    ]],
    ["Meadowsweet Farm Shop", [
      ["MS-118", "2026-06-30", "2026-07-30", "2,045.90", "0.00", "iso", "pre"],
      ["MS-140", "2026-10-21", "2026-11-20", "399.00", "0.00", "dash", "post"],
    ]],
  ];
  const style = { dash: dashMonDate, mon: monDayDate, iso: (iso: Iso) => iso };
  const money = (c: number, where: "pre" | "post") => (where === "pre" ? `USD ${grouped(c)}` : `${grouped(c)} USD`);
  const rows: Cell[][] = [["Receivables — kept by hand"], ["Updated 31 Oct 2026"], [], ["Customer", "Rep", "Invoice", "Date", "Due", "Amount", "Received", "Outstanding"]];
  const docs: Doc[] = [];
  for (const [customer, lines] of groups) {
    let open = 0;
    for (const [no, date, due, amount, received, ds, ms] of lines) {
      const left = m(amount) - m(received);
      open += left;
      rows.push([customer, "JB", no, style[ds](date), style[ds](due), money(m(amount), ms), money(m(received), ms), money(left, ms)]);
      docs.push({ customer, currency: "USD", no, date, due, amount: m(amount), open: left });
    }
    rows.push(["Subtotal", null, null, null, null, null, null, money(open, "pre")]);
    rows.push([]);
  }
  rows.push(["Note: Wren & Finch promised payment of WF-310 by 15 Nov."]);
  return {
    file: "19-hand-kept-text-dates-currency-words.xlsx",
    shape: "hand-kept English ledger: text dates in three styles, USD words in amounts, Subtotal, note, hidden column",
    ...OCT,
    sheets: [{ name: "AR", rows, hiddenColumns: [2] }],
    expected: expectedRows(OCT.asOf, "open", docs),
  };
}

// ---------------------------------------------------------------------------------------------
// 20. Yonyou U8 客户往来明细账: 借方 / 贷方 / 方向 (借/贷/平) / 余额 (absolute, with the direction
//     beside it), 客户 as a group title row, 本月合计 and 本年累计 rows, text dates.
function yonyou(): CorpusLedger {
  const groups: [string, [Iso, string, string, string | null, string | null][]][] = [
    ["天津滨海重工机械有限公司", [
      ["2026-08-05", "转-0012", "销售产品", "67,800.00", null],
      ["2026-09-12", "收-0031", "收回货款", null, "67,800.00"],
      ["2026-10-08", "转-0046", "销售产品", "23,730.00", null],
    ]],
    ["青岛海韵水产有限公司", [
      ["2026-07-14", "转-0005", "销售产品", "9,605.00", null],
      ["2026-09-30", "收-0040", "预收货款", null, "12,000.00"],
    ]],
  ];
  const rows: Cell[][] = [["客户往来明细账"], ["科目：1122 应收账款", null, null, null, null, "2026年"], ["日期", "凭证号", "摘要", "借方", "贷方", "方向", "余额"]];
  const docs: Doc[] = [];
  const receipts: Receipt[] = [];
  for (const [customer, lines] of groups) {
    rows.push([`客户：${customer}`]);
    let balance = 0;
    for (const [date, voucher, memo, debit, credit] of lines) {
      if (debit) {
        balance += m(debit);
        docs.push({ customer, currency: "CNY", no: voucher, date, due: addDays(date, 30), amount: m(debit) });
      }
      if (credit) {
        balance -= m(credit);
        receipts.push({ customer, currency: "CNY", date, amount: m(credit) });
      }
      rows.push([slashDate(date), voucher, memo, debit ? num(m(debit)) : null, credit ? num(m(credit)) : null, balance > 0 ? "借" : balance < 0 ? "贷" : "平", num(Math.abs(balance))]);
    }
    const debits = sum(lines.map((l) => (l[3] ? m(l[3]) : 0)));
    const credits = sum(lines.map((l) => (l[4] ? m(l[4]) : 0)));
    rows.push([null, null, "本月合计", num(debits), num(credits), balance > 0 ? "借" : balance < 0 ? "贷" : "平", num(Math.abs(balance))]);
    rows.push([null, null, "本年累计", num(debits), num(credits), balance > 0 ? "借" : balance < 0 ? "贷" : "平", num(Math.abs(balance))]);
  }
  return {
    file: "20-yonyou-customer-detail.xlsx",
    shape: "Yonyou U8 客户往来明细账 (借方/贷方/方向/余额, 客户 group rows, 本月合计/本年累计)",
    ...OCT,
    sheets: [{ name: "客户往来明细账", rows, merges: ["A1:G1"] }],
    expected: expectedRows(OCT.asOf, "allocate", docs, receipts),
    languages: Object.fromEntries(groups.map(([c]) => [c, "zh"])),
  };
}

// ---------------------------------------------------------------------------------------------
// 21. 管家婆-style 往来单据: 单据类型 (销售单 / 销售退货单 / 收款单), 往来单位, 金额 always
//     positive, text dates 2026-09-15, 经手人, and no due date (30 days' default terms).
function guanjiapo(): CorpusLedger {
  const lines: [Iso, string, string, string, string][] = [
    ["2026-07-10", "XS-20260710-001", "销售单", "郑州中原百货有限公司", "15,800.00"],
    ["2026-08-22", "XS-20260822-003", "销售单", "郑州中原百货有限公司", "7,350.00"],
    ["2026-09-02", "XT-20260902-001", "销售退货单", "郑州中原百货有限公司", "1,350.00"],
    ["2026-09-20", "SK-20260920-002", "收款单", "郑州中原百货有限公司", "10,000.00"],
    ["2026-09-25", "XS-20260925-004", "销售单", "长沙湘江电器商行", "4,680.00"],
    ["2026-10-18", "XS-20261018-002", "销售单", "长沙湘江电器商行", "2,340.00"],
  ];
  const docs: Doc[] = [];
  const receipts: Receipt[] = [];
  for (const [date, no, type, customer, amount] of lines) {
    if (type === "收款单") receipts.push({ customer, currency: "CNY", date, amount: m(amount) });
    else docs.push({ customer, currency: "CNY", no, date, due: addDays(date, 30), amount: (type === "销售退货单" ? -1 : 1) * m(amount) });
  }
  return {
    file: "21-guanjiapo-documents.xlsx",
    shape: "管家婆 往来单据 (单据类型 销售单/销售退货单/收款单, positive amounts, no due date)",
    ...OCT,
    sheets: [{
      name: "往来单据",
      rows: [["单据日期", "单据编号", "单据类型", "往来单位", "金额", "经手人"], ...lines.map(([date, no, type, customer, amount]) => [date, no, type, customer, num(m(amount)), "周敏"])],
    }],
    expected: expectedRows(OCT.asOf, "allocate", docs, receipts),
    languages: { 郑州中原百货有限公司: "zh", 长沙湘江电器商行: "zh" },
  };
}

// ---------------------------------------------------------------------------------------------
// 22. NetSuite-style open-invoices saved search: `Customer : Project` names, accounting
//     negatives in text `(1,200.00)`, Amount (Foreign Currency) + Currency, Amount Remaining,
//     a customer with USD and EUR documents and an unapplied customer deposit.
function netsuite(): CorpusLedger {
  const lines: [string, Iso, string, string, Iso, string, string, string][] = [
    ["Invoice", "2026-08-18", "INV10452", "Altamira Hotels : Lisbon Refit", "2026-09-17", "EUR", "14,200.00", "9,200.00"],
    ["Invoice", "2026-10-06", "INV10511", "Altamira Hotels : Lisbon Refit", "2026-11-05", "EUR", "3,380.00", "3,380.00"],
    ["Credit Memo", "2026-10-15", "CM1088", "Altamira Hotels : Lisbon Refit", "2026-10-15", "EUR", "(600.00)", "(600.00)"],
    ["Invoice", "2026-09-01", "INV10470", "Altamira Hotels", "2026-10-01", "USD", "2,500.00", "2,500.00"],
    ["Customer Deposit", "2026-10-27", "DEP221", "Altamira Hotels", "2026-10-27", "USD", "(1,000.00)", "(1,000.00)"],
    ["Invoice", "2026-07-09", "INV10398", "Bellwether Freight", "2026-08-08", "USD", "6,075.00", "6,075.00"],
  ];
  const text = (t: string) => (t.startsWith("(") ? -m(t.slice(1, -1)) : m(t));
  const docs: Doc[] = lines.map(([, date, no, customer, due, currency, amount, open]) => ({ customer, currency, no, date, due, amount: text(amount), open: text(open) }));
  return {
    file: "22-netsuite-open-invoices.xlsx",
    shape: "NetSuite saved search (Customer : Project names, (1,200.00) negatives, USD and EUR, deposit)",
    ...OCT,
    sheets: [{
      name: "Open Invoices",
      rows: [
        ["Open Invoices (Saved Search)"], [],
        ["Type", "Date", "Document Number", "Name", "Due Date/Receive By", "Currency", "Amount (Foreign Currency)", "Amount Remaining"],
        ...lines.map(([type, date, no, customer, due, currency, amount, open]) => [type, usDateText(date), no, customer, usDateText(due), currency, parens(text(amount)), parens(text(open))]),
      ],
    }],
    expected: expectedRows(OCT.asOf, "open", docs),
  };
}

/** NetSuite prints `10/27/2026`; the column decides the order (27 > 12). */
function usDateText(iso: Iso): string {
  const [y, mo, d] = iso.split("-").map(Number);
  return `${mo}/${d}/${y}`;
}

// ---------------------------------------------------------------------------------------------
// 23. A European open-items list kept in English: dotted dates 15.08.2026 and amounts with a
//     decimal comma and the euro sign before or after (`1.234,56 €`, `€ 2.000,00`, `EUR 99,90`).
function europeanOpenItems(): CorpusLedger {
  const lines: [string, string, Iso, Iso, string, string, "after" | "before" | "code"][] = [
    ["Müller Feinmechanik GmbH", "R-1001", "2026-08-15", "2026-09-14", "1234,56", "1234,56", "after"],
    ["Müller Feinmechanik GmbH", "R-1002", "2026-10-01", "2026-10-31", "2000,00", "500,00", "before"],
    ["Brasserie du Port SARL", "R-1003", "2026-09-20", "2026-10-20", "99,90", "99,90", "code"],
    ["Brasserie du Port SARL", "R-0990", "2026-06-02", "2026-07-02", "12345,00", "3210,75", "after"],
  ];
  const euroCents = (text: string) => m(text.replace(",", "."));
  /** 1234,56 → `1.234,56` with dot thousands groups. */
  const euro = (c: number) => grouped(c).replace(/,/g, " ").replace(".", ",").replace(/ /g, ".");
  const write = (c: number, where: "after" | "before" | "code") => (where === "after" ? `${euro(c)} €` : where === "before" ? `€ ${euro(c)}` : `EUR ${euro(c)}`);
  const dotted = (iso: Iso) => iso.split("-").reverse().join(".");
  const docs: Doc[] = lines.map(([customer, no, date, due, amount, open]) => ({ customer, currency: "EUR", no, date, due, amount: euroCents(amount), open: euroCents(open) }));
  return {
    file: "23-european-decimal-comma.xlsx",
    shape: "European open items: dotted dates, decimal-comma amounts with € before/after and EUR",
    ...OCT,
    sheets: [{
      name: "Open items",
      rows: [
        ["Customer", "Invoice", "Date", "Due", "Amount", "Open"],
        ...lines.map(([customer, no, date, due, amount, open, where]) => [customer, no, dotted(date), dotted(due), write(euroCents(amount), where), write(euroCents(open), where)]),
      ],
    }],
    expected: expectedRows(OCT.asOf, "open", docs),
  };
}

export const UNSEEN: readonly CorpusLedger[] = [zohoBooks(), mac1904(), sheetPerMonth(), zhNameKeyed(), handKeptEnglish(), yonyou(), guanjiapo(), netsuite(), europeanOpenItems()];
