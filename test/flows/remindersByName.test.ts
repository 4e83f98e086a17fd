/**
 * Customers keyed by name (a ledger with a Customer column and no CustomerID) through reminders,
 * the dunning log read back from its own sheet, log-call, and a later copy of the ledger that adds
 * a CustomerID column: the log's rows still find their customer, no fee is charged twice, and the
 * stage history and the letters' history go on.
 */
import { simpleParser } from "mailparser";
import type { DunningLogEntry } from "../../src/core/dunning";
import type { RawCell } from "../../src/core/source";
import { analysisOf } from "../../src/flows/analysis";
import { openLedger } from "../../src/flows/openLedger";
import { customerNamed, logCall, remindersJob, type RemindersRun } from "../../src/flows/reminders";
import type { LedgerSession } from "../../src/flows/session";
import type { SheetSpec } from "../../src/workbook/layout";
import type { SourceBlock } from "../../src/workbook/port";
import { block } from "../core/builders";
import { day } from "../core/dunning/builders";
import { POLICY, SETTINGS } from "./_lib/remindersSession";
import { readOf } from "./_lib/smallWorkbook";
import { blockOf } from "./_lib/specBlocks";

// Acme owes 1,000.00 due 2026-10-01 (an email); Bayside 500.00 due 2026-10-01 (no email: a letter).
const ROWS: RawCell[][] = [
  ["INV-1", "Acme Ltd", "ap@acme.example", "2026-09-01", "2026-10-01", 1000],
  ["INV-2", "Bayside Club", "", "2026-09-01", "2026-10-01", 500],
];
/** The ledger as first kept: names only. */
const BY_NAME = block("Ledger", ["Invoice No", "Customer", "Email", "Invoice Date", "Due Date", "Amount"], ROWS);
/** The same ledger a month later: the clerk added a Customer ID column. */
const WITH_IDS = block("Ledger", ["Invoice No", "Customer ID", "Customer", "Email", "Invoice Date", "Due Date", "Amount"], ROWS.map(([no, name, ...rest]) => [no, name === "Acme Ltd" ? "C001" : "C002", name, ...rest]));

/** The session of a workbook holding the ledger and, when given, the Dunning log sheet a run wrote (read back by the log's reader). */
function sessionOf(ledger: SourceBlock, logSheet?: SheetSpec, policy = POLICY): LedgerSession {
  const session = openLedger(readOf(logSheet ? [ledger, blockOf(logSheet)] : [ledger], { generatedSheets: logSheet ? [logSheet.name] : [] }));
  return { ...session, settings: { ...SETTINGS, dunning: policy } };
}

const logSheetOf = (run: { readonly sheets?: readonly SheetSpec[]; readonly sheet?: SheetSpec }): SheetSpec => run.sheet ?? run.sheets![1];

/** The values of a table's column on a sheet, top to bottom. */
function column(sheet: SheetSpec, tableIndex: number, header: string): unknown[] {
  const table = sheet.tables![tableIndex];
  const col = table.left + table.headers.indexOf(header);
  return Array.from({ length: table.rowCount }, (_, r) => sheet.cells.find((c) => c.row === table.top + 1 + r && c.col === col)?.value ?? null);
}

const textOf = async (run: RemindersRun, name: string): Promise<string> => {
  const parsed = await simpleParser(run.drafts.find((d) => d.reminder.customer.name === name)!.eml!);
  return (parsed.text ?? "").replace(/\s+/g, " ");
};

const rows = (entries: readonly DunningLogEntry[]) => entries.map((e) => [e.customerId, e.invoiceNo, e.stage, e.fee]);

describe("a ledger keyed by name", () => {
  it("the Reminders sheet and its call list name each customer under Customer and leave CustomerID blank", () => {
    const run = remindersJob(sessionOf(BY_NAME), day("2026-10-16"));
    const sheet = run.sheets[0];
    expect(column(sheet, 0, "Customer")).toEqual(["Acme Ltd", "Bayside Club"]);
    expect(column(sheet, 0, "CustomerID")).toEqual([null, null]);
    // Reminder 2 asks for a call (the default policy): both customers are on the call list.
    expect(sheet.tables![1].name).toBe("CallList");
    expect(column(sheet, 1, "Customer")).toEqual(["Acme Ltd", "Bayside Club"]);
    expect(column(sheet, 1, "CustomerID")).toEqual([null, null]);
  });

  it("logs the name as the key, and the next run reads it back: no fee twice, the earlier notice quoted", async () => {
    const first = remindersJob(sessionOf(BY_NAME), day("2026-10-02"));
    // Reminder 1's fee is 5.00 (500 minor units).
    expect(rows(first.newLogEntries)).toEqual([["Acme Ltd", "INV-1", "Reminder 1", 500], ["Bayside Club", "INV-2", "Reminder 1", 500]]);
    const again = remindersJob(sessionOf(BY_NAME, logSheetOf(first)), day("2026-10-02"));
    expect(again.newLogEntries).toEqual([]);
    const next = remindersJob(sessionOf(BY_NAME, logSheetOf(first)), day("2026-10-16"));
    // Reminder 2's fee 10.00 is new; Reminder 1's is not charged again.
    expect(rows(next.newLogEntries)).toEqual([["Acme Ltd", "INV-1", "Reminder 2", 1000], ["Bayside Club", "INV-2", "Reminder 2", 1000]]);
    expect(await textOf(next, "Acme Ltd")).toContain("We wrote to you about these invoices on 2026-10-02 (Reminder 1)");
  });
});

