/**
 * A fifth new user's pass: a Dynamics GP "Historical Aged Trial Balance" (two header rows,
 * `Customer ID: …  Name: …` lines over each block, SLS / RTN / PMT documents, open amounts in the
 * aging columns, `<name> Totals:` and `Grand Totals:` lines), a 台账 whose SUM 合计 misses a row
 * added below it (read as it stands, the total said), SAP FBL5N with cleared items (Clrng doc.,
 * Clearing date), Tally's lakh grouping with Dr / Cr glued to the digits, hostile rows (`#N/A`,
 * `2026.10.5`, no-break spaces, a negative due date), a NetSuite A/R Aging Detail, and a 台账 a
 * month per sheet with customer names merged down. Same rules as ./corpus.ts: each is written from
 * its facts, the facts feed the independent calculator (_lib/expectedAging.ts), nothing here imports src.
 */
import type { CorpusLedger } from "./corpus";
import { addDays, cents as m, dayOf, expectedRows, type Doc, type Iso, type Receipt } from "./_lib/expectedAging";
import { type Cell, dotDate, grouped, num, usDate, dateCell as dt } from "./_lib/sheets";

const OCT = { asOf: "2026-10-31", month: "2026-10" } as const;
const sum = (values: readonly number[]) => values.reduce((a, b) => a + b, 0);

// ---------------------------------------------------------------------------------------------
// 68. Dynamics GP "Historical Aged Trial Balance" (detail) saved to Excel: the report's title block
//     (System / User Date / Ranges / Aged As of), two header rows (the customer line's, then the
//     documents'), a customer line spanning cells (`Customer ID: AARONFIT0001`, `Name: Aaron Fitz
//     Electrical`, `Account Type: Open Item`, `Phone 1: …`), document rows (Document Number, Type
//     SLS / RTN / PMT, Date and Due Date as m/d/yyyy, Amount the document's original amount, its
//     open amount in the bucket columns Current / 31 - 60 Days / 61 - 90 Days / 91 and Over), a
//     `<name> Totals:` line per customer and a `Grand Totals:` line.
function dynamicsGpHatb(): CorpusLedger {
  type Line = [string, "SLS" | "RTN" | "PMT", Iso, number, string, string];
  const customers: [string, string, string, Line[]][] = [
    // id, name, phone, [document, type, date, terms days, original amount, open amount (signed)]
    ["AARONFIT0001", "Aaron Fitz Electrical", "(312) 555-0100", [
      ["STDINV2260", "SLS", "2026-06-12", 30, "5,000.00", "3,000.00"],
      ["STDINV2311", "SLS", "2026-09-18", 30, "1,250.00", "1,250.00"],
      ["RTN0000031", "RTN", "2026-10-02", 0, "-400.00", "-400.00"],
    ]],
    ["ADVANCED0002", "Advanced Paper Co.", "(206) 555-0177", [
      ["STDINV2279", "SLS", "2026-08-03", 30, "8,420.50", "8,420.50"],
      ["STDINV2335", "SLS", "2026-10-20", 30, "615.00", "615.00"],
      ["PYMNT00781", "PMT", "2026-10-28", 0, "-1,000.00", "-1,000.00"],
    ]],
  ];
  const late = (due: Iso) => dayOf(OCT.asOf) - dayOf(due);
  /** GP's buckets by days past due: Current (≤ 30), 31 - 60, 61 - 90, 91 and Over. */
  const bucket = (due: Iso) => { const d = late(due); return d <= 30 ? 0 : d <= 60 ? 1 : d <= 90 ? 2 : 3; };
  const rows: Cell[][] = [
    ["System:", "10/31/2026", "5:12:33 PM", null, "Fabrikam, Inc.", null, null, "Page:", 1],
    ["User Date:", "10/31/2026", null, null, "HISTORICAL AGED TRIAL BALANCE", null, null, "User ID:", "sa"],
    [null, null, null, null, "Receivables Management"],
    ["Ranges:", "From:", null, "To:"],
    ["Customer ID:", "First", null, "Last"],
    ["Sorted By:", "Customer ID"],
    ["Aged As of:", "10/31/2026"],
    [],
    ["Customer ID", "Name", null, "Account Type", null, "Phone 1"],
    ["Document Number", "Type", "Date", "Due Date", "Amount", "Current", "31 - 60 Days", "61 - 90 Days", "91 and Over"],
  ];
  const docs: Doc[] = [];
  const grand = [0, 0, 0, 0, 0];
  for (const [id, name, phone, lines] of customers) {
    rows.push([`Customer ID: ${id}`, null, `Name: ${name}`, null, "Account Type: Open Item", null, `Phone 1: ${phone}`]);
    const own = [0, 0, 0, 0, 0];
    for (const [no, type, date, terms, amount, open] of lines) {
      const due = addDays(date, terms);
      const spread: Cell[] = [null, null, null, null];
      spread[bucket(due)] = num(m(open));
      own[0] += m(amount);
      own[1 + bucket(due)] += m(open);
      rows.push([no, type, usDate(date), usDate(due), num(m(amount)), ...spread]);
      docs.push({ customer: name, currency: "USD", no, date, due, amount: m(amount), open: m(open) });
    }
    own.forEach((v, k) => (grand[k] += v));
    rows.push([`${name} Totals:`, null, null, null, ...own.map(num)]);
    rows.push([]);
  }
  rows.push([`Grand Totals:`, `${customers.length} Customers`, null, null, ...grand.map(num)]);
  return {
    file: "68-dynamics-gp-historical-aged-trial-balance.xlsx",
    shape: "Dynamics GP Historical Aged Trial Balance (two header rows, `Customer ID: … Name: …` lines, SLS / RTN / PMT, open amounts in the bucket columns, `<name> Totals:`)",
    ...OCT,
    sheets: [{ name: "HATB", rows }],
    expected: expectedRows(OCT.asOf, "open", docs),
  };
}

