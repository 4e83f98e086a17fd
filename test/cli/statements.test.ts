/**
 * `ar-desk statements` (and `check` on a clean ledger) run as a user would, in a child process,
 * on ledgers built in code; outputs read back with ExcelJS.
 */
import { mkdirSync } from "node:fs";
import * as path from "node:path";
import type ExcelJS from "exceljs";
import { generateLedger } from "../../src/sample";
import { writeLedgerXlsx } from "../../src/sample/writeXlsx";
import { readWorkbookFile } from "../../src/workbook/xlsx/node";
import { openSession } from "../../src/flows/session";
import { statementsJob } from "../../src/flows/statements";
import { localToday, statementPeriod } from "../../src/flows/period";
import type { Statement } from "../../src/core/statements";
import { tinyLedger, writeLedger } from "./_lib/ledgerFixture";
import { assertBuilt, bytes, cellsOf, cents, cli, internalLinks, readXlsx, tableRows, tempDir, type CliResult } from "./_lib/runCli";

const NON_STATEMENT = new Set(["Index", "Data issues"]);

let dir: string;
let tiny: string;
let tinyBytes: Buffer;
let generated: string;
let generatedBytes: Buffer;
const runs: Record<string, CliResult> = {};

/** The engine's statements for the same file, computed in-process. */
async function engineStatements(file: string, options: { month?: string; asOf?: string }, type?: "open-item" | "balance-forward"): Promise<Statement[]> {
  const content = await readWorkbookFile(file);
  const session = openSession(content.blocks, { generatedSheets: new Set(content.generatedSheets) });
  return statementsJob(session, statementPeriod(options, localToday()), type ? { type } : {}).statements;
}

/** Sheets of the statements workbook on which each string value occurs. */
function sheetsContaining(wb: ExcelJS.Workbook): Map<string, Set<string>> {
  const where = new Map<string, Set<string>>();
  for (const ws of wb.worksheets) {
    if (NON_STATEMENT.has(ws.name)) continue;
    for (const cell of cellsOf(ws)) {
      if (typeof cell.value !== "string") continue;
      const set = where.get(cell.value) ?? new Set<string>();
      set.add(ws.name);
      where.set(cell.value, set);
    }
  }
  return where;
}

const BUCKETS = ["Current", "1-30", "31-60", "61-90", "90+"];

beforeAll(async () => {
  assertBuilt();
  dir = tempDir("statements");
  mkdirSync(path.join(dir, "books"));
  tiny = path.join(dir, "books", "ledger.xlsx");
  await writeLedger(tiny, tinyLedger());
  tinyBytes = bytes(tiny);
  generated = path.join(dir, "books", "generated.xlsx");
  await writeLedgerXlsx(generated, generateLedger({ customers: 40, invoicesPerCustomer: 6, asOf: "2026-10-31", seed: 7 }), { asTables: true, streaming: false });
  generatedBytes = bytes(generated);
  // cwd is the temp dir, the ledger is in books/: the default output goes beside the ledger.
  runs.default = cli(["statements", "books/ledger.xlsx", "--month", "2026-10"], dir);
  runs.openItem = cli(["statements", "books/ledger.xlsx", "--month", "2026-10", "--type", "open-item", "--out", "open-item.xlsx"], dir);
  runs.asOf = cli(["statements", "books/ledger.xlsx", "--as-of", "2026-10-15", "--out", "as-of.xlsx"], dir);
  runs.check = cli(["check", "books/ledger.xlsx"], dir);
  runs.genBf = cli(["statements", generated, "--month", "2026-10", "--out", "gen-bf.xlsx"], dir);
  runs.genOi = cli(["statements", generated, "--month", "2026-10", "--type", "open-item", "--out", "gen-oi.xlsx"], dir);
  // A month before every invoice (a mistyped year): the note asks about the option that was typed.
  runs.early = cli(["statements", "books/ledger.xlsx", "--month", "2020-01", "--out", "early.xlsx"], dir);
});

test("a month before every invoice: 0 statements, and the note asks whether --month is right", () => {
  expect(runs.early.stdout).toContain("0 statements for 2020-01 (as of 2020-01-31)");
  expect(runs.early.stdout).toContain("Nothing is owed as of 2020-01-31: every invoice is dated later (the first on 2026-08-01). Is --month right?");
});

