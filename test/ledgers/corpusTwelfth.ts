/**
 * An eleventh new user's pass, English exports not yet seen: QuickBooks Desktop's "Invoices and
 * Received Payments" (each payment indented under the invoice it settles, with no number of its
 * own), Xero's Receivable Invoice Detail exported as CSV and saved as .xlsx (dates as text
 * `10/05/2026 12:00:00 AM`, Invoice Total / Paid / Credited / Due), a billing tool's invoice
 * export whose Status says Draft / Voided / Cancelled / Written off / Paid / Posted / Payment Due,
 * one amount column holding `USD 1,234.50`, `1,234.50 CR`, `(1,234.50)` and `1.234,50 €`, a
 * clerk's list with AutoFilter (hidden rows are still data) and a Grand Total in the middle, and
 * date cells carrying a time (serials such as 46300.5833). Same rules as ./corpus.ts: each is
 * written from its facts, the facts feed the independent calculator (_lib/expectedAging.ts),
 * nothing here imports src.
 */
import type { CorpusLedger } from "./corpus";
import { addDays, cents as m, dayOf, expectedRows, type Doc, type Iso, type Receipt } from "./_lib/expectedAging";
import { type Cell, commaText, grouped, num, parens, usDate } from "./_lib/sheets";

const OCT = { asOf: "2026-10-31", month: "2026-10" } as const;
/** AR Desk's default terms when a ledger states none (settings: ledger.defaultTermsDays). */
const TERMS = 30;
/** `10/05/2026 12:00:00 AM`: a US CSV's date-time, kept as text when the CSV is saved as .xlsx. */
const usDateTime = (iso: Iso) => { const [y, mo, d] = iso.split("-"); return `${mo}/${d}/${y} 12:00:00 AM`; };
/** A date cell at a time of day (hours after midnight, UTC: serials carry no zone): 46300.5833 … */
const dateAt = (iso: Iso, hours: number) => new Date(dayOf(iso) * 86_400_000 + Math.round(hours * 3_600_000));
/** The same as a CSV of General cells leaves it, as text: `46304.4583` (Excel's serial 25569 is 1970-01-01). */
const serialTextAt = (iso: Iso, hours: number) => `${dayOf(iso) + 25_569}${(hours / 24).toFixed(4).slice(1)}`;
/** Every customer's statement in English (the names may repeat, one per row). */
const inEnglish = (names: readonly string[]) => Object.fromEntries(names.map((name) => [name, "en" as const]));

