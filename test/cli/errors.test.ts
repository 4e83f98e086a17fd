/**
 * Mistakes a user makes: each gets one clear line on stderr (`ar-desk: …`), a non-zero exit
 * code and no stack trace; `--help` works on every command.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import * as path from "node:path";
import { EN_CUSTOMER_HEADERS, tinyLedger, writeLedger } from "./_lib/ledgerFixture";
import { assertBuilt, bytes, cliAll, tempDir, type CliResult } from "./_lib/runCli";

const COMMANDS = ["statements", "reminders", "report", "check", "demo"];

/** name → [command line, what stderr must say] */
const CASES: Record<string, [string[], string | RegExp]> = {
  "missing file (statements)": [["statements", "missing.xlsx"], "ar-desk: no such file: missing.xlsx"],
  "missing file (check)": [["check", "sub/missing.xlsx"], "ar-desk: no such file: sub/missing.xlsx"],
  "text file renamed .xlsx": [["check", "notes.xlsx"], /^ar-desk: .*notes\.xlsx.*a text file but not a table/],
  "a folder named .xlsx": [["check", "folder.xlsx"], /^ar-desk: .*folder\.xlsx.*folder/],
  "a .csv whose quote is never closed": [["statements", "ledger.csv"], 'ar-desk: Cannot read "ledger.csv": row 3: a value opened with a quote (") is never closed'],
  "workbook without Invoices": [["statements", "no-invoices.xlsx", "--month", "2026-10"], /^ar-desk: .*no Invoices table found/],
  "unknown option": [["statements", "ledger.xlsx", "--bogus"], "ar-desk: unknown option '--bogus'. See 'ar-desk --help'."],
  "option of another command": [["check", "ledger.xlsx", "--out", "x.xlsx"], "ar-desk: check does not take --out. See 'ar-desk check --help'."],
  "bad --month": [["statements", "ledger.xlsx", "--month", "2026-13"], 'ar-desk: --month "2026-13" is not a month: use YYYY-MM, e.g. 2026-10'],
  "--month and --as-of": [["statements", "ledger.xlsx", "--month", "2026-10", "--as-of", "2026-10-31"], "ar-desk: give --month or --as-of, not both"],
  "bad --as-of (statements)": [["statements", "ledger.xlsx", "--as-of", "2026-02-30"], 'ar-desk: --as-of "2026-02-30" is not a date'],
  "bad --as-of (reminders)": [["reminders", "ledger.xlsx", "--as-of", "tomorrow"], 'ar-desk: --as-of "tomorrow" is not a date'],
  "bad --type": [["statements", "ledger.xlsx", "--type", "aging"], 'ar-desk: --type must be balance-forward or open-item, not "aging"'],
  "--month without a value": [["statements", "ledger.xlsx", "--month"], /^ar-desk: .*--month/],
  "--out over the ledger": [["statements", "ledger.xlsx", "--month", "2026-10", "--out", "ledger.xlsx"], "ar-desk: --out must not be the ledger itself"],
  "--log over the ledger": [["reminders", "ledger.xlsx", "--log", "ledger.xlsx"], "ar-desk: --log must not be the ledger itself"],
  "unknown command": [["statement", "ledger.xlsx"], 'ar-desk: unknown command "statement". Commands: statements, reminders, log-call, report, check, demo.'],
  "no ledger file": [["report"], "ar-desk: report needs a ledger file: ar-desk report <ledger.xlsx>"],
  "extra argument": [["check", "ledger.xlsx", "other.xlsx"], 'ar-desk: unexpected argument "other.xlsx"'],
};

let dir: string;
let ledgerBytes: Buffer;
const results: Record<string, CliResult> = {};
const help: Record<string, CliResult> = {};

beforeAll(async () => {
  assertBuilt();
  dir = tempDir("errors");
  await writeLedger(path.join(dir, "ledger.xlsx"), tinyLedger());
  ledgerBytes = bytes(path.join(dir, "ledger.xlsx"));
  writeFileSync(path.join(dir, "notes.xlsx"), "Remember to call Acme Ltd\nabout the October invoice\n");
  writeFileSync(path.join(dir, "ledger.csv"), 'InvoiceNo,CustomerID,Amount\nINV-1,C001,100\nINV-2,"C002,200\nINV-3,C003,300\n');
  mkdirSync(path.join(dir, "folder.xlsx"));
  await writeLedger(path.join(dir, "no-invoices.xlsx"), {
    blocks: [
      { sheet: "Customers", table: "Customers", headers: EN_CUSTOMER_HEADERS, rows: [["C001", "Acme Ltd", "ap@acme.example", null, "USD", "en"]] },
      { sheet: "Notes", headers: ["Note"], rows: [["nothing here"]] },
    ],
  });
  const names = Object.keys(CASES);
  const helpLines = [["--help"], ["--version"], [], ...COMMANDS.map((c) => [c, "--help"])];
  const all = await cliAll([...names.map((n) => CASES[n][0]), ...helpLines], dir, 4);
  names.forEach((n, i) => (results[n] = all[i]));
  helpLines.forEach((line, i) => (help[line.join(" ") || "(none)"] = all[names.length + i]));
}, 120_000);

test.each(Object.keys(CASES))("%s: one line on stderr, exit code ≠ 0, no stack trace", (name) => {
  const run = results[name];
  const [, expected] = CASES[name];
  expect(run.code).not.toBe(0);
  expect(run.code).not.toBeNull();
  expect(run.stdout).toBe("");
  const lines = run.stderr.split("\n").filter((l) => l !== "");
  expect(lines).toHaveLength(1);
  expect(run.stderr).not.toMatch(/^\s+at /m);
  expect(run.stderr).not.toMatch(/Error:|TypeError|node:internal/);
  if (typeof expected === "string") expect(lines[0].startsWith(expected)).toBe(true);
  else expect(lines[0]).toMatch(expected);
});

test("no mistaken command changed the ledger or wrote outputs next to it", () => {
  expect(bytes(path.join(dir, "ledger.xlsx")).equals(ledgerBytes)).toBe(true);
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const files: string[] = require("node:fs").readdirSync(dir);
  expect(files.sort()).toEqual(["folder.xlsx", "ledger.csv", "ledger.xlsx", "no-invoices.xlsx", "notes.xlsx"]);
});

test.each(COMMANDS)("ar-desk %s --help exits 0 and prints its usage", (command) => {
  const run = help[`${command} --help`];
  expect(run).toMatchObject({ code: 0, stderr: "" });
  expect(run.stdout.startsWith(`ar-desk ${command}`)).toBe(true);
  expect(run.stdout.length).toBeGreaterThan(60);
});

test("ar-desk --help prints the usage of every command; no arguments prints it and exits 2", () => {
  for (const key of ["--help"]) {
    expect(help[key]).toMatchObject({ code: 0, stderr: "" });
    for (const command of COMMANDS) expect(help[key].stdout).toContain(`ar-desk ${command}`);
  }
  expect(help["(none)"].code).toBe(2);
  expect(help["(none)"].stdout).toContain("Usage:");
  expect(help["--version"]).toMatchObject({ code: 0, stdout: expect.stringMatching(/^\d+\.\d+\.\d+\n$/) });
});