test("every run exits 0 and says where it wrote", () => {
  for (const [name, run] of Object.entries(runs)) {
    expect({ name, code: run.code, stderr: run.stderr }).toEqual({ name, code: 0, stderr: "" });
  }
  expect(runs.default.stdout).toContain("3 statements for 2026-10 (as of 2026-10-31)");
  expect(runs.default.stdout).toContain("USD: 2 statements, total due USD 1,550.00, overdue USD 1,300.00");
  expect(runs.default.stdout).toContain("CNY: 1 statement, total due CNY 7,000.00, overdue CNY 5,000.00");
});

test("the input files are byte-for-byte unchanged after every command", () => {
  expect(bytes(tiny).equals(tinyBytes)).toBe(true);
  expect(bytes(generated).equals(generatedBytes)).toBe(true);
});

test("default output is <ledger>-statements-<YYYY-MM>.xlsx beside the ledger, not in the cwd", async () => {
  const out = path.join(dir, "books", "ledger-statements-2026-10.xlsx");
  expect(runs.default.stdout).toContain(out);
  const wb = await readXlsx(out);
  expect(wb.worksheets.map((ws) => ws.name)).toEqual(["Index", "C001 Acme Ltd", "C002 北京华夏贸易有限公司", "C003 Beta LLC"]);
});

test("balance-forward Index figures equal the hand-computed ones", async () => {
  const wb = await readXlsx(path.join(dir, "books", "ledger-statements-2026-10.xlsx"));
  const rows = tableRows(wb, "Index", "StatementIndex");
  const pick = (r: Record<string, unknown>) => [r.CustomerID, r.Currency, ...["Opening", "Invoiced", "Paid", "Credits", "Closing", ...BUCKETS, "Overdue"].map((k) => cents(r[k])), r.Stage, r.Sheet];
  expect(rows.map(pick)).toEqual([
    ["C001", "USD", 150000, 25000, 20000, 0, 155000, 25000, 50000, 0, 80000, 0, 130000, "Collections", "C001 Acme Ltd"],
    ["C002", "CNY", 800000, 200000, 300000, 0, 700000, 200000, 500000, 0, 0, 0, 500000, "Final notice", "C002 北京华夏贸易有限公司"],
    ["C003", "USD", 30000, 0, 30000, 0, 0, 0, 0, 0, 0, 0, 0, "None", "C003 Beta LLC"],
  ]);
  expect(Object.keys(rows[0])).toEqual(["CustomerID", "Customer", "Currency", "Opening", "Invoiced", "Paid", "Credits", "Closing", ...BUCKETS, "Overdue", "Stage", "Sheet"]);
  // The Sheet column links to each statement's sheet.
  const links = internalLinks(path.join(dir, "books", "ledger-statements-2026-10.xlsx"));
  for (const row of rows) expect(links).toContain(`'${row.Sheet}'!A1`);
});

test("--as-of 2026-10-15: period from the 1st, figures as of that day", async () => {
  expect(runs.asOf.stdout).toContain("for 2026-10 (as of 2026-10-15)");
  const rows = tableRows(await readXlsx(path.join(dir, "as-of.xlsx")), "Index", "StatementIndex");
  const pick = (r: Record<string, unknown>) => [r.CustomerID, ...["Opening", "Invoiced", "Paid", "Closing", ...BUCKETS, "Overdue"].map((k) => cents(r[k]))];
  expect(rows.map(pick)).toEqual([
    // INV-1001: 800 open, 45 days → 31-60; INV-1002 due today → Current; INV-1003 not yet issued.
    ["C001", 150000, 0, 20000, 130000, 50000, 0, 80000, 0, 0, 80000],
    // INV-2001 14 days → 1-30, INV-2002 Current; the payment of 10-20 is after the as-of.
    ["C002", 800000, 200000, 0, 1000000, 200000, 800000, 0, 0, 0, 800000],
    ["C003", 30000, 0, 30000, 0, 0, 0, 0, 0, 0, 0],
  ]);
});