// ---------------------------------------------------------------------------------------------
// 69. A 台账 whose 合计 misses a row: the 合计 is a formula (=SUM(F4:F9)) typed when the sheet had
//     six invoices; the clerk added a seventh below the range and the SUM never grew. The rows are
//     read as they stand, and the 合计 that does not add up is said on every output (exit 4).
function taizhangTotalMissesRow(): CorpusLedger {
  const lines: [string, string, Iso, number, string, string][] = [
    // customer, invoice, date, terms days, 价税合计, 已收款
    ["宁波海天塑料制品有限公司", "26008811", "2026-07-08", 30, "56,500.00", "20,000.00"],
    ["宁波海天塑料制品有限公司", "26008893", "2026-09-16", 30, "11,300.00", "0.00"],
    ["无锡华光电缆有限公司", "26008840", "2026-08-12", 60, "90,400.00", "90,400.00"],
    ["无锡华光电缆有限公司", "26008902", "2026-10-09", 60, "33,900.00", "0.00"],
    ["合肥晨曦家具有限公司", "26008857", "2026-08-25", 30, "7,910.00", "0.00"],
    ["合肥晨曦家具有限公司", "26008915", "2026-10-22", 30, "4,520.00", "1,000.00"],
    // added below the SUM's range after the 合计 was typed
    ["合肥晨曦家具有限公司", "26008931", "2026-10-28", 30, "2,260.00", "0.00"],
  ];
  const summed = lines.slice(0, 6);
  const docs: Doc[] = lines.map(([customer, no, date, terms, amount, paid]) => ({ customer, currency: "CNY", no, date, due: addDays(date, terms), amount: m(amount), open: m(amount) - m(paid) }));
  const rows: Cell[][] = [
    ["应收账款台账（2026年）"], ["单位：元"],
    ["序号", "客户名称", "发票号码", "开票日期", "到期日", "价税合计", "已收款", "应收余额", "备注"],
    ...lines.map(([customer, no, date, terms, amount, paid], i): Cell[] => [
      i + 1, customer, no, dt(date), dt(addDays(date, terms)), num(m(amount)), num(m(paid)), { formula: `F${i + 4}-G${i + 4}`, result: num(m(amount) - m(paid)) }, i === 6 ? "10月补录" : null,
    ]),
    [null, "合计", null, null, null,
      { formula: "SUM(F4:F9)", result: num(sum(summed.map((l) => m(l[4])))) },
      { formula: "SUM(G4:G9)", result: num(sum(summed.map((l) => m(l[5])))) },
      { formula: "SUM(H4:H9)", result: num(sum(summed.map((l) => m(l[4]) - m(l[5])))) }, null],
  ];
  // The first column that misses the row: 价税合计, by the added invoice's 2,260.00 (the rows hold more).
  const missed = -m(lines[6][4]);
  return {
    file: "69-zh-taizhang-total-misses-row.xlsx",
    shape: "台账 whose 合计 (a SUM formula) misses a row added below its range: read as it stands, the total said",
    ...OCT,
    sheets: [{ name: "应收台账", rows }],
    expected: expectedRows(OCT.asOf, "open", docs),
    languages: Object.fromEntries(lines.map((l) => [l[0], "zh"])),
    keyedByName: true,
    unread: { rows: 1, amount: grouped(missed), value: String(num(sum(summed.map((l) => m(l[4]))))) },
  };
}


