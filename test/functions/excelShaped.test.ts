/**
 * The AR.* functions fed exactly as Excel feeds them, read from a workbook in the Excel fake:
 * empty cells as 0 (Excel desktop) or null (the web), error cells as error objects in both shapes
 * the runtime may use, formula cells as their values. Expected values are worked out by hand:
 * 45961 is 2025-10-31, 45991 is 2025-11-30 (30 days later), 45900 is 2025-09-01 (91 days before 45991).
 */
import * as AR from "../../src/functions/functions";
import { argumentOf, type ArgumentHost, type ErrorShape } from "../fakes/excel/customFunctionArgs";
import { WorkbookState } from "../fakes/excel";
import { asExcel, cell, pinToday, show } from "./excel";

const aging = asExcel(AR.aging);
const agingSummary = asExcel(AR.agingSummary);
const creditAvailable = asExcel(AR.creditAvailable);
const dunningStage = asExcel(AR.dunningStage);
const daysOverdue = asExcel(AR.daysOverdue);

const NO_LIMIT = "#N/A no credit limit set (an empty cell or 0; for a limit of zero type '0 as text)";

function workbook(): WorkbookState {
  const state = new WorkbookState();
  // Invoices: due date (D), balance (E); row 3 empty, row 4 an error, row 5 a formula, row 6 date text.
  state.putValues("Invoices", "D1", [
    ["DueDate", "Balance"],
    [45961, 100],
    [null, null],
    [{ error: "#N/A" }, 20],
    ["=45900", 50.5],
    ["2025-10-01", 7],
  ]);
  // Customers: credit limit (B) of C1 empty; F1 stays empty (an as_of cell left blank).
  state.putValues("Customers", "A1", [["ID", "Limit"], ["C1", null], ["C2", 1000]]);
  return state;
}

const cases: [ArgumentHost, ErrorShape][] = [
  ["desktop", "CustomFunctions.Error"],
  ["desktop", "data type"],
  ["web", "CustomFunctions.Error"],
  ["web", "data type"],
];

describe.each(cases)("in Excel %s, errors as %s", (host, errors) => {
  pinToday("2025-11-30");
  const state = workbook();
  const arg = (reference: string) => argumentOf(state, reference, { host, errors });

  it("passes blanks the way this host does", () => {
    expect(arg("Invoices!D3:E3")).toEqual(host === "desktop" ? [[0, 0]] : [[null, null]]);
  });

  it("AGING spills one result per row: blank stays blank, an error cell stays that error in its row only", () => {
    expect(show(aging(arg("Invoices!D2:D6"), cell(45991), null))).toEqual([
      ["1-30"],
      [""],
      ["#N/A the cell holds #N/A"],
      ["90+"],
      ["31-60"],
    ]);
  });

  it("an empty as_of cell means today", () => {
    expect(show(aging(arg("Invoices!D2"), arg("Customers!F1"), null))).toEqual([["1-30"]]);
    expect(show(daysOverdue(arg("Invoices!D2"), arg("Customers!F1")))).toEqual([[30]]);
  });

  it("AGING_SUMMARY skips blank rows and totals the rest", () => {
    const result = agingSummary(arg("Invoices!D2:D3"), arg("Invoices!E2:E3"), cell(45991), null);
    expect(show(result)).toEqual([["Current", "1-30", "31-60", "61-90", "90+"], [0, 100, 0, 0, 0]]);
  });

  it("AGING_SUMMARY over a range holding an error answers that error", () => {
    const result = agingSummary(arg("Invoices!D2:D6"), arg("Invoices!E2:E6"), cell(45991), null);
    expect(show(result)).toEqual([["#N/A the cell holds #N/A"]]);
  });

  it("CREDIT_AVAILABLE with an empty limit is #N/A; blank balances add nothing", () => {
    expect(show(creditAvailable(arg("Customers!B2:B3"), arg("Invoices!E2:E3"), null, null))).toEqual([[NO_LIMIT], [900]]);
  });

  it("DUNNING_STAGE with an empty balance cell is None (nothing owed)", () => {
    expect(show(dunningStage(arg("Invoices!D2"), arg("Invoices!E3"), cell(45991), null))).toEqual([["None"]]);
  });
});
