/**
 * A fourth new user's pass: a Taiwanese 應收帳款明細 with 民國 dates and NT$, Spanish, Italian, Dutch
 * and Brazilian exports with the decimal comma, a QuickBooks Desktop "Open Invoices" report, a Xero
 * invoices export with VOIDED / DELETED / DRAFT rows and ACCRECCREDIT credit notes, a 金蝶云星空
 * 应收单列表 (单据状态 已审核 / 未审核, 已核销 / 未核销金额), an Excel table with a Totals row, filtered
 * rows and hostile amounts, two tables side by side on one sheet, a 台账 typed with a Chinese IME
 * (全角 digits, `-¥` red-letter invoices), a hire firm's ledger whose `Type` letters (S, H) are its
 * own codes, not debit/credit sides, a 台账 with dates typed without their year (refused, counted as
 * not read), a Hong Kong 應收賬款 list with 結欠 in HK$, and a Sage Intacct aging detail. Same rules as ./corpus.ts: each is written from its facts,
 * the facts feed the independent calculator (_lib/expectedAging.ts), nothing here imports src.
 */
import type { CorpusLedger } from "./corpus";
import { addDays, cents as m, dayOf, expectedRows, type Doc, type Iso, type Receipt } from "./_lib/expectedAging";
import { type Cell, commaText, dateCell as dt, fromComma, grouped, num, usDate, zhDate } from "./_lib/sheets";

const OCT = { asOf: "2026-10-31", month: "2026-10" } as const;
const parts = (iso: Iso) => iso.split("-").map(Number) as [number, number, number];
const sum = (values: readonly number[]) => values.reduce((a, b) => a + b, 0);
const pad = (n: number) => String(n).padStart(2, "0");
/** `05/10/2026`: day first, as Spain, Italy, Portugal and Brazil write it. */
const dmySlash = (iso: Iso) => { const [y, mo, d] = parts(iso); return `${pad(d)}/${pad(mo)}/${y}`; };
/** Full-width digits and punctuation, as a Chinese IME types them: `１２，３４５．６０`. */
const fullWidth = (text: string) => text.replace(/[!-~]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) + 0xfee0));

// ---------------------------------------------------------------------------------------------
// 53. A Taiwanese 應收帳款明細 in Traditional Chinese: 客戶名稱 / 發票號碼 / 發票日期 / 到期日 / 金額 /
//     已收 / 未收 / 備註, dates in the 民國 calendar (year 115 = 2026) typed three ways: `115/10/05`,
//     `115.10.05` and `民國115年10月5日`; amounts as `NT$12,345` text and plain numbers; a 合計 row.
function taiwanRoc(): CorpusLedger {
  type Style = "slash" | "dot" | "words";
  const lines: [string, string, Iso, number, string, string, Style][] = [
    // customer, 統一發票 number, date, terms days, amount, received, style
    ["台北興隆貿易股份有限公司", "AB-12345678", "2026-07-15", 30, "126,000", "26,000", "slash"],
    ["台北興隆貿易股份有限公司", "AB-12345702", "2026-09-08", 30, "48,300", "0", "dot"],
    ["台北興隆貿易股份有限公司", "AB-12345755", "2026-10-05", 60, "9,450", "0", "words"],
    ["高雄長榮精密工業有限公司", "CD-88001234", "2026-08-20", 30, "215,250", "100,000", "words"],
    ["高雄長榮精密工業有限公司", "CD-88001290", "2026-10-12", 30, "33,600", "0", "slash"],
  ];
  const roc = (iso: Iso, style: Style) => {
    const [y, mo, d] = parts(iso);
    if (style === "words") return `民國${y - 1911}年${mo}月${d}日`;
    return `${y - 1911}${style === "slash" ? "/" : "."}${pad(mo)}${style === "slash" ? "/" : "."}${pad(d)}`;
  };
  const ntd = (text: string, i: number): Cell => (i % 2 === 0 ? `NT$${text}` : num(m(text)));
  const docs: Doc[] = lines.map(([customer, no, date, terms, amount, received]) => ({ customer, currency: "TWD", no, date, due: addDays(date, terms), amount: m(amount), open: m(amount) - m(received) }));
  return {
    file: "53-zh-tw-roc-dates-ntd.xlsx",
    shape: "Taiwanese 應收帳款明細 (Traditional Chinese headers, 民國 dates 115/10/05, 115.10.05, 民國115年10月5日, NT$ amounts, 合計)",
    ...OCT,
    sheets: [{
      name: "應收帳款明細",
      rows: [
        ["應收帳款明細表"], ["中華民國115年10月31日止", null, null, null, null, null, null, "單位：新台幣元"],
        ["客戶名稱", "發票號碼", "發票日期", "到期日", "金額", "已收", "未收", "備註"],
        ...lines.map(([customer, no, date, terms, amount, received, style], i): Cell[] => [
          customer, no, roc(date, style), roc(addDays(date, terms), style), ntd(amount, i), ntd(received, i + 1), ntd(grouped(m(amount) - m(received)).replace(/\.00$/, ""), i), null,
        ]),
        [null, "合計", null, null, num(sum(lines.map((l) => m(l[4])))), num(sum(lines.map((l) => m(l[5])))), num(sum(docs.map((d) => d.open!))), null],
      ],
    }],
    expected: expectedRows(OCT.asOf, "open", docs),
    languages: Object.fromEntries(lines.map((l) => [l[0], "zh"])),
  };
}