// ---------------------------------------------------------------------------------------------
// 70. SAP FBL5N "Customer Line Item Display" with all items (open and cleared): St (○ open, ●
//     cleared), Customer, Assignment, DocumentNo, Typ (RV invoice, DG credit memo, DZ payment),
//     Doc. Date and Net due date as dd.mm.yyyy, Amount in local currency (debit/credit by sign),
//     LCurr, Clrng doc. and Clearing (the clearing date). A cleared item was settled on its
//     clearing date; with no open-amount column, credits and payments settle the oldest invoices
//     (DESIGN §3), which is what clearing did here; the `*` customer subtotals sum all.
function sapFbl5nCleared(): CorpusLedger {
  type Item = [string, string, string, "RV" | "DG" | "DZ", Iso, Iso, string, string?, Iso?];
  const items: Item[] = [
    // customer, assignment, document, type, doc date, net due, amount, clearing doc, clearing date
    ["100410", "4500020011", "1800001201", "RV", "2026-07-14", "2026-08-13", "6,400.00", "1400000310", "2026-08-20"],
    ["100410", "", "1400000310", "DZ", "2026-08-20", "2026-08-20", "-6,400.00", "1400000310", "2026-08-20"],
    ["100410", "4500020057", "1800001266", "RV", "2026-09-09", "2026-10-09", "3,150.00"],
    ["100410", "4500020057", "1700000044", "DG", "2026-09-30", "2026-09-30", "-150.00"],
    ["100522", "4500020140", "1800001240", "RV", "2026-08-18", "2026-10-17", "12,800.00"],
    ["100522", "4500020188", "1800001299", "RV", "2026-10-21", "2026-11-20", "2,240.00"],
  ];
  const docs: Doc[] = items.map(([customer, , no, , date, due, amount]) => ({ customer, currency: "EUR", no, date, due, amount: m(amount) }));
  const rows: Cell[][] = [["Customer Line Item Display"], ["Company Code 1000"], [],
    ["St", "Customer", "Assignment", "DocumentNo", "Typ", "Doc. Date", "Net due date", "Amount in local cur.", "LCurr", "Clrng doc.", "Clearing"]];
  for (const customer of ["100410", "100522"]) {
    const own = items.filter((it) => it[0] === customer);
    for (const [c, assignment, no, type, date, due, amount, clearing, cleared] of own) {
      rows.push([cleared ? "●" : "○", c, assignment || null, no, type, dotDate(date), dotDate(due), num(m(amount)), "EUR", clearing ?? null, cleared ? dotDate(cleared) : null]);
    }
    rows.push(["*", customer, null, null, null, null, null, num(sum(own.map((it) => m(it[6])))), "EUR"]);
  }
  rows.push(["**", null, null, null, null, null, null, num(sum(items.map((it) => m(it[6])))), "EUR"]);
  return {
    file: "70-sap-fbl5n-cleared-items.xlsx",
    shape: "SAP FBL5N all items (○ open / ● cleared, Clrng doc. and Clearing date, RV / DG / DZ by sign, `*` / `**` subtotals)",
    ...OCT,
    sheets: [{ name: "FBL5N", rows }],
    expected: expectedRows(OCT.asOf, "allocate", docs),
  };
}

