/**
 * DESIGN §8: text stays text. Customer names that look like formulas are written as strings in
 * every generated workbook, and an email address with CR/LF cannot add a header to a draft.
 */
import { readdirSync, readFileSync } from "node:fs";
import * as path from "node:path";
import ExcelJS from "exceljs";
import { simpleParser } from "mailparser";
import { d, EN_CUSTOMER_HEADERS, EN_INVOICE_HEADERS, writeLedger, type Cell } from "./_lib/ledgerFixture";
import { assertBuilt, bytes, cellsOf, cli, plain, readXlsx, tableRows, tempDir, type CliResult } from "./_lib/runCli";

const NASTY = ['=HYPERLINK("http://x","y")', "+SUM(1)", "-2+3", "@SUM(1)", "=cmd|' /C calc'!A0"];
const HTML_NAME = '<b>Bold</b> & "Co"';
const CRLF_EMAIL = "a@b.com\r\nBcc: x@y.com";

const customers: Cell[][] = [
  ...NASTY.map((name, i) => [`C10${i}`, name, `c10${i}@x.example`, 1000, "USD", "en"]),
  ["C200", HTML_NAME, "c200@x.example", null, "USD", "en"],
  ["C300", "Evil Mail Inc", CRLF_EMAIL, null, "USD", "en"],
];
const invoices: Cell[][] = customers.map((c, i) => [`INV-${c[0]}`, c[0], d("2026-09-01"), d("2026-10-01"), 100 + i]);

let dir: string;
let ledger: string;
let ledgerBytes: Buffer;
const runs: Record<string, CliResult> = {};
const outputs = ["statements.xlsx", "rem/reminders.xlsx", "report.xlsx"];

/** Every `<f>` formula in every worksheet of an .xlsx, as raw XML text. */
function formulasIn(file: string): string[] {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { unzipSync, strFromU8 } = require("fflate") as typeof import("fflate");
  const parts = unzipSync(new Uint8Array(readFileSync(file)));
  return Object.entries(parts)
    .filter(([name]) => /^xl\/worksheets\/[^/]+\.xml$/.test(name))
    .flatMap(([, data]) => [...strFromU8(data).matchAll(/<f\b[^>]*>([^<]*)<\/f>|<f\b[^>]*\/>/g)].map((m) => m[1] ?? ""));
}

/** The cells of a workbook whose text equals `text`. */
function cellsWithText(wb: ExcelJS.Workbook, text: string): { sheet: string; cell: ExcelJS.Cell }[] {
  // A merged range's other cells read as its master: check the master once.
  return wb.worksheets.flatMap((ws) => cellsOf(ws).filter((c) => c.type !== ExcelJS.ValueType.Merge && plain(c.value) === text).map((cell) => ({ sheet: ws.name, cell })));
}

beforeAll(async () => {
  assertBuilt();
  dir = tempDir("injection");
  ledger = path.join(dir, "ledger.xlsx");
  await writeLedger(ledger, {
    blocks: [
      { sheet: "Customers", table: "Customers", headers: EN_CUSTOMER_HEADERS, rows: customers },
      { sheet: "Invoices", table: "Invoices", headers: EN_INVOICE_HEADERS, rows: invoices },
    ],
  });
  ledgerBytes = bytes(ledger);
  runs.statements = cli(["statements", "ledger.xlsx", "--month", "2026-10", "--out", "statements.xlsx"], dir);
  runs.reminders = cli(["reminders", "ledger.xlsx", "--as-of", "2026-10-31", "--out-dir", "rem"], dir);
  runs.report = cli(["report", "ledger.xlsx", "--as-of", "2026-10-31", "--out", "report.xlsx"], dir);
  runs.reportText = cli(["report", "ledger.xlsx", "--as-of", "2026-10-31"], dir);
});

