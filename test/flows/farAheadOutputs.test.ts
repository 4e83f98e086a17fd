/**
 * Invoices dated more than a year after today are listed wherever the ledger's issues are: the
 * statements' Data issues sheet and the run's issue list (the pane's count), by the one rule of
 * flows/farAhead, for the day the statements are made (not the statement date).
 */
import { openLedger } from "../../src/flows/openLedger";
import { monthPeriod, parseMonth } from "../../src/core/dates";
import { planStatements, statementsJob } from "../../src/flows/statements";
import { block, day } from "../core/builders";
import { CUSTOMERS, readOf } from "./_lib/smallWorkbook";

// INV-9 is dated 2099 (a mistyped 2026?), due a month later: the reader has nothing to say of it,
// only today's date makes it doubtful.
const INVOICES = block("Invoices", ["Invoice No", "Customer ID", "Invoice Date", "Due Date", "Amount"], [
  ["INV-1", "C1", "2026-09-01", "2026-10-01", 100],
  ["INV-9", "C2", "2099-10-05", "2099-11-04", 70],
]);
const session = openLedger(readOf([CUSTOMERS, INVOICES]));
const october = monthPeriod(parseMonth("2026-10")!);
const TODAY = day("2026-12-05");

describe("statementsJob with today", () => {
  it("has no issue of its own to report without today's date (the workbook is otherwise clean)", () => {
    expect(session.issues.filter((i) => i.severity !== "info")).toEqual([]);
    const run = statementsJob(session, october);
    expect(run.issues.some((i) => i.code === "invoiceDateFarAhead")).toBe(false);
  });

  it("lists the far-ahead invoice on the Data issues sheet and in the run's issues, by its InvoiceDate cell", () => {
    const run = statementsJob(session, october, { today: TODAY });
    const far = run.issues.filter((i) => i.code === "invoiceDateFarAhead");
    // Header on row 1: INV-9 is on row 3; Invoice Date is the third column.
    expect(far.map((i) => [i.sheet, i.row, i.column, i.columnIndex, i.value])).toEqual([["Invoices", 3, "Invoice Date", 3, "2099-10-05"]]);
    const sheet = run.sheets[run.sheets.length - 1];
    expect(sheet.name).toBe("Data issues");
    const texts = sheet.cells.map((c) => String(c.value));
    expect(texts).toContain("2099-10-05");
    expect(texts).toContain(far[0].reason);
  });

  it("the lazy plan counts and yields the same sheets, Data issues included", () => {
    const plan = planStatements(session, october, { today: TODAY });
    const sheets = [...plan.sheets()];
    expect(sheets.length).toBe(plan.sheetCount);
    expect(sheets.map((s) => s.name)).toEqual(statementsJob(session, october, { today: TODAY }).sheets.map((s) => s.name));
    expect(sheets[sheets.length - 1].name).toBe("Data issues");
  });

  it("names nothing when the invoice is within a year of today (INV-9 seen from 2099-01-01)", () => {
    expect(statementsJob(session, october, { today: day("2099-01-01") }).issues.some((i) => i.code === "invoiceDateFarAhead")).toBe(false);
  });
});
