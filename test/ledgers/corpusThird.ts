/**
 * A third new user's pass: a DATEV / Lexware OP-Liste, a French Sage export, a NetSuite open
 * invoices export with three currencies, a hand-kept English ledger (frozen title block, merged
 * cells, hidden helper columns, formulas, two-digit years, a serial as text, long notes), a 金蝶
 * K/3 应收款明细表 with a 合计 row per customer, a 台账 with a sheet per month and a 汇总 sheet, a
 * German/Swiss ledger with weekday dates and `100.-` amounts, an export whose only number
 * columns are `Invoice ID` and `Reference`, a MYOB ageing detail with unlabelled subtotals, and
 * a DATEV Kontoblatt per Debitor (Soll / Haben, Saldo `S` / `H`, Saldovortrag), and Stripe's
 * invoices export (Amount Due beside Amount Remaining). Same rules as ./corpus.ts: each is written from its
 * facts, the facts feed the independent calculator (_lib/expectedAging.ts), nothing here imports src.
 */
import type { CorpusLedger } from "./corpus";
import { addDays, cents as m, dayOf, expectedRows, type Doc, type Iso, type Receipt } from "./_lib/expectedAging";
import { type Cell, commaText, dateCell as dt, dotDate, fromComma, grouped, num, usDate } from "./_lib/sheets";

const OCT = { asOf: "2026-10-31", month: "2026-10" } as const;
const parts = (iso: Iso) => iso.split("-").map(Number) as [number, number, number];
const sum = (values: readonly number[]) => values.reduce((a, b) => a + b, 0);
/** Day of the week, 0 = Sunday (1970-01-01, day 0, was a Thursday). */
const weekday = (iso: Iso) => (((dayOf(iso) + 4) % 7) + 7) % 7;

// ---------------------------------------------------------------------------------------------
// 42. DATEV / Lexware "OP-Liste" (offene Posten): Debitor number and name, Rechnungsnr.,
//     Belegdatum and Fällig as `05.03.2026` (every day 12 or less: dots mean day first), Betrag and
//     Offen unsigned with the decimal comma (`1.234,56`) and an S/H (Soll/Haben) column: a
//     Gutschrift is Haben. A `Summe` row per Debitor and a `Gesamtsumme`.
function datevOpListe(): CorpusLedger {
  const debitors: [string, string, [string, Iso, Iso, string, string][]][] = [
    // number, name, [invoice, document date, due, amount, open]
    ["10001", "Müller Maschinenbau GmbH", [
      ["RE-2026-0411", "2026-06-03", "2026-07-03", "12.480,00", "12.480,00"],
      ["RE-2026-0502", "2026-09-08", "2026-10-08", "3.217,45", "1.217,45"],
      ["GS-2026-0031", "2026-10-02", "2026-10-02", "-150,00", "-150,00"],
    ]],
    ["10002", "Bäckerei Schmidt KG", [
      ["RE-2026-0455", "2026-08-11", "2026-09-10", "845,90", "845,90"],
      ["RE-2026-0519", "2026-10-12", "2026-11-11", "2.100,00", "2.100,00"],
    ]],
  ];
  const rows: Cell[][] = [
    ["Offene Posten Debitoren"], ["Stichtag: 31.10.2026", null, null, null, null, null, "Beträge in EUR"], [],
    ["Debitor", "Name", "Rechnungsnr.", "Belegdatum", "Fällig", "Betrag", "Offen", "S/H"],
  ];
  const unsigned = (text: string) => text.replace(/^-/, "");
  const docs: Doc[] = [];
  let all = 0;
  for (const [id, name, lines] of debitors) {
    for (const [no, date, due, amount, open] of lines) {
      rows.push([id, name, no, dotDate(date), dotDate(due), unsigned(amount), unsigned(open), amount.startsWith("-") ? "H" : "S"]);
      docs.push({ customer: name, currency: "EUR", no, date, due, amount: fromComma(amount), open: fromComma(open) });
    }
    const own = sum(lines.map((l) => fromComma(l[4])));
    all += own;
    rows.push([null, `Summe Debitor ${id}`, null, null, null, null, commaText(own, "."), "S"]);
  }
  rows.push([null, "Gesamtsumme", null, null, null, null, commaText(all, "."), "S"]);
  return {
    file: "42-datev-op-liste.xlsx",
    shape: "DATEV/Lexware OP-Liste (Debitor, Rechnungsnr., Belegdatum/Fällig 05.03.2026, unsigned Betrag/Offen 1.234,56 with S/H, Summe rows)",
    ...OCT,
    settings: { "ledger.defaultCurrency": "EUR" },
    sheets: [{ name: "OP-Liste", rows }],
    expected: expectedRows(OCT.asOf, "open", docs),
  };
}

