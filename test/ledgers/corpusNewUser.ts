/**
 * A new user's pass (ledgers nobody on the team had seen): exports of Dynamics 365 Business
 * Central, Tally, Sage 50, FreshBooks and Microsoft's Invoice tracker template, and hand-kept
 * 台账 with odd but legitimate cells. Same rules as ./corpus.ts: each is written from its facts,
 * the facts feed the independent calculator (_lib/expectedAging.ts), nothing here imports src.
 */
import type { CorpusLedger } from "./corpus";
import { addDays, cents as m, expectedRows, type Doc, type Iso } from "./_lib/expectedAging";
import { type Cell, dateCell as dt, dotDate, grouped, num, zhDate } from "./_lib/sheets";

const OCT = { asOf: "2026-10-31", month: "2026-10" } as const;
const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
const parts = (iso: Iso) => iso.split("-").map(Number) as [number, number, number];

// ---------------------------------------------------------------------------------------------
// 25. Dynamics 365 Business Central "Customer Ledger Entries": Document Type (Invoice / Payment /
//     Credit Memo), Customer No. and Name, Currency Code blank for the local currency (USD here),
//     Original Amount and Remaining Amount signed (payments negative), an Open TRUE/FALSE column.
function businessCentral(): CorpusLedger {
  const lines: [Iso, string, string, string, string, string, string, string, Iso][] = [
    // posting date, type, doc no, customer no, name, currency, original, remaining, due
    ["2026-07-15", "Invoice", "103018", "10000", "Adatum Corporation", "", "4,200.00", "0.00", "2026-08-14"],
    ["2026-08-10", "Payment", "2608-01", "10000", "Adatum Corporation", "", "-4,200.00", "0.00", "2026-08-10"],
    ["2026-09-03", "Invoice", "103044", "10000", "Adatum Corporation", "", "3,150.00", "3,150.00", "2026-10-03"],
    ["2026-10-20", "Invoice", "103067", "10000", "Adatum Corporation", "", "980.25", "980.25", "2026-11-19"],
    ["2026-10-22", "Payment", "2610-07", "10000", "Adatum Corporation", "", "-500.00", "-500.00", "2026-10-22"],
    ["2026-06-30", "Invoice", "103002", "20000", "Trey Research", "EUR", "7,800.00", "2,800.00", "2026-07-30"],
    ["2026-09-18", "Credit Memo", "104009", "20000", "Trey Research", "EUR", "-450.00", "-450.00", "2026-09-18"],
  ];
  const docs: Doc[] = lines.map(([date, , no, , customer, currency, original, remaining, due]) => ({ customer, currency: currency || "USD", no, date, due, amount: m(original), open: m(remaining) }));
  return {
    file: "25-business-central-ledger-entries.xlsx",
    shape: "Dynamics 365 BC Customer Ledger Entries (signed Original/Remaining Amount, blank Currency Code = LCY, Open)",
    ...OCT,
    sheets: [{
      name: "Customer Ledger Entries",
      rows: [
        ["Posting Date", "Document Type", "Document No.", "Customer No.", "Customer Name", "Currency Code", "Original Amount", "Remaining Amount", "Due Date", "Open"],
        ...lines.map(([date, type, no, id, name, currency, original, remaining, due]) => [dt(date), type, no, id, name, currency || null, num(m(original)), num(m(remaining)), dt(due), m(remaining) !== 0 ? "TRUE" : "FALSE"]),
      ],
      autoFilter: "A1:J1",
    }],
    expected: expectedRows(OCT.asOf, "open", docs),
  };
}

