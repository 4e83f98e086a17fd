/**
 * A clerk's workbook in the Excel fake: the sample ledger's Customers / Invoices / Payments, each an
 * Excel table (or, with `asTables` false, a plain range), for the pane's services to read and write.
 */
import { generateLedger } from "../../../../src/sample";
import type { RawCell } from "../../../../src/workbook/port";
import { WorkbookState } from "../../../fakes/excel";
import { colLetters } from "../../../fakes/excel/a1";

export function clerkBook(customers: number, asTables = true): WorkbookState {
  const ledger = generateLedger({ customers, asOf: "2026-10-31", seed: 3 });
  const state = new WorkbookState();
  const put = (name: string, rows: RawCell[][]) => {
    // A leading "=" would make the fake store a formula; the sample has none in these columns.
    state.putValues(name, "A1", rows.map((r) => r.map((c) => (typeof c === "string" && c.startsWith("=") ? `'${c}` : c))));
    if (asTables) state.putTable(name, name, `A1:${colLetters(rows[0].length)}${rows.length}`);
  };
  put("Customers", ledger.customers);
  put("Invoices", ledger.invoices);
  put("Payments", ledger.payments);
  return state;
}
