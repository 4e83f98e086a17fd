/**
 * Acceptance test of issue 8: every ledger of the corpus (./corpus.ts) goes through the built CLI
 * as a clerk would run it, `ar-desk report <file> --as-of … --out summary.xlsx`, and the AR
 * Summary must show, per customer and currency, the buckets, balance and amount overdue that the
 * independent calculator (./_lib/expectedAging.ts, no src) worked out from the ledger's facts.
 * Also: the exit codes, `check` (nothing but info on a clean ledger = exit 0), Chinese customers'
 * statements in Chinese, and a row with money that cannot be read is never silently dropped.
 *
 * Needs `npm run build:cli` first (the CLI runs from build/).
 */
import * as path from "node:path";
import type ExcelJS from "exceljs";
import { CORPUS, type CorpusLedger } from "./corpus";
import { writeCorpus } from "./writeCorpus";
import { byCustomer, summaryRows } from "./_lib/arSummary";
import { assertBuilt, cellsOf, cliAll, plain, readXlsx, tableRows, tempDir, type CliResult } from "../cli/_lib/runCli";

let dir: string;
const report = new Map<string, CliResult>();
const check = new Map<string, CliResult>();
const statements = new Map<string, CliResult>();

const summaryFile = (ledger: CorpusLedger) => `summary-${ledger.file}`;
const statementsFile = (ledger: CorpusLedger) => `statements-${ledger.file}`;
const hasLanguages = (ledger: CorpusLedger) => ledger.languages !== undefined && Object.keys(ledger.languages).length > 0;

beforeAll(async () => {
  assertBuilt();
  dir = tempDir("corpus");
  await writeCorpus(dir);
  const lines: string[][] = [];
  const slots: [Map<string, CliResult>, string][] = [];
  for (const ledger of CORPUS) {
    lines.push(["report", ledger.file, "--as-of", ledger.asOf, "--out", summaryFile(ledger)]);
    slots.push([report, ledger.file]);
    lines.push(["check", ledger.file]);
    slots.push([check, ledger.file]);
    if (hasLanguages(ledger)) {
      lines.push(["statements", ledger.file, "--month", ledger.month, "--out", statementsFile(ledger)]);
      slots.push([statements, ledger.file]);
    }
  }
  const results = await cliAll(lines, dir, 2);
  results.forEach((result, i) => slots[i][0].set(slots[i][1], result));
}, 300_000);

const out = (r: CliResult | undefined) => `${r?.stdout ?? ""}\n${r?.stderr ?? ""}`;
/** `exit N` then the output, so that a failing exit code shows what the CLI said. */
const exitAndOutput = (r: CliResult | undefined) => `exit ${r?.code}\n${out(r)}`;

/** Every text of a worksheet, joined: what a reader of the sheet sees. */
function sheetText(ws: ExcelJS.Worksheet): string {
  return cellsOf(ws).map((c) => String(plain(c.value) ?? "")).join("\n");
}