// ---------------------------------------------------------------------------------------------
// 43. A French Sage 100 export of unpaid invoices: N° compte (411…), Client, N° facture, Date
//     facture, Date d'échéance (dd/mm/yyyy), Montant TTC, Réglé and Solde as `1 234,56 €` with the
//     no-break space French Excel groups with, `Total client` rows and a `Total général`.
function sageFrench(): CorpusLedger {
  const clients: [string, string, [string, Iso, Iso, string, string][]][] = [
    // account, name, [invoice, date, due, amount TTC, paid]
    ["411DUPONT", "SARL Dupont Frères", [
      ["FA00412", "2026-07-15", "2026-08-14", "14 400,00", "4 400,00"],
      ["FA00477", "2026-09-22", "2026-10-22", "2 016,60", "0,00"],
    ]],
    ["411LEROY", "Boulangerie Leroy", [
      ["FA00451", "2026-08-19", "2026-09-18", "615,60", "300,00"],
      ["FA00498", "2026-10-13", "2026-11-12", "1 230,00", "0,00"],
    ]],
  ];
  const euro = (cents: number) => `${commaText(cents, "\u00a0")}\u00a0€`;
  const ddmmyyyy = (iso: Iso) => iso.split("-").reverse().join("/");
  const rows: Cell[][] = [
    ["Échéancier clients - factures non soldées"], ["Arrêté au 31/10/2026"], [],
    ["N° compte", "Client", "N° facture", "Date facture", "Date d'échéance", "Montant TTC", "Réglé", "Solde"],
  ];
  const docs: Doc[] = [];
  let all = 0;
  for (const [account, name, lines] of clients) {
    for (const [no, date, due, amount, paid] of lines) {
      const open = fromComma(amount) - fromComma(paid);
      rows.push([account, name, no, ddmmyyyy(date), ddmmyyyy(due), euro(fromComma(amount)), euro(fromComma(paid)), euro(open)]);
      docs.push({ customer: name, currency: "EUR", no, date, due, amount: fromComma(amount), open });
    }
    const own = sum(lines.map((l) => fromComma(l[3]) - fromComma(l[4])));
    all += own;
    rows.push([`Total client ${account}`, null, null, null, null, null, null, euro(own)]);
  }
  rows.push(["Total général", null, null, null, null, null, null, euro(all)]);
  return {
    file: "43-sage-french-echeancier.xlsx",
    shape: "Sage 100 (French) unpaid invoices (N° facture, Date d'échéance, Montant TTC, Solde `1 234,56 €`, Total client rows)",
    ...OCT,
    sheets: [{ name: "Echeancier", rows }],
    expected: expectedRows(OCT.asOf, "open", docs),
  };
}

// ---------------------------------------------------------------------------------------------
// 44. NetSuite "Open Invoices" saved search: one customer billed in EUR and USD (two invoices in
//     EUR, one in USD), another in GBP; Amount and Amount Remaining in the transaction's currency
//     (`(Foreign Currency)` in the header), US m/d/yyyy text dates, a `Total` row.
function netsuiteMultiCurrency(): CorpusLedger {
  const lines: [Iso, string, string, string, Iso, string, string][] = [
    // date, document number, name, currency, due, amount, remaining
    ["2026-07-14", "INV10482", "Fabrikam GmbH", "EUR", "2026-08-13", "8,400.00", "8,400.00"],
    ["2026-09-16", "INV10533", "Fabrikam GmbH", "EUR", "2026-10-16", "2,950.50", "950.50"],
    ["2026-10-05", "INV10561", "Fabrikam GmbH", "USD", "2026-11-04", "1,200.00", "1,200.00"],
    ["2026-08-27", "INV10509", "Contoso Ltd", "GBP", "2026-09-26", "3,675.25", "3,675.25"],
    ["2026-10-21", "INV10570", "Contoso Ltd", "GBP", "2026-11-20", "410.00", "210.00"],
  ];
  const docs: Doc[] = lines.map(([date, no, customer, currency, due, amount, open]) => ({ customer, currency, no, date, due, amount: m(amount), open: m(open) }));
  return {
    file: "44-netsuite-open-invoices-currencies.xlsx",
    shape: "NetSuite Open Invoices (one customer in EUR and USD, another in GBP, (Foreign Currency) headers, m/d/yyyy)",
    ...OCT,
    sheets: [{
      name: "OpenInvoices",
      rows: [
        ["Open Invoices"], ["Wingtip Toys Inc."], [],
        ["Type", "Date", "Document Number", "Name", "Currency", "Due Date/Receive By", "Amount (Foreign Currency)", "Amount Remaining (Foreign Currency)"],
        ...lines.map(([date, no, customer, currency, due, amount, open]) => ["Invoice", usDate(date), no, customer, currency, usDate(due), amount, open]),
        ["Total", null, null, null, null, null, null, null],
      ],
    }],
    expected: expectedRows(OCT.asOf, "open", docs),
  };
}

