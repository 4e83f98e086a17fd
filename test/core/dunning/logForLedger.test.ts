import { feeToCharge, ledgerHistory, logForLedger, wasSent, type DunningLogEntry } from "../../../src/core/dunning";
import { customer, day, invoice, ledger } from "./builders";

const entry = (e: Partial<DunningLogEntry>): DunningLogEntry => ({ date: day("2026-10-02"), customerId: "C1", invoiceNo: "INV-1", stage: "Reminder 1", currency: "USD", amount: 100000, fee: 500, interest: 0, channel: "email", ...e });

/** The ledger a month later: the clerk added a CustomerID column; Acme Ltd is now C001. */
const withIds = ledger({
  customers: [customer({ id: "C001", name: "Acme Ltd" }), customer({ id: "C002", name: "Bayside Club" })],
  invoices: [invoice({ no: "INV-1", customer: "C001", date: "2026-09-01", amount: "1000" }), invoice({ no: "INV-2", customer: "C002", date: "2026-09-01", amount: "500" })],
});

describe("logForLedger", () => {
  it("returns the log itself when every row is keyed as the ledger keys its customers", () => {
    const log = [entry({ customerId: "C001" }), entry({ customerId: "C002", invoiceNo: "INV-2" })];
    expect(logForLedger(log, withIds)).toBe(log);
  });

  it("gives the rows a ledger keyed by name logged under the name to the customer of that name and its new ID", () => {
    const log = [entry({ customerId: "Acme Ltd" }), entry({ customerId: "Bayside Club", invoiceNo: "INV-2" })];
    expect(logForLedger(log, withIds).map((e) => e.customerId)).toEqual(["C001", "C002"]);
    // Only the key changes: the rest of each row is the row as logged.
    expect(logForLedger(log, withIds)[0]).toEqual({ ...log[0], customerId: "C001" });
  });

  it("compares names as the ledger does: case, spaces and full-width letters ignored", () => {
    const log = [entry({ customerId: "ACME  LTD" }), entry({ customerId: "ＡＣＭＥ Ltd" })];
    expect(logForLedger(log, withIds).map((e) => e.customerId)).toEqual(["C001", "C001"]);
  });

  it("finds a customer keyed by name whose name is now first written otherwise", () => {
    const byName = ledger({ customers: [customer({ id: "Acme Ltd", name: "Acme Ltd", keyedByName: true })], invoices: [invoice({ no: "INV-1", customer: "Acme Ltd", date: "2026-09-01", amount: "1000" })] });
    expect(logForLedger([entry({ customerId: "ACME Ltd" })], byName).map((e) => e.customerId)).toEqual(["Acme Ltd"]);
  });

  it("among several customers of the name, gives the row to the one holding its invoice; with none or both, to nobody", () => {
    const twins = ledger({
      customers: [customer({ id: "C001", name: "Acme Ltd" }), customer({ id: "C009", name: "Acme Ltd" })],
      invoices: [invoice({ no: "INV-1", customer: "C001", date: "2026-09-01", amount: "1000" }), invoice({ no: "INV-9", customer: "C009", date: "2026-09-01", amount: "900" })],
    });
    const log = [entry({ customerId: "Acme Ltd", invoiceNo: "INV-9" }), entry({ customerId: "Acme Ltd", invoiceNo: "INV-404" })];
    expect(logForLedger(log, twins).map((e) => e.customerId)).toEqual(["C009", "Acme Ltd"]);
  });

  it("leaves a row of a customer the ledger no longer has as it is", () => {
    expect(logForLedger([entry({ customerId: "Gone Ltd" })], withIds)[0].customerId).toBe("Gone Ltd");
  });
});

describe("ledgerHistory", () => {
  it("charges no fee twice when the ledger gained IDs after the notice was logged under the name", () => {
    const history = ledgerHistory(withIds, [entry({ customerId: "Acme Ltd", stage: "Reminder 1", fee: 500 })]);
    expect(wasSent(history, "C001", "INV-1", "Reminder 1")).toBe(true);
    expect(feeToCharge({ name: "Reminder 1", fromDays: 1, fee: "5" }, "USD", history, "C001", "INV-1")).toBe(0);
    expect(feeToCharge({ name: "Reminder 2", fromDays: 15, fee: "10" }, "USD", history, "C001", "INV-1")).toBe(1000);
  });
});
