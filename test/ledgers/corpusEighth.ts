/**
 * An eighth new user's pass, English accounting-tool exports: QuickBooks Desktop's Customer
 * Balance Detail (a customer called `Total 24 Hour Plumbing`, a running Balance, the same A/R
 * account on every row), Sage 200's Aged Debtors flattened to one row per transaction (A/C refs
 * typed with a space, `ACME 01`, beside the names; a credit limit and period columns), a Google
 * Sheets invoice tracker (client codes `CUST 1001` and no name column, checkboxes TRUE / FALSE in
 * Paid, `Oct 5, 2026` and ISO dates with a time, `USD 1,200.00`, a date that does not exist) and
 * QuickBooks Online's invoice list (statuses `Overdue 12 days` / `Partially paid` / `Voided`,
 * `$1,234.00` open balances), Business Central's Customer - Detailed Aging (a `10000` |
 * `Adatum Corporation` line above each customer's entries), Peachtree's Customer Ledgers (the
 * customer on its first line only, `Balance Fwd`, SJ / CRJ) and Wave's invoice export in euros
 * (`1.200,00 €`, `@Home Interiors`, a `=HYPERLINK` memo, an amount typed with a letter O). Same rules as ./corpus.ts: each is written from its facts, the facts
 * feed the independent calculator (_lib/expectedAging.ts), nothing here imports src.
 */
import type { CorpusLedger } from "./corpus";
import { addDays, bucketOf, cents as m, expectedRows, type Doc, type Iso, type Receipt } from "./_lib/expectedAging";
import { type Cell, commaText, dateCell as dt, monDayDate, num, usDate } from "./_lib/sheets";

const OCT = { asOf: "2026-10-31", month: "2026-10" } as const;
/** `05/10/2026`: day first, as UK Sage prints it. */
const ukDate = (iso: Iso) => { const [y, mo, d] = iso.split("-"); return `${d}/${mo}/${y}`; };

// ---------------------------------------------------------------------------------------------
// 92. QuickBooks Desktop "Customer Balance Detail" (All): a customer's name alone on a row, its
//     invoices, payments and credit memos with Type / Date / Num / Account / Amount / Balance (a
//     running balance per customer, a check), `Total <name>` and `TOTAL`. No due date column: each
//     invoice is due 30 days after its date (the default terms). One customer is called `Total 24
//     Hour Plumbing`, so its total line reads `Total Total 24 Hour Plumbing`: the name is a
//     customer's, never a total. Account holds the A/R account on every row: no customer.
function quickbooksCustomerBalanceDetail(): CorpusLedger {
  type Line = ["Invoice" | "Payment" | "Credit Memo", Iso, string, string];
  const customers: [string, Line[]][] = [
    ["Total 24 Hour Plumbing", [
      ["Invoice", "2026-07-14", "1071", "2,460.00"],
      ["Payment", "2026-08-20", "5512", "-1,460.00"],
      ["Invoice", "2026-09-18", "1090", "1,300.00"],
      ["Credit Memo", "2026-10-09", "1098", "-120.00"],
      ["Invoice", "2026-10-22", "1102", "845.25"],
    ]],
    ["Koala Print Co", [
      ["Invoice", "2026-08-03", "1077", "3,980.00"],
      ["Payment", "2026-10-15", "8841", "-2,000.00"],
      ["Invoice", "2026-10-28", "1105", "612.40"],
    ]],
  ];
  const rows: Cell[][] = [
    ["Harbourside Supplies LLC"], ["Customer Balance Detail"], ["All Transactions"], [],
    [null, "Type", "Date", "Num", "Account", "Amount", "Balance"],
  ];
  const docs: Doc[] = [];
  const receipts: Receipt[] = [];
  let all = 0;
  for (const [name, lines] of customers) {
    rows.push([name]);
    let balance = 0;
    for (const [type, date, no, amount] of lines) {
      balance += m(amount);
      rows.push([null, type, usDate(date), no, "11000 · Accounts Receivable", num(m(amount)), num(balance)]);
      if (type === "Payment") receipts.push({ customer: name, currency: "USD", date, amount: -m(amount) });
      else docs.push({ customer: name, currency: "USD", no, date, due: addDays(date, 30), amount: m(amount) });
    }
    all += balance;
    rows.push([`Total ${name}`, null, null, null, null, num(balance), num(balance)]);
    rows.push([]);
  }
  rows.push(["TOTAL", null, null, null, null, num(all), num(all)]);
  return {
    file: "92-quickbooks-desktop-customer-balance-detail.xlsx",
    shape: "QuickBooks Desktop Customer Balance Detail (name rows, a customer named `Total 24 Hour Plumbing`, running Balance, Account on every row, no due date)",
    ...OCT,
    sheets: [{ name: "Sheet1", rows }],
    expected: expectedRows(OCT.asOf, "allocate", docs, receipts),
    languages: { "Total 24 Hour Plumbing": "en", "Koala Print Co": "en" },
    checkSays: ['RunningBalance ← G "Balance"', "2 customers, 6 invoices, 2 payments read."],
  };
}

