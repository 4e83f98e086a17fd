import type { DataIssue } from "../../src/core/model";
import { InexactTotalsError } from "../../src/flows/exactLedgerTotals";
import { inputReadIssues, inspectLedger, openLedger } from "../../src/flows/openLedger";
import { MissingTablesError } from "../../src/workbook/schema";
import { block } from "../core/builders";
import { CUSTOMERS, INVOICES, readOf } from "./_lib/smallWorkbook";

const cellIssue = (sheet: string): DataIssue => ({ severity: "warning", sheet, row: 7, column: "Amount", value: "#REF!", reason: "a formula without a saved value" });

describe("openLedger", () => {
  it("opens the session every run starts from, the reader's issues on the clerk's sheets first", () => {
    const session = openLedger(readOf([CUSTOMERS, INVOICES], { generatedSheets: ["Index"], readIssues: [cellIssue("Index"), cellIssue("Invoices")] }));
    expect(session.ledger.invoices.map((i) => [i.invoiceNo, i.amount.minor])).toEqual([["INV-1", 10000], ["INV-2", 25000], ["INV-3", 4000]]);
    // The issue on AR Desk's own Index sheet is not the clerk's input: left out.
    expect(session.issues[0]).toEqual(cellIssue("Invoices"));
    expect(session.issues.filter((i) => i.sheet === "Index")).toEqual([]);
  });

  it("takes the date order given over the workbook's", () => {
    const ambiguous = block("Invoices", ["Invoice No", "Customer ID", "Invoice Date", "Due Date", "Amount"], [["INV-1", "C1", "3/4/2026", "4/5/2026", 100]]);
    const dmy = openLedger(readOf([CUSTOMERS, ambiguous]), { dateOrder: "dmy" });
    const mdy = openLedger(readOf([CUSTOMERS, ambiguous]), { dateOrder: "mdy" });
    // 3/4/2026: 3 April (dmy) or March 4 (mdy), 30 days apart.
    expect(dmy.ledger.invoices[0].invoiceDate - mdy.ledger.invoices[0].invoiceDate).toBe(30);
  });

  it("refuses a ledger whose totals could not be exact, naming the currency and its limit", () => {
    // 50,000,000,000,000.00 + 45,000,000,000,000.01 = 9,500,000,000,000,001 minor units > 2^53 - 1 = 9,007,199,254,740,991
    const huge = block("Invoices", ["Invoice No", "Customer ID", "Invoice Date", "Due Date", "Amount"], [
      ["INV-1", "C1", "2026-08-01", "2026-08-31", 50_000_000_000_000],
      ["INV-2", "C1", "2026-08-02", "2026-08-31", 45_000_000_000_000.01],
    ]);
    let refusal: unknown;
    try {
      openLedger(readOf([CUSTOMERS, huge]));
    } catch (e) {
      refusal = e;
    }
    expect(refusal).toBeInstanceOf(InexactTotalsError);
    expect(refusal).toMatchObject({
      currency: "USD",
      limit: "90,071,992,547,409.91",
      message: "the USD amounts add up to more than 90,071,992,547,409.91 (2^53 - 1 minor units), beyond what AR Desk can total exactly; split the ledger",
    });
  });

  it("says which table is missing when there is no invoice list", () => {
    expect(() => openLedger(readOf([CUSTOMERS]))).toThrow(MissingTablesError);
  });
});

describe("inspectLedger", () => {
  it("shows what was found without a session when the invoice list is missing", () => {
    const inspection = inspectLedger(readOf([CUSTOMERS]));
    expect(inspection.session).toBeUndefined();
    expect(inspection.detection.missingTables).toEqual(["invoices"]);
    expect(inspection.detection.customers?.block.sheet).toBe("Customers");
  });

  it("refuses inexact totals as openLedger does", () => {
    const huge = block("Invoices", ["Invoice No", "Customer ID", "Invoice Date", "Due Date", "Amount"], [
      ["INV-1", "C1", "2026-08-01", "2026-08-31", 90_071_992_547_409.91],
      ["INV-2", "C1", "2026-08-02", "2026-08-31", 0.01],
    ]);
    expect(() => inspectLedger(readOf([CUSTOMERS, huge]))).toThrow(InexactTotalsError);
  });
});

describe("inputReadIssues", () => {
  it("keeps the reader's issues on the clerk's sheets only", () => {
    expect(inputReadIssues(readOf([], { generatedSheets: ["Index"], readIssues: [cellIssue("Index"), cellIssue("Invoices")] }))).toEqual([cellIssue("Invoices")]);
  });
});