// ---------------------------------------------------------------------------------------------
// 71. Tally "Bills Receivable" (India): company title block, Date as `5-Oct-26`, Ref. No., Party's
//     Name, Pending Amount with the lakh grouping and Dr / Cr glued to the digits (`1,23,456.00Dr`,
//     an advance `15,000.00Cr`), Due on, Overdue by days; a `Total` line in the same style.
function tallyLakh(): CorpusLedger {
  const bills: [Iso, string, string, number, number][] = [
    // date, ref, party, terms days, pending (paise; negative: an advance received, Cr)
    ["2026-06-20", "SI/26-27/0412", "Shree Ganesh Traders", 45, 12345600],
    ["2026-09-28", "SI/26-27/0588", "Shree Ganesh Traders", 30, 2890050],
    ["2026-10-12", "ADV/0031", "Shree Ganesh Traders", 0, -1500000],
    ["2026-08-04", "SI/26-27/0497", "Kaveri Agro Industries Pvt Ltd", 60, 104000000],
  ];
  const lakh = (paise: number) => {
    const whole = String(Math.floor(Math.abs(paise) / 100));
    const head = whole.slice(0, -3).replace(/\B(?=(\d{2})+(?!\d))/g, ",");
    return `${head ? `${head},` : ""}${whole.slice(-3)}.${String(Math.abs(paise) % 100).padStart(2, "0")}${paise < 0 ? "Cr" : "Dr"}`;
  };
  const MON = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
  const tallyDate = (iso: Iso) => { const [y, mo, d] = iso.split("-").map(Number); return `${d}-${MON[mo - 1]}-${String(y).slice(2)}`; };
  const docs: Doc[] = bills.map(([date, no, party, terms, paise]) => ({ customer: party, currency: "INR", no, date, due: addDays(date, terms), amount: paise, open: paise }));
  const late = (due: Iso) => Math.max(0, dayOf(OCT.asOf) - dayOf(due));
  return {
    file: "71-tally-bills-receivable-lakh.xlsx",
    shape: "Tally Bills Receivable (lakh grouping 1,23,456.00, Dr / Cr glued to the digits, 5-Oct-26 dates, an advance in Cr)",
    ...OCT,
    settings: { "ledger.defaultCurrency": "INR" },
    sheets: [{
      name: "Bills Receivable",
      rows: [
        ["Vardhman Textiles (Ludhiana)"], ["Bills Receivable"], ["1-Apr-26 to 31-Oct-26"], [],
        ["Date", "Ref. No.", "Party's Name", "Pending Amount", "Due on", "Overdue by days"],
        ...bills.map(([date, no, party, terms, paise]): Cell[] => [tallyDate(date), no, party, lakh(paise), tallyDate(addDays(date, terms)), late(addDays(date, terms)) || null]),
        [null, null, "Total", lakh(sum(bills.map((b) => b[4]))), null, null],
      ],
    }],
    expected: expectedRows(OCT.asOf, "open", docs),
  };
}