// ---------------------------------------------------------------------------------------------
// 54. A Spanish "Listado de facturas pendientes de cobro" (A3 / Contasol): Cliente, Nº Factura,
//     Fecha, Vencimiento (dd/mm/yyyy), Importe, Cobrado, Pendiente as `1.234,56 €`, an Abono (credit
//     note) with a negative importe, `Total cliente` rows and a `Total general`.
function spanish(): CorpusLedger {
  const clients: [string, [string, Iso, Iso, string, string][]][] = [
    ["Distribuciones García S.L.", [
      ["F2026/0412", "2026-06-18", "2026-08-17", "8.470,00", "4.000,00"],
      ["F2026/0533", "2026-09-23", "2026-10-23", "1.331,00", "0,00"],
      ["A2026/0019", "2026-10-07", "2026-10-07", "-242,00", "0,00"],
    ]],
    ["Hostelería Martín S.A.", [
      ["F2026/0498", "2026-08-29", "2026-09-28", "2.904,00", "0,00"],
      ["F2026/0551", "2026-10-16", "2026-11-15", "605,00", "0,00"],
    ]],
  ];
  const euro = (cents: number) => `${commaText(cents, ".")} €`;
  const rows: Cell[][] = [
    ["Listado de facturas pendientes de cobro"], ["Fecha de listado: 31/10/2026"], [],
    ["Cliente", "Nº Factura", "Fecha", "Vencimiento", "Importe", "Cobrado", "Pendiente"],
  ];
  const docs: Doc[] = [];
  let all = 0;
  for (const [client, lines] of clients) {
    let own = 0;
    for (const [no, date, due, amount, paid] of lines) {
      const open = fromComma(amount) - fromComma(paid);
      own += open;
      rows.push([client, no, dmySlash(date), dmySlash(due), euro(fromComma(amount)), euro(fromComma(paid)), euro(open)]);
      docs.push({ customer: client, currency: "EUR", no, date, due, amount: fromComma(amount), open });
    }
    all += own;
    rows.push([`Total cliente ${client}`, null, null, null, null, null, euro(own)]);
  }
  rows.push(["Total general", null, null, null, null, null, euro(all)]);
  return {
    file: "54-es-facturas-pendientes.xlsx",
    shape: "Spanish facturas pendientes (Nº Factura, Fecha, Vencimiento dd/mm/yyyy, Importe / Cobrado / Pendiente `1.234,56 €`, an abono, Total cliente)",
    ...OCT,
    sheets: [{ name: "Pendientes", rows }],
    expected: expectedRows(OCT.asOf, "open", docs),
  };
}

// ---------------------------------------------------------------------------------------------
// 55. An Italian "Scadenzario clienti": Cliente, N. Fattura, Data, Scadenza, Importo, Incassato,
//     Residuo as `€ 1.234,56`, a Nota di credito, `Totale cliente` rows and a `Totale generale`.
function italian(): CorpusLedger {
  const clients: [string, [string, Iso, Iso, string, string][]][] = [
    ["Rossi Arredamenti S.r.l.", [
      ["FT 2026/118", "2026-07-10", "2026-08-31", "12.200,00", "6.100,00"],
      ["FT 2026/164", "2026-09-14", "2026-10-31", "3.050,00", "0,00"],
      ["NC 2026/009", "2026-10-02", "2026-10-02", "-305,00", "0,00"],
    ]],
    ["Trattoria Bianchi di Bianchi Marco", [
      ["FT 2026/139", "2026-08-05", "2026-09-30", "976,00", "0,00"],
      ["FT 2026/171", "2026-10-21", "2026-11-30", "1.586,00", "500,00"],
    ]],
  ];
  const euro = (cents: number) => (cents < 0 ? `-€ ${commaText(-cents, ".")}` : `€ ${commaText(cents, ".")}`);
  const rows: Cell[][] = [["Scadenzario clienti al 31/10/2026"], [], ["Cliente", "N. Fattura", "Data", "Scadenza", "Importo", "Incassato", "Residuo"]];
  const docs: Doc[] = [];
  let all = 0;
  for (const [client, lines] of clients) {
    let own = 0;
    for (const [no, date, due, amount, paid] of lines) {
      const open = fromComma(amount) - fromComma(paid);
      own += open;
      rows.push([client, no, dmySlash(date), dmySlash(due), euro(fromComma(amount)), euro(fromComma(paid)), euro(open)]);
      docs.push({ customer: client, currency: "EUR", no, date, due, amount: fromComma(amount), open });
    }
    all += own;
    rows.push([`Totale cliente`, null, null, null, null, null, euro(own)]);
  }
  rows.push(["Totale generale", null, null, null, null, null, euro(all)]);
  return {
    file: "55-it-scadenzario-clienti.xlsx",
    shape: "Italian scadenzario clienti (N. Fattura, Data, Scadenza, Importo / Incassato / Residuo `€ 1.234,56`, a nota di credito, Totale cliente)",
    ...OCT,
    sheets: [{ name: "Scadenzario", rows }],
    expected: expectedRows(OCT.asOf, "open", docs),
  };
}