// ---------------------------------------------------------------------------------------------
// 26. Tally "Bills Receivable": company title rows, dates `5-Mar-26` (two-digit years),
//     `Pending Amount` with Dr / Cr suffixes (Cr = an advance received), `Due on`, `Overdue by days`.
function tally(): CorpusLedger {
  const lines: [Iso, string, string, string, Iso | null, "Dr" | "Cr"][] = [
    ["2026-07-05", "SAL/0412", "Sharma Traders", "48,500.00", "2026-08-04", "Dr"],
    ["2026-09-21", "SAL/0467", "Sharma Traders", "12,250.50", "2026-10-21", "Dr"],
    ["2026-10-12", "RCPT/0090", "Sharma Traders", "5,000.00", null, "Cr"],
    ["2026-08-28", "SAL/0449", "Kaveri Agencies", "1,06,000.00", "2026-09-27", "Dr"],
    ["2026-10-25", "SAL/0481", "Kaveri Agencies", "9,440.00", "2026-11-24", "Dr"],
  ];
  const tallyDate = (iso: Iso) => { const [y, mo, d] = parts(iso); return `${d}-${MONTHS[mo - 1]}-${String(y).slice(2)}`; };
  // Indian grouping (1,06,000.00) is still the number 106000.00.
  const value = (text: string) => m(text.replace(/,/g, ""));
  const docs: Doc[] = lines.map(([date, no, customer, amount, due, side]) => ({
    customer, currency: "INR", no, date, due: due ?? date, amount: (side === "Cr" ? -1 : 1) * value(amount), open: (side === "Cr" ? -1 : 1) * value(amount),
  }));
  return {
    file: "26-tally-bills-receivable.xlsx",
    shape: "Tally Bills Receivable (d-Mon-yy dates, Pending Amount with Dr/Cr, Indian digit grouping)",
    ...OCT,
    settings: { "ledger.defaultCurrency": "INR" },
    sheets: [{
      name: "Bills Receivable",
      rows: [
        ["Shree Ganesh Distributors"], ["Bills Receivable"], ["1-Apr-26 to 31-Oct-26"], [],
        ["Date", "Ref. No.", "Party's Name", "Pending Amount", "Due on", "Overdue by days"],
        ...lines.map(([date, no, customer, amount, due, side]) => [tallyDate(date), no, customer, `${amount} ${side}`, due ? tallyDate(due) : null, due ? Math.max(0, (Date.UTC(2026, 9, 31) - Date.parse(due)) / 86_400_000) : null]),
      ],
    }],
    expected: expectedRows(OCT.asOf, "open", docs),
  };
}

// ---------------------------------------------------------------------------------------------
// 27. Sage 50 (UK) customer activity: A/C and Name, transaction types SI / SC / SR (sales invoice,
//     sales credit, sales receipt), dd/mm/yyyy text dates, Amount and O/S (outstanding), £.
function sage50(): CorpusLedger {
  const lines: [string, string, "SI" | "SC" | "SR", Iso, string, string, string][] = [
    ["ASH001", "Ashdown Joinery Ltd", "SI", "2026-07-14", "10231", "1,440.00", "1,440.00"],
    ["ASH001", "Ashdown Joinery Ltd", "SI", "2026-09-22", "10298", "2,016.00", "1,016.00"],
    ["ASH001", "Ashdown Joinery Ltd", "SC", "2026-10-02", "CN0045", "240.00", "240.00"],
    ["BRO002", "Brookfield Veterinary", "SI", "2026-08-19", "10262", "615.60", "615.60"],
    ["BRO002", "Brookfield Veterinary", "SR", "2026-10-13", "BACS", "300.00", "300.00"],
  ];
  const ddmmyyyy = (iso: Iso) => iso.split("-").reverse().join("/");
  const docs: Doc[] = lines.map(([, name, type, date, ref, amount, open]) => {
    const sign = type === "SI" ? 1 : -1;
    return { customer: name, currency: "GBP", no: ref, date, due: type === "SI" ? addDays(date, 30) : date, amount: sign * m(amount), open: sign * m(open) };
  });
  return {
    file: "27-sage50-customer-activity.xlsx",
    shape: "Sage 50 customer activity (A/C, Type SI/SC/SR, dd/mm/yyyy text, O/S outstanding, £)",
    ...OCT,
    sheets: [{
      name: "Customer Activity",
      rows: [
        ["Customer Activity (Detailed)"], ["Date From: 01/04/2026", null, null, "Date To: 31/10/2026"], [],
        ["A/C", "Name", "Type", "Date", "Ref", "Due", "Amount", "O/S"],
        ...lines.map(([ac, name, type, date, ref, amount, open]) => [ac, name, type, ddmmyyyy(date), ref, type === "SI" ? ddmmyyyy(addDays(date, 30)) : ddmmyyyy(date), `£${amount}`, `£${open}`]),
      ],
    }],
    expected: expectedRows(OCT.asOf, "open", docs),
  };
}