// ---------------------------------------------------------------------------------------------
// 72. Hostile rows in a hand-kept list: an amount that is a formula error (`#N/A` from a VLOOKUP
//     to a price list: the row is not read, and said), a date typed `2026.10.5`, amounts with
//     trailing spaces and no-break spaces (` 1 250.00 `, `980.00\u00a0`), a Due Date cell holding a
//     negative number (`-45000`: not a date; the customer's terms are used and the row is named).
function hostileRows(): CorpusLedger {
  const rows: Cell[][] = [
    ["Customer", "Invoice No", "Invoice Date", "Due Date", "Amount", "Paid"],
    ["Harbour Lights Bistro", "HL-2207", "2026.10.5", "2026.11.4", "1\u00a0250.00 ", "0"],
    ["Harbour Lights Bistro", "HL-2188", dt("2026-08-19"), dt("2026-09-18"), "980.00\u00a0", " 480.00 "],
    ["Harbour Lights Bistro", "HL-2231", dt("2026-10-14"), dt("2026-11-13"), { formula: "VLOOKUP(B4,Prices!A:B,2,FALSE)", result: "#N/A" }, null],
    ["Kestrel Joinery", "KJ-0914", dt("2026-09-02"), -45000, "2,300.00", "300.00"],
    ["Kestrel Joinery", "KJ-0950", "2026.9.28", "2026.10.28", "  640.50", null],
  ];
  const docs: Doc[] = [
    { customer: "Harbour Lights Bistro", currency: "USD", no: "HL-2207", date: "2026-10-05", due: "2026-11-04", amount: m("1,250.00"), open: m("1,250.00") },
    { customer: "Harbour Lights Bistro", currency: "USD", no: "HL-2188", date: "2026-08-19", due: "2026-09-18", amount: m("980.00"), open: m("500.00") },
    // No due date: the default terms (30 days from the invoice date).
    { customer: "Kestrel Joinery", currency: "USD", no: "KJ-0914", date: "2026-09-02", due: addDays("2026-09-02", 30), amount: m("2,300.00"), open: m("2,000.00") },
    { customer: "Kestrel Joinery", currency: "USD", no: "KJ-0950", date: "2026-09-28", due: "2026-10-28", amount: m("640.50"), open: m("640.50") },
  ];
  return {
    file: "72-hostile-rows.xlsx",
    shape: "hostile rows (#N/A amount, 2026.10.5 text dates, trailing and no-break spaces in amounts, a negative number as the due date)",
    ...OCT,
    sheets: [{ name: "Invoices", rows }],
    expected: expectedRows(OCT.asOf, "open", docs),
    unread: { rows: 1, amount: "1 amount not readable", value: "#N/A" },
  };
}

// ---------------------------------------------------------------------------------------------
// 73. NetSuite "A/R Aging Detail": a customer's name alone above its transactions, Type (Invoice,
//     Payment, Credit Memo), Date and Due Date as m/d/yyyy, Document Number, Age, Open Balance
//     (payments and credits negative: unapplied), `Total - <customer>` lines and a `Total`.
function netsuiteAgingDetail(): CorpusLedger {
  const customers: [string, [string, string, Iso, Iso, string][]][] = [
    ["Cascade Outdoor Supply", [
      ["Invoice", "INV10482", "2026-07-29", "2026-08-28", "7,640.00"],
      ["Invoice", "INV10551", "2026-10-06", "2026-11-05", "2,115.75"],
      ["Payment", "PYMT3391", "2026-10-27", "2026-10-27", "-1,000.00"],
    ]],
    ["Summit Ridge Lodge", [
      ["Invoice", "INV10507", "2026-08-31", "2026-09-30", "4,980.00"],
      ["Credit Memo", "CM1044", "2026-09-15", "2026-09-15", "-280.00"],
    ]],
  ];
  const late = (due: Iso) => Math.max(0, dayOf(OCT.asOf) - dayOf(due));
  const rows: Cell[][] = [["Wolfe Electronics"], ["A/R Aging Detail"], ["As of October 31, 2026"], [],
    ["Type", "Date", "Document Number", "Due Date", "Age", "Open Balance"]];
  const docs: Doc[] = [];
  let all = 0;
  for (const [customer, lines] of customers) {
    rows.push([customer]);
    for (const [type, no, date, due, open] of lines) {
      rows.push([type, usDate(date), no, usDate(due), late(due), num(m(open))]);
      docs.push({ customer, currency: "USD", no, date, due, amount: m(open), open: m(open) });
    }
    const own = sum(lines.map((l) => m(l[4])));
    all += own;
    rows.push([`Total - ${customer}`, null, null, null, null, num(own)]);
  }
  rows.push(["Total", null, null, null, null, num(all)]);
  return {
    file: "73-netsuite-ar-aging-detail.xlsx",
    shape: "NetSuite A/R Aging Detail (customer name rows, Type Invoice / Payment / Credit Memo, Age, Open Balance, Total - <customer>)",
    ...OCT,
    sheets: [{ name: "AR Aging Detail", rows }],
    expected: expectedRows(OCT.asOf, "open", docs),
  };
}

