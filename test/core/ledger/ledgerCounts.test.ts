import { buildLedger, ledgerCounts } from "../../../src/core/ledger";
import { recordedColumns } from "../../../src/core/ledger/recordedColumns";
import type { Invoice, Ledger, Payment } from "../../../src/core/model";
import { block, tableOf } from "../builders";

const INVOICE_HEADERS = ["InvoiceNo", "CustomerID", "InvoiceDate", "DueDate", "Amount", "Currency"];
const PAYMENT_HEADERS = ["Date", "CustomerID", "Amount", "InvoiceNo"];

/** Three invoices (one blank row between them, not an invoice) and two payments. */
function recorded(): Ledger {
  return buildLedger({
    customers: tableOf(block("Customers", ["CustomerID", "Name"], [["C1", "Acme"], ["C2", "Beta"]])),
    invoices: tableOf(
      block("Invoices", INVOICE_HEADERS, [
        ["INV-1", "C1", "2026-09-01", "2026-10-01", 100, "USD"],
        [],
        ["INV-2", "C1", "2026-09-05", "2026-10-05", 200, "USD"],
        ["INV-3", "C2", "2026-09-10", "2026-10-10", 300, "USD"],
      ]),
    ),
    payments: tableOf(block("Payments", PAYMENT_HEADERS, [["2026-10-02", "C1", 100, "INV-1"], ["2026-10-03", "C2", 50, "INV-3"]])),
  });
}

describe("ledgerCounts", () => {
  it("counts a read ledger's invoices and payments from its recorded columns, making no object", () => {
    const ledger = recorded();
    expect(ledgerCounts(ledger)).toEqual({ invoices: 3, payments: 2 });
    const record = recordedColumns(ledger)!;
    expect(record.madeInvoices()).toBeUndefined();
    expect(record.madePayments()).toBeUndefined();
    // The same counts the objects give, once made.
    expect([ledger.invoices.length, ledger.payments.length]).toEqual([3, 2]);
  });

  it("counts a hand-built ledger's lists", () => {
    const ledger = { ...recorded(), invoices: [{} as Invoice], payments: [] as Payment[] };
    expect(ledgerCounts(ledger)).toEqual({ invoices: 1, payments: 0 });
  });
});