// ---------------------------------------------------------------------------------------------
// 56. Exact Online (Dutch) "Openstaande posten debiteuren": Debiteur (code) and Naam, Factuur,
//     Factuurdatum and Vervaldatum as `05-10-2026` (dashes, day first: `23-09-2026` decides),
//     Bedrag and Openstaand as `€ 1.234,56`, a creditnota, `Totaal` rows.
function dutch(): CorpusLedger {
  const debtors: [string, string, [string, Iso, Iso, string, string][]][] = [
    ["20014", "Bakkerij De Vries B.V.", [
      ["26100231", "2026-07-02", "2026-08-01", "4.235,00", "4.235,00"],
      ["26100318", "2026-09-23", "2026-10-07", "1.815,00", "815,00"],
      ["26900012", "2026-10-09", "2026-10-09", "-121,00", "-121,00"],
    ]],
    ["20027", "Jansen Installatietechniek", [
      ["26100277", "2026-08-14", "2026-09-13", "9.680,00", "9.680,00"],
      ["26100344", "2026-10-19", "2026-11-18", "2.420,00", "2.420,00"],
    ]],
  ];
  const euro = (cents: number) => `€ ${commaText(cents, ".")}`;
  const dashed = (iso: Iso) => { const [y, mo, d] = parts(iso); return `${pad(d)}-${pad(mo)}-${y}`; };
  const rows: Cell[][] = [["Openstaande posten debiteuren"], ["Peildatum 31-10-2026"], [], ["Debiteur", "Naam", "Factuur", "Factuurdatum", "Vervaldatum", "Bedrag", "Openstaand"]];
  const docs: Doc[] = [];
  let all = 0;
  for (const [code, name, lines] of debtors) {
    for (const [no, date, due, amount, open] of lines) {
      rows.push([code, name, no, dashed(date), dashed(due), euro(fromComma(amount)), euro(fromComma(open))]);
      docs.push({ customer: name, currency: "EUR", no, date, due, amount: fromComma(amount), open: fromComma(open) });
    }
    const own = sum(lines.map((l) => fromComma(l[4])));
    all += own;
    rows.push([null, `Totaal ${code}`, null, null, null, null, euro(own)]);
  }
  rows.push(["Totaal", null, null, null, null, null, euro(all)]);
  return {
    file: "56-nl-exact-openstaande-posten.xlsx",
    shape: "Exact Online (Dutch) openstaande posten (Debiteur, Factuur, Factuurdatum / Vervaldatum 23-09-2026, Bedrag / Openstaand `€ 1.234,56`, Totaal)",
    ...OCT,
    sheets: [{ name: "Openstaande posten", rows }],
    expected: expectedRows(OCT.asOf, "open", docs),
  };
}

// ---------------------------------------------------------------------------------------------
// 57. A Brazilian "Contas a receber" export: Cliente, Nº Documento, Emissão, Vencimento
//     (dd/mm/yyyy), Valor, Valor Recebido and Em aberto as `R$ 1.234,56`, a `Total Geral` row.
function brazilian(): CorpusLedger {
  const lines: [string, string, Iso, Iso, string, string][] = [
    // customer, document, issued, due, value, received
    ["Padaria Pão Quente Ltda", "NF-000451", "2026-07-20", "2026-08-19", "3.450,00", "1.450,00"],
    ["Padaria Pão Quente Ltda", "NF-000498", "2026-10-14", "2026-11-13", "780,50", "0,00"],
    ["Construtora Horizonte S.A.", "NF-000467", "2026-08-25", "2026-09-24", "15.900,00", "0,00"],
    ["Construtora Horizonte S.A.", "NF-000489", "2026-09-30", "2026-10-30", "6.240,00", "6.240,00"],
  ];
  const real = (cents: number) => `R$ ${commaText(cents, ".")}`;
  const docs: Doc[] = lines.map(([customer, no, date, due, value, received]) => ({ customer, currency: "BRL", no, date, due, amount: fromComma(value), open: fromComma(value) - fromComma(received) }));
  return {
    file: "57-pt-br-contas-a-receber.xlsx",
    shape: "Brazilian contas a receber (Nº Documento, Emissão, Vencimento dd/mm/yyyy, Valor / Valor Recebido / Em aberto `R$ 1.234,56`, Total Geral)",
    ...OCT,
    sheets: [{
      name: "Contas a receber",
      rows: [
        ["Contas a receber - posição em 31/10/2026"], [],
        ["Cliente", "Nº Documento", "Emissão", "Vencimento", "Valor", "Valor Recebido", "Em aberto"],
        ...lines.map(([customer, no, date, due, value, received]) => [customer, no, dmySlash(date), dmySlash(due), real(fromComma(value)), real(fromComma(received)), real(fromComma(value) - fromComma(received))]),
        ["Total Geral", null, null, null, real(sum(lines.map((l) => fromComma(l[4])))), real(sum(lines.map((l) => fromComma(l[5])))), real(sum(docs.map((d) => d.open!)))],
      ],
    }],
    expected: expectedRows(OCT.asOf, "open", docs),
  };
}