// ---------------------------------------------------------------------------------------------
// 45. A ledger kept by hand in English: a 4-row title block (merged, frozen), dates typed with
//     two-digit years (`05/03/26`, d/m/y: `13/07/26` decides) and one pasted as its serial text,
//     Terms as text, Balance a formula (=Amount-Paid) with its cached value, a Notes column with
//     long text, and two hidden helper columns (a lookup key and a month).
function handKeptEnglish(): CorpusLedger {
  const lines: [string, string, Iso, "Net 30" | "14 days", string, string, "short" | "serial", string][] = [
    // customer, invoice, date, terms, amount, paid, date style, note
    ["Seaview Hotel", "HL-0931", "2026-07-13", "Net 30", "4,860.00", "2,000.00", "short", "Part payment received by BACS; the remainder is promised after their owners' meeting in August. Chased by phone twice (J.P.), left a message with accounts payable and sent a copy of the invoice with the signed delivery note attached. If nothing arrives by the end of the month, pass it to the dunning letters."],
    ["Seaview Hotel", "HL-0977", "2026-09-05", "14 days", "1,275.50", "0.00", "serial", ""],
    ["Old Mill Weddings", "HL-0952", "2026-08-08", "Net 30", "9,300.00", "9,300.00", "short", "Paid in full"],
    ["Old Mill Weddings", "HL-1004", "2026-10-02", "Net 30", "2,140.00", "0.00", "short", "Deposit invoice for the December event"],
  ];
  const short = (iso: Iso) => { const [y, mo, d] = parts(iso); return `${String(d).padStart(2, "0")}/${String(mo).padStart(2, "0")}/${String(y).slice(2)}`; };
  const serialText = (iso: Iso) => String(dayOf(iso) + 25_569);
  const termDays = { "Net 30": 30, "14 days": 14 } as const;
  const docs: Doc[] = lines.map(([customer, no, date, terms, amount, paid]) => ({ customer, currency: "GBP", no, date, due: addDays(date, termDays[terms]), amount: m(amount), open: m(amount) - m(paid) }));
  const first = 6; // the first data row
  return {
    file: "45-hand-kept-english-frozen-formulas.xlsx",
    shape: "hand-kept English ledger (frozen merged title block, 05/03/26 dates, a serial as text, Balance formulas, long Notes, hidden helper columns)",
    ...OCT,
    settings: { "ledger.defaultCurrency": "GBP" },
    sheets: [{
      name: "Sales Ledger",
      rows: [
        ["SALES LEDGER 2026"],
        ["Harbour Lights Catering Ltd"],
        ["Kept by J. Patel - update every Friday"],
        [],
        ["Customer", "Inv No", "Date", "Terms", "Amount", "Paid", "Balance", "Notes", "Key", "Month"],
        ...lines.map(([customer, no, date, terms, amount, paid, style, note], i): Cell[] => [
          customer, no, style === "short" ? short(date) : serialText(date), terms, num(m(amount)), num(m(paid)),
          { formula: `E${first + i}-F${first + i}`, result: num(m(amount) - m(paid)) }, note || null,
          { formula: `A${first + i}&"|"&B${first + i}`, result: `${customer}|${no}` },
          { formula: `TEXT(C${first + i},"mmm-yy")`, result: ["Jul-26", "Sep-26", "Aug-26", "Oct-26"][i] },
        ]),
      ],
      merges: ["A1:H1", "A2:H2", "A3:H3"],
      frozenRows: 5,
      hiddenColumns: [9, 10],
    }],
    expected: expectedRows(OCT.asOf, "open", docs),
  };
}