// ---------------------------------------------------------------------------------------------
// 120. QuickBooks Desktop "Invoices and Received Payments": a customer's name alone on a row, each
//      invoice (Type / Date / Num / Memo / Amount / Balance) followed by the payments that settle
//      it, indented under it and with no number of their own; Balance runs within the customer;
//      `Total <name>` and `TOTAL`. A payment settles the invoice it is nested under, not the
//      customer's oldest: Birchwood's October payment is for its September invoice while the July
//      one is still open.
function quickbooksInvoicesAndReceivedPayments(): CorpusLedger {
  type Inv = [Iso, string, string, string, [Iso, string][]];
  const customers: [string, Inv[]][] = [
    // customer, [date, num, memo, amount, payments nested under it: [date, amount]]
    ["Birchwood Dental Group", [
      ["2026-07-09", "3041", "Hygiene supplies", "1,840.00", []],
      ["2026-09-14", "3077", "Chair upholstery", "2,250.00", [["2026-10-06", "2,250.00"]]],
      ["2026-10-20", "3102", "Gloves, 40 boxes", "460.80", []],
    ]],
    ["Maple Street Bakery", [
      ["2026-08-04", "3052", "Oven service", "975.00", [["2026-08-29", "500.00"], ["2026-09-30", "300.00"]]],
      ["2026-10-02", "3089", "Proofing cabinet", "3,120.00", [["2026-10-27", "1,000.00"]]],
    ]],
  ];
  const rows: Cell[][] = [
    ["Lakeshore Equipment Co."], ["Invoices and Received Payments"], ["All Transactions"], [],
    [null, "Type", "Date", "Num", "Memo", "Amount", "Balance"],
  ];
  const docs: Doc[] = [];
  const receipts: Receipt[] = [];
  let all = 0;
  for (const [name, invoices] of customers) {
    rows.push([name]);
    let balance = 0;
    for (const [date, no, memo, amount, payments] of invoices) {
      balance += m(amount);
      rows.push([null, "Invoice", usDate(date), no, memo, num(m(amount)), num(balance)]);
      docs.push({ customer: name, currency: "USD", no, date, due: addDays(date, TERMS), amount: m(amount) });
      for (const [paid, received] of payments) {
        balance -= m(received);
        rows.push([null, "    Payment", usDate(paid), null, null, num(-m(received)), num(balance)]);
        receipts.push({ customer: name, currency: "USD", date: paid, amount: m(received), invoiceNo: no });
      }
    }
    rows.push([`Total ${name}`, null, null, null, null, num(balance), num(balance)]);
    all += balance;
  }
  rows.push(["TOTAL", null, null, null, null, num(all), num(all)]);
  return {
    file: "120-en-quickbooks-invoices-and-received-payments.xlsx",
    shape: "QuickBooks Desktop Invoices and Received Payments (payments indented under the invoice they settle, no number of their own, running Balance, Total rows)",
    ...OCT,
    sheets: [{ name: "Sheet1", rows }],
    expected: expectedRows(OCT.asOf, "allocate", docs, receipts),
    languages: inEnglish(customers.map((c) => c[0])),
    keyedByName: true,
    checkSays: ["4 payments with no number of their own, indented under an invoice, settle the invoice above (first: row 9)"],
    checkSaysNot: ["running balance does not", "required column"],
  };
}

// ---------------------------------------------------------------------------------------------
// 121. Xero "Receivable Invoice Detail" exported as CSV, then saved as .xlsx by the clerk: every
//      cell text, dates `10/05/2026 12:00:00 AM`, Invoice Total / Paid / Credited / Due (Due is
//      the open amount, after payments and credit notes), a Reference beside the Invoice Number,
//      a Total row.
function xeroReceivableInvoiceDetail(): CorpusLedger {
  type Line = [string, string, string, Iso, Iso, string, string, string];
  const lines: Line[] = [
    // contact, invoice number, reference, date, due, total, paid, credited
    ["Fernhill Veterinary Clinic", "INV-2214", "PO 7781", "2026-07-17", "2026-08-16", "4,380.00", "2,000.00", "0.00"],
    ["Fernhill Veterinary Clinic", "INV-2260", "PO 7802", "2026-09-22", "2026-10-22", "1,215.60", "0.00", "215.60"],
    ["Tidewater Kayak Rentals", "INV-2231", "", "2026-08-11", "2026-09-10", "2,940.00", "2,940.00", "0.00"],
    ["Tidewater Kayak Rentals", "INV-2275", "Summer hire", "2026-10-09", "2026-11-08", "1,760.50", "500.00", "0.00"],
    ["Oakridge Montessori", "INV-2248", "Term 1", "2026-09-01", "2026-09-15", "6,600.00", "3,300.00", "300.00"],
  ];
  const rows: Cell[][] = [
    ["Receivable Invoice Detail"], ["Northgate Studio Ltd"], ["For the period 1 July 2026 to 31 October 2026"], [],
    ["Invoice Date", "Due Date", "Invoice Number", "Reference", "Contact", "Invoice Total", "Paid", "Credited", "Due"],
  ];
  const docs: Doc[] = [];
  const sums = [0, 0, 0, 0];
  for (const [contact, no, reference, date, due, total, paid, credited] of lines) {
    const open = m(total) - m(paid) - m(credited);
    rows.push([usDateTime(date), usDateTime(due), no, reference, contact, total, paid, credited, grouped(open)]);
    docs.push({ customer: contact, currency: "USD", no, date, due, amount: m(total), open });
    [m(total), m(paid), m(credited), open].forEach((v, k) => (sums[k] += v));
  }
  rows.push(["Total", "", "", "", "", ...sums.map(grouped)]);
  return {
    file: "121-en-xero-receivable-invoice-detail-csv.xlsx",
    shape: "Xero Receivable Invoice Detail via CSV (text dates 10/05/2026 12:00:00 AM, Invoice Total / Paid / Credited / Due as text, Reference, Total)",
    ...OCT,
    sheets: [{ name: "Receivable Invoice Detail", rows }],
    expected: expectedRows(OCT.asOf, "open", docs),
    languages: inEnglish(lines.map((l) => l[0])),
    keyedByName: true,
    checkSaysNot: ["ambiguous day/month", "required column"],
  };
}