// ---------------------------------------------------------------------------------------------
// 93. Sage 200 "Aged Debtors Report (Detailed)" exported to Excel, one row per transaction: A/C
//     Ref typed with a space (`ACME 01`, `BRIG 02`, `C 12`) beside the Name, Credit Limit, Type
//     SI / SC / SR, dd/mm/yyyy text, Balance (what each transaction still owes; an unallocated
//     receipt negative), the Current / Period 1-3 / Older columns, and a `Totals:` line. Pounds
//     by the workbook's default currency (AR Settings).
function sageAgedDebtors(): CorpusLedger {
  type Line = [string, string, number, "SI" | "SC" | "SR", Iso, string, Iso, string];
  const lines: Line[] = [
    // A/C ref, name, credit limit, type, date, ref, due, balance (signed)
    ["ACME 01", "Acme Hardware Ltd", 5000, "SI", "2026-07-02", "SI-30211", "2026-08-01", "1,840.00"],
    ["ACME 01", "Acme Hardware Ltd", 5000, "SI", "2026-09-21", "SI-30377", "2026-10-21", "2,215.50"],
    ["ACME 01", "Acme Hardware Ltd", 5000, "SC", "2026-10-06", "SC-1104", "2026-10-06", "-215.50"],
    ["BRIG 02", "Brighton Joinery", 2500, "SI", "2026-08-14", "SI-30290", "2026-09-13", "960.00"],
    ["BRIG 02", "Brighton Joinery", 2500, "SR", "2026-10-18", "BACS 1018", "2026-10-18", "-400.00"],
    ["C 12", "Castle & Co", 10000, "SI", "2026-10-12", "SI-30420", "2026-11-11", "7,320.00"],
    ["C 12", "Castle & Co", 10000, "SI", "2026-06-25", "SI-30170", "2026-07-25", "1,105.75"],
  ];
  const rows: Cell[][] = [
    ["Northwind Timber Ltd"], ["Aged Debtors Report (Detailed)"], ["Ageing date: 31/10/2026", null, null, "Report date: 01/11/2026"], [],
    ["A/C Ref", "Name", "Credit Limit", "Type", "Date", "Ref", "Due Date", "Balance", "Current", "Period 1", "Period 2", "Period 3", "Older"],
  ];
  const docs: Doc[] = [];
  const totals = [0, 0, 0, 0, 0, 0];
  for (const [ref, name, limit, type, date, no, due, balance] of lines) {
    const buckets = [0, 0, 0, 0, 0];
    buckets[bucketOf(OCT.asOf, due)] = m(balance);
    rows.push([ref, name, num(limit * 100), type, ukDate(date), no, ukDate(due), num(m(balance)), ...buckets.map((b) => (b === 0 ? null : num(b)))]);
    docs.push({ customer: name, currency: "GBP", no, date, due, amount: m(balance), open: m(balance) });
    [m(balance), ...buckets].forEach((v, k) => (totals[k] += v));
  }
  rows.push([], ["Totals:", null, null, null, null, null, null, ...totals.map(num)]);
  return {
    file: "93-sage-200-aged-debtors-detailed.xlsx",
    shape: "Sage 200 Aged Debtors (Detailed) flattened (A/C Ref `ACME 01` beside Name, Credit Limit, SI/SC/SR, dd/mm/yyyy, Balance, Period 1-3 / Older, Totals:)",
    ...OCT,
    settings: { "ledger.defaultCurrency": "GBP" },
    sheets: [{ name: "Aged Debtors", rows }],
    expected: expectedRows(OCT.asOf, "open", docs),
    languages: { "Acme Hardware Ltd": "en", "Castle & Co": "en" },
    checkSays: ['CustomerID ← A "A/C Ref"', 'CustomerName ← B "Name"'],
  };
}