// ---------------------------------------------------------------------------------------------
// 46. 金蝶 K/3 应收款明细表: 客户代码 / 客户名称 / 单据编号 / 业务日期 / 摘要 / 应收金额 / 已收金额 / 未收金额,
//     a 合计 row after each customer (in the 客户名称 column, with the customer's code beside it)
//     and a 总计 row; no due date (the default 30 days apply).
function kingdeeK3(): CorpusLedger {
  const customers: [string, string, [string, Iso, string, string, string][]][] = [
    ["01.0012", "武汉长江重工机械有限公司", [
      ["XSFP000231", "2026-06-18", "销售发票", "56,500.00", "30,000.00"],
      ["XSFP000288", "2026-08-29", "销售发票", "12,430.00", "0.00"],
      ["XSFP000342", "2026-10-16", "销售发票", "3,390.00", "0.00"],
    ]],
    ["01.0027", "南昌赣江电子科技有限公司", [
      ["XSFP000265", "2026-07-30", "销售发票", "8,814.00", "8,814.00"],
      ["XSFP000310", "2026-09-24", "销售发票", "27,120.00", "7,120.00"],
    ]],
  ];
  const rows: Cell[][] = [
    ["应收款明细表"], ["会计期间：2026年第6期 至 2026年第10期", null, null, null, null, null, null, "币别：人民币"],
    ["客户代码", "客户名称", "单据编号", "业务日期", "摘要", "应收金额", "已收金额", "未收金额"],
  ];
  const docs: Doc[] = [];
  const totals = [0, 0, 0];
  for (const [code, name, lines] of customers) {
    for (const [no, date, summary, amount, received] of lines) {
      rows.push([code, name, no, dt(date), summary, num(m(amount)), num(m(received)), num(m(amount) - m(received))]);
      docs.push({ customer: name, currency: "CNY", no, date, due: addDays(date, 30), amount: m(amount), open: m(amount) - m(received) });
    }
    const own = [sum(lines.map((l) => m(l[3]))), sum(lines.map((l) => m(l[4])))];
    own.push(own[0] - own[1]);
    own.forEach((v, i) => (totals[i] += v));
    rows.push([code, "合计", null, null, null, ...own.map(num)]);
  }
  rows.push([null, "总计", null, null, null, ...totals.map(num)]);
  return {
    file: "46-zh-kingdee-k3-receivable-detail.xlsx",
    shape: "金蝶 K/3 应收款明细表 (客户代码, 单据编号, 业务日期, 应收/已收/未收金额, 合计 row per customer with its code, 总计)",
    ...OCT,
    sheets: [{ name: "应收款明细表", rows }],
    expected: expectedRows(OCT.asOf, "open", docs),
    languages: Object.fromEntries(customers.map((c) => [c[1], "zh"])),
  };
}

// ---------------------------------------------------------------------------------------------
// 47. A 台账 kept a sheet per month (7月, 8月, 9月, 10月: the same headers on each, a 合计 row at
//     the bottom) and a 汇总 sheet first that sums each customer over the months (no invoice
//     numbers, no dates): the summary must not be counted again.
function monthlySheets(): CorpusLedger {
  const months: [string, [Iso, string, string, string, string][]][] = [
    ["7月", [["2026-07-06", "福建泉州安溪茶业有限公司", "00412871", "18,000.00", "18,000.00"], ["2026-07-21", "江西景德镇瓷都陶瓷厂", "00412899", "6,240.00", "2,000.00"]]],
    ["8月", [["2026-08-12", "福建泉州安溪茶业有限公司", "00413050", "9,600.00", "0.00"]]],
    ["9月", [["2026-09-03", "江西景德镇瓷都陶瓷厂", "00413177", "11,280.00", "5,000.00"], ["2026-09-28", "福建泉州安溪茶业有限公司", "00413262", "4,350.00", "0.00"]]],
    ["10月", [["2026-10-15", "江西景德镇瓷都陶瓷厂", "00413388", "2,715.00", "0.00"]]],
  ];
  const header = ["日期", "客户名称", "发票号码", "金额", "已收金额", "未收金额", "备注"];
  const sheets = months.map(([name, lines]) => ({
    name,
    rows: [
      [`2026年${name}应收台账`], header,
      ...lines.map(([date, customer, no, amount, received]): Cell[] => [dt(date), customer, no, num(m(amount)), num(m(received)), num(m(amount) - m(received)), null]),
      [null, "合计", null, num(sum(lines.map((l) => m(l[3])))), num(sum(lines.map((l) => m(l[4])))), num(sum(lines.map((l) => m(l[3]) - m(l[4])))), null],
    ],
  }));
  const all = months.flatMap(([, lines]) => lines);
  const customers = [...new Set(all.map((l) => l[1]))];
  const summary: Cell[][] = [
    ["2026年应收汇总"], ["客户名称", "应收合计", "已收合计", "未收合计"],
    ...customers.map((c) => { const own = all.filter((l) => l[1] === c); return [c, num(sum(own.map((l) => m(l[3])))), num(sum(own.map((l) => m(l[4])))), num(sum(own.map((l) => m(l[3]) - m(l[4]))))]; }),
  ];
  const docs: Doc[] = all.map(([date, customer, no, amount, received]) => ({ customer, currency: "CNY", no, date, due: addDays(date, 30), amount: m(amount), open: m(amount) - m(received) }));
  return {
    file: "47-zh-taizhang-sheet-per-month-with-summary.xlsx",
    shape: "台账 with a sheet per month (7月…10月, 合计 rows) and a 汇总 sheet of per-customer sums first",
    ...OCT,
    sheets: [{ name: "汇总", rows: summary }, ...sheets],
    expected: expectedRows(OCT.asOf, "open", docs),
    languages: Object.fromEntries(customers.map((c) => [c, "zh"])),
  };
}