// ---------------------------------------------------------------------------------------------
// 122. A billing tool's invoice export (Chargebee / Square-like): Invoice Number, Customer Id,
//      Customer Name, Invoice Date, Due Date, Status, Total, Amount Paid, Amount Due, Currency.
//      Paid, Posted, Payment Due, Not Paid and Open are owed as their Amount Due says; a Draft, a
//      Voided, a Cancelled invoice was never owed; a Written off one is closed in the books (said).
function billingToolStatuses(): CorpusLedger {
  type Line = [string, string, string, Iso, Iso, string, string, string];
  const lines: Line[] = [
    // number, customer id, name, date, due, status, total, paid
    ["10031", "cust_ALPINE", "Alpine Yoga Studio", "2026-08-01", "2026-08-31", "Paid", "149.00", "149.00"],
    ["10044", "cust_ALPINE", "Alpine Yoga Studio", "2026-09-01", "2026-09-15", "Payment Due", "149.00", "0.00"],
    ["10058", "cust_ALPINE", "Alpine Yoga Studio", "2026-10-01", "2026-10-15", "Not Paid", "149.00", "50.00"],
    ["10060", "cust_ALPINE", "Alpine Yoga Studio", "2026-10-03", "2026-10-17", "Voided", "149.00", "0.00"],
    ["10052", "cust_BRIGHT", "Brightline Tutoring", "2026-09-12", "2026-10-12", "Posted", "2,400.00", "0.00"],
    ["10066", "cust_BRIGHT", "Brightline Tutoring", "2026-10-12", "2026-11-11", "Draft", "2,400.00", "0.00"],
    ["10039", "cust_BRIGHT", "Brightline Tutoring", "2026-08-20", "2026-09-19", "Cancelled", "380.00", "0.00"],
    ["10027", "cust_CEDAR", "Cedar Lane Co-working", "2026-07-05", "2026-08-04", "Written off", "1,150.00", "0.00"],
    ["10061", "cust_CEDAR", "Cedar Lane Co-working", "2026-10-05", "2026-11-04", "Open", "575.00", "0.00"],
  ];
  const notOwed = new Set(["Voided", "Draft", "Cancelled", "Written off"]);
  const rows: Cell[][] = [["Invoice Number", "Customer Id", "Customer Name", "Invoice Date", "Due Date", "Status", "Total", "Amount Paid", "Amount Due", "Currency"]];
  const docs: Doc[] = [];
  for (const [no, id, name, date, due, status, total, paid] of lines) {
    const due$ = m(total) - m(paid);
    rows.push([no, id, name, date, due, status, num(m(total)), num(m(paid)), num(due$), "USD"]);
    if (!notOwed.has(status)) docs.push({ customer: name, currency: "USD", no, date, due, amount: m(total), open: due$ });
  }
  return {
    file: "122-en-billing-tool-statuses.xlsx",
    shape: "billing tool invoice export (Status Paid / Posted / Payment Due / Not Paid / Open owed; Draft / Voided / Cancelled not owed; Written off closed and said)",
    ...OCT,
    sheets: [{ name: "Invoices", rows }],
    expected: expectedRows(OCT.asOf, "open", docs),
    languages: inEnglish(lines.map((l) => l[2])),
    customerIds: Object.fromEntries(lines.map((l) => [l[2], l[1]])),
    checkSays: ["written off as bad debt", "void, cancelled, draft"],
    checkSaysNot: ["not a status", "unknown status"],
  };
}

