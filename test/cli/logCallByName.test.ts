/**
 * A ledger keyed by name (a Customer column, no CustomerID) through `reminders` and `log-call`, then
 * the same ledger with a CustomerID column added: the Reminders sheet leaves the ID blank where
 * there is none, log-call takes the exact name (or the ID), refuses a name several customers share,
 * and the log written under the names is found again once IDs exist: no fee charged twice.
 */
import * as path from "node:path";
import { DEFAULT_POLICY } from "../../src/core/dunning";
import { DEFAULT_SETTINGS, type Settings } from "../../src/core/settings";
import { d, writeLedger, type Cell } from "./_lib/ledgerFixture";
import { assertBuilt, cents, cli, readXlsx, tableRows, tempDir, type CliResult } from "./_lib/runCli";

const FEES: Record<string, string> = { "Reminder 1": "10", "Reminder 2": "15", "Final notice": "20", Collections: "25" };
const SETTINGS: Settings = {
  ...DEFAULT_SETTINGS,
  company: { ...DEFAULT_SETTINGS.company, name: "Desk Supplies Ltd", email: "ar@desk.example" },
  dunning: { ...DEFAULT_POLICY, stages: DEFAULT_POLICY.stages.map((s) => ({ ...s, fee: FEES[s.name] ?? "0" })) },
};
// Both invoices due 2026-10-01: Reminder 2 on 10-16 (a call, by the default policy), Final notice on 10-31.
const ROWS: Cell[][] = [
  ["INV-1", "Acme Ltd", "ap@acme.example", d("2026-09-01"), d("2026-10-01"), 1000],
  ["INV-2", "Bayside Club", "club@bayside.example", d("2026-09-01"), d("2026-10-01"), 500],
];
const BY_NAME = { settings: SETTINGS, blocks: [{ sheet: "Ledger", headers: ["Invoice No", "Customer", "Email", "Invoice Date", "Due Date", "Amount"], rows: ROWS }] };
const idOf = (name: Cell): string => (name === "Acme Ltd" ? "C001" : "C002");
const WITH_IDS = { settings: SETTINGS, blocks: [{ sheet: "Ledger", headers: ["Invoice No", "Customer ID", "Customer", "Email", "Invoice Date", "Due Date", "Amount"], rows: ROWS.map(([no, name, ...rest]) => [no, idOf(name), name, ...rest]) }] };
const TWINS = {
  settings: SETTINGS,
  blocks: [{ sheet: "Ledger", headers: ["Invoice No", "Customer ID", "Customer", "Invoice Date", "Due Date", "Amount"], rows: [["INV-1", "C001", "Acme Ltd", d("2026-09-01"), d("2026-10-01"), 1000], ["INV-9", "C009", "ACME LTD", d("2026-09-01"), d("2026-10-01"), 900]] as Cell[][] }],
};

let dir: string;
let twinsDir: string;
const runs: Record<string, CliResult> = {};
const logRows = async () => tableRows(await readXlsx(path.join(dir, "ledger-dunning-log.xlsx")), "Dunning log", "DunningLog");
let logAfter: Record<string, Record<string, unknown>[]> = {};
let remindersByName: Record<string, unknown>[];
let remindersWithIds: Record<string, unknown>[];

beforeAll(async () => {
  assertBuilt();
  dir = tempDir("by-name");
  await writeLedger(path.join(dir, "ledger.xlsx"), BY_NAME);
  runs.first = cli(["reminders", "ledger.xlsx", "--as-of", "2026-10-16"], dir);
  remindersByName = tableRows(await readXlsx(path.join(dir, "ledger-reminders-2026-10-16", "reminders.xlsx")), "Reminders", "ReminderDrafts");
  runs.call = cli(["log-call", "ledger.xlsx", "--customer", "  acme LTD ", "--as-of", "2026-10-18"], dir);
  logAfter = { call: await logRows() };
  // A month on, the clerk added a Customer ID column to the same ledger.
  await writeLedger(path.join(dir, "ledger.xlsx"), WITH_IDS);
  runs.later = cli(["reminders", "ledger.xlsx", "--as-of", "2026-10-31"], dir);
  remindersWithIds = tableRows(await readXlsx(path.join(dir, "ledger-reminders-2026-10-31", "reminders.xlsx")), "Reminders", "ReminderDrafts");
  logAfter.later = await logRows();
  runs.callById = cli(["log-call", "ledger.xlsx", "--customer", "Bayside Club", "--as-of", "2026-11-02"], dir);
  twinsDir = tempDir("by-name-twins");
  await writeLedger(path.join(twinsDir, "ledger.xlsx"), TWINS);
  runs.twins = cli(["log-call", "ledger.xlsx", "--customer", "acme ltd", "--as-of", "2026-10-16"], twinsDir);
  runs.twinsZh = cli(["log-call", "ledger.xlsx", "--customer", "acme ltd", "--as-of", "2026-10-16", "--lang", "zh"], twinsDir);
  runs.twinById = cli(["log-call", "ledger.xlsx", "--customer", "C009", "--as-of", "2026-10-16"], twinsDir);
});