// ---------------------------------------------------------------------------------------------
// 94. A Google Sheets invoice tracker downloaded as .xlsx: Client Code (`CUST 1001`, `ACME 01`,
//     `C 12`: codes typed with a space, and no name column), Invoice #, Issued as `Oct 5, 2026`,
//     Due as ISO text with a time (`2026-11-04T00:00:00`), Amount as `USD 1,200.00`, Paid as
//     checkboxes (TRUE / FALSE cells: TRUE is paid in full), and a row whose Issued date does not
//     exist (`Sep 31, 2026`): not read, said with its amount.
function googleSheetsTracker(): CorpusLedger {
  type Line = [string, string, Iso, Iso, string, boolean];
  const lines: Line[] = [
    ["CUST 1001", "INV-2041", "2026-08-05", "2026-09-04", "1,200.00", true],
    ["CUST 1001", "INV-2055", "2026-09-10", "2026-10-10", "2,450.00", false],
    ["CUST 1001", "INV-2068", "2026-10-05", "2026-11-04", "980.00", false],
    ["ACME 01", "INV-2047", "2026-08-22", "2026-09-21", "3,100.00", false],
    ["ACME 01", "INV-2060", "2026-09-28", "2026-10-28", "615.00", true],
    ["C 12", "INV-2052", "2026-07-30", "2026-08-29", "1,875.40", false],
  ];
  const rows: Cell[][] = [["Client Code", "Invoice #", "Issued", "Due", "Amount", "Paid", "Notes"]];
  const docs: Doc[] = [];
  for (const [client, no, date, due, amount, paid] of lines) {
    rows.push([client, no, monDayDate(date), `${due}T00:00:00`, `USD ${amount}`, paid, paid ? "paid by card" : null]);
    docs.push({ customer: client, currency: "USD", no, date, due, amount: m(amount), open: paid ? 0 : m(amount) });
  }
  // Typed by hand: September has 30 days. The row is not read, and every output says so.
  rows.push(["C 12", "INV-2063", "Sep 31, 2026", "2026-10-31T00:00:00", "USD 450.00", false, null]);
  return {
    file: "94-google-sheets-tracker-codes-with-spaces.xlsx",
    shape: "Google Sheets invoice tracker (Client Code `CUST 1001` with no name column, Oct 5, 2026, ISO with time, USD 1,200.00, Paid checkboxes, a date that does not exist)",
    ...OCT,
    sheets: [{ name: "Invoices", rows }],
    expected: expectedRows(OCT.asOf, "open", docs),
    languages: { "CUST 1001": "en", "ACME 01": "en", "C 12": "en" },
    checkSays: ['CustomerID ← A "Client Code"', 'InvoiceDate ← C "Issued"', 'Status ← F "Paid"'],
    unread: { rows: 1, amount: "450.00", value: "Sep 31, 2026" },
  };
}

