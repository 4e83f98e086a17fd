/**
 * A fifth new user's pass: a Dynamics GP "Historical Aged Trial Balance" (two header rows,
 * `Customer ID: …  Name: …` lines over each block, SLS / RTN / PMT documents, `<name> Totals:`
 * and `Grand Totals:` lines), and a 台账 whose 合计 does not add up to its rows. Same rules as
 * ./corpus.ts: each is written from its facts, the facts feed the independent calculator
 * (_lib/expectedAging.ts), nothing here imports src.
 */
import type { CorpusLedger } from "./corpus";
import { addDays, cents as m, dayOf, expectedRows, type Doc, type Iso } from "./_lib/expectedAging";
import { type Cell, num, usDate } from "./_lib/sheets";

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

export const FIFTH_PASS: readonly CorpusLedger[] = [dynamicsGpHatb()];