test("the Reminders sheet of a ledger keyed by name: each name under Customer, CustomerID blank; the call hint asks for the name", () => {
  expect([runs.first.code, runs.first.stderr]).toEqual([0, ""]);
  expect(remindersByName.map((r) => [r.CustomerID ?? null, r.Customer])).toEqual([[null, "Acme Ltd"], [null, "Bayside Club"]]);
  expect(runs.first.stdout).toContain("log each call with 'ar-desk log-call ledger.xlsx --customer NAME'");
});

test("log-call takes the exact name (case and spaces ignored), says whom it logged, and logs under the key the log uses", () => {
  expect([runs.call.code, runs.call.stderr]).toEqual([0, ""]);
  expect(runs.call.stdout).toContain("Call to Acme Ltd (Reminder 2) on 2026-10-18 logged: 1 new entry");
  expect(logAfter.call.map((r) => [r.CustomerID, r.InvoiceNo, r.Stage, r.Channel ?? "", cents(r.Fee)])).toEqual([
    ["Acme Ltd", "INV-1", "Reminder 2", "email", 1500],
    ["Bayside Club", "INV-2", "Reminder 2", "email", 1500],
    ["Acme Ltd", "INV-1", "Reminder 2", "phone", 0],
  ]);
});

test("once a CustomerID column is added, the notices logged under the names still count: only the new stage's fee is charged", () => {
  expect([runs.later.code, runs.later.stderr]).toEqual([0, ""]);
  const added = logAfter.later.slice(logAfter.call.length);
  expect(added.map((r) => [r.CustomerID, r.InvoiceNo, r.Stage, cents(r.Fee)])).toEqual([
    ["C001", "INV-1", "Final notice", 2000],
    ["C002", "INV-2", "Final notice", 2000],
  ]);
  // The rows logged before keep their names; the Reminders sheet now shows the IDs.
  expect(logAfter.later.slice(0, logAfter.call.length)).toEqual(logAfter.call);
  expect(remindersWithIds.map((r) => [r.CustomerID, r.Customer, cents(r.Fees)])).toEqual([["C001", "Acme Ltd", 2000], ["C002", "Bayside Club", 2000]]);
});

test("log-call finds a customer with an ID by its name too, and names it with its ID", () => {
  expect([runs.callById.code, runs.callById.stderr]).toEqual([0, ""]);
  expect(runs.callById.stdout).toContain("Call to C002 Bayside Club (Final notice) on 2026-11-02 logged: 1 new entry");
});

test("a name two customers share is refused, naming both; the ID finds one", () => {
  expect([runs.twins.code, runs.twins.stdout, runs.twins.stderr]).toEqual([2, "", 'ar-desk: 2 customers are named "acme ltd": "C001 Acme Ltd", "C009 ACME LTD". Give the customer ID\n']);
  expect([runs.twinsZh.code, runs.twinsZh.stderr]).toEqual([2, 'ar-desk: 有 2 个客户名为“acme ltd”：“C001 Acme Ltd”、“C009 ACME LTD”。请填写客户编号\n']);
  expect([runs.twinById.code, runs.twinById.stderr]).toEqual([0, ""]);
  expect(runs.twinById.stdout).toContain("Call to C009 ACME LTD (Reminder 2) on 2026-10-16 logged: 1 new entry");
});
