/**
 * An invoice dated more than a year after today (2099 for 2026) is counted on every output that
 * counts the ledger's issues, as `check` lists it: the issues line of `statements`, `report` and
 * `reminders`, and a row of the statements' Data issues sheet.
 */
import * as path from "node:path";
import { d, tinyLedger, writeLedger } from "./_lib/ledgerFixture";
import { assertBuilt, cellsOf, cli, readXlsx, tempDir, type CliResult } from "./_lib/runCli";

let dir: string;
const runs: Record<string, CliResult> = {};

/** The "N data errors … and N warnings" line of a run, as [errors, warnings]. */
function counted(run: CliResult): [number, number] {
  const m = /(\d+) data errors? \(rows not used\) and (\d+) warnings?/.exec(run.stdout);
  if (!m) throw new Error(`no issues line in:\n${run.stdout}`);
  return [Number(m[1]), Number(m[2])];
}

beforeAll(async () => {
  assertBuilt();
  dir = tempDir("far-ahead");
  await writeLedger(path.join(dir, "clean.xlsx"), tinyLedger());
  await writeLedger(path.join(dir, "ledger.xlsx"), tinyLedger({ invoices: [["INV-9001", "C001", d("2099-10-05"), d("2099-11-04"), 70]] }));
  runs.cleanReport = cli(["report", "clean.xlsx", "--as-of", "2026-10-31"], dir);
  runs.check = cli(["check", "ledger.xlsx"], dir);
  runs.statements = cli(["statements", "ledger.xlsx", "--month", "2026-10"], dir);
  runs.report = cli(["report", "ledger.xlsx", "--as-of", "2026-10-31"], dir);
  runs.reminders = cli(["reminders", "ledger.xlsx", "--as-of", "2026-10-31"], dir);
});

test("check names the invoice dated 2099; the same ledger without it has no warning", () => {
  expect(runs.cleanReport.stdout).toContain("No data issues");
  expect(runs.check.stdout).toContain('Invoices row 8, InvoiceDate "2099-10-05": InvoiceDate 2099-10-05 is more than a year after today');
  expect(counted(runs.check)).toEqual([0, 1]);
});

test("statements, report and reminders count it on their issues line, as check does", () => {
  for (const name of ["statements", "report", "reminders"]) expect([name, runs[name].code, counted(runs[name])]).toEqual([name, 0, [0, 1]]);
  expect(runs.statements.stdout).toContain("see the 'Data issues' sheet");
});

test("the statements' Data issues sheet lists it by its cell", async () => {
  const wb = await readXlsx(path.join(dir, "ledger-statements-2026-10.xlsx"));
  const sheet = wb.getWorksheet("Data issues");
  expect(sheet).toBeDefined();
  const texts = cellsOf(sheet!).map((c) => String(c.text));
  expect(texts).toContain("2099-10-05");
  expect(texts.some((t) => t.startsWith("InvoiceDate 2099-10-05 is more than a year after today"))).toBe(true);
});