// ---------------------------------------------------------------------------------------------
// 58. QuickBooks Desktop "Open Invoices" report exported to Excel: an empty first column, the
//     customer's name alone on a row (`Abercrombie, Kristy`, a comma in the name), then Type / Date /
//     Num / P. O. # / Terms / Due Date / Aging / Open Balance (Aging: days overdue, blank when not
//     due), a Credit Memo and an unapplied Payment with negative open balances, `Total …` rows
//     and a `TOTAL`.
function quickbooksDesktop(): CorpusLedger {
  type Line = [string, Iso, string, string, string, Iso, string];
  const customers: [string, Line[]][] = [
    // type, date, num, po, terms, due, open balance
    ["Abercrombie, Kristy", [
      ["Invoice", "2026-07-14", "1071", "", "Net 30", "2026-08-13", "2,460.00"],
      ["Invoice", "2026-10-02", "1095", "PO-88", "Net 30", "2026-11-01", "711.75"],
      ["Credit Memo", "2026-10-09", "1098", "", "", "2026-10-09", "-120.00"],
    ]],
    ["Cook, Brian", [
      ["Invoice", "2026-08-30", "1083", "", "Net 15", "2026-09-14", "4,225.00"],
      ["Payment", "2026-10-20", "", "", "", "2026-10-20", "-500.00"],
    ]],
  ];
  const days = (due: Iso) => Math.max(0, dayOf(OCT.asOf) - dayOf(due));
  const rows: Cell[][] = [
    [null, "Rock Castle Construction"], [null, "Open Invoices"], [null, "As of October 31, 2026"], [],
    [null, "Type", "Date", "Num", "P. O. #", "Terms", "Due Date", "Aging", "Open Balance"],
  ];
  const docs: Doc[] = [];
  let all = 0;
  for (const [name, lines] of customers) {
    rows.push([name]);
    for (const [type, date, no, po, terms, due, open] of lines) {
      rows.push([null, type, usDate(date), no || null, po || null, terms || null, usDate(due), days(due) || null, num(m(open))]);
      docs.push({ customer: name, currency: "USD", no: no || `pay-${date}`, date, due, amount: m(open), open: m(open) });
    }
    const own = sum(lines.map((l) => m(l[6])));
    all += own;
    rows.push([`Total ${name}`, null, null, null, null, null, null, null, num(own)]);
    rows.push([]);
  }
  rows.push(["TOTAL", null, null, null, null, null, null, null, num(all)]);
  return {
    file: "58-quickbooks-desktop-open-invoices.xlsx",
    shape: "QuickBooks Desktop Open Invoices (name rows with a comma, Type/Date/Num/P. O. #/Terms/Due Date/Aging/Open Balance, credit memo, unapplied payment, Total rows)",
    ...OCT,
    sheets: [{ name: "Sheet1", rows }],
    expected: expectedRows(OCT.asOf, "open", docs),
  };
}

// ---------------------------------------------------------------------------------------------
// 59. Xero's invoices export (Sales › Export): ContactName, EmailAddress, InvoiceNumber, Reference,
//     InvoiceDate and DueDate with a `T00:00:00` time, Total, InvoiceAmountPaid, InvoiceAmountDue,
//     Currency, Type (ACCREC, ACCRECCREDIT for a credit note with a positive Total) and Status
//     AUTHORISED / PAID / VOIDED / DELETED / DRAFT: voided, deleted and draft documents were never owed.
function xeroInvoicesExport(): CorpusLedger {
  type Status = "AUTHORISED" | "PAID" | "VOIDED" | "DELETED" | "DRAFT";
  const lines: [string, string, string, Iso, Iso, string, string, "ACCREC" | "ACCRECCREDIT", Status][] = [
    // contact, number, reference, date, due, total, paid, type, status
    ["Bayside Club", "INV-0231", "Sept functions", "2026-09-03", "2026-10-03", "1,840.00", "840.00", "ACCREC", "AUTHORISED"],
    ["Bayside Club", "INV-0244", "", "2026-10-10", "2026-11-10", "620.00", "0.00", "ACCREC", "AUTHORISED"],
    ["Bayside Club", "CN-0012", "Returned chairs", "2026-10-15", "2026-10-15", "95.00", "0.00", "ACCRECCREDIT", "AUTHORISED"],
    ["Bayside Club", "INV-0238", "", "2026-09-22", "2026-10-22", "310.00", "0.00", "ACCREC", "VOIDED"],
    ["Marine Systems", "INV-0219", "PO 4471", "2026-07-28", "2026-08-27", "5,275.00", "0.00", "ACCREC", "AUTHORISED"],
    ["Marine Systems", "INV-0226", "", "2026-08-19", "2026-09-18", "990.00", "990.00", "ACCREC", "PAID"],
    ["Marine Systems", "INV-0247", "", "2026-10-29", "2026-11-28", "2,000.00", "0.00", "ACCREC", "DRAFT"],
    ["Marine Systems", "INV-0240", "", "2026-10-01", "2026-10-31", "415.00", "0.00", "ACCREC", "DELETED"],
  ];
  const stamp = (iso: Iso) => `${iso}T00:00:00`;
  const owed = lines.filter((l) => l[8] === "AUTHORISED" || l[8] === "PAID");
  const sign = (type: string) => (type === "ACCRECCREDIT" ? -1 : 1);
  const docs: Doc[] = owed.map(([customer, no, , date, due, total, paid, type]) => ({ customer, currency: "NZD", no, date, due, amount: sign(type) * m(total), open: sign(type) * (m(total) - m(paid)) }));
  return {
    file: "59-xero-invoices-export-statuses.xlsx",
    shape: "Xero invoices export (ContactName, InvoiceNumber, T00:00:00 dates, InvoiceAmountPaid/Due, ACCRECCREDIT, Status VOIDED/DELETED/DRAFT)",
    ...OCT,
    sheets: [{
      name: "Invoices",
      rows: [
        ["ContactName", "EmailAddress", "InvoiceNumber", "Reference", "InvoiceDate", "DueDate", "Total", "InvoiceAmountPaid", "InvoiceAmountDue", "Currency", "Type", "Status"],
        ...lines.map(([contact, no, ref, date, due, total, paid, type, status]) => [
          contact, `accounts@${contact.split(" ")[0].toLowerCase()}.example`, no, ref || null, stamp(date), stamp(due),
          m(total) / 100, m(paid) / 100, (m(total) - m(paid)) / 100, "NZD", type, status,
        ]),
      ],
    }],
    expected: expectedRows(OCT.asOf, "open", docs),
  };
}

