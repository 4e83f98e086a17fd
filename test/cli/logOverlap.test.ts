/**
 * Two runs on one dunning log: `reminders` and `log-call` read the log, work, then write it. Here
 * another run (or the clerk in Excel) changes the log between the read and the write: the test
 * holds `<log>.lock` as that other run would, starts the command, waits until it says it waits
 * for the lock (it has read the log and drafted by then), replaces the log, and lets go. The
 * command must keep every row it finds and never log a second notice, or fee, for a customer the
 * other run wrote to meanwhile.
 */
import { spawn } from "node:child_process";
import { existsSync, rmSync, writeFileSync } from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { DEFAULT_SETTINGS, type Settings } from "../../src/core/settings";
import { DEFAULT_POLICY, type DunningLogEntry } from "../../src/core/dunning";
import { dayFromCivil } from "../../src/core/dates/dayNumber";
import { dunningLogSheet } from "../../src/workbook/arSheets";
import { nodeDeflate, writeSpecsPackage } from "../../src/workbook/xlsx/node";
import { d, tinyLedger, writeLedger } from "./_lib/ledgerFixture";
import { LAUNCHER, assertBuilt, cents, cli, cliEnv, readXlsx, tableRows, tempDir, type CliResult } from "./_lib/runCli";

const FEES: Record<string, string> = { "Reminder 1": "10", "Reminder 2": "15", "Final notice": "20", Collections: "25" };
const SETTINGS: Settings = {
  ...DEFAULT_SETTINGS,
  company: { ...DEFAULT_SETTINGS.company, name: "Desk Supplies Ltd", email: "ar@desk.example" },
  dunning: { ...DEFAULT_POLICY, stages: DEFAULT_POLICY.stages.map((s) => ({ ...s, fee: FEES[s.name] ?? "0" })) },
};

const day = (iso: string) => {
  const [y, m, d] = iso.split("-").map(Number);
  return dayFromCivil(y, m, d);
};
const row = (e: Partial<DunningLogEntry>): DunningLogEntry => ({ date: day("2026-10-31"), customerId: "C001", invoiceNo: "INV-1001", stage: "Collections", currency: "USD", amount: 80000, fee: 2500, interest: 0, channel: "email", ...e });

async function writeLog(file: string, entries: readonly DunningLogEntry[]): Promise<void> {
  writeFileSync(file, await writeSpecsPackage([dunningLogSheet(entries)], { deflate: nodeDeflate() }));
}

const logRows = async (file: string) => tableRows(await readXlsx(file), "Dunning log", "DunningLog");
const brief = (r: Record<string, unknown>) => `${r.CustomerID} ${r.InvoiceNo} ${r.Stage} ${r.Channel} fee ${cents(r.Fee)}`;

/**
 * Runs `ar-desk args…` while "another run" holds the log's lock; when the command says it waits
 * for it, `meanwhile` changes the log, then the lock is let go.
 */
function runOverlapped(args: readonly string[], cwd: string, logFile: string, meanwhile: () => Promise<void>): Promise<CliResult & { waited: boolean }> {
  const lock = `${logFile}.lock`;
  // The other run: alive (this test's process), on this host, just now.
  writeFileSync(lock, JSON.stringify({ pid: process.pid, host: os.hostname(), since: new Date().toISOString() }));
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [LAUNCHER, ...args], { cwd, env: cliEnv() });
    let stdout = "";
    let stderr = "";
    let waited = false;
    child.stdout.on("data", (chunk) => (stdout += String(chunk)));
    child.stderr.on("data", (chunk) => {
      stderr += String(chunk);
      if (!waited && /waiting for the dunning log|正在等待催款记录/.test(stderr)) {
        waited = true;
        meanwhile().then(() => rmSync(lock), reject);
      }
    });
    child.on("error", reject);
    child.on("close", (code) => {
      rmSync(lock, { force: true });
      resolve({ code, stdout, stderr, waited });
    });
  });
}

beforeAll(() => assertBuilt());