// ---------------------------------------------------------------------------------------------
// 28. FreshBooks "Invoice Details": Client Name, Invoice #, Date Issued, Date Due, Invoice Total,
//     Paid, Outstanding, Currency (CAD), Status including a Draft that was never sent.
function freshbooks(): CorpusLedger {
  const lines: [string, string, Iso, Iso, string, string, string][] = [
    ["Northwind Yoga", "0000114", "2026-08-01", "2026-08-31", "1,150.00", "1,150.00", "paid"],
    ["Northwind Yoga", "0000127", "2026-09-15", "2026-10-15", "1,150.00", "400.00", "partial"],
    ["Lakeshore Dental", "0000121", "2026-09-02", "2026-09-16", "3,402.75", "0.00", "overdue"],
    ["Lakeshore Dental", "0000133", "2026-10-28", "2026-11-27", "845.00", "0.00", "sent"],
    ["Lakeshore Dental", "0000134", "2026-10-30", "2026-11-29", "2,000.00", "0.00", "draft"],
  ];
  const owed = lines.filter((l) => l[6] !== "draft");
  const docs: Doc[] = owed.map(([customer, no, date, due, total, paid]) => ({ customer, currency: "CAD", no, date, due, amount: m(total), open: m(total) - m(paid) }));
  return {
    file: "28-freshbooks-invoice-details.xlsx",
    shape: "FreshBooks Invoice Details (Date Issued, Outstanding, CAD, a draft never sent)",
    ...OCT,
    sheets: [{
      name: "Invoice Details",
      rows: [
        ["Client Name", "Invoice #", "Date Issued", "Date Due", "Invoice Total", "Paid", "Outstanding", "Currency", "Status"],
        ...lines.map(([customer, no, date, due, total, paid, status]) => [customer, no, dt(date), dt(due), num(m(total)), num(m(paid)), num(m(total) - m(paid)), "CAD", status]),
      ],
    }],
    expected: expectedRows(OCT.asOf, "open", docs),
  };
}

// ---------------------------------------------------------------------------------------------
// 29. Microsoft's "Invoice tracker" template as a clerk fills it: a title, line breaks inside the
//     header cells, a PAID? Yes/No column, a days-overdue column the template computes, an
//     autofilter, and the sheet protected.
function invoiceTracker(): CorpusLedger {
  const lines: [string, string, Iso, Iso, string, "Yes" | "No"][] = [
    ["INV-2026-031", "Blue Yonder Airlines", "2026-07-02", "2026-08-01", "2,750.00", "Yes"],
    ["INV-2026-044", "Blue Yonder Airlines", "2026-08-25", "2026-09-24", "1,980.00", "No"],
    ["INV-2026-052", "Fourth Coffee", "2026-09-09", "2026-10-09", "640.00", "No"],
    ["INV-2026-058", "Fourth Coffee", "2026-10-19", "2026-11-18", "1,215.40", "No"],
  ];
  const docs: Doc[] = lines.map(([no, customer, date, due, amount, paid]) => ({ customer, currency: "USD", no, date, due, amount: m(amount), open: paid === "Yes" ? 0 : m(amount) }));
  return {
    file: "29-invoice-tracker-template.xlsx",
    shape: "Microsoft Invoice tracker template (line breaks in headers, PAID? Yes/No, autofilter, protected sheet)",
    ...OCT,
    sheets: [{
      name: "Invoice Tracker",
      rows: [
        ["INVOICE TRACKER"], [],
        ["INVOICE\nNUMBER", "CUSTOMER", "INVOICE\nDATE", "DUE\nDATE", "AMOUNT", "PAID?", "DAYS\nOVERDUE"],
        ...lines.map(([no, customer, date, due, amount, paid]) => [no, customer, dt(date), dt(due), num(m(amount)), paid, paid === "Yes" ? null : Math.max(0, (Date.UTC(2026, 9, 31) - Date.parse(due)) / 86_400_000)]),
      ],
      autoFilter: "A3:G3",
      protect: true,
    }],
    expected: expectedRows(OCT.asOf, "open", docs),
  };
}