describe.each(CORPUS.map((ledger) => [ledger.file, ledger] as const))("%s", (_file, ledger) => {
  const clean = ledger.unread === undefined;

  test(`report reads it (${ledger.shape}) and exits ${clean ? "0" : "non-zero: money was not read"}`, () => {
    const result = report.get(ledger.file)!;
    if (clean) expect(exitAndOutput(result)).toMatch(/^exit 0\n/);
    else expect(exitAndOutput(result)).toMatch(/^exit [1-9]\d*\n/);
  });

  test("the AR Summary shows each customer's buckets, balance and amount overdue as worked out independently", async () => {
    const wb = await readXlsx(path.join(dir, summaryFile(ledger)));
    expect(summaryRows(wb).sort(byCustomer)).toEqual([...ledger.expected].sort(byCustomer));
  });

  if (clean) {
    test("check finds nothing but info on it and exits 0", () => {
      expect(exitAndOutput(check.get(ledger.file))).toMatch(/^exit 0\n/);
    });
  } else {
    test("nothing is silently dropped: report, its AR Summary and check say how many rows with how much were not read", async () => {
      const { rows, amount } = ledger.unread!;
      const said = new RegExp(`\\b${rows}\\b[^\\n]*${amount.replace(/[.,]/g, "\\$&")}|${amount.replace(/[.,]/g, "\\$&")}[^\\n]*\\b${rows}\\b`);
      expect(out(report.get(ledger.file))).toMatch(said);
      const wb = await readXlsx(path.join(dir, summaryFile(ledger)));
      expect(sheetText(wb.getWorksheet("AR Summary")!)).toMatch(said);
      expect(exitAndOutput(check.get(ledger.file))).toMatch(/^exit [1-9]\d*\n/);
      expect(out(check.get(ledger.file))).toContain(ledger.unread!.value);
    });
  }

  if (ledger.checkSays !== undefined) {
    test("check says what a clerk must hear of it", () => {
      const said = out(check.get(ledger.file));
      for (const text of ledger.checkSays!) expect(said).toContain(text);
    });
  }
  if (ledger.checkSaysNot !== undefined) {
    test("check gives no false warning of it", () => {
      const said = out(check.get(ledger.file));
      for (const text of ledger.checkSaysNot!) expect(said).not.toContain(text);
    });
  }

  if (hasLanguages(ledger)) {
    test("each customer's statement is in the customer's language (Chinese names → 对账单)", async () => {
      // Statements are written either way; money not read still makes the exit code say so.
      expect(exitAndOutput(statements.get(ledger.file))).toMatch(clean ? /^exit 0\n/ : /^exit [1-9]\d*\n/);
      const wb = await readXlsx(path.join(dir, statementsFile(ledger)));
      // Statement sheets only: the Index and the Data issues sheet (which may name customers) are none.
      const texts = wb.worksheets.filter((ws) => ws.name !== "Index" && ws.name !== "Data issues").map(sheetText);
      const seen = Object.entries(ledger.languages!).map(([customer]) => {
        const own = texts.filter((t) => t.includes(customer));
        const chinese = own.length > 0 && own.every((t) => t.includes("对账单"));
        const english = own.length > 0 && own.every((t) => t.includes("Statement of account") && !t.includes("对账单"));
        return [customer, own.length > 0 ? (chinese ? "zh" : english ? "en" : "mixed") : "no statement"];
      });
      expect(seen).toEqual(Object.entries(ledger.languages!));
    });
  }

  if (ledger.keyedByName) {
    test("customers keyed by name: the AR Summary's CustomerID column is blank, the names under Customer", async () => {
      const rows = tableRows(await readXlsx(path.join(dir, summaryFile(ledger))), "AR Summary", "ARSummary").filter((r) => r.Customer !== null && r.Customer !== undefined && r.Customer !== "");
      expect(rows.length).toBeGreaterThan(0);
      expect(rows.filter((r) => r.CustomerID !== null && r.CustomerID !== undefined && r.CustomerID !== "").map((r) => [r.CustomerID, r.Customer])).toEqual([]);
    });
  }

  if (ledger.customerIds !== undefined) {
    test("each customer is keyed by the ID the ledger gives: the AR Summary's CustomerID, and the statement's Customer ID line", async () => {
      const rows = tableRows(await readXlsx(path.join(dir, summaryFile(ledger))), "AR Summary", "ARSummary").filter((r) => r.Customer !== null && r.Customer !== undefined && r.Customer !== "");
      expect(Object.fromEntries(rows.map((r) => [String(r.Customer), String(r.CustomerID ?? "")]))).toEqual(ledger.customerIds);
      if (!hasLanguages(ledger)) return;
      const wb = await readXlsx(path.join(dir, statementsFile(ledger)));
      for (const [name, id] of Object.entries(ledger.customerIds!)) {
        const own = wb.worksheets.filter((ws) => ws.name !== "Index" && ws.name !== "Data issues").map(sheetText).filter((t) => t.includes(name));
        expect([name, own.length > 0 && own.every((t) => /Customer ID|客户编号/.test(t) && t.split("\n").includes(id))]).toEqual([name, true]);
      }
    });
  }

  if (hasLanguages(ledger) && ledger.keyedByName) {
    test("customers keyed by name: no 客户编号 / Customer ID line, and no statement number repeats the name", async () => {
      const wb = await readXlsx(path.join(dir, statementsFile(ledger)));
      const customers = Object.keys(ledger.languages!);
      const sheets = wb.worksheets.filter((w) => customers.some((c) => c.startsWith(w.name)));
      expect(sheets.length).toBe(customers.length);
      for (const ws of sheets) {
        const texts = cellsOf(ws).map((c) => String(plain(c.value) ?? ""));
        expect([ws.name, texts.filter((t) => t === "客户编号" || t === "Customer ID")]).toEqual([ws.name, []]);
        const numbers = texts.filter((t) => /^ST-/.test(t));
        expect(numbers.length).toBeGreaterThan(0);
        for (const customer of customers) expect(numbers.filter((n) => n.includes(customer))).toEqual([]);
      }
    });
  }
});

test("the corpus holds at least 12 ledgers, each with expected figures for every customer it names", () => {
  expect(CORPUS.length).toBeGreaterThanOrEqual(12);
  for (const ledger of CORPUS) expect([ledger.file, ledger.expected.length > 0]).toEqual([ledger.file, true]);
});
