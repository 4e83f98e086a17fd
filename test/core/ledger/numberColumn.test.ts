import { buildLedger } from "../../../src/core/ledger";
import { indexColumn, numberColumn } from "../../../src/core/ledger/numberColumn";
import { recordedColumns } from "../../../src/core/ledger/recordedColumns";
import { ledgerColumns } from "../../../src/core/allocation";
import { dayFromCivil } from "../../../src/core/dates";
import { block, tableOf } from "../builders";

describe("numberColumn and indexColumn", () => {
  it("make plain arrays of the size asked, NaN or the fill until written", () => {
    expect(numberColumn(3)).toEqual([NaN, NaN, NaN]);
    expect(indexColumn(2, -1)).toEqual([-1, -1]);
    expect(indexColumn(2)).toEqual([0, 0]);
    expect(numberColumn(0)).toEqual([]);
  });

  it("hold days, large minor-unit amounts and negative hashes exactly", () => {
    const days = numberColumn(2);
    days[0] = 20_000;
    days[1] = 2 ** 53 - 1;
    expect(days).toEqual([20_000, 9_007_199_254_740_991]);
    const hashes = indexColumn(1);
    hashes[0] = -2_147_483_648;
    expect(hashes[0]).toBe(-2_147_483_648);
  });
});

describe("a read ledger's columns", () => {
  // Typed arrays here would bring back a full collection of the whole heap per 64 MB of them (see numberColumn.ts).
  it("are plain arrays of the ledger's length, in the record and in allocation's index", () => {
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
    for (const column of [record.invoiceDay, record.invoiceDue, record.invoiceMinor, record.invoicePaid, record.invoiceCustomer, record.invoiceHash, record.invoiceRow]) {
      expect(Array.isArray(column)).toBe(true);
      expect(column).toHaveLength(2);
    }
    for (const column of [record.paymentDay, record.paymentMinor, record.paymentCustomer, record.paymentInvoice]) {
      expect(Array.isArray(column)).toBe(true);
      expect(column).toHaveLength(1);
    }
    expect(record.invoiceMinor).toEqual([10_000, 2_000_000_001]);
    expect(record.invoiceDay[0]).toBe(dayFromCivil(2026, 9, 1));
    const columns = ledgerColumns(ledger);
    expect([columns.invoiceSlot, columns.invoiceDay, columns.paymentSlot, columns.paymentMinor].every(Array.isArray)).toBe(true);
    expect(columns.invoiceSlot).toEqual([0, 0]);
  });
});