describe("reminders while another run logs notices", () => {
  let dir: string;
  let result: CliResult & { waited: boolean };
  // The other run, the same day: Collections and Reminder 2 to C001 Acme Ltd, with their fees.
  const other = [row({}), row({ invoiceNo: "INV-1002", stage: "Reminder 2", amount: 50000, fee: 1500 })];

  beforeAll(async () => {
    dir = tempDir("overlap-reminders");
    await writeLedger(path.join(dir, "ledger.xlsx"), tinyLedger({ settings: SETTINGS }));
    result = await runOverlapped(["reminders", "ledger.xlsx", "--as-of", "2026-10-31"], dir, path.join(dir, "ledger-dunning-log.xlsx"), () => writeLog(path.join(dir, "ledger-dunning-log.xlsx"), other));
  }, 60_000);

  it("waits for the other run's lock, then keeps the other run's rows and adds its own for the other customers", async () => {
    expect(result.waited).toBe(true);
    // By hand: on 2026-10-31 C002 has INV-2001 open 5,000.00 (8,000 − 3,000 unapplied, oldest first), 30 days overdue: Final notice, fee 20.00.
    expect((await logRows(path.join(dir, "ledger-dunning-log.xlsx"))).map(brief)).toEqual([
      "C001 INV-1001 Collections email fee 2500",
      "C001 INV-1002 Reminder 2 email fee 1500",
      "C002 INV-2001 Final notice email fee 2000",
    ]);
  });

  it("logs no second notice, and no second fee, for the customer the other run wrote to, and says which and what to do (exit 3)", () => {
    expect(result.code).toBe(3);
    expect(result.stdout).toContain("dunning log (1 new entry)");
    expect(result.stdout).toContain("The dunning log changed after this run read it");
    expect(result.stdout).toMatch(/NOT LOGGED: C001 Acme Ltd \(Collections; INV-1001, INV-1002\): another run logged a notice to this customer meanwhile \(Collections 2026-10-31, Reminder 2 2026-10-31\)/);
    // This run's draft for C001 is named: the clerk sends only one of the two.
    expect(result.stdout).toMatch(/this run's is .*ledger-reminders-2026-10-31.C001 Acme Ltd[^\n]*\.eml/);
    expect(result.stdout).not.toMatch(/NOT LOGGED: C002/);
  });

  it("leaves no lock file behind", () => {
    expect(existsSync(path.join(dir, "ledger-dunning-log.xlsx.lock"))).toBe(false);
  });
});

describe("reminders while another run logs notices, on a ledger with a row not read", () => {
  it("exits 4, the rows not read coming first, and still says NOT LOGGED", async () => {
    const dir = tempDir("overlap-unread");
    const logFile = path.join(dir, "ledger-dunning-log.xlsx");
    // INV-3002's date is no date: the row is not read (USD 450.00 left out of every total).
    await writeLedger(path.join(dir, "ledger.xlsx"), tinyLedger({ settings: SETTINGS, invoices: [["INV-3002", "C003", "someday", d("2026-10-01"), 450]] }));
    const result = await runOverlapped(["reminders", "ledger.xlsx", "--as-of", "2026-10-31"], dir, logFile, () => writeLog(logFile, [row({})]));
    expect(result.waited).toBe(true);
    // Alone, NOT LOGGED would exit 3 and the rows not read 4: the exit code must say rows were left out (README exit codes).
    expect(result.code).toBe(4);
    expect(result.stdout).toMatch(/NOT LOGGED: C001 Acme Ltd/);
    expect(result.stdout).toMatch(/NOT READ: 1 row with money \(USD 450\.00\)/);
  }, 60_000);
});

describe("reminders after the clerk edited the log in Excel meanwhile", () => {
  it("keeps the clerk's edit (a row deleted) and appends its own rows below", async () => {
    const dir = tempDir("overlap-edit");
    const logFile = path.join(dir, "ledger-dunning-log.xlsx");
    await writeLedger(path.join(dir, "ledger.xlsx"), tinyLedger({ settings: SETTINGS }));
    // A month earlier's notices, read by the run; the clerk then deletes C003's mistaken row.
    const earlier = [row({ date: day("2026-09-30"), customerId: "C003", invoiceNo: "INV-3001", stage: "Upcoming", amount: 30000, fee: 0 }), row({ date: day("2026-09-30"), customerId: "C009", invoiceNo: "INV-9", stage: "Reminder 1", fee: 1000 })];
    await writeLog(logFile, earlier);
    const result = await runOverlapped(["reminders", "ledger.xlsx", "--as-of", "2026-10-31"], dir, logFile, () => writeLog(logFile, earlier.slice(1)));
    expect(result.code).toBe(0);
    expect((await logRows(logFile)).map(brief)).toEqual([
      "C009 INV-9 Reminder 1 email fee 1000",
      "C001 INV-1001 Collections email fee 2500",
      // Each invoice at its own stage: INV-1002 is 16 days overdue (Reminder 2, fee 15.00).
      "C001 INV-1002 Reminder 2 email fee 1500",
      "C002 INV-2001 Final notice email fee 2000",
    ]);
    expect(result.stdout).toContain("3 new entries of this run added below them (0 already logged meanwhile)");
  }, 60_000);
});

describe("log-call while another log-call logs", () => {
  let dir: string;
  let logFile: string;
  beforeAll(async () => {
    dir = tempDir("overlap-call");
    logFile = path.join(dir, "ledger-dunning-log.xlsx");
    await writeLedger(path.join(dir, "ledger.xlsx"), tinyLedger({ settings: SETTINGS }));
    expect(cli(["reminders", "ledger.xlsx", "--as-of", "2026-10-31"], dir).code).toBe(0);
  }, 60_000);

  it("keeps the call another run logged meanwhile and adds its own", async () => {
    const before = await logRows(logFile);
    // Another clerk's log-call: a call to C002 about its Final notice, no fee.
    const call = row({ date: day("2026-11-02"), customerId: "C002", invoiceNo: "INV-2001", stage: "Final notice", currency: "USD", amount: 500000, fee: 0, channel: "phone" });
    const readBack = before.map((r) => row({ customerId: String(r.CustomerID), invoiceNo: String(r.InvoiceNo), stage: String(r.Stage), amount: cents(r.Amount), fee: cents(r.Fee), channel: String(r.Channel) }));
    const result = await runOverlapped(["log-call", "ledger.xlsx", "--customer", "C001", "--as-of", "2026-11-02"], dir, logFile, () => writeLog(logFile, [...readBack, call]));
    expect(result.code).toBe(0);
    expect(result.waited).toBe(true);
    expect((await logRows(logFile)).map(brief)).toEqual([
      ...before.map(brief),
      "C002 INV-2001 Final notice phone fee 0",
      // The call is about C001 at its stage (Collections), one row per invoice of its reminder, no fee.
      "C001 INV-1001 Collections phone fee 0",
      "C001 INV-1002 Collections phone fee 0",
    ]);
    expect(result.stdout).toContain("2 new entries");
  }, 60_000);

  it("does not log the same call twice when the other run logged it meanwhile", async () => {
    const before = await logRows(logFile);
    const again = before.map((r) => row({ customerId: String(r.CustomerID), invoiceNo: String(r.InvoiceNo), stage: String(r.Stage), amount: cents(r.Amount), fee: cents(r.Fee), channel: String(r.Channel), date: day(r.Channel === "phone" ? "2026-11-02" : "2026-10-31") }));
    // The other run logged the C001 call of 2026-11-03 first.
    const calls = ["INV-1001", "INV-1002"].map((invoiceNo) => row({ date: day("2026-11-03"), invoiceNo, stage: "Collections", fee: 0, channel: "phone", amount: invoiceNo === "INV-1001" ? 80000 : 50000 }));
    const result = await runOverlapped(["log-call", "ledger.xlsx", "--customer", "C001", "--as-of", "2026-11-03"], dir, logFile, () => writeLog(logFile, [...again, ...calls]));
    expect(result.code).toBe(0);
    const after = (await logRows(logFile)).map(brief);
    expect(after.filter((r) => r.startsWith("C001") && r.includes("phone"))).toHaveLength(4);
    expect(result.stdout).toContain("0 new entries of this run added below them (2 already logged meanwhile)");
  }, 60_000);
});

describe("in Chinese", () => {
  it("says which notice is not logged in the run's language", async () => {
    const dir = tempDir("overlap-zh");
    const logFile = path.join(dir, "ledger-dunning-log.xlsx");
    await writeLedger(path.join(dir, "ledger.xlsx"), tinyLedger({ settings: SETTINGS }));
    const result = await runOverlapped(["reminders", "ledger.xlsx", "--as-of", "2026-10-31", "--lang", "zh"], dir, logFile, () => writeLog(logFile, [row({})]));
    expect(result.code).toBe(3);
    expect(result.stderr).toContain("正在等待催款记录");
    expect(result.stdout).toContain("本次读取催款记录后，该文件已被改动");
    expect(result.stdout).toMatch(/未登记：C001 Acme Ltd（[^；]+；INV-1001, INV-1002）：在此期间另一次运行已向该客户发出催款并登记/);
  }, 60_000);
});

describe("reminders when the log is deleted meanwhile", () => {
  it("logs nothing, never starts a new log without the earlier notices, and says what to do (exit 3)", async () => {
    const dir = tempDir("overlap-gone");
    const logFile = path.join(dir, "ledger-dunning-log.xlsx");
    await writeLedger(path.join(dir, "ledger.xlsx"), tinyLedger({ settings: SETTINGS }));
    await writeLog(logFile, [row({ date: day("2026-09-30"), customerId: "C009", invoiceNo: "INV-9", stage: "Reminder 1", fee: 1000 })]);
    const result = await runOverlapped(["reminders", "ledger.xlsx", "--as-of", "2026-10-31"], dir, logFile, async () => rmSync(logFile));
    expect(result.code).toBe(3);
    expect(result.stderr).toMatch(/ar-desk: the dunning log .*ledger-dunning-log\.xlsx was there when this run started and is gone now: nothing of this run is logged/);
    expect(existsSync(logFile)).toBe(false);
  }, 60_000);
});