// ---------------------------------------------------------------------------------------------
// 74. A 台账 kept a month per sheet (8月, 9月, 10月) with the customer's name merged down over its
//     invoices (only the merge's first cell holds it), 开票日期 as Excel dates, 应收金额 / 已收金额 /
//     未收金额, and a 本月合计 per sheet.
function taizhangMergedMonths(): CorpusLedger {
  const months: [string, [string, [string, Iso, string, string][]][]][] = [
    ["8月", [["佛山顺德美嘉电器有限公司", [["26080117", "2026-08-06", "18,600.00", "18,600.00"], ["26080142", "2026-08-21", "9,300.00", "4,000.00"]]],
      ["东莞长安恒通五金厂", [["26080130", "2026-08-14", "5,270.00", "0.00"]]]]],
    ["9月", [["东莞长安恒通五金厂", [["26090105", "2026-09-03", "2,480.00", "0.00"], ["26090161", "2026-09-25", "7,750.00", "0.00"]]]]],
    ["10月", [["佛山顺德美嘉电器有限公司", [["26100122", "2026-10-10", "12,400.00", "0.00"], ["26100178", "2026-10-27", "3,720.00", "0.00"], ["26100190", "2026-10-30", "1,860.00", "0.00"]]],
      ["东莞长安恒通五金厂", [["26100149", "2026-10-19", "4,340.00", "1,000.00"]]]]],
  ];
  const docs: Doc[] = [];
  const sheets = months.map(([name, groups]) => {
    const rows: Cell[][] = [[`2026年${name}应收账款台账`], ["客户名称", "发票号码", "开票日期", "到期日", "应收金额", "已收金额", "未收金额"]];
    const merges: string[] = [];
    const totals = [0, 0, 0];
    for (const [customer, lines] of groups) {
      const first = rows.length + 1;
      lines.forEach(([no, date, amount, paid], k) => {
        const open = m(amount) - m(paid);
        rows.push([k === 0 ? customer : null, no, dt(date), dt(addDays(date, 30)), num(m(amount)), num(m(paid)), num(open)]);
        docs.push({ customer, currency: "CNY", no, date, due: addDays(date, 30), amount: m(amount), open });
        totals[0] += m(amount); totals[1] += m(paid); totals[2] += open;
      });
      if (lines.length > 1) merges.push(`A${first}:A${first + lines.length - 1}`);
    }
    rows.push(["本月合计", null, null, null, ...totals.map(num)]);
    return { name, rows, merges };
  });
  return {
    file: "74-zh-taizhang-merged-customers-month-sheets.xlsx",
    shape: "台账 a month per sheet with each customer's name merged down over its invoices, 本月合计",
    ...OCT,
    sheets,
    expected: expectedRows(OCT.asOf, "open", docs),
    languages: { 佛山顺德美嘉电器有限公司: "zh", 东莞长安恒通五金厂: "zh" },
    keyedByName: true,
  };
}

