/**
 * `ar-desk reminders` with the default paths, run as a clerk would: today, tomorrow and a month
 * later. The dunning log sits beside the ledger (never in the dated out dir), so no stage fee is
 * charged twice and interest is charged only for the new days. A customer without an email gets
 * a printable letter (or, with --no-letters, is listed as not sent and left out of the log), and
 * the counts agree in the CLI line, the drafts, the letters, the Reminders sheet and the log.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import * as path from "node:path";
import { simpleParser } from "mailparser";
import { DEFAULT_SETTINGS, type Settings } from "../../src/core/settings";
import { DEFAULT_POLICY } from "../../src/core/dunning";
import { d, tinyLedger, writeLedger } from "./_lib/ledgerFixture";
import { assertBuilt, cents, cli, readXlsx, tableRows, tempDir, type CliResult } from "./_lib/runCli";

const FEES: Record<string, string> = { "Reminder 1": "10", "Reminder 2": "15", "Final notice": "20", Collections: "25" };
const SETTINGS: Settings = {
  ...DEFAULT_SETTINGS,
  company: { ...DEFAULT_SETTINGS.company, name: "Desk Supplies Ltd", email: "ar@desk.example" },
  dunning: { ...DEFAULT_POLICY, annualRate: "0.08", stages: DEFAULT_POLICY.stages.map((s) => ({ ...s, fee: FEES[s.name] ?? "0" })) },
};
const EXTRA = {
  settings: SETTINGS,
  customers: [
    ["C004", "Gamma GmbH", "ap@gamma.example", null, "USD", "en"],
    ["C005", "Post Only Ltd", null, null, "USD", "en"],
  ],
  invoices: [
    ["INV-4001", "C004", d("2026-09-25"), d("2026-10-25"), 400],
    ["INV-5001", "C005", d("2026-09-10"), d("2026-10-10"), 600],
  ],
};
const DAYS = ["2026-10-31", "2026-11-01", "2026-12-01"];

let dir: string;
const runs: Record<string, CliResult> = {};
let log: Record<string, unknown>[];
const logAfter: Record<string, Record<string, unknown>[]> = {};
let quietDir: string;
let hintDir: string;
let quiet: CliResult;

const key = (r: Record<string, unknown>) => `${r.InvoiceNo} ${r.Stage}`;
const readLog = async (folder: string) => tableRows(await readXlsx(path.join(folder, "ledger-dunning-log.xlsx")), "Dunning log", "DunningLog");
const reminderRows = async (folder: string, asOf: string) =>
  tableRows(await readXlsx(path.join(folder, `ledger-reminders-${asOf}`, "reminders.xlsx")), "Reminders", "ReminderDrafts");

beforeAll(async () => {
  assertBuilt();
  dir = tempDir("dunning");
  await writeLedger(path.join(dir, "ledger.xlsx"), tinyLedger(EXTRA));
  for (const asOf of DAYS) {
    if (asOf === "2026-12-01") runs.call = cli(["log-call", "ledger.xlsx", "--customer", "C004", "--as-of", "2026-11-20"], dir);
    runs[asOf] = cli(["reminders", "ledger.xlsx", "--as-of", asOf], dir);
    logAfter[asOf] = await readLog(dir);
  }
  log = logAfter["2026-12-01"];
  quietDir = tempDir("dunning-quiet");
  await writeLedger(path.join(quietDir, "ledger.xlsx"), tinyLedger(EXTRA));
  quiet = cli(["reminders", "ledger.xlsx", "--as-of", "2026-10-31", "--no-letters"], quietDir);
  runs.noCustomer = cli(["log-call", "ledger.xlsx"], quietDir);
  runs.nothingDue = cli(["log-call", "ledger.xlsx", "--customer", "C003", "--as-of", "2026-10-31"], quietDir);
  // C03 is a typo for C003: no such customer, which is not the same as "nothing due".
  runs.typo = cli(["log-call", "ledger.xlsx", "--customer", "C03", "--as-of", "2026-10-31"], quietDir);
  hintDir = tempDir("dunning-hint");
  await writeLedger(path.join(hintDir, "ledger.xlsx"), tinyLedger(EXTRA));
  // On 11-20 C004's INV-4001 (due 10-25) is 26 days overdue: Reminder 2, whose policy Action is phone.
  runs.hint = cli(["reminders", "ledger.xlsx", "--as-of", "2026-11-20", "--log", "logs/ar-log.xlsx"], hintDir);
  runs.typoZh = cli(["log-call", "ledger.xlsx", "--customer", "C03", "--as-of", "2026-10-31", "--lang", "zh"], quietDir);
});

test("every run exits 0; the log is beside the ledger, never in a dated folder", () => {
  for (const name of [...DAYS, "call"]) expect([name, runs[name].code, runs[name].stderr]).toEqual([name, 0, ""]);
  expect(existsSync(path.join(dir, "ledger-dunning-log.xlsx"))).toBe(true);
  for (const asOf of DAYS) expect(readdirSync(path.join(dir, `ledger-reminders-${asOf}`))).not.toContain("dunning-log.xlsx");
});

test("no stage fee twice in the log: per invoice and stage the fees add up to at most the policy's fee", () => {
  const fees = new Map<string, number[]>();
  for (const r of log) if (cents(r.Fee) > 0) fees.set(key(r), [...(fees.get(key(r)) ?? []), cents(r.Fee)]);
  for (const [k, charged] of fees) {
    expect([k, charged.length]).toEqual([k, 1]);
    expect(charged[0]).toBe(Number(FEES[String(k).split(" ").slice(1).join(" ")]) * 100);
  }
  // Tomorrow's run charges no fee for a stage already noticed today.
  const tomorrow = logAfter["2026-11-01"].slice(logAfter["2026-10-31"].length);
  expect(tomorrow.length).toBeGreaterThan(0);
  for (const r of tomorrow) expect([key(r), cents(r.Fee)]).toEqual([key(r), 0]);
});

test("interest accrues only for the new days (INV-4001: 400.00 at 8 %, due 2026-10-25, never paid)", () => {
  // Accrued to date, by hand: 400.00 × 8 % × days / 365, in cents, rounded half up (all positive).
  const accrued = (days: number) => Math.round((40000 * 8 * days) / 36500);
  const charged = (asOf: string) => logAfter[asOf].filter((r) => r.InvoiceNo === "INV-4001" && r.Channel !== "phone").reduce((s, r) => s + cents(r.Interest), 0);
  expect(accrued(6)).toBe(53); // 0.526…
  expect(charged("2026-10-31")).toBe(accrued(6));
  expect(charged("2026-11-01")).toBe(accrued(7)); // +0.08 for the one new day
  expect(charged("2026-12-01")).toBe(accrued(37));
});

test("a customer without email gets a printable letter, logged with channel letter; the counts agree everywhere", async () => {
  const out = path.join(dir, "ledger-reminders-2026-10-31");
  expect(runs["2026-10-31"].stdout).toContain("4 reminders (as of 2026-10-31): 3 email drafts, 1 printable letter, 0 not sent");
  expect(readdirSync(out).filter((f) => f.endsWith(".eml"))).toHaveLength(3);
  const letters = await readXlsx(path.join(out, "letters.xlsx"));
  expect(letters.worksheets.map((ws) => ws.name)).toEqual(["Letter C005 Post Only Ltd"]);
  const letterText: string[] = [];
  letters.worksheets[0].eachRow((row) => row.eachCell((cell) => letterText.push(String(cell.value))));
  expect(letterText).toContain("INV-5001");
  expect(letterText.join(" ")).toContain("Post Only Ltd remain unpaid as of 2026-10-31, the oldest 21 days after its due date");
  const rows = await reminderRows(dir, "2026-10-31");
  expect(rows.map((r) => [r.CustomerID, r.Channel])).toEqual([["C001", "email"], ["C002", "email"], ["C004", "email"], ["C005", "letter"]]);
  const first = logAfter["2026-10-31"];
  expect([...new Set(first.map((r) => r.CustomerID))].sort()).toEqual(["C001", "C002", "C004", "C005"]);
  expect(first.filter((r) => r.CustomerID === "C005").map((r) => [r.InvoiceNo, r.Channel, cents(r.Fee)])).toEqual([["INV-5001", "letter", 1500]]);
});

test("with --no-letters the customer is listed as not sent: no letter, no log entry, no fee, and the warning is counted", async () => {
  expect(quiet.code).toBe(0);
  expect(quiet.stdout).toContain("4 reminders (as of 2026-10-31): 3 email drafts, 0 printable letters, 1 not sent");
  expect(quiet.stdout).not.toContain("No data issues.");
  expect(quiet.stdout).toContain("1 warning");
  expect(readdirSync(path.join(quietDir, "ledger-reminders-2026-10-31"))).not.toContain("letters.xlsx");
  const rows = await reminderRows(quietDir, "2026-10-31");
  expect(rows.find((r) => r.CustomerID === "C005")?.Channel).toBe("not sent");
  const quietLog = await readLog(quietDir);
  expect(quietLog.some((r) => r.CustomerID === "C005")).toBe(false);
  expect([...new Set(quietLog.map((r) => r.CustomerID))]).toHaveLength(3);
});

test("log-call adds phone rows with no fee; the next letter mentions the call and the notices with their dates", async () => {
  expect(runs.call.stdout).toContain("Call to C004 Gamma GmbH (Reminder 2) on 2026-11-20 logged: 1 new entry");
  const calls = log.filter((r) => r.Channel === "phone");
  expect(calls.map((r) => [r.CustomerID, r.InvoiceNo, r.Stage, cents(r.Fee), cents(r.Interest)])).toEqual([["C004", "INV-4001", "Reminder 2", 0, 0]]);
  const out = path.join(dir, "ledger-reminders-2026-12-01");
  const file = readdirSync(out).find((f) => f.startsWith("C004"))!;
  const text = ((await simpleParser(readFileSync(path.join(out, file), "utf8"))).text ?? "").replace(/\s+/g, " ");
  expect(text).toContain("We wrote to you about these invoices on 2026-10-31 (Reminder 1) and 2026-11-01 (Reminder 1); our last notice was 30 days ago. We also spoke to you by phone on 2026-11-20.");
  // The call charged nothing, and did not stand in for the Reminder 2 notice: its fee was never charged,
  // because on 12-01 the invoice went straight to Final notice.
  expect(log.filter((r) => r.InvoiceNo === "INV-4001" && cents(r.Fee) > 0).map(key)).toEqual(["INV-4001 Reminder 1", "INV-4001 Final notice"]);
});

test("log-call mistakes: one line, exit 2, and the log is left as it was", async () => {
  expect([runs.noCustomer.code, runs.noCustomer.stderr]).toEqual([2, "ar-desk: log-call needs --customer ID or NAME: the customer you called\n"]);
  expect([runs.nothingDue.code, runs.nothingDue.stderr]).toEqual([2, 'ar-desk: customer "C003 Beta LLC" has no reminder due as of 2026-10-31: nothing to log\n']);
  expect([runs.typo.code, runs.typo.stderr]).toEqual([2, "ar-desk: no customer \"C03\" in ledger.xlsx: give the customer ID, or the customer's exact name, as 'ar-desk report' lists it\n"]);
  expect([runs.typoZh.code, runs.typoZh.stderr]).toEqual([2, "ar-desk: ledger.xlsx 中没有客户“C03”：请填写 'ar-desk report' 所列的客户编号或完整的客户名称\n"]);
  expect((await readLog(quietDir)).some((r) => r.Channel === "phone")).toBe(false);
});

test("the line about calls gives the log-call command for this run's ledger and log; run as shown, it logs the call there", async () => {
  expect(runs.hint.code).toBe(0);
  const hint = /log each call with '([^']+)'/.exec(runs.hint.stdout)?.[1];
  expect(hint).toBe("ar-desk log-call ledger.xlsx --log logs/ar-log.xlsx --customer ID");
  const [, ...args] = hint!.replace("--customer ID", "--customer C004").split(" ");
  const call = cli([...args, "--as-of", "2026-11-20"], hintDir);
  expect([call.code, call.stderr]).toEqual([0, ""]);
  const logged = tableRows(await readXlsx(path.join(hintDir, "logs", "ar-log.xlsx")), "Dunning log", "DunningLog");
  expect(logged.filter((r) => r.Channel === "phone").map((r) => [r.CustomerID, r.InvoiceNo, r.Stage])).toEqual([["C004", "INV-4001", "Reminder 2"]]);
  // Nothing went to the default log beside the ledger.
  expect(existsSync(path.join(hintDir, "ledger-dunning-log.xlsx"))).toBe(false);
});