// ---------------------------------------------------------------------------------------------
// 60. 金蝶云星空 应收单列表: 单据编号 / 业务日期 / 到期日 / 客户 / 单据状态 / 币别 / 价税合计 / 已核销金额 /
//     未核销金额. An 应收单 is booked when audited: 未审核 (and 创建) rows are not yet receivables, as
//     in Kingdee's own 账龄分析表; a 红字 应收单 has a negative 价税合计.
function kingdeeCloud(): CorpusLedger {
  const lines: [string, Iso, Iso, string, "已审核" | "未审核" | "创建", string, string][] = [
    // number, date, due, customer, status, 价税合计, 已核销
    ["AR00000581", "2026-07-08", "2026-08-07", "成都天府食品有限公司", "已审核", "67,800.00", "30,000.00"],
    ["AR00000622", "2026-09-12", "2026-10-12", "成都天府食品有限公司", "已审核", "22,600.00", "0.00"],
    ["AR00000655", "2026-10-18", "2026-11-17", "成都天府食品有限公司", "未审核", "11,300.00", "0.00"],
    ["AR00000640", "2026-10-09", "2026-10-09", "成都天府食品有限公司", "已审核", "-2,260.00", "0.00"],
    ["AR00000598", "2026-08-16", "2026-09-15", "重庆山城机电设备有限公司", "已审核", "135,600.00", "135,600.00"],
    ["AR00000633", "2026-09-27", "2026-10-27", "重庆山城机电设备有限公司", "已审核", "45,200.00", "5,200.00"],
    ["AR00000661", "2026-10-28", "2026-11-27", "重庆山城机电设备有限公司", "创建", "9,040.00", "0.00"],
  ];
  const audited = lines.filter((l) => l[4] === "已审核");
  const docs: Doc[] = audited.map(([no, date, due, customer, , amount, settled]) => ({ customer, currency: "CNY", no, date, due, amount: m(amount), open: m(amount) - m(settled) }));
  return {
    file: "60-zh-kingdee-cloud-receivables-list.xlsx",
    shape: "金蝶云星空 应收单列表 (单据状态 已审核/未审核/创建, 价税合计, 已核销金额, 未核销金额, a 红字 应收单)",
    ...OCT,
    sheets: [{
      name: "应收单列表",
      rows: [
        ["单据编号", "业务日期", "到期日", "客户", "单据状态", "币别", "价税合计", "已核销金额", "未核销金额"],
        ...lines.map(([no, date, due, customer, status, amount, settled]) => [no, dt(date), dt(due), customer, status, "人民币", num(m(amount)), num(m(settled)), num(m(amount) - m(settled))]),
      ],
    }],
    expected: expectedRows(OCT.asOf, "open", docs),
    languages: Object.fromEntries(lines.map((l) => [l[3], "zh"])),
  };
}

// ---------------------------------------------------------------------------------------------
// 61. An Excel table (ListObject) with its Totals row switched on (`Total` and SUBTOTAL results),
//     an autofilter that hides one customer's rows (hidden is not deleted), customer numbers kept
//     as text with their leading zeros (`00123`, and `'00456` with the apostrophe pasted in as
//     text on one row), amounts `USD 1,234.00`, a credit memo `(150.00)` and a balance `150.00 CR`.
function tableWithTotals(): CorpusLedger {
  const lines: [string, string, string, Iso, Iso, string, string][] = [
    // customer no as typed, name, invoice, date, due, amount, balance
    ["00123", "Northwind Traders", "INV-5001", "2026-08-03", "2026-09-02", "USD 4,200.00", "USD 1,200.00"],
    ["00123", "Northwind Traders", "INV-5019", "2026-10-06", "2026-11-05", "USD 860.00", "USD 860.00"],
    ["00123", "Northwind Traders", "CM-0031", "2026-10-12", "2026-10-12", "(150.00)", "150.00 CR"],
    ["00456", "Litware Inc", "INV-5007", "2026-07-21", "2026-08-20", "USD 2,975.50", "USD 2,975.50"],
    ["'00456", "Litware Inc", "INV-5024", "2026-09-29", "2026-10-29", "USD 1,130.00", "USD 630.00"],
  ];
  const cents = (text: string) => {
    const t = text.replace(/^USD\s*/, "");
    if (t.startsWith("(")) return -m(t.slice(1, -1));
    if (t.endsWith(" CR")) return -m(t.slice(0, -3));
    return m(t);
  };
  const docs: Doc[] = lines.map(([, customer, no, date, due, amount, balance]) => ({ customer, currency: "USD", no, date, due, amount: cents(amount), open: cents(balance) }));
  const header = ["Cust No", "Customer", "Invoice", "Invoice Date", "Due Date", "Amount", "Balance"];
  return {
    file: "61-excel-table-totals-row-filtered.xlsx",
    shape: "Excel table with a Totals row, rows hidden by a filter, customer numbers 00123 / '00456 as text, USD 1,234.00, (150.00), 150.00 CR",
    ...OCT,
    sheets: [{
      name: "Open AR",
      rows: [
        ["Open receivables"], [],
        header,
        ...lines.map(([id, customer, no, date, due, amount, balance]) => [id, customer, no, dt(date), dt(due), amount, balance]),
      ],
      table: { name: "OpenAR", headerRow: 2, totals: ["Total", null, null, null, null, num(sum(docs.map((d) => d.amount))), num(sum(docs.map((d) => d.open!)))] },
      hiddenRows: [7, 8],
    }],
    expected: expectedRows(OCT.asOf, "open", docs),
  };
}

