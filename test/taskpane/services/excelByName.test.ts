/**
 * The pane in Excel (the fake) on a ledger keyed by name: the Reminders sheet it writes leaves
 * CustomerID blank and names the customer, the Dunning log sheet keys its rows by the name, a call
 * is logged by the key the pane listed, and once the clerk adds a CustomerID column the log's rows
 * still count: no fee charged twice.
 */
import { TextDecoder, TextEncoder } from "node:util";
import { dayFromCivil } from "../../../src/core/dates";
import { createExcelServices } from "../../../src/taskpane/services/excel";
import { WorkbookState, createFakeExcel, type FakeExcel } from "../../fakes/excel";

Object.assign(globalThis, { TextEncoder, TextDecoder });

const TODAY = dayFromCivil(2026, 11, 15);
const FEES: Record<string, string> = { "Reminder 1": "10", "Reminder 2": "15", "Final notice": "20", Collections: "25" };

// Both invoices due 2026-10-01: Reminder 2 on 10-16, Final notice on 10-31.
const ROWS = [
  ["INV-1", "Acme Ltd", "ap@acme.example", "2026-09-01", "2026-10-01", 1000],
  ["INV-2", "Bayside Club", "club@bayside.example", "2026-09-01", "2026-10-01", 500],
];

function setup(): { fake: FakeExcel; services: ReturnType<typeof createExcelServices> } {
  const state = new WorkbookState();
  state.putValues("Ledger", "A1", [["Invoice No", "Customer", "Email", "Invoice Date", "Due Date", "Amount"], ...ROWS]);
  const fake = createFakeExcel(state);
  const services = createExcelServices({ run: (runOptions, batch) => fake.Excel.run(runOptions, batch as never), platform: "PC", today: () => TODAY });
  return { fake, services };
}

/** A table's rows as objects keyed by its headers, read from the fake's cells. */
function tableRows(state: WorkbookState, tableName: string): Record<string, unknown>[] {
  const table = state.tables.find((t) => t.name === tableName)!;
  const { top, left, bottom, right } = table.rect;
  const at = (r: number, c: number) => table.sheet.cell(r, c)?.value ?? null;
  const headers = Array.from({ length: right - left + 1 }, (_, c) => String(at(top, left + c)));
  return Array.from({ length: bottom - top }, (_, r) => Object.fromEntries(headers.map((h, c) => [h, at(top + 1 + r, left + c)])));
}

const options = (asOf: string) => ({ asOf, includeUpcoming: false });

it("writes the Reminders sheet without IDs, logs by name, logs a call, and after an ID column is added charges no fee twice", async () => {
  const { fake, services } = setup();
  const settings = await services.loadSettings();
  await services.saveSettings({ ...settings, dunning: { ...settings.dunning, stages: settings.dunning.stages.map((s) => ({ ...s, fee: FEES[s.name] ?? "0" })) } });

  const preview = await services.previewReminders(options("2026-10-16"));
  expect(preview.candidates.map((c) => [c.customerId, c.name])).toEqual([["Acme Ltd", "Acme Ltd"], ["Bayside Club", "Bayside Club"]]);
  await services.createReminders(preview.candidates.map((c) => c.customerId), options("2026-10-16"));
  expect(tableRows(fake.state, "ReminderDrafts").map((r) => [r.CustomerID, r.Customer])).toEqual([[null, "Acme Ltd"], [null, "Bayside Club"]]);
  expect(tableRows(fake.state, "CallList").map((r) => [r.CustomerID, r.Customer])).toEqual([[null, "Acme Ltd"], [null, "Bayside Club"]]);

  // The pane's Log call button gives the key it listed.
  expect(await services.logCall("Acme Ltd", options("2026-10-18"))).toEqual({ logged: 1 });
  const logged = tableRows(fake.state, "DunningLog").map((r) => [r.CustomerID, r.InvoiceNo, r.Stage, r.Fee, r.Channel]);
  expect(logged).toEqual([
    ["Acme Ltd", "INV-1", "Reminder 2", 15, "email"],
    ["Bayside Club", "INV-2", "Reminder 2", 15, "email"],
    ["Acme Ltd", "INV-1", "Reminder 2", 0, "phone"],
  ]);

  // The clerk inserts a Customer ID column (the ledger's columns move one to the right).
  fake.state.putValues("Ledger", "A1", [["Invoice No", "Customer ID", "Customer", "Email", "Invoice Date", "Due Date", "Amount"], ...ROWS.map(([no, name, ...rest]) => [no, name === "Acme Ltd" ? "C001" : "C002", name, ...rest])]);
  const later = await services.previewReminders(options("2026-10-16"));
  expect(later.candidates.map((c) => c.customerId)).toEqual(["C001", "C002"]);
  // Same day again: the notices logged under the names are these customers' notices.
  expect((await services.createReminders(["C001", "C002"], options("2026-10-16"))).logged).toBe(0);
  await services.createReminders(["C001", "C002"], options("2026-10-31"));
  const added = tableRows(fake.state, "DunningLog").slice(logged.length).map((r) => [r.CustomerID, r.InvoiceNo, r.Stage, r.Fee]);
  expect(added).toEqual([["C001", "INV-1", "Final notice", 20], ["C002", "INV-2", "Final notice", 20]]);
  expect(tableRows(fake.state, "ReminderDrafts").map((r) => [r.CustomerID, r.Customer])).toEqual([["C001", "Acme Ltd"], ["C002", "Bayside Club"]]);
});