// ---------------------------------------------------------------------------------------------
// 48. A German-speaking Swiss ledger kept by hand: Kunde, Rechnung Nr., Datum and Fällig am typed
//     as `Do 05.03.2026`, `Donnerstag, 5. März 2026`, `5. März 2026` and `05-Mär-2026`; Betrag and
//     Bezahlt in francs with whole amounts `1'250.-` (an ASCII hyphen) and a Gutschrift `(250.-)`.
function germanSwiss(): CorpusLedger {
  const DE_DAYS = ["So", "Mo", "Di", "Mi", "Do", "Fr", "Sa"];
  const DE_DAY_NAMES = ["Sonntag", "Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag"];
  const DE_MONTHS = ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober", "November", "Dezember"];
  const DE_SHORT = ["Jan", "Feb", "Mär", "Apr", "Mai", "Jun", "Jul", "Aug", "Sep", "Okt", "Nov", "Dez"];
  const styles = {
    weekday: (iso: Iso) => `${DE_DAYS[weekday(iso)]} ${dotDate(iso)}`,
    long: (iso: Iso) => { const [y, mo, d] = parts(iso); return `${DE_DAY_NAMES[weekday(iso)]}, ${d}. ${DE_MONTHS[mo - 1]} ${y}`; },
    named: (iso: Iso) => { const [y, mo, d] = parts(iso); return `${d}. ${DE_MONTHS[mo - 1]} ${y}`; },
    dashed: (iso: Iso) => { const [y, mo, d] = parts(iso); return `${String(d).padStart(2, "0")}-${DE_SHORT[mo - 1]}-${y}`; },
  };
  const lines: [string, string, Iso, keyof typeof styles, string, string][] = [
    // customer, invoice, date, style, amount and paid as typed
    ["Schreinerei Gerber AG", "R-26-031", "2026-03-05", "weekday", "1'250.-", "1'250.-"],
    ["Schreinerei Gerber AG", "R-26-118", "2026-09-03", "long", "4'870.50", "2'000.-"],
    ["Schreinerei Gerber AG", "G-26-007", "2026-10-01", "named", "(250.-)", "-"],
    ["Café Rosengarten GmbH", "R-26-097", "2026-08-06", "dashed", "980.-", "-"],
    ["Café Rosengarten GmbH", "R-26-125", "2026-10-08", "weekday", "CHF 12'400.-", "CHF 400.-"],
  ];
  /** Francs as typed → cents: a lone dash is nothing, `.-` is whole francs, brackets are negative. */
  const chf = (text: string): number => {
    if (text === "-") return 0;
    if (text.startsWith("(")) return -chf(text.slice(1, -1));
    return m(text.replace(/^CHF\s*/, "").replace(/'/g, "").replace(/\.-$/, ".00"));
  };
  const docs: Doc[] = lines.map(([customer, no, date, , amount]) => ({ customer, currency: "CHF", no, date, due: chf(amount) < 0 ? date : addDays(date, 30), amount: chf(amount) }));
  // Paid is money received for that invoice; with no open-balance column the Gutschrift is credit
  // that settles the oldest open invoice (DESIGN §3): the allocate mode.
  const receipts: Receipt[] = lines.filter((l) => chf(l[5]) !== 0).map(([customer, no, date, , , paid]) => ({ customer, currency: "CHF", date, amount: chf(paid), invoiceNo: no }));
  return {
    file: "48-german-swiss-weekday-dates.xlsx",
    shape: "German-Swiss ledger (Do 05.03.2026, Donnerstag, 5. März 2026, 05-Mär-2026; 1'250.- and a Gutschrift (250.-))",
    ...OCT,
    settings: { "ledger.defaultCurrency": "CHF" },
    sheets: [{
      name: "Debitoren",
      rows: [
        ["Kunde", "Rechnung Nr.", "Datum", "Fällig am", "Betrag", "Bezahlt"],
        ...lines.map(([customer, no, date, style, amount, paid]) => [customer, no, styles[style](date), styles[style](chf(amount) < 0 ? date : addDays(date, 30)), amount, paid]),
      ],
    }],
    expected: expectedRows(OCT.asOf, "allocate", docs, receipts),
  };
}

// ---------------------------------------------------------------------------------------------
// 49. An export with `Invoice ID` (the invoice number the customer knows, INV-0101 …) and a
//     `Reference` holding the customer's purchase order: one PO covers two invoices. Taking the
//     Reference as the number would make those two one invoice twice.
function invoiceIdAndReference(): CorpusLedger {
  const lines: [string, string, Iso, Iso, string, string, string][] = [
    // invoice id, customer, date, due, reference, total, balance
    ["INV-0101", "Proseware Inc", "2026-08-04", "2026-09-03", "PO 7781", "2,400.00", "2,400.00"],
    ["INV-0108", "Proseware Inc", "2026-09-01", "2026-10-01", "PO 7781", "2,400.00", "1,400.00"],
    ["INV-0115", "Proseware Inc", "2026-10-06", "2026-11-05", "PO 7902", "860.00", "860.00"],
    ["INV-0104", "Adventure Works", "2026-08-20", "2026-09-19", "Website retainer", "1,500.00", "0.00"],
    ["INV-0112", "Adventure Works", "2026-09-20", "2026-10-20", "Website retainer", "1,500.00", "1,500.00"],
  ];
  const docs: Doc[] = lines.map(([no, customer, date, due, , total, balance]) => ({ customer, currency: "USD", no, date, due, amount: m(total), open: m(balance) }));
  return {
    file: "49-invoice-id-and-reference.xlsx",
    shape: "export with Invoice ID (INV-0101) and a Reference holding the customer's PO (one PO on two invoices)",
    ...OCT,
    sheets: [{
      name: "Invoices",
      rows: [
        ["Invoice ID", "Customer", "Invoice Date", "Due Date", "Reference", "Total", "Balance"],
        ...lines.map(([no, customer, date, due, ref, total, balance]) => [no, customer, dt(date), dt(due), ref, num(m(total)), num(m(balance))]),
      ],
    }],
    expected: expectedRows(OCT.asOf, "open", docs),
  };
}

// ---------------------------------------------------------------------------------------------
// 50. MYOB AccountRight "Ageing Receivables [Detail]" (Australia): the customer's name alone on a
//     row above its invoices, ID#, Date as d/mm/yyyy, Orig. Amt and Amt Due with `$` (AUD), the
//     open amount spread again over bucket columns, an unlabelled subtotal row per customer that
//     fills the bucket columns too, and a `Grand Total:` row.
function myobAgeing(): CorpusLedger {
  const customers: [string, [string, Iso, string, string][]][] = [
    // name, [ID#, date, original, due]
    ["Acme Pty Ltd", [["00000123", "2026-03-05", "1,100.00", "1,100.00"], ["00000187", "2026-10-14", "550.00", "250.00"]]],
    ["Bluegum Cafe", [["00000170", "2026-08-21", "880.00", "880.00"], ["00000176", "2026-09-08", "2,420.00", "1,420.00"]]],
  ];
  const dmy = (iso: Iso) => { const [y, mo, d] = parts(iso); return `${d}/${String(mo).padStart(2, "0")}/${y}`; };
  const due = (date: Iso) => addDays(date, 30);
  /** MYOB's bucket of an invoice by days since its date: Current (< 30), 30, 60, 90+. */
  const bucket = (date: Iso) => Math.min(3, Math.floor((dayOf(OCT.asOf) - dayOf(date)) / 30));
  const money = (cents: number) => `$${grouped(cents)}`;
  const rows: Cell[][] = [["Ageing Receivables [Detail]"], ["Wattle Supplies Pty Ltd"], ["As of 31/10/2026"], [], ["ID#", "Date", "Orig. Amt", "Amt Due", "Current", "30 days", "60 days", "90+"]];
  const docs: Doc[] = [];
  let all = [0, 0];
  for (const [name, lines] of customers) {
    rows.push([name]);
    const buckets = [0, 0, 0, 0];
    for (const [id, date, original, owed] of lines) {
      const cells: Cell[] = [null, null, null, null];
      cells[bucket(date)] = money(m(owed));
      buckets[bucket(date)] += m(owed);
      rows.push([id, dmy(date), money(m(original)), money(m(owed)), ...cells]);
      docs.push({ customer: name, currency: "AUD", no: id, date, due: due(date), amount: m(original), open: m(owed) });
    }
    const own = [sum(lines.map((l) => m(l[2]))), sum(lines.map((l) => m(l[3])))];
    all = [all[0] + own[0], all[1] + own[1]];
    rows.push([null, null, ...own.map(money), ...buckets.map((b) => (b === 0 ? null : money(b)))]);
  }
  rows.push(["Grand Total:", null, ...all.map(money)]);
  return {
    file: "50-myob-ageing-receivables-detail.xlsx",
    shape: "MYOB Ageing Receivables [Detail] (name rows, ID#, d/mm/yyyy, Orig. Amt / Amt Due in $, unlabelled subtotals filling the bucket columns)",
    ...OCT,
    settings: { "ledger.defaultCurrency": "AUD" },
    sheets: [{ name: "Ageing", rows }],
    expected: expectedRows(OCT.asOf, "open", docs),
  };
}

// ---------------------------------------------------------------------------------------------
// 51. DATEV "Kontoblatt" printed per Debitor, one sheet each named by the customer (no customer
//     column): Datum, Belegfeld 1, Buchungstext, Soll, Haben and a Saldo with DATEV's `S` / `H`
//     marks; a `Saldovortrag` opening row and a page `Übertrag` row; receipts and a Gutschrift in
//     Haben settle the oldest invoices.
function datevKontoblatt(): CorpusLedger {
  type Line = [Iso, string, string, string, string];
  const accounts: [string, string, string, Line[]][] = [
    // sheet / customer, account, opening (Soll), [date, Belegfeld 1, Buchungstext, Soll, Haben]
    ["Müller Maschinenbau GmbH", "10001", "6.800,00", [
      ["2026-07-03", "RE-2026-0388", "Rechnung", "15.820,00", ""],
      ["2026-08-20", "ZA-0144", "Zahlung", "", "10.000,00"],
      ["2026-09-08", "RE-2026-0502", "Rechnung", "3.164,00", ""],
      ["2026-10-02", "GS-2026-0031", "Gutschrift", "", "150,00"],
    ]],
    ["Bäckerei Schmidt KG", "10002", "", [
      ["2026-08-11", "RE-2026-0455", "Rechnung", "2.260,00", ""],
      ["2026-10-12", "RE-2026-0519", "Rechnung", "4.520,00", ""],
      ["2026-10-18", "ZA-0171", "Zahlung", "", "2.260,00"],
    ]],
  ];
  const saldo = (cents: number) => `${commaText(Math.abs(cents), ".")} ${cents < 0 ? "H" : "S"}`;
  const docs: Doc[] = [];
  const receipts: Receipt[] = [];
  const sheets = accounts.map(([customer, account, opening, lines]) => {
    const rows: Cell[][] = [[`Kontoblatt Debitor ${account}`], ["Zeitraum: 01.07.2026 - 31.10.2026"], [], ["Datum", "Belegfeld 1", "Buchungstext", "Soll", "Haben", "Saldo"]];
    let balance = 0;
    if (opening !== "") {
      balance = fromComma(opening);
      rows.push([dotDate("2026-07-01"), null, "Saldovortrag", opening, null, saldo(balance)]);
      docs.push({ customer, currency: "EUR", no: "Opening balance", date: "2026-07-01", due: "2026-07-01", amount: balance });
    }
    lines.forEach(([date, no, text, debit, credit], i) => {
      balance += (debit === "" ? 0 : fromComma(debit)) - (credit === "" ? 0 : fromComma(credit));
      rows.push([dotDate(date), no, text, debit || null, credit || null, saldo(balance)]);
      if (i === 1) rows.push([null, null, "Übertrag", null, null, saldo(balance)]); // a page break
      if (debit !== "") docs.push({ customer, currency: "EUR", no, date, due: addDays(date, 30), amount: fromComma(debit) });
      else receipts.push({ customer, currency: "EUR", date, amount: fromComma(credit) });
    });
    return { name: customer, rows };
  });
  return {
    file: "51-datev-kontoblatt-sheet-per-debitor.xlsx",
    shape: "DATEV Kontoblatt, a sheet per Debitor (Belegfeld 1, Soll/Haben, Saldo with S/H, Saldovortrag, Übertrag)",
    ...OCT,
    settings: { "ledger.defaultCurrency": "EUR" },
    sheets,
    expected: expectedRows(OCT.asOf, "allocate", docs, receipts),
  };
}

// ---------------------------------------------------------------------------------------------
// 52. Stripe "Invoices" export: `id` (in_…, Stripe's key) and `Number`, Customer (cus_…) and
//     Customer Name, lower-case currency codes (one customer in EUR and USD), dates with a UTC
//     time, `Amount Due` (what the invoice asked for) beside `Amount Paid` and `Amount Remaining`
//     (what is open), Status open / paid / void / draft / uncollectible. Stripe's uncollectible is
//     its write-off (bad debt in the books, no more retries): no longer owed, like void and draft.
function stripeInvoices(): CorpusLedger {
  const lines: [string, string, string, string, string, Iso, Iso, string, string, string][] = [
    // id, number, customer id, name, currency, date, due, total, paid, status
    ["in_1PzXa2LkdIwHu7ix", "B2C4D-0001", "cus_Q1aZ", "Acme Corp", "eur", "2026-06-05", "2026-07-05", "1200.00", "200.00", "open"],
    ["in_1PzXb3LkdIwHu7iy", "B2C4D-0002", "cus_Q1aZ", "Acme Corp", "usd", "2026-09-05", "2026-10-05", "300.00", "0.00", "open"],
    ["in_1PzXc4LkdIwHu7iz", "B2C4D-0003", "cus_Q2bY", "Beta LLC", "usd", "2026-09-15", "2026-10-15", "500.00", "500.00", "paid"],
    ["in_1PzXd5LkdIwHu7j0", "B2C4D-0004", "cus_Q2bY", "Beta LLC", "usd", "2026-10-15", "2026-11-14", "800.00", "0.00", "void"],
    ["in_1PzXe6LkdIwHu7j1", "B2C4D-0005", "cus_Q2bY", "Beta LLC", "usd", "2026-08-20", "2026-09-19", "90.00", "0.00", "uncollectible"],
    ["in_1PzXf7LkdIwHu7j2", "B2C4D-0006", "cus_Q2bY", "Beta LLC", "usd", "2026-10-28", "2026-11-27", "45.00", "0.00", "draft"],
  ];
  const stamp = (iso: Iso, time: string) => `${iso} ${time}`;
  const owed = lines.filter((l) => l[9] !== "void" && l[9] !== "draft" && l[9] !== "uncollectible");
  const docs: Doc[] = owed.map(([, no, , customer, currency, date, due, total, paid]) => ({ customer, currency: currency.toUpperCase(), no, date, due, amount: m(total), open: m(total) - m(paid) }));
  return {
    file: "52-stripe-invoices-export.xlsx",
    shape: "Stripe Invoices export (id and Number, cus_ ids, eur/usd, UTC times, Amount Due beside Amount Remaining, void/draft/uncollectible)",
    ...OCT,
    sheets: [{
      name: "invoices",
      rows: [
        ["id", "Number", "Customer", "Customer Name", "Customer Email", "Currency", "Date (UTC)", "Due Date (UTC)", "Total", "Amount Due", "Amount Paid", "Amount Remaining", "Status"],
        ...lines.map(([id, no, cus, customer, currency, date, due, total, paid, status]) => [
          id, no, cus, customer, `ap@${customer.split(" ")[0].toLowerCase()}.example`, currency, stamp(date, "14:22:01"), stamp(due, "14:22:01"),
          total, total, paid, grouped(m(total) - m(paid)).replace(/,/g, ""), status,
        ]),
      ],
    }],
    expected: expectedRows(OCT.asOf, "open", docs),
  };
}

export const THIRD_PASS: readonly CorpusLedger[] = [
  datevOpListe(), sageFrench(), netsuiteMultiCurrency(), handKeptEnglish(), kingdeeK3(), monthlySheets(), germanSwiss(), invoiceIdAndReference(), myobAgeing(), datevKontoblatt(), stripeInvoices(),
];