test("--type open-item lists every open invoice on exactly one statement sheet", async () => {
  const wb = await readXlsx(path.join(dir, "open-item.xlsx"));
  const where = sheetsContaining(wb);
  const open = { "INV-1001": "C001 Acme Ltd", "INV-1002": "C001 Acme Ltd", "INV-1003": "C001 Acme Ltd", "INV-2001": "C002 北京华夏贸易有限公司", "INV-2002": "C002 北京华夏贸易有限公司" };
  for (const [invoiceNo, sheet] of Object.entries(open)) expect([invoiceNo, [...(where.get(invoiceNo) ?? [])]]).toEqual([invoiceNo, [sheet]]);
  expect(where.has("INV-3001")).toBe(false); // paid in full
  const rows = tableRows(wb, "Index", "StatementIndex");
  expect(rows.map((r) => [r.CustomerID, cents(r.Closing), cents(r.Overdue)])).toEqual(expect.arrayContaining([["C001", 155000, 130000], ["C002", 700000, 500000]]));
});

describe("a generated 40-customer ledger", () => {
  test("Index totals equal the engine's, and aging buckets add up to Closing on every row", async () => {
    for (const [file, type] of [["gen-bf.xlsx", undefined], ["gen-oi.xlsx", "open-item"]] as const) {
      const expected = await engineStatements(generated, { month: "2026-10" }, type);
      const rows = tableRows(await readXlsx(path.join(dir, file)), "Index", "StatementIndex");
      expect(rows).toHaveLength(expected.length);
      expect(rows.length).toBeGreaterThan(10);
      const labels = expected[0].aging.labels;
      rows.forEach((row, i) => {
        const s = expected[i];
        expect([row.CustomerID, row.Currency, cents(row.Closing), cents(row.Overdue), row.Stage]).toEqual([s.customer.id, s.currency, s.totalDue, s.overdue, s.stage]);
        expect(labels.map((l) => cents(row[l]))).toEqual([...s.aging.amounts]);
        // Unapplied credit is netted in the first bucket, so the buckets add up to Closing.
        expect(labels.reduce((sum, l) => sum + cents(row[l]), 0)).toBe(cents(row.Closing));
        if (s.totals) expect(["Opening", "Invoiced", "Paid", "Credits"].map((k) => cents(row[k]))).toEqual([s.totals.opening, s.totals.invoiced, s.totals.paid, s.totals.credits]);
      });
      // Per-currency totals printed on the terminal equal the engine's.
      const run = file === "gen-bf.xlsx" ? runs.genBf : runs.genOi;
      expect(run.stdout).toContain(`${expected.length} statements for 2026-10`);
    }
  });

  test("open-item: each of the engine's open invoices is on exactly one statement sheet, its customer's", async () => {
    const expected = await engineStatements(generated, { month: "2026-10" }, "open-item");
    const wb = await readXlsx(path.join(dir, "gen-oi.xlsx"));
    const index = tableRows(wb, "Index", "StatementIndex");
    const where = sheetsContaining(wb);
    let count = 0;
    expected.forEach((s, i) => {
      expect(s.openItems.reduce((sum, line) => sum + line.open, 0) - s.unapplied).toBe(s.totalDue);
      for (const line of s.openItems) {
        count++;
        expect([line.invoiceNo, [...(where.get(line.invoiceNo) ?? [])]]).toEqual([line.invoiceNo, [index[i].Sheet]]);
      }
    });
    expect(count).toBeGreaterThan(20);
    expect(new Set(wb.worksheets.map((ws) => ws.name)).size).toBe(wb.worksheets.length);
    for (const ws of wb.worksheets) expect(ws.name.length).toBeLessThanOrEqual(31);
  });
});

test("check on a clean ledger exits 0 and prints what it detected", () => {
  expect(runs.check.code).toBe(0);
  expect(runs.check.stdout).toContain("customers: table Customers on sheet Customers");
  expect(runs.check.stdout).toContain("invoices: table Invoices on sheet Invoices");
  expect(runs.check.stdout).toContain("payments: table Payments on sheet Payments");
  expect(runs.check.stdout).toContain("3 customers, 6 invoices, 3 payments read.");
  expect(runs.check.stdout).toContain("No data issues.");
});