// ---------------------------------------------------------------------------------------------
// 123. An open-items list whose one Open Amount column was pasted together from several sources:
//      `USD 1,234.50`, a credit as `1,234.50 CR` or `(1,234.50)`, and a European customer's items
//      as `1.234,50 €` (that customer is in euros, by the marker). No Currency column.
function mixedAmountForms(): CorpusLedger {
  type Line = [string, string, Iso, Iso, number, "usd" | "cr" | "parens" | "eur"];
  const lines: Line[] = [
    // customer, number, date, due, open (cents; negative = credit), how it is written
    ["Hudson Valley Florists", "A-5101", "2026-08-18", "2026-09-17", 123450, "usd"],
    ["Hudson Valley Florists", "A-5133", "2026-10-06", "2026-11-05", 86000, "usd"],
    ["Hudson Valley Florists", "CM-208", "2026-10-14", "2026-10-14", -15000, "cr"],
    ["Keystone Print Works", "A-5119", "2026-09-09", "2026-10-09", 412575, "usd"],
    ["Keystone Print Works", "CM-211", "2026-10-21", "2026-10-21", -32500, "parens"],
    ["Rheinufer Weinhandel GmbH", "A-5124", "2026-07-28", "2026-08-27", 123450, "eur"],
    ["Rheinufer Weinhandel GmbH", "A-5140", "2026-10-19", "2026-11-18", 278000, "eur"],
  ];
  const written = (cents: number, how: Line[5]): string =>
    how === "usd" ? `USD ${grouped(cents)}` : how === "cr" ? `${grouped(-cents)} CR` : how === "parens" ? parens(cents) : `${commaText(cents, ".")} €`;
  const rows: Cell[][] = [["Open items at 31 Oct 2026"], [], ["Customer", "Invoice No", "Invoice Date", "Due Date", "Open Amount"]];
  const docs: Doc[] = [];
  for (const [customer, no, date, due, open, how] of lines) {
    rows.push([customer, no, usDate(date), usDate(due), written(open, how)]);
    docs.push({ customer, currency: how === "eur" ? "EUR" : "USD", no, date, due, amount: open, open });
  }
  return {
    file: "123-en-mixed-amount-forms-one-column.xlsx",
    shape: "one Open Amount column holding USD 1,234.50, 1,234.50 CR, (1,234.50) and 1.234,50 € (a euro customer by the marker)",
    ...OCT,
    sheets: [{ name: "Open Items", rows }],
    expected: expectedRows(OCT.asOf, "open", docs),
    languages: inEnglish(lines.map((l) => l[0])),
    keyedByName: true,
  };
}

