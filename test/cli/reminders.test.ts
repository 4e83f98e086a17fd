/**
 * `ar-desk reminders`: .eml drafts read back with mailparser, the Reminders sheet, and the
 * dunning log (--log) that keeps a re-run from charging a fee twice.
 */
import { readdirSync, readFileSync } from "node:fs";
import * as path from "node:path";
import { simpleParser, type AddressObject, type ParsedMail } from "mailparser";
import { DEFAULT_SETTINGS, type Settings } from "../../src/core/settings";
import { DEFAULT_POLICY } from "../../src/core/dunning";
import { d, tinyLedger, writeLedger } from "./_lib/ledgerFixture";
import { assertBuilt, bytes, cents, cli, readXlsx, tableRows, tempDir, type CliResult } from "./_lib/runCli";

const FEES: Record<string, string> = { "Reminder 1": "10", "Reminder 2": "15", "Final notice": "20", Collections: "25" };
const SETTINGS: Settings = {
  ...DEFAULT_SETTINGS,
  company: { ...DEFAULT_SETTINGS.company, name: "Desk Supplies Ltd", email: "ar@desk.example" },
  payment: { bank: "Bank of Examples, IBAN XX00 1234" },
  dunning: { ...DEFAULT_POLICY, stages: DEFAULT_POLICY.stages.map((s) => ({ ...s, fee: FEES[s.name] ?? "0" })) },
};

let dir: string;
let ledger: string;
let ledgerBytes: Buffer;
const runs: Record<string, CliResult> = {};
/** The log's rows after the first run and after the same-day re-run. */
let firstLog: Record<string, unknown>[];
let againLog: Record<string, unknown>[];
const mails = new Map<string, { file: string; raw: string; parsed: ParsedMail }>();

const address = (field: AddressObject | AddressObject[] | undefined) => (Array.isArray(field) ? field : field ? [field] : []).flatMap((a) => a.value.map((v) => v.address));

/** Customer, stage, fees (minor) of the Reminders sheet of one run. */
async function reminderRows(outDir: string): Promise<Record<string, unknown>[]> {
  return tableRows(await readXlsx(path.join(dir, outDir, "reminders.xlsx")), "Reminders", "ReminderDrafts");
}

async function logRows(): Promise<Record<string, unknown>[]> {
  return tableRows(await readXlsx(path.join(dir, "log.xlsx")), "Dunning log", "DunningLog");
}

beforeAll(async () => {
  assertBuilt();
  dir = tempDir("reminders");
  ledger = path.join(dir, "ledger.xlsx");
  await writeLedger(ledger, tinyLedger({
    settings: SETTINGS,
    customers: [["C004", "Gamma GmbH", "ap@gamma.example", null, "USD", "en"]],
    invoices: [["INV-4001", "C004", d("2026-09-25"), d("2026-10-25"), 400]], // 6 days overdue: Reminder 1
  }));
  ledgerBytes = bytes(ledger);
  const run = (name: string, asOf: string) => (runs[name] = cli(["reminders", "ledger.xlsx", "--as-of", asOf, "--out-dir", name, "--log", "log.xlsx"], dir));
  run("first", "2026-10-31");
  firstLog = await logRows();
  run("again", "2026-10-31");
  againLog = await logRows();
  run("later", "2026-11-20");
  for (const file of readdirSync(path.join(dir, "first")).filter((f) => f.endsWith(".eml"))) {
    const raw = readFileSync(path.join(dir, "first", file), "utf8");
    const parsed = await simpleParser(raw);
    mails.set(address(parsed.to)[0] ?? file, { file, raw, parsed });
  }
});

test("every run exits 0 and the ledger is byte-for-byte unchanged", () => {
  for (const name of ["first", "again", "later"]) expect([name, runs[name].code, runs[name].stderr]).toEqual([name, 0, ""]);
  expect(runs.first.stdout).toContain("3 reminders (as of 2026-10-31): 3 email drafts, 0 printable letters, 0 not sent");
  expect(bytes(ledger).equals(ledgerBytes)).toBe(true);
});

test("one draft per customer at Reminder 1 or later, addressed to the customer's email", () => {
  expect([...mails.keys()].sort()).toEqual(["ap@acme.example", "ap@gamma.example", "caiwu@huaxia.example"]);
  for (const { parsed } of mails.values()) {
    expect(parsed.headers.get("x-unsent")).toBe("1");
    expect(address(parsed.from)).toEqual(["ar@desk.example"]);
    expect(parsed.html).toEqual(expect.any(String));
    expect(parsed.text).toEqual(expect.any(String));
  }
});

test("subjects decode; the Chinese customer's subject is Chinese and RFC 2047 encoded", () => {
  const zh = mails.get("caiwu@huaxia.example")!;
  expect(zh.parsed.subject).toMatch(/[\u4e00-\u9fff]/);
  expect(zh.raw).toMatch(/^Subject: =\?UTF-8\?[BQ]\?/im);
  for (const email of ["ap@acme.example", "ap@gamma.example"]) {
    expect(mails.get(email)!.parsed.subject).toMatch(/\w/);
    expect(mails.get(email)!.parsed.subject).not.toMatch(/[\u4e00-\u9fff]/);
  }
  // The raw head is ASCII only (non-ASCII header text is encoded).
  for (const { raw } of mails.values()) expect(/^[\x00-\x7f]*$/.test(raw.slice(0, raw.indexOf("\r\n\r\n")))).toBe(true);
});

