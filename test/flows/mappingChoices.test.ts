import { DEFAULT_SETTINGS, type Settings } from "../../src/core/settings";
import { settingsTableOf, withMappingChoices } from "../../src/flows/mappingChoices";

const STORED: Settings = {
  ...DEFAULT_SETTINGS,
  tableSources: { Customers: "Clients" },
  columnMapping: { Invoices: { DueDate: "Terms date", Amount: "Total" }, Customers: { Name: "Client name" } },
};

describe("withMappingChoices", () => {
  it("stores a chosen sheet by its name and a chosen table by its table name", () => {
    const settings = withMappingChoices(STORED, { invoices: { sourceId: "sheet:Open items", columns: {} }, payments: { sourceId: "Receipts", columns: {} } });
    expect(settings.tableSources).toEqual({ Customers: "Clients", Invoices: "Open items", Payments: "Receipts" });
  });

  it("stores a chosen column by its header, drops the choice for 'no column', and keeps the other tables' choices", () => {
    const settings = withMappingChoices(STORED, { invoices: { columns: { DueDate: "Promised", Amount: null, Currency: "Ccy" } } });
    expect(settings.columnMapping).toEqual({ Invoices: { DueDate: "Promised", Currency: "Ccy" }, Customers: { Name: "Client name" } });
  });

  it("leaves the settings it was given unchanged", () => {
    const before = JSON.stringify(STORED);
    withMappingChoices(STORED, { invoices: { sourceId: "sheet:X", columns: { DueDate: null } } });
    expect(JSON.stringify(STORED)).toBe(before);
  });

  it("names the tables as the AR Settings keys do", () => {
    expect(["customers", "invoices", "payments"].map((k) => settingsTableOf(k as "customers" | "invoices" | "payments"))).toEqual(["Customers", "Invoices", "Payments"]);
  });
});