// ---------------------------------------------------------------------------------------------
// 124. A clerk's list with AutoFilter on and a filter left applied (two rows hidden: still data),
//      a `Subtotal` row under each customer's rows, and a `Grand Total` row in the middle: the
//      clerk added a new customer's rows below it afterwards. Amount / Paid per row, no due date.
function autoFilterGrandTotalInMiddle(): CorpusLedger {
  type Line = [string, Iso, string, string];
  const groups: [string, Line[]][] = [
    // customer, [invoice, date, amount, paid]
    ["Silver Birch Landscaping", [
      ["SB-118", "2026-07-21", "3,600.00", "3,600.00"],
      ["SB-131", "2026-09-08", "1,480.00", "400.00"],
      ["SB-140", "2026-10-16", "925.00", "0.00"],
    ]],
    ["Quarry Road Builders", [
      ["SB-125", "2026-08-12", "7,250.00", "2,000.00"],
      ["SB-137", "2026-09-29", "2,310.40", "0.00"],
    ]],
  ];
  const late: [string, Line[]] = ["Harbor Lights Marina", [
    ["SB-144", "2026-10-02", "1,995.00", "0.00"],
    ["SB-146", "2026-10-24", "640.00", "0.00"],
  ]];
  const rows: Cell[][] = [["Customer", "Invoice", "Date", "Amount", "Paid", "Balance"]];
  const docs: Doc[] = [];
  const hidden: number[] = [];
  let grand = [0, 0];
  const block = ([customer, lines]: [string, Line[]]) => {
    const sub = [0, 0];
    for (const [no, date, amount, paid] of lines) {
      rows.push([customer, no, usDate(date), num(m(amount)), num(m(paid)), num(m(amount) - m(paid))]);
      docs.push({ customer, currency: "USD", no, date, due: addDays(date, TERMS), amount: m(amount), open: m(amount) - m(paid) });
      sub[0] += m(amount);
      sub[1] += m(paid);
    }
    rows.push([`${customer} Subtotal`, null, null, num(sub[0]), num(sub[1]), num(sub[0] - sub[1])]);
    return sub;
  };
  for (const group of groups) {
    const sub = block(group);
    grand = [grand[0] + sub[0], grand[1] + sub[1]];
  }
  rows.push(["Grand Total", null, null, num(grand[0]), num(grand[1]), num(grand[0] - grand[1])]);
  block(late);
  // The filter hides Silver Birch's paid invoice and Quarry Road's first (1-based sheet rows).
  hidden.push(2, 6);
  return {
    file: "124-en-autofilter-grand-total-in-the-middle.xlsx",
    shape: "clerk's list with AutoFilter hiding two rows (still data), a Subtotal per customer and a Grand Total in the middle with a customer added below it",
    ...OCT,
    sheets: [{ name: "AR List", rows, hiddenRows: hidden, autoFilter: `A1:F${rows.length}` }],
    expected: expectedRows(OCT.asOf, "open", docs),
    languages: inEnglish([...groups, late].map((g) => g[0])),
    keyedByName: true,
  };
}

// ---------------------------------------------------------------------------------------------
// 125. Date cells carrying a time of day (a point-of-sale or booking system's export: 46300.5833
//      is a day at 14:00): the day is the date's, whatever the hour, even a minute before midnight;
//      the due date column as well (23:59 on the due day is still that day). One invoice date was
//      pasted from a CSV as the serial's text (`46304.4583`). Payments on a sheet of their own,
//      dated with times, quoting the invoice.
function dateTimesInDateColumns(): CorpusLedger {
  type Line = [string, string, Iso, number, Iso, number, string];
  const lines: Line[] = [
    // customer, number, date, hour, due, hour, amount
    ["Greenfield Catering", "BK-7001", "2026-08-14", 14, "2026-09-13", 23.99, "2,180.00"],
    ["Greenfield Catering", "BK-7019", "2026-10-01", 9.5, "2026-10-31", 23.99, "1,040.00"],
    ["Summit Event Hire", "BK-7008", "2026-09-02", 17.75, "2026-10-02", 0.01, "3,460.00"],
    ["Summit Event Hire", "BK-7023", "2026-10-09", 11, "2026-11-08", 12, "890.50"],
  ];
  const payments: [string, string, Iso, number, string][] = [
    ["Greenfield Catering", "BK-7001", "2026-09-10", 16.25, "2,180.00"],
    ["Summit Event Hire", "BK-7008", "2026-10-31", 23.9, "1,500.00"],
    // After the as-of day by one minute past midnight: not counted at 31 October.
    ["Summit Event Hire", "BK-7023", "2026-11-01", 0.02, "890.50"],
  ];
  const docs: Doc[] = lines.map(([customer, no, date, , due, , amount]) => ({ customer, currency: "USD", no, date, due, amount: m(amount) }));
  const receipts: Receipt[] = payments.map(([customer, invoiceNo, date, , amount]) => ({ customer, currency: "USD", date, amount: m(amount), invoiceNo }));
  return {
    file: "125-en-date-times-in-date-columns.xlsx",
    shape: "date cells with a time of day (serials with fractions: 14:00, 23:59 on the due day, 00:00:36) in invoice, due and payment dates, one serial pasted as text 46304.4583",
    ...OCT,
    sheets: [
      {
        name: "Invoices",
        dateFormat: "m/d/yyyy h:mm",
        rows: [["Customer", "Invoice No", "Invoice Date", "Due Date", "Amount"], ...lines.map(([c, no, date, h, due, dh, amount]): Cell[] => [c, no, no === "BK-7023" ? serialTextAt(date, h) : dateAt(date, h), dateAt(due, dh), num(m(amount))])],
      },
      {
        name: "Payments",
        dateFormat: "m/d/yyyy h:mm",
        rows: [["Payment Date", "Customer", "Invoice No", "Amount"], ...payments.map(([c, no, date, h, amount]): Cell[] => [dateAt(date, h), c, no, num(m(amount))])],
      },
    ],
    expected: expectedRows(OCT.asOf, "allocate", docs, receipts),
    languages: inEnglish(lines.map((l) => l[0])),
    keyedByName: true,
  };
}

