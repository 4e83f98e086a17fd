import { buildLedger } from "../../../src/core/ledger";
import { numberColumn } from "../../../src/core/ledger/numberColumn";
import { recordedColumns } from "../../../src/core/ledger/recordedColumns";
import { ledgerColumns } from "../../../src/core/allocation";
import { dayFromCivil } from "../../../src/core/dates";
import { block, tableOf } from "../builders";

describe("numberColumn", () => {
  it("makes a plain array of the size asked, NaN until written", () => {
    expect(numberColumn(3)).toEqual([NaN, NaN, NaN]);
    expect(numberColumn(0)).toEqual([]);
  });

  it("holds days, fractions and amounts in minor units up to 2^53 exactly", () => {
    const column = numberColumn(3);
    column[0] = 20_000;
    column[1] = 0.5;
    column[2] = 2 ** 53 - 1;
    expect(column).toEqual([20_000, 0.5, 9_007_199_254_740_991]);
  });
});

describe("a read ledger's columns", () => {
  // Days and amounts as typed arrays would bring back a full collection of the whole heap per
  // 64 MB of them; whole numbers as plain arrays would take twice the room (see numberColumn.ts).
  it("keep days and amounts in plain arrays and whole numbers in Int32Arrays, of the ledger's length, in the record and in allocation's index", () => {
    const ledger = buildLedger({
      customers: tableOf(block("Customers", ["CustomerID", "Name"], [["C1", "Acme"]])),
      invoices: tableOf(
        block("Invoices", ["InvoiceNo", "CustomerID", "InvoiceDate", "DueDate", "Amount"], [
          ["INV-1", "C1", "2026-09-01", "2026-10-01", 100],
          ["INV-2", "C1", "2026-09-05", "2026-10-05", 20_000_000.01],
        ]),
      ),
      payments: tableOf(block("Payments", ["Date", "CustomerID", "Amount", "InvoiceNo"], [["2026-10-02", "C1", 100, "INV-1"]])),
    });
    const record = recordedColumns(ledger)!;
    for (const column of [record.invoiceDay, record.invoiceDue, record.invoiceMinor, record.invoicePaid]) {
      expect(Array.isArray(column)).toBe(true);
      expect(column).toHaveLength(2);
    }
    for (const column of [record.paymentDay, record.paymentMinor]) {
      expect(Array.isArray(column)).toBe(true);
      expect(column).toHaveLength(1);
    }
    for (const column of [record.invoiceCustomer, record.invoiceHash, record.invoiceRow, record.paymentCustomer, record.paymentInvoice]) {
      expect(column).toBeInstanceOf(Int32Array);
    }
    expect(record.invoiceMinor).toEqual([10_000, 2_000_000_001]);
    expect(record.invoiceDay[0]).toBe(dayFromCivil(2026, 9, 1));
    const columns = ledgerColumns(ledger);
    expect([columns.invoiceDay, columns.invoiceMinor, columns.paymentDay, columns.paymentMinor].every(Array.isArray)).toBe(true);
    expect(Array.from(columns.invoiceSlot)).toEqual([0, 0]);
  });
});