// ---------------------------------------------------------------------------------------------
// 95. QuickBooks Online's invoice list (Sales → Invoices, exported): Date / No. / Customer / Due
//     date / Amount / Open balance / Status, m/d/yyyy text, `$1,234.00` open balances, statuses
//     as QuickBooks words them (`Paid`, `Partially paid`, `Overdue 12 days`, `Due in 18 days`,
//     `Deposited`) and a `Voided` invoice (never owed: skipped and noted).
function quickbooksOnlineInvoices(): CorpusLedger {
  type Line = [Iso, string, string, Iso, string, string, string];
  const lines: Line[] = [
    ["2026-08-04", "1034", "Bayside Dental Group", "2026-09-03", "4,200.00", "0.00", "Paid"],
    ["2026-09-02", "1041", "Bayside Dental Group", "2026-10-02", "3,150.00", "1,150.00", "Partially paid"],
    ["2026-10-19", "1052", "Bayside Dental Group", "2026-11-18", "980.00", "980.00", "Due in 18 days"],
    ["2026-09-19", "1046", "Harbour & Hill Cafe", "2026-10-19", "1,275.60", "1,275.60", "Overdue 12 days"],
    ["2026-07-21", "1029", "Harbour & Hill Cafe", "2026-08-20", "2,040.00", "0.00", "Deposited"],
    ["2026-06-30", "1024", "Pinecrest Vet Clinic", "2026-07-30", "5,600.00", "5,600.00", "Overdue 93 days"],
  ];
  const rows: Cell[][] = [["Date", "No.", "Customer", "Due date", "Amount", "Open balance", "Status"]];
  const docs: Doc[] = [];
  for (const [date, no, customer, due, amount, open, status] of lines) {
    rows.push([usDate(date), no, customer, usDate(due), num(m(amount)), `$${open}`, status]);
    docs.push({ customer, currency: "USD", no, date, due, amount: m(amount), open: m(open) });
  }
  // Voided: its amount zeroed by QuickBooks, its open balance nothing; never owed either way.
  rows.splice(3, 0, [usDate("2026-09-08"), "1043", "Pinecrest Vet Clinic", usDate("2026-10-08"), 0, "$0.00", "Voided"]);
  return {
    file: "95-quickbooks-online-invoice-list.xlsx",
    shape: "QuickBooks Online invoice list (Open balance `$1,234.00`, Status Paid / Partially paid / Overdue 12 days / Deposited / Voided)",
    ...OCT,
    sheets: [{ name: "Invoices", rows }],
    expected: expectedRows(OCT.asOf, "open", docs),
    languages: { "Bayside Dental Group": "en", "Harbour & Hill Cafe": "en" },
    keyedByName: true,
  };
}

// ---------------------------------------------------------------------------------------------
// 96. Dynamics 365 Business Central "Customer - Detailed Aging" saved to Excel: a title block, the
//     customer's No. and Name on a line of their own above its entries (the No. under Posting Date,
//     the Name beside it), Posting Date / Document Type / Document No. / Due Date as date cells
//     (m/d/yyyy), Overdue Days, Original and Remaining Amount, a blank Currency Code for the local
//     currency (USD) and `EUR` for a customer billed in euros, and an unlabelled line of the
//     customer's totals under its entries.
function businessCentralDetailedAging(): CorpusLedger {
  type Line = [Iso, "Invoice" | "Credit Memo" | "Payment", string, Iso, string, string];
  const customers: [string, string, string, Line[]][] = [
    ["10000", "Adatum Corporation", "", [
      ["2026-07-08", "Invoice", "103018", "2026-08-07", "4,836.00", "4,836.00"],
      ["2026-09-24", "Invoice", "103041", "2026-10-24", "2,190.40", "1,190.40"],
      ["2026-10-12", "Credit Memo", "104007", "2026-10-12", "-310.00", "-310.00"],
    ]],
    ["20000", "Trey Research", "EUR", [
      ["2026-08-30", "Invoice", "103033", "2026-09-29", "7,500.00", "7,500.00"],
      ["2026-10-20", "Payment", "2590", "2026-10-20", "-1,250.00", "-1,250.00"],
      ["2026-10-27", "Invoice", "103052", "2026-11-26", "980.00", "980.00"],
    ]],
  ];
  const late = (due: Iso) => Math.max(0, Math.round((Date.parse(OCT.asOf) - Date.parse(due)) / 86_400_000));
  const rows: Cell[][] = [
    ["Customer - Detailed Aging"], ["CRONUS USA, Inc."], ["Aged as of 10/31/2026"], [],
    ["Posting Date", "Document Type", "Document No.", "Due Date", "Overdue Days", "Original Amount", "Remaining Amount", "Currency Code"],
  ];
  const docs: Doc[] = [];
  for (const [no, name, currency, lines] of customers) {
    rows.push([no, name]);
    let original = 0;
    let remaining = 0;
    for (const [date, type, doc, due, amount, open] of lines) {
      rows.push([dt(date), type, doc, dt(due), late(due) || null, num(m(amount)), num(m(open)), currency || null]);
      docs.push({ customer: name, currency: currency || "USD", no: doc, date, due, amount: m(amount), open: m(open) });
      original += m(amount);
      remaining += m(open);
    }
    rows.push([null, null, null, null, null, num(original), num(remaining), currency || null], []);
  }
  return {
    file: "96-business-central-customer-detailed-aging.xlsx",
    shape: "Business Central Customer - Detailed Aging (No. and Name lines above the entries, date cells m/d/yyyy, Remaining Amount, blank Currency Code = LCY, EUR, unlabelled totals)",
    ...OCT,
    sheets: [{ name: "Customer - Detailed Aging", rows, dateFormat: "m/d/yyyy" }],
    expected: expectedRows(OCT.asOf, "open", docs),
    languages: { "Adatum Corporation": "en", "Trey Research": "en" },
    // The number on each customer's line is its ID (its statement prints it), the name its name.
    customerIds: Object.fromEntries(customers.map(([no, name]) => [name, no])),
  };
}