describe("the same ledger once a CustomerID column is added", () => {
  it("finds the notices logged under the name: the earlier stage's fee is not charged again, the notice is quoted, the new rows carry the ID", async () => {
    const first = remindersJob(sessionOf(BY_NAME), day("2026-10-02"));
    const later = remindersJob(sessionOf(WITH_IDS, logSheetOf(first)), day("2026-10-16"));
    expect(rows(later.newLogEntries)).toEqual([["C001", "INV-1", "Reminder 2", 1000], ["C002", "INV-2", "Reminder 2", 1000]]);
    expect(await textOf(later, "Acme Ltd")).toContain("We wrote to you about these invoices on 2026-10-02 (Reminder 1)");
    // The log written back keeps the rows as they were logged, then this run's.
    expect(rows(later.log).map((r) => r[0])).toEqual(["Acme Ltd", "Bayside Club", "C001", "C002"]);
    expect(column(later.sheets[0], 0, "CustomerID")).toEqual(["C001", "C002"]);
  });

  it("a same-day re-run logs nothing new", () => {
    const first = remindersJob(sessionOf(BY_NAME), day("2026-10-02"));
    expect(remindersJob(sessionOf(WITH_IDS, logSheetOf(first)), day("2026-10-02")).newLogEntries).toEqual([]);
  });

  it("one step at a time climbs from the stage logged under the name (not back to Reminder 1)", () => {
    const oneStep = { ...POLICY, oneStepAtATime: true };
    const first = remindersJob(sessionOf(BY_NAME, undefined, oneStep), day("2026-10-02"));
    // 2026-10-31 is 30 days overdue (Final notice by days); one step above the logged Reminder 1 is Reminder 2.
    const later = remindersJob(sessionOf(WITH_IDS, logSheetOf(first), oneStep), day("2026-10-31"));
    expect(later.reminders.map((r) => [r.customer.id, r.stage])).toEqual([["C001", "Reminder 2"], ["C002", "Reminder 2"]]);
  });

  it("the overview's stages read the notices logged under the name, as the reminders do", () => {
    const oneStep = { ...POLICY, oneStepAtATime: true };
    const first = remindersJob(sessionOf(BY_NAME, undefined, oneStep), day("2026-10-02"));
    const [usd] = analysisOf(sessionOf(WITH_IDS, logSheetOf(first), oneStep), day("2026-10-31"));
    expect(usd.topOverdue.map((o) => [o.customerId, o.stage])).toEqual([["C001", "Reminder 2"], ["C002", "Reminder 2"]]);
  });
});

describe("customerNamed (log-call's --customer)", () => {
  it("finds a customer keyed by name by its name, case and spaces ignored", () => {
    const match = customerNamed(sessionOf(BY_NAME), "  acme   LTD ");
    expect(match).toMatchObject({ kind: "found", by: "name", customer: { id: "Acme Ltd", name: "Acme Ltd" } });
  });
  it("finds a customer by its ID first, else by its exact name; a part of a name finds nobody", () => {
    const session = sessionOf(WITH_IDS);
    expect(customerNamed(session, "c002")).toMatchObject({ kind: "found", by: "id", customer: { id: "C002" } });
    expect(customerNamed(session, "Bayside Club")).toMatchObject({ kind: "found", by: "name", customer: { id: "C002" } });
    expect(customerNamed(session, "Bayside")).toEqual({ kind: "none" });
  });
  it("names every customer of a shared name, and finds each by its ID", () => {
    const twins = block("Ledger", ["Invoice No", "Customer ID", "Customer", "Invoice Date", "Due Date", "Amount"], [
      ["INV-1", "C001", "Acme Ltd", "2026-09-01", "2026-10-01", 1000],
      ["INV-9", "C009", "Acme Ltd", "2026-09-01", "2026-10-01", 900],
    ]);
    const match = customerNamed(sessionOf(twins), "Acme Ltd");
    expect(match.kind === "ambiguous" && match.candidates.map((c) => c.id)).toEqual(["C001", "C009"]);
    expect(logCall(sessionOf(twins), day("2026-10-16"), "Acme Ltd")).toBeUndefined();
    expect(logCall(sessionOf(twins), day("2026-10-16"), "C009")?.newLogEntries.map((e) => [e.customerId, e.invoiceNo])).toEqual([["C009", "INV-9"]]);
  });
});

describe("logCall for a customer keyed by name", () => {
  it("logs the call under the name, and the next run's call list shows it as the last call", () => {
    const first = remindersJob(sessionOf(BY_NAME), day("2026-10-16"));
    const called = logCall(sessionOf(BY_NAME, logSheetOf(first)), day("2026-10-18"), "ACME LTD")!;
    expect(called.newLogEntries.map((e) => [e.customerId, e.invoiceNo, e.stage, e.channel, e.fee])).toEqual([["Acme Ltd", "INV-1", "Reminder 2", "phone", 0]]);
    const next = remindersJob(sessionOf(WITH_IDS, called.sheet), day("2026-10-20"));
    expect(next.calls.map((c) => [c.reminder.customer.id, c.lastCall])).toEqual([["C001", day("2026-10-18")], ["C002", undefined]]);
  });
});