// ---------------------------------------------------------------------------------------------
// 30. A 台账 kept in 万元: the unit is stated in the amount headers (`应收金额（万元）`), so 1.2345
//     means ¥12,345.00. Reading it as ¥1.23 would be silently wrong by a factor of 10,000.
function wanYuan(): CorpusLedger {
  const lines: [string, string, Iso, Iso, string, string][] = [
    ["苏州工业园区恒润精密有限公司", "HR-2607-01", "2026-07-08", "2026-08-07", "12.3456", "10"],
    ["苏州工业园区恒润精密有限公司", "HR-2609-03", "2026-09-16", "2026-10-16", "8.5", "0"],
    ["宁波北仑港华物流有限公司", "GH-2608-02", "2026-08-30", "2026-09-29", "36.08", "20.5"],
  ];
  /** 万元 → cents by moving the decimal point four places (string arithmetic, no floats). */
  const wan = (text: string) => {
    const [whole, fraction = ""] = text.split(".");
    return m(`${whole}${fraction.padEnd(4, "0").slice(0, 4)}.${fraction.padEnd(6, "0").slice(4, 6)}`);
  };
  const docs: Doc[] = lines.map(([customer, no, date, due, amount, received]) => ({ customer, currency: "CNY", no, date, due, amount: wan(amount), open: wan(amount) - wan(received) }));
  return {
    file: "30-zh-wan-yuan-units.xlsx",
    shape: "台账 in 万元 (unit stated in the amount headers)",
    ...OCT,
    sheets: [{
      name: "应收台账",
      rows: [
        ["2026年应收账款台账"], [null, null, null, null, "单位：万元"],
        ["客户名称", "合同号", "开票日期", "到期日", "应收金额（万元）", "已收金额（万元）"],
        ...lines.map(([customer, no, date, due, amount, received]) => [customer, no, dt(date), dt(due), Number(amount), Number(received)]),
      ],
    }],
    expected: expectedRows(OCT.asOf, "open", docs),
    languages: Object.fromEntries(lines.map((l) => [l[0], "zh"])),
  };
}