// ---------------------------------------------------------------------------------------------
// 97. Sage 50 US (Peachtree) "Customer Ledgers": Customer ID and Customer on each customer's first
//     line only (blank on the lines under it), a `Balance Fwd` line carrying what was owed before,
//     Trans No / Type (SJ a sale, CRJ a receipt) / Debit Amt / Credit Amt / Balance (running), dates
//     as m/d/yy text (`7/12/26`), no due date (30 days' terms), a blank line between customers.
function peachtreeCustomerLedgers(): CorpusLedger {
  type Line = [Iso, string, "SJ" | "CRJ" | "", string];
  const customers: [string, string, Line[]][] = [
    ["ALDRED", "Aldred Builders", [
      ["2026-07-01", "Balance Fwd", "", "1,500.00"],
      ["2026-07-12", "10305", "SJ", "2,000.00"],
      ["2026-08-15", "CC0001", "CRJ", "1,500.00"],
      ["2026-09-28", "10342", "SJ", "1,240.00"],
    ]],
    ["CHAPPELL", "Chappell Interiors", [
      ["2026-09-03", "10330", "SJ", "3,600.00"],
      ["2026-10-10", "CC0007", "CRJ", "1,000.00"],
      ["2026-10-29", "10360", "SJ", "480.00"],
    ]],
  ];
  const short = (iso: Iso) => { const [y, mo, d] = iso.split("-").map(Number); return `${mo}/${d}/${String(y).slice(2)}`; };
  const rows: Cell[][] = [
    ["Bellwether Garden Supply"], ["Customer Ledgers"], ["For the Period From Jul 1, 2026 to Oct 31, 2026"], [],
    ["Customer ID", "Customer", "Date", "Trans No", "Type", "Debit Amt", "Credit Amt", "Balance"],
  ];
  const docs: Doc[] = [];
  const receipts: Receipt[] = [];
  for (const [id, name, lines] of customers) {
    let balance = 0;
    lines.forEach(([date, no, type, amount], k) => {
      const who: Cell[] = k === 0 ? [id, name] : [null, null];
      if (type === "CRJ") {
        balance -= m(amount);
        rows.push([...who, short(date), no, type, null, num(m(amount)), num(balance)]);
        receipts.push({ customer: name, currency: "USD", date, amount: m(amount) });
      } else if (type === "SJ") {
        balance += m(amount);
        rows.push([...who, short(date), no, type, num(m(amount)), null, num(balance)]);
        docs.push({ customer: name, currency: "USD", no, date, due: addDays(date, 30), amount: m(amount) });
      } else {
        // What was owed before the period: an open item dated and due on its line's date.
        balance += m(amount);
        rows.push([...who, short(date), no, null, null, null, num(balance)]);
        docs.push({ customer: name, currency: "USD", no: "Opening balance", date, due: date, amount: m(amount) });
      }
    });
    rows.push([]);
  }
  return {
    file: "97-peachtree-customer-ledgers.xlsx",
    shape: "Sage 50 US (Peachtree) Customer Ledgers (ID and name on the first line only, Balance Fwd, SJ / CRJ, Debit / Credit / running Balance, m/d/yy text)",
    ...OCT,
    sheets: [{ name: "Customer Ledgers", rows }],
    expected: expectedRows(OCT.asOf, "allocate", docs, receipts),
    languages: { "Aldred Builders": "en", "Chappell Interiors": "en" },
    checkSays: ["5 rows without a customer ID or name are the customer of the row right above"],
  };
}

