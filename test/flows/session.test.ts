import { openSession } from "../../src/flows/session";
import { DEFAULT_SETTINGS } from "../../src/core/settings";
import { settingsSheet } from "../../src/workbook/arSheets";
import { MissingTablesError } from "../../src/workbook/schema";
import type { SourceBlock } from "../../src/workbook/port";
import { blockOf } from "./_lib/specBlocks";

const customers: SourceBlock = {
  sheet: "Clients",
  headerRow: 1,
  firstColumn: 1,
  headers: ["Cust", "Client name"],
  rows: [["C1", "Acme"], ["C2", "上海华瑞贸易有限公司"]],
};
const invoices: SourceBlock = {
  sheet: "Sales",
  headerRow: 1,
  firstColumn: 1,
  headers: ["Invoice #", "Cust", "Invoice date", "Terms date", "Total"],
  rows: [["INV-1", "C1", 46296, 46326, 100], ["INV-2", "C2", 46296, 46326, 250.5]],
};
/** A sheet AR Desk wrote earlier (e.g. a statement): it must never be read as the clerk's data. */
const generatedIndex: SourceBlock = {
  tableName: "StatementIndex",
  sheet: "Index",
  headerRow: 4,
  firstColumn: 1,
  headers: ["CustomerID", "Customer", "Currency", "Closing"],
  rows: [["C9", "Ghost Ltd", "USD", 999]],
};

describe("openSession", () => {
  it("applies the clerk's stored column choices from the AR Settings sheet", () => {
    const settings = { ...DEFAULT_SETTINGS, columnMapping: { Customers: { CustomerID: "Cust", Name: "Client name" }, Invoices: { DueDate: "Terms date", CustomerID: "Cust" } } };
    const spec = settingsSheet(settings);
    const stored = [blockOf(spec, 0), blockOf(spec, 1)];
    const session = openSession([...stored, customers, invoices, generatedIndex], { generatedSheets: new Set(["Index"]) });
    expect(session.settingsFound).toBe(true);
    expect(session.detection.invoices?.headers.DueDate).toBe("Terms date");
    expect(session.ledger.customers.map((c) => c.id)).toEqual(["C1", "C2"]);
    expect(session.ledger.invoices.map((i) => i.amount.minor)).toEqual([10000, 25050]);
    expect(session.issues.filter((i) => i.severity === "error")).toEqual([]);
  });

  it("keeps each table's place, header and row count, not its rows: the clerk's cells are let go once the ledger is built", () => {
    const settings = { ...DEFAULT_SETTINGS, columnMapping: { Customers: { CustomerID: "Cust", Name: "Client name" }, Invoices: { DueDate: "Terms date", CustomerID: "Cust" } } };
    const session = openSession([customers, invoices], { settings });
    const found = session.detection.invoices;
    expect(found?.block).toEqual({ sheet: "Sales", headerRow: 1, firstColumn: 1, headers: invoices.headers, rowCount: 2 });
    expect(found && "rows" in found.block).toBe(false);
    expect(session.detection.customers?.block.rowCount).toBe(2);
    // The ledger still has every row it read.
    expect(session.ledger.invoices.map((i) => i.invoiceNo)).toEqual(["INV-1", "INV-2"]);
  });

  it("uses the defaults when the workbook has no AR Settings sheet", () => {
    const session = openSession([customers, invoices]);
    expect(session.settingsFound).toBe(false);
    expect(session.settings).toBe(DEFAULT_SETTINGS);
  });

  describe("edge cases", () => {
    it("reports a bad stored setting as a data issue on the AR Settings sheet and keeps the default", () => {
      const spec = settingsSheet(DEFAULT_SETTINGS);
      const values = blockOf(spec, 0);
      const edgesRow = values.rows.findIndex((r) => r[0] === "aging.edges");
      const broken = { ...values, rows: values.rows.map((r, i) => (i === edgesRow ? [r[0], "30, 20", r[2]] : r)) };
      const session = openSession([broken, blockOf(spec, 1), customers, invoices]);
      expect(session.settings.agingEdges).toEqual([30, 60, 90]);
      expect(session.issues).toContainEqual(expect.objectContaining({ sheet: "AR Settings", row: values.headerRow + 1 + edgesRow, column: "aging.edges", value: "30, 20" }));
    });

    it("throws MissingTablesError without an Invoices table", () => {
      expect(() => openSession([customers])).toThrow(MissingTablesError);
    });
  });
});

describe("the reader's cell issues", () => {
  it("come first among the issues, and those on generated sheets are dropped", () => {
    const readIssues = [
      { severity: "error" as const, sheet: "Sales", row: 3, column: "E", columnIndex: 5, value: "0x1F", reason: "not a number, in a cell saved as a number: read as text" },
      { severity: "error" as const, sheet: "Index", row: 9, value: "ZZZZ9", reason: "a cell beyond Excel's last column (XFD): ignored" },
    ];
    const session = openSession([customers, invoices, generatedIndex], { generatedSheets: new Set(["Index"]), readIssues });
    expect(session.issues[0]).toEqual(readIssues[0]);
    expect(session.issues.filter((i) => i.sheet === "Index")).toEqual([]);
    const without = openSession([customers, invoices, generatedIndex], { generatedSheets: new Set(["Index"]) });
    expect(session.issues.slice(1)).toEqual(without.issues);
  });
});