test("the text part lists every overdue invoice and the overdue total; the HTML part too", () => {
  const expected: Record<string, { invoices: string[]; total: string }> = {
    "ap@acme.example": { invoices: ["INV-1001", "INV-1002"], total: "1,300.00" },
    "caiwu@huaxia.example": { invoices: ["INV-2001"], total: "5,000.00" },
    "ap@gamma.example": { invoices: ["INV-4001"], total: "400.00" },
  };
  for (const [email, { invoices, total }] of Object.entries(expected)) {
    const { parsed } = mails.get(email)!;
    for (const invoiceNo of invoices) {
      expect(parsed.text).toContain(invoiceNo);
      expect(parsed.html).toContain(invoiceNo);
    }
    expect(parsed.text).toContain(total);
  }
  expect(mails.get("caiwu@huaxia.example")!.parsed.text).toMatch(/[\u4e00-\u9fff]/);
});

test("reminders.xlsx: a Reminders sheet with figures, the draft's file name and a mailto link", async () => {
  const wb = await readXlsx(path.join(dir, "first", "reminders.xlsx"));
  const rows = await reminderRows("first");
  expect(rows.map((r) => [r.CustomerID, r.Email, r.Currency, cents(r.Overdue), r.Stage])).toEqual([
    ["C001", "ap@acme.example", "USD", 130000, "Collections"],
    ["C002", "caiwu@huaxia.example", "CNY", 500000, "Final notice"],
    ["C004", "ap@gamma.example", "USD", 40000, "Reminder 1"],
  ]);
  const files = readdirSync(path.join(dir, "first"));
  for (const r of rows) expect(files).toContain(r.Draft);
  const ws = wb.getWorksheet("Reminders")!;
  const links: string[] = [];
  ws.eachRow((row) => row.eachCell((cell) => {
    const link = cell.hyperlink ?? (cell.value as { hyperlink?: string } | null)?.hyperlink;
    if (typeof link === "string" && link.startsWith("mailto:")) links.push(link);
  }));
  expect(links).toHaveLength(3);
  for (const email of ["ap@acme.example", "caiwu@huaxia.example", "ap@gamma.example"]) {
    expect(links.some((l) => l.startsWith(`mailto:${email}?subject=`))).toBe(true);
  }
});

test("fees from the AR Settings policy are charged on the first run only", async () => {
  const fees = (rows: Record<string, unknown>[]) => rows.map((r) => [r.CustomerID, cents(r.Fees)]);
  // INV-1001 Collections 25 + INV-1002 Reminder 2 15; INV-2001 Final notice 20; INV-4001 Reminder 1 10.
  expect(fees(await reminderRows("first"))).toEqual([["C001", 4000], ["C002", 2000], ["C004", 1000]]);
  expect(fees(await reminderRows("again"))).toEqual([["C001", 0], ["C002", 0], ["C004", 0]]);
});

test("the log: first run appends one row per invoice, a same-day re-run appends nothing, a later run appends only new notices", async () => {
  const key = (r: Record<string, unknown>) => `${r.CustomerID} ${r.InvoiceNo} ${r.Stage}`;
  expect(firstLog.map(key).sort()).toEqual(["C001 INV-1001 Collections", "C001 INV-1002 Reminder 2", "C002 INV-2001 Final notice", "C004 INV-4001 Reminder 1"]);
  expect(firstLog.reduce((sum, r) => sum + cents(r.Fee), 0)).toBe(4000 + 2000 + 1000);
  expect(againLog).toEqual(firstLog);
  expect(runs.again.stdout).toContain("dunning log (0 new entries)");

  const later = await logRows();
  expect(later.slice(0, firstLog.length)).toEqual(firstLog);
  const added = later.slice(firstLog.length);
  expect(new Set(later.map((r) => `${key(r)} ${String(r.Date)}`)).size).toBe(later.length);
  // 2026-11-20: INV-1002 → Final notice, INV-1003 → Reminder 1, INV-2002 → Reminder 2, INV-4001 → Reminder 2;
  // INV-1001 and INV-2001 stay at their stage: logged again as notices, but never charged again.
  const addedFees = Object.fromEntries(added.map((r) => [key(r), cents(r.Fee)]));
  expect(addedFees).toMatchObject({
    "C001 INV-1002 Final notice": 2000,
    "C001 INV-1003 Reminder 1": 1000,
    "C002 INV-2002 Reminder 2": 1500,
    "C004 INV-4001 Reminder 2": 1500,
  });
  for (const r of added) if (key(r) === "C001 INV-1001 Collections" || key(r) === "C002 INV-2001 Final notice") expect(cents(r.Fee)).toBe(0);
});