// ---------------------------------------------------------------------------------------------
// 126. Chargebee's Invoices export as it comes (CSV saved as .xlsx): snake_case statuses (`paid`,
//      `payment_due`, `not_paid`, `posted`, `voided`, `written_off`), dates with a time of day as
//      text (`2026-10-05 14:32:10`), Total and Status only: a paid status settles the invoice in
//      full, the others leave it owed; voided was never owed, written_off is closed (said).
function chargebeeSnakeCaseStatuses(): CorpusLedger {
  type Line = [string, string, string, Iso, string, string, string];
  const lines: Line[] = [
    // invoice, customer id, company, date, time, status, total
    ["CB-1187", "16BjoZS2mX", "Juniper Analytics Inc", "2026-07-05", "09:12:44", "paid", "1,200.00"],
    ["CB-1214", "16BjoZS2mX", "Juniper Analytics Inc", "2026-08-05", "09:12:51", "not_paid", "1,200.00"],
    ["CB-1242", "16BjoZS2mX", "Juniper Analytics Inc", "2026-09-05", "09:13:02", "payment_due", "1,200.00"],
    ["CB-1270", "16BjoZS2mX", "Juniper Analytics Inc", "2026-10-05", "23:59:58", "posted", "1,320.00"],
    ["CB-1203", "Azq8Wk71Lp", "Copperleaf Media LLC", "2026-07-22", "16:40:09", "written_off", "860.00"],
    ["CB-1231", "Azq8Wk71Lp", "Copperleaf Media LLC", "2026-08-22", "16:40:15", "voided", "860.00"],
    ["CB-1259", "Azq8Wk71Lp", "Copperleaf Media LLC", "2026-09-22", "16:40:22", "payment_due", "945.50"],
  ];
  const rows: Cell[][] = [["Invoice Number", "Customer Id", "Customer Company", "Invoice Date", "Due Date", "Status", "Total", "Currency Code"]];
  const docs: Doc[] = [];
  const due = (date: Iso) => addDays(date, TERMS);
  for (const [no, id, company, date, time, status, total] of lines) {
    rows.push([no, id, company, `${date} ${time}`, `${due(date)} ${time}`, status, total, "USD"]);
    if (status === "voided" || status === "written_off") continue;
    docs.push({ customer: company, currency: "USD", no, date, due: due(date), amount: m(total), open: status === "paid" ? 0 : m(total) });
  }
  return {
    file: "126-en-chargebee-snake-case-statuses.xlsx",
    shape: "Chargebee Invoices export via CSV (snake_case statuses paid / not_paid / payment_due / posted / voided / written_off, `2026-10-05 14:32:10` text dates, Total and Status only)",
    ...OCT,
    sheets: [{ name: "Invoices", rows }],
    expected: expectedRows(OCT.asOf, "open", docs),
    languages: inEnglish(lines.map((l) => l[2])),
    customerIds: Object.fromEntries(lines.map((l) => [l[2], l[1]])),
    checkSays: ["written off as bad debt", "void, cancelled, draft"],
    checkSaysNot: ["not a status", "Status is not"],
  };
}

export const TWELFTH_PASS: readonly CorpusLedger[] = [
  quickbooksInvoicesAndReceivedPayments(),
  xeroReceivableInvoiceDetail(),
  billingToolStatuses(),
  mixedAmountForms(),
  autoFilterGrandTotalInMiddle(),
  dateTimesInDateColumns(),
  chargebeeSnakeCaseStatuses(),
];