// ---------------------------------------------------------------------------------------------
// 62. Two tables side by side on one sheet: invoices in A:F and, after an empty column, the
//     payments received in H:K (Date / Customer / Amount / Invoice), each under its own title.
function sideBySide(): CorpusLedger {
  const invoices: [string, string, Iso, number, string][] = [
    // invoice, customer, date, terms, amount
    ["S-1001", "Fourth Coffee", "2026-07-06", 30, "3,600.00"],
    ["S-1007", "Fourth Coffee", "2026-09-11", 30, "1,450.00"],
    ["S-1012", "Fourth Coffee", "2026-10-13", 30, "980.00"],
    ["S-1004", "Tailspin Toys", "2026-08-18", 45, "7,250.00"],
    ["S-1010", "Tailspin Toys", "2026-10-01", 45, "2,100.00"],
  ];
  const payments: [Iso, string, string, string][] = [
    ["2026-08-04", "Fourth Coffee", "3,600.00", "S-1001"],
    ["2026-10-21", "Fourth Coffee", "450.00", "S-1007"],
    ["2026-10-02", "Tailspin Toys", "5,000.00", "S-1004"],
    ["2026-10-27", "Tailspin Toys", "300.00", ""],
  ];
  const rows: Cell[][] = [["Invoices", null, null, null, null, null, null, "Payments received"], []];
  rows.push(["Invoice No", "Customer", "Invoice Date", "Terms", "Amount", "Notes", null, "Payment Date", "Customer", "Payment Amount", "Invoice No"]);
  const height = Math.max(invoices.length, payments.length);
  for (let i = 0; i < height; i++) {
    const inv = invoices[i];
    const pay = payments[i];
    rows.push([
      ...(inv ? [inv[0], inv[1], dt(inv[2]), inv[3], num(m(inv[4])), null] : [null, null, null, null, null, null]),
      null,
      ...(pay ? [dt(pay[0]), pay[1], num(m(pay[2])), pay[3] || null] : []),
    ]);
  }
  const docs: Doc[] = invoices.map(([no, customer, date, terms, amount]) => ({ customer, currency: "USD", no, date, due: addDays(date, terms), amount: m(amount) }));
  const receipts: Receipt[] = payments.map(([date, customer, amount, no]) => ({ customer, currency: "USD", date, amount: m(amount), invoiceNo: no || undefined }));
  return {
    file: "62-two-tables-side-by-side.xlsx",
    shape: "invoices (A:F) and payments (H:K) side by side on one sheet, each under its own title",
    ...OCT,
    sheets: [{ name: "AR", rows }],
    expected: expectedRows(OCT.asOf, "allocate", docs, receipts),
  };
}

// ---------------------------------------------------------------------------------------------
// 63. A 台账 typed with a Chinese IME: invoice numbers and amounts in 全角 digits (`１２，３４５．６０`),
//     dates as `2026年10月5日`, `2026/10/5` and `２０２６－１０－０５`, a 红字 invoice as `-¥1,234.00`,
//     customers numbered `００８` (full width, leading zeros) and a 合计 row.
function imeTaizhang(): CorpusLedger {
  type Style = "zh" | "slash" | "full";
  const lines: [string, string, string, Iso, Style, string, string][] = [
    // customer no, customer, invoice, date, style, amount, received
    ["008", "无锡太湖纺织有限公司", "26004411", "2026-07-09", "zh", "12,345.60", "5,000.00"],
    ["008", "无锡太湖纺织有限公司", "26004479", "2026-09-17", "slash", "8,800.00", "0.00"],
    ["008", "无锡太湖纺织有限公司", "26004502", "2026-10-08", "full", "-1,234.00", "0.00"],
    ["015", "苏州园林建材有限公司", "26004455", "2026-08-21", "full", "36,000.00", "16,000.00"],
    ["015", "苏州园林建材有限公司", "26004520", "2026-10-26", "zh", "4,520.00", "0.00"],
  ];
  const dateText = (iso: Iso, style: Style) => {
    if (style === "zh") return zhDate(iso);
    const [y, mo, d] = parts(iso);
    return style === "slash" ? `${y}/${mo}/${d}` : fullWidth(`${y}-${pad(mo)}-${pad(d)}`);
  };
  const amountText = (text: string, i: number) => (text.startsWith("-") ? `-¥${text.slice(1)}` : i % 2 === 0 ? fullWidth(text) : `¥${text}`);
  const docs: Doc[] = lines.map(([, customer, no, date, , amount, received]) => ({ customer, currency: "CNY", no, date, due: addDays(date, 30), amount: m(amount), open: m(amount) - m(received) }));
  return {
    file: "63-zh-ime-fullwidth-taizhang.xlsx",
    shape: "台账 typed with a Chinese IME (全角 digits in numbers, amounts and dates, -¥1,234.00 红字, customer numbers ００８)",
    ...OCT,
    sheets: [{
      name: "应收台账",
      rows: [
        ["2026年应收账款台账"],
        ["客户编号", "客户名称", "发票号码", "开票日期", "应收金额", "已收金额", "未收金额"],
        ...lines.map(([id, customer, no, date, style, amount, received], i) => [
          fullWidth(id), customer, i % 2 === 0 ? fullWidth(no) : no, dateText(date, style), amountText(amount, i), amountText(received, i + 1), amountText(grouped(m(amount) - m(received)), i),
        ]),
        [null, "合计", null, null, num(sum(docs.map((d) => d.amount))), null, num(sum(docs.map((d) => d.open!)))],
      ],
    }],
    expected: expectedRows(OCT.asOf, "open", docs),
    languages: Object.fromEntries(lines.map((l) => [l[1], "zh"])),
  };
}