test("every run exits 0 and the ledger is unchanged", () => {
  for (const [name, run] of Object.entries(runs)) expect([name, run.code]).toEqual([name, 0]);
  expect(bytes(ledger).equals(ledgerBytes)).toBe(true);
});

test("no output workbook holds a formula built from customer text", () => {
  for (const file of outputs) {
    for (const f of formulasIn(path.join(dir, file))) expect([file, f]).not.toEqual([file, expect.stringMatching(/HYPERLINK|SUM\(1\)|cmd|2\+3/i)]);
  }
});

test.each(NASTY)("customer named %s is a plain string in the Index, statements, Reminders and AR Summary", async (name) => {
  const sheetsSeen = new Set<string>();
  for (const file of outputs) {
    const wb = await readXlsx(path.join(dir, file));
    const found = cellsWithText(wb, name);
    expect([file, found.length > 0]).toEqual([file, true]);
    for (const { sheet, cell } of found) {
      sheetsSeen.add(`${file}!${sheet}`);
      expect([file, sheet, cell.address, cell.type, cell.formula]).toEqual([file, sheet, cell.address, ExcelJS.ValueType.String, undefined]);
      expect(cell.value).toBe(name);
    }
  }
  expect([...sheetsSeen]).toEqual(expect.arrayContaining(["statements.xlsx!Index", "rem/reminders.xlsx!Reminders", "report.xlsx!AR Summary"]));
  // …and on its own statement sheet.
  expect([...sheetsSeen].filter((s) => s.startsWith("statements.xlsx!") && s !== "statements.xlsx!Index").length).toBe(1);
});

test("the Index table names each customer as given", async () => {
  const rows = tableRows(await readXlsx(path.join(dir, "statements.xlsx")), "Index", "StatementIndex");
  expect(rows.map((r) => r.Customer)).toEqual(customers.map((c) => c[1]));
});

test("the terminal report prints the names as they are", () => {
  for (const name of NASTY) expect(runs.reportText.stdout).toContain(name);
});

test("an email address with CR/LF adds no header: no draft carries a Bcc", async () => {
  const remDir = path.join(dir, "rem");
  const emls = readdirSync(remDir).filter((f) => f.endsWith(".eml"));
  expect(emls.length).toBe(customers.length - 1);
  for (const file of emls) {
    const raw = readFileSync(path.join(remDir, file), "utf8");
    const parsed = await simpleParser(raw);
    expect(parsed.bcc).toBeUndefined();
    expect(parsed.headers.has("bcc")).toBe(false);
    expect(raw).not.toMatch(/^bcc:/im);
    expect(raw).not.toContain("x@y.com");
  }
  // The customer is refused with a warning naming it, not silently dropped.
  expect(emls.some((f) => f.startsWith("C300"))).toBe(false);
  expect(runs.reminders.stdout).toContain(String.raw`warning Customers row 8, Email "a@b.com\r\nBcc: x@y.com": no usable email address for C300`);
  // Its Reminders row has no mailto link that could carry the header either.
  const wb = await readXlsx(path.join(remDir, "reminders.xlsx"));
  const links: string[] = [];
  wb.getWorksheet("Reminders")!.eachRow((row) => row.eachCell((cell) => {
    const link = cell.hyperlink ?? (cell.value as { hyperlink?: string } | null)?.hyperlink;
    if (typeof link === "string") links.push(link);
  }));
  expect(links.length).toBe(customers.length - 1);
  for (const link of links) expect(link).not.toMatch(/bcc|x@y\.com/i);
});

test("HTML parts escape customer text", async () => {
  const remDir = path.join(dir, "rem");
  const file = readdirSync(remDir).find((f) => f.startsWith("C200"))!;
  const parsed = await simpleParser(readFileSync(path.join(remDir, file), "utf8"));
  expect(parsed.html).not.toContain("<b>Bold</b>");
  expect(parsed.html).toContain("&lt;b&gt;Bold&lt;/b&gt;");
  expect(parsed.text).toContain(HTML_NAME);
});
