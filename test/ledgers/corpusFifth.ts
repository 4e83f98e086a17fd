/**
 * A fifth new user's pass: a Dynamics GP "Historical Aged Trial Balance" (two header rows,
 * `Customer ID: …  Name: …` lines over each block, SLS / RTN / PMT documents, `<name> Totals:`
 * and `Grand Totals:` lines), and a 台账 whose 合计 does not add up to its rows. Same rules as
 * ./corpus.ts: each is written from its facts, the facts feed the independent calculator
 * (_lib/expectedAging.ts), nothing here imports src.
 */
import type { CorpusLedger } from "./corpus";
import { addDays, cents as m, dayOf, expectedRows, type Doc, type Iso } from "./_lib/expectedAging";
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

export const FIFTH_PASS: readonly CorpusLedger[] = [dynamicsGpHatb(), taizhangTotalMissesRow()];