// ---------------------------------------------------------------------------------------------
// 64. A plant-hire firm's hand-kept ledger: its `Type` column holds its own one-letter codes,
//     S (sale), H (hire), R (repair), and they are not sides of a debit/credit ledger (H is no
//     Haben here): every row is an invoice. Two invoices only, with a `Days` column that is their
//     age on the day the file was saved (=TODAY()-Date): not their terms (the default 30 days apply).
function hireFirmTypeLetters(): CorpusLedger {
  const lines: [string, string, Iso, "S" | "H" | "R", string, string][] = [
    // customer, invoice, date, type, amount, paid
    ["Birch Groundworks", "PH-2207", "2026-08-10", "H", "1,840.00", "250.00"],
    ["Cedar Homes Ltd", "PH-2219", "2026-09-02", "S", "415.00", "0.00"],
  ];
  const saved = dayOf("2026-10-30"); // the day the Days formulas were last calculated
  const docs: Doc[] = lines.map(([customer, no, date, , amount, paid]) => ({ customer, currency: "GBP", no, date, due: addDays(date, 30), amount: m(amount), open: m(amount) - m(paid) }));
  return {
    file: "64-hire-firm-type-letters-days-age.xlsx",
    shape: "hand-kept ledger whose Type letters S/H/R are its own codes (H is no Haben), and a Days column of ages (=TODAY()-Date)",
    ...OCT,
    settings: { "ledger.defaultCurrency": "GBP" },
    sheets: [{
      name: "Ledger",
      rows: [
        ["Customer", "Invoice", "Date", "Type", "Amount", "Paid", "Balance", "Days"],
        ...lines.map(([customer, no, date, type, amount, paid], i) => [
          customer, no, dt(date), type, num(m(amount)), num(m(paid)),
          { formula: `E${i + 2}-F${i + 2}`, result: num(m(amount) - m(paid)) },
          { formula: `TODAY()-C${i + 2}`, result: saved - dayOf(date) },
        ]),
      ],
    }],
    expected: expectedRows(OCT.asOf, "open", docs),
  };
}

// ---------------------------------------------------------------------------------------------
// 65. A month's 台账 under its heading `2026年10月应收台账`: most dates typed in full (`2026/10/5`),
//     two as `10月12日` / `10月20日` (the year is in the heading only). Which year is a guess (a
//     December sheet runs into January), so those two rows are not read, and every output says
//     2 rows with their money were left out, naming the cell.
function yearlessDates(): CorpusLedger {
  const lines: [string, string, Iso, string, string, boolean][] = [
    // customer, invoice, date, amount, received, typed without its year
    ["合肥巢湖水产有限公司", "26007701", "2026-08-05", "18,600.00", "8,600.00", false],
    ["合肥巢湖水产有限公司", "26007766", "2026-10-12", "4,250.00", "0.00", true],
    ["芜湖江城汽配有限公司", "26007718", "2026-09-09", "9,900.00", "0.00", false],
    ["芜湖江城汽配有限公司", "26007790", "2026-10-20", "3,660.00", "0.00", true],
    ["芜湖江城汽配有限公司", "26007745", "2026-10-02", "1,280.00", "280.00", false],
  ];
  const [, mo, d] = parts("2026-10-12");
  const typed = (iso: Iso, yearless: boolean) => { const [y, mm, dd] = parts(iso); return yearless ? `${mm}月${dd}日` : `${y}/${mm}/${dd}`; };
  const read = lines.filter((l) => !l[5]);
  const unread = lines.filter((l) => l[5]);
  const docs: Doc[] = read.map(([customer, no, date, amount, received]) => ({ customer, currency: "CNY", no, date, due: addDays(date, 30), amount: m(amount), open: m(amount) - m(received) }));
  return {
    file: "65-zh-taizhang-yearless-dates.xlsx",
    shape: "台账 under a 2026年10月 heading with two dates typed without the year (10月12日): refused, counted as not read",
    ...OCT,
    sheets: [{
      name: "10月",
      rows: [
        ["2026年10月应收台账"],
        ["日期", "客户名称", "发票号码", "金额", "已收金额", "未收金额"],
        ...lines.map(([customer, no, date, amount, received, yearless]): Cell[] => [typed(date, yearless), customer, no, num(m(amount)), num(m(received)), num(m(amount) - m(received))]),
      ],
    }],
    expected: expectedRows(OCT.asOf, "open", docs),
    languages: Object.fromEntries(lines.map((l) => [l[0], "zh"])),
    unread: { rows: unread.length, amount: grouped(sum(unread.map((l) => m(l[3])))), value: `${mo}月${d}日` },
  };
}