// ---------------------------------------------------------------------------------------------
// 75. 畅捷通 T+ 客户往来明细账: `往来单位：…` title rows, 日期 typed `2026.9.8`, 凭证号 `记-0012`, 摘要,
//     借方 / 贷方 / 方向 / 余额 (unsigned beside 方向), a 期初余额 row, a 本月合计 after each month's
//     rows (checked against them) and a 本年累计 (cumulative: not checked). Receipts settle the oldest.
function chanjetDetail(): CorpusLedger {
  type Line = [Iso, string, string, string, string];
  const blocks: [string, string, Line[][]][] = [
    // customer, opening (借), months of [date, voucher, summary, debit, credit]
    ["南京金陵制药设备有限公司", "12,000.00", [
      [["2026-09-08", "记-0012", "销售 发票 26090031", "28,250.00", ""], ["2026-09-21", "记-0037", "收到货款", "", "12,000.00"]],
      [["2026-10-09", "记-0015", "销售 发票 26100044", "9,040.00", ""], ["2026-10-26", "记-0061", "收到货款", "", "20,000.00"]],
    ]],
    ["常州龙城纺织有限公司", "", [
      [["2026-09-15", "记-0025", "销售 发票 26090052", "16,950.00", ""]],
      [["2026-10-20", "记-0049", "销售 发票 26100071", "5,650.00", ""]],
    ]],
  ];
  const dotted = (iso: Iso) => { const [y, mo, d] = iso.split("-").map(Number); return `${y}.${mo}.${d}`; };
  const side = (b: number) => (b === 0 ? "平" : b > 0 ? "借" : "贷");
  const rows: Cell[][] = [["客户往来明细账"], ["科目：1122 应收账款", null, null, null, null, null, "2026年9月—2026年10月"], ["日期", "凭证号", "摘要", "借方", "贷方", "方向", "余额"]];
  const docs: Doc[] = [];
  const receipts: Receipt[] = [];
  for (const [customer, opening, months] of blocks) {
    rows.push([`往来单位：${customer}`]);
    let balance = opening === "" ? 0 : m(opening);
    rows.push([null, null, "期初余额", null, null, side(balance), grouped(balance)]);
    if (opening !== "") docs.push({ customer, currency: "CNY", no: "期初余额", date: "2026-09-08", due: "2026-09-08", amount: m(opening) });
    let yearDebit = 0;
    let yearCredit = 0;
    for (const lines of months) {
      let debits = 0;
      let credits = 0;
      for (const [date, voucher, summary, debit, credit] of lines) {
        const d = debit === "" ? 0 : m(debit);
        const c = credit === "" ? 0 : m(credit);
        balance += d - c;
        debits += d;
        credits += c;
        rows.push([dotted(date), voucher, summary, d === 0 ? null : grouped(d), c === 0 ? null : grouped(c), side(balance), grouped(Math.abs(balance))]);
        if (d !== 0) docs.push({ customer, currency: "CNY", no: voucher, date, due: addDays(date, 30), amount: d });
        else receipts.push({ customer, currency: "CNY", date, amount: c });
      }
      yearDebit += debits;
      yearCredit += credits;
      rows.push([null, null, "本月合计", grouped(debits), credits === 0 ? null : grouped(credits), side(balance), grouped(Math.abs(balance))]);
    }
    // Year to date includes months before this print (January to August): never checked.
    rows.push([null, null, "本年累计", grouped(yearDebit + 4_500_000), grouped(yearCredit + 4_500_000), side(balance), grouped(Math.abs(balance))]);
  }
  return {
    file: "75-zh-chanjet-tplus-customer-detail.xlsx",
    shape: "畅捷通 T+ 客户往来明细账 (往来单位：title rows, 2026.9.8 dates, 借方/贷方/方向/余额, 期初余额, 本月合计 checked, 本年累计)",
    ...OCT,
    sheets: [{ name: "客户往来明细账", rows }],
    expected: expectedRows(OCT.asOf, "allocate", docs, receipts),
    languages: Object.fromEntries(blocks.map((b) => [b[0], "zh"])),
  };
}

export const FIFTH_PASS: readonly CorpusLedger[] = [
  dynamicsGpHatb(), taizhangTotalMissesRow(), sapFbl5nCleared(), tallyLakh(), hostileRows(), netsuiteAgingDetail(), taizhangMergedMonths(), chanjetDetail(),
];