// ---------------------------------------------------------------------------------------------
// 98. Wave's invoice export from a euro business: Invoice Number / Customer / Invoice Date / Due
//     Date / Currency / Invoice Total / Amount Paid / Amount Due as `1.200,00 €` (decimal comma),
//     Status Paid / Partial / Overdue / Sent and a Draft (never sent: skipped), a Memo column. Two
//     hostile rows: a customer whose name starts with `@` (`@Home Interiors`) and a memo that is a
//     formula's text (`=HYPERLINK(…)`): both stay text, never formulas, in every output; and an
//     Amount Due typed with the letter O (`1.2OO,00 €`): not read, said with the invoice's total.
function waveEuroInvoices(): CorpusLedger {
  type Line = [string, string, Iso, Iso, string, string, string, string];
  const lines: Line[] = [
    ["INV-0412", "Atelier Brunner", "2026-07-28", "2026-08-27", "2.480,00", "2.480,00", "Paid", ""],
    ["INV-0431", "Atelier Brunner", "2026-09-14", "2026-10-14", "3.150,50", "1.000,00", "Partial", ""],
    ["INV-0447", "Atelier Brunner", "2026-10-21", "2026-11-20", "890,00", "0,00", "Sent", ""],
    ["INV-0425", "@Home Interiors", "2026-08-19", "2026-09-18", "1.735,20", "0,00", "Overdue", "=HYPERLINK(\"https://pay.example/0425\",\"Pay now\")"],
    ["INV-0439", "@Home Interiors", "2026-10-02", "2026-11-01", "640,00", "0,00", "Sent", ""],
  ];
  const euro = (text: string) => `${text} €`;
  const fromEuro = (text: string) => m(text.replace(/\./g, "").replace(",", "."));
  const rows: Cell[][] = [["Invoice Number", "Customer", "Invoice Date", "Due Date", "Currency", "Invoice Total", "Amount Paid", "Amount Due", "Status", "Memo"]];
  const docs: Doc[] = [];
  for (const [no, customer, date, due, total, paid, status, memo] of lines) {
    const open = fromEuro(total) - fromEuro(paid);
    rows.push([no, customer, date, due, "EUR", euro(total), euro(paid), euro(commaText(open, ".")), status, memo || null]);
    docs.push({ customer, currency: "EUR", no, date, due, amount: fromEuro(total), open });
  }
  // A draft never sent: not owed. And an Amount Due typed with the letter O: not read, said.
  rows.splice(3, 0, ["INV-0450", "Atelier Brunner", "2026-10-29", "2026-11-28", "EUR", euro("5.000,00"), euro("0,00"), euro("5.000,00"), "Draft", null]);
  rows.push(["INV-0444", "@Home Interiors", "2026-10-12", "2026-11-11", "EUR", euro("1.200,00"), euro("0,00"), euro("1.2OO,00"), "Sent", null]);
  return {
    file: "98-wave-euro-invoices-hostile-text.xlsx",
    shape: "Wave invoice export in euros (1.200,00 €, Amount Paid / Amount Due, Status Paid / Partial / Overdue / Sent / Draft, @Home Interiors, a =HYPERLINK memo, an Amount Due with a letter O)",
    ...OCT,
    sheets: [{ name: "Invoices", rows }],
    expected: expectedRows(OCT.asOf, "open", docs),
    languages: { "Atelier Brunner": "en", "@Home Interiors": "en" },
    keyedByName: true,
    unread: { rows: 1, amount: "1,200.00", value: "1.2OO,00 €" },
  };
}

export const EIGHTH_PASS: readonly CorpusLedger[] = [quickbooksCustomerBalanceDetail(), sageAgedDebtors(), googleSheetsTracker(), quickbooksOnlineInvoices(), businessCentralDetailedAging(), peachtreeCustomerLedgers(), waveEuroInvoices()];