// ---------------------------------------------------------------------------------------------
// 66. A Hong Kong 應收賬款 list: 客戶編號 / 客戶名稱 / 發票編號 / 發票日期 / 到期日 (dd/mm/yyyy, `23/09/2026`
//     decides) / 金額 / 結欠 (what is still owed; no paid column) with `HK$` amounts, one customer with
//     an English name, a 總計 row.
function hongKong(): CorpusLedger {
  const lines: [string, string, string, Iso, Iso, string, string][] = [
    // id, customer, invoice, date, due, amount, paid
    ["C0031", "九龍灣物流有限公司", "INV26-0412", "2026-07-23", "2026-08-22", "38,500.00", "18,500.00"],
    ["C0031", "九龍灣物流有限公司", "INV26-0466", "2026-09-23", "2026-10-23", "12,800.00", "0.00"],
    ["C0047", "Harbour View Trading Ltd", "INV26-0439", "2026-08-14", "2026-09-13", "6,420.00", "0.00"],
    ["C0047", "Harbour View Trading Ltd", "INV26-0481", "2026-10-19", "2026-11-18", "2,150.50", "1,000.00"],
  ];
  const hkd = (cents: number) => `HK$${grouped(cents)}`;
  const docs: Doc[] = lines.map(([, customer, no, date, due, amount, paid]) => ({ customer, currency: "HKD", no, date, due, amount: m(amount), open: m(amount) - m(paid) }));
  return {
    file: "66-zh-hk-receivables-hkd.xlsx",
    shape: "Hong Kong 應收賬款 (客戶編號, 發票編號, dd/mm/yyyy, 金額 and 結欠 in HK$, 總計)",
    ...OCT,
    sheets: [{
      name: "應收賬款",
      rows: [
        ["應收賬款一覽表", null, null, null, null, null, "截至 31/10/2026"],
        ["客戶編號", "客戶名稱", "發票編號", "發票日期", "到期日", "金額", "結欠"],
        ...lines.map(([id, customer, no, date, due, amount, paid]) => [id, customer, no, dmySlash(date), dmySlash(due), hkd(m(amount)), hkd(m(amount) - m(paid))]),
        [null, "總計", null, null, null, hkd(sum(docs.map((d) => d.amount))), hkd(sum(docs.map((d) => d.open!)))],
      ],
    }],
    expected: expectedRows(OCT.asOf, "open", docs),
    languages: { 九龍灣物流有限公司: "zh", "Harbour View Trading Ltd": "zh" }, // Chinese headers: the workbook's language
  };
}

// ---------------------------------------------------------------------------------------------
// 67. Sage Intacct "AR Aging" in detail: Customer ID, Customer name, Invoice no., Date and Due date
//     (m/d/yyyy), Days past due, the open amount spread over Current … Over 90 days, and `Total due`
//     (the open amount: the only money column that names the invoice's whole figure), a `Total` row.
function intacctAgingDetail(): CorpusLedger {
  const lines: [string, string, string, Iso, Iso, string][] = [
    // id, name, invoice, date, due, total due
    ["C-100", "Acme Corp", "INV-1001", "2026-08-15", "2026-09-14", "1,200.00"],
    ["C-100", "Acme Corp", "INV-1019", "2026-10-20", "2026-11-19", "300.00"],
    ["C-100", "Acme Corp", "INV-0977", "2026-06-02", "2026-07-02", "845.25"],
    ["C-200", "Beta LLC", "INV-1007", "2026-09-25", "2026-10-25", "450.50"],
  ];
  const docs: Doc[] = lines.map(([, customer, no, date, due, open]) => ({ customer, currency: "USD", no, date, due, amount: m(open), open: m(open) }));
  const late = (due: Iso) => dayOf(OCT.asOf) - dayOf(due);
  /** Intacct's bucket by days past due: Current (≤ 0), 1-30, 31-60, 61-90, Over 90. */
  const bucket = (due: Iso) => { const d = late(due); return d <= 0 ? 0 : d <= 30 ? 1 : d <= 60 ? 2 : d <= 90 ? 3 : 4; };
  const totals = [0, 0, 0, 0, 0];
  for (const [, , , , due, open] of lines) totals[bucket(due)] += m(open);
  return {
    file: "67-sage-intacct-aging-detail.xlsx",
    shape: "Sage Intacct AR Aging detail (Invoice no., m/d/yyyy, Days past due, bucket columns, Total due as the open amount, Total row)",
    ...OCT,
    sheets: [{
      name: "AR Aging",
      rows: [
        ["AR Aging Report"], ["As of 10/31/2026"], [],
        ["Customer ID", "Customer name", "Invoice no.", "Date", "Due date", "Days past due", "Current", "1-30 days", "31-60 days", "61-90 days", "Over 90 days", "Total due"],
        ...lines.map(([id, customer, no, date, due, open]): Cell[] => {
          const spread: Cell[] = [null, null, null, null, null];
          spread[bucket(due)] = num(m(open));
          return [id, customer, no, usDate(date), usDate(due), Math.max(0, late(due)) || null, ...spread, num(m(open))];
        }),
        ["Total", null, null, null, null, null, ...totals.map(num), num(sum(docs.map((d) => d.open!)))],
      ],
    }],
    expected: expectedRows(OCT.asOf, "open", docs),
  };
}

export const FOURTH_PASS: readonly CorpusLedger[] = [
  taiwanRoc(), spanish(), italian(), dutch(), brazilian(), quickbooksDesktop(), xeroInvoicesExport(), kingdeeCloud(), tableWithTotals(), sideBySide(),
  imeTaizhang(), hireFirmTypeLetters(), yearlessDates(), hongKong(), intacctAgingDetail(),
];
