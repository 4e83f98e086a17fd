/**
 * The pane in Excel (the fake): an invoice dated more than a year after today is on the Data
 * issues sheet that Statements writes and in the count the Statements screen shows, as the
 * Ledger screen's issue list names it (one rule: flows/farAhead).
 */
import { TextDecoder, TextEncoder } from "node:util";
import { dayFromCivil } from "../../../src/core/dates";
import { createExcelServices } from "../../../src/taskpane/services/excel";
import { WorkbookState, createFakeExcel } from "../../fakes/excel";

Object.assign(globalThis, { TextEncoder, TextDecoder });

// Today 2026-11-15: INV-9 dated 2099-10-05 is far ahead; INV-1 is an ordinary October invoice.
const TODAY = dayFromCivil(2026, 11, 15);

function setup() {
  const state = new WorkbookState();
  state.putValues("Invoices", "A1", [
    ["InvoiceNo", "CustomerID", "InvoiceDate", "DueDate", "Amount"],
    ["INV-1", "C001", "2026-10-01", "2026-10-31", 100],
    ["INV-9", "C001", "2099-10-05", "2099-11-04", 70],
  ]);
  const fake = createFakeExcel(state);
  return { fake, services: createExcelServices({ run: (runOptions, batch) => fake.Excel.run(runOptions, batch as never), platform: "PC", today: () => TODAY }) };
}

it("lists the far-ahead invoice on the Data issues sheet and counts it in the Statements result, as the Ledger screen does", async () => {
  const { fake, services } = setup();
  const analysis = await services.analyze();
  const named = analysis.issues.filter((i) => i.value === "2099-10-05");
  expect(named.map((i) => [i.severity, i.sheet, i.row, i.goTo])).toEqual([["warning", "Invoices", 3, "'Invoices'!C3"]]);

  const result = await services.generateStatements({ month: "2026-10", type: "open-item" });
  expect(result.issues.filter((i) => i.value === "2099-10-05")).toEqual(named);
  const sheet = fake.state.sheet("Data issues")!;
  const rows = [5, 6, 7].map((r) => [1, 2, 3, 4, 5, 7].map((c) => sheet.cell(r, c)?.value ?? null));
  expect(rows).toContainEqual(["warning", "Invoices", 3, "InvoiceDate", "2099-10-05", "C3"]);
});