// ---------------------------------------------------------------------------------------------
// 31. A hand-kept 台账 split over two sheets of the same shape (2025年 / 2026年): dates typed as
//     2026年3月5日, 2026.03.05, 20260305 and an Excel serial stored as text; amounts as
//     `¥1,234.50元`; a customer spelled with a trailing space and full-width brackets; 小计 rows;
//     a 备注 column (已结清 …); a hidden row that is still an invoice.
function taizhangTwoSheets(): CorpusLedger {
  type Line = [string, string, Iso, string, string, string, "zh" | "dot" | "compact" | "serial"];
  const sheets: [string, Line[]][] = [
    ["2025年", [
      ["广州南沙（国际）物流有限公司", "2025-118", "2025-11-20", "18,600.00", "18,600.00", "已结清", "zh"],
      ["广州南沙（国际）物流有限公司", "2025-131", "2025-12-15", "7,420.00", "2,000.00", "", "dot"],
      ["成都蜀锦纺织有限公司", "2025-125", "2025-12-02", "3,300.00", "0.00", "", "compact"],
    ]],
    ["2026年", [
      ["广州南沙（国际）物流有限公司", "2026-044", "2026-08-11", "9,800.50", "0.00", "", "serial"],
      ["广州南沙(国际)物流有限公司 ", "2026-071", "2026-10-09", "1,234.50", "0.00", "", "zh"],
      ["成都蜀锦纺织有限公司", "2026-052", "2026-09-03", "26,000.00", "6,000.00", "部分回款", "dot"],
    ]],
  ];
  const serialText = (iso: Iso) => String(Date.parse(iso) / 86_400_000 + 25_569);
  const styles = { zh: zhDate, dot: (iso: Iso) => dotDate(iso).split(".").reverse().join("."), compact: (iso: Iso) => iso.replace(/-/g, ""), serial: serialText };
  const listed = (name: string) => name.trim().replace(/\(/g, "（").replace(/\)/g, "）");
  const docs: Doc[] = sheets.flatMap(([, lines]) => lines.map(([customer, no, date, amount, received]) => ({ customer: listed(customer), currency: "CNY", no, date, due: addDays(date, 30), amount: m(amount), open: m(amount) - m(received) })));
  return {
    file: "31-zh-taizhang-two-sheets-odd-cells.xlsx",
    shape: "台账 over two sheets (2025年/2026年): 2026.03.05, 20260305, serial as text, ¥…元, 小计, 备注, hidden row, trailing space and full-width brackets",
    ...OCT,
    sheets: sheets.map(([name, lines]) => {
      const rows: Cell[][] = [[`${name}应收账款台账`], ["客户名称", "发票号", "开票日期", "应收金额", "已收金额", "未收金额", "备注"]];
      const customers = [...new Set(lines.map((l) => listed(l[0])))];
      for (const customer of customers) {
        const own = lines.filter((l) => listed(l[0]) === customer);
        for (const [name, no, date, amount, received, note, style] of own) {
          rows.push([name, no, styles[style](date), `¥${amount}元`, `¥${received}元`, `¥${grouped(m(amount) - m(received))}元`, note || null]);
        }
        rows.push(["小计", null, null, null, null, `¥${grouped(own.reduce((a, l) => a + m(l[3]) - m(l[4]), 0))}元`, null]);
      }
      return { name, rows, hiddenRows: name === "2025年" ? [3] : [] };
    }),
    expected: expectedRows(OCT.asOf, "open", docs),
    languages: Object.fromEntries(docs.map((d) => [d.customer, "zh"])),
  };
}

// ---------------------------------------------------------------------------------------------
// 32. A Wave-style export kept in English with a credit column per row: Invoice Total, Credit
//     (a credit note applied to that invoice), Amount Due; European amounts `USD 1 234,50`.
function creditPerRow(): CorpusLedger {
  const lines: [string, string, Iso, Iso, string, string][] = [
    ["Fabrikam Residences", "W-1102", "2026-08-04", "2026-09-03", "1234,50", "0,00"],
    ["Fabrikam Residences", "W-1130", "2026-09-28", "2026-10-28", "2000,00", "150,00"],
    ["Litware Studio", "W-1117", "2026-09-01", "2026-10-01", "12500,00", "2500,00"],
  ];
  const c = (text: string) => m(text.replace(",", "."));
  const spaced = (cents: number) => `USD ${grouped(cents).replace(/,/g, " ").replace(".", ",")}`;
  const docs: Doc[] = lines.map(([customer, no, date, due, total, credit]) => ({ customer, currency: "USD", no, date, due, amount: c(total), open: c(total) - c(credit) }));
  return {
    file: "32-credit-column-per-row.xlsx",
    shape: "Wave-style export with a Credit column per row and `USD 1 234,50` amounts",
    ...OCT,
    sheets: [{
      name: "Invoices",
      rows: [
        ["Customer", "Invoice Number", "Invoice Date", "Due Date", "Invoice Total", "Credit", "Amount Due"],
        ...lines.map(([customer, no, date, due, total, credit]) => [customer, no, dt(date), dt(due), spaced(c(total)), spaced(c(credit)), spaced(c(total) - c(credit))]),
      ],
    }],
    expected: expectedRows(OCT.asOf, "open", docs),
  };
}

export const NEW_USER: readonly CorpusLedger[] = [businessCentral(), tally(), sage50(), freshbooks(), invoiceTracker(), wanYuan(), taizhangTwoSheets(), creditPerRow()];
