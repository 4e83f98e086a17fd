/**
 * Statements of a ledger buildLedger recorded (settled and lined up from its columns, objects made
 * only for what is shown) equal the statements of the same ledger read from its objects (a copy,
 * which has no record), over random ledgers: credit notes, partial, over, unnamed and zero
 * payments with and without Reference and Method, repeated invoice numbers, several currencies,
 * items of customers not in the Customers table; before and after the overview's settlement at
 * the statement date is kept.
 */
import fc from "fast-check";
import { ledgerFigures } from "../../../src/core/allocation";
import { monthPeriod } from "../../../src/core/dates";
import { buildLedger, type LedgerInput } from "../../../src/core/ledger";
import { recordedColumns } from "../../../src/core/ledger/recordedColumns";
import type { Ledger } from "../../../src/core/model";
import { statementsFor } from "../../../src/core/statements";
import type { RawCell } from "../../../src/workbook/port";
import { block, day, tableOf } from "../builders";

const CUSTOMERS = ["C1", "C2", "C3", "GHOST"];
const NUMBERS = ["A-1", "A-2", "A-3", "A-4", "1001"];
const DATES = ["2026-08-20", "2026-09-15", "2026-10-01", "2026-10-01", "2026-10-17", "2026-10-31", "2026-11-03"];

const invoiceRow = fc.record({
  customer: fc.constantFrom(...CUSTOMERS),
  no: fc.constantFrom(...NUMBERS),
  date: fc.constantFrom(...DATES),
  amount: fc.oneof(fc.integer({ min: -500, max: 2000 }), fc.constant(0)),
  currency: fc.constantFrom("", "", "USD", "CNY"),
  description: fc.option(fc.constantFrom("Services", "Parts"), { nil: null }),
});

const paymentRow = fc.record({
  customer: fc.constantFrom(...CUSTOMERS),
  no: fc.option(fc.constantFrom(...NUMBERS), { nil: null }),
  date: fc.constantFrom(...DATES),
  amount: fc.oneof(fc.integer({ min: -100, max: 2000 }), fc.constant(0)),
  reference: fc.option(fc.constantFrom("R-9", "Wire 22"), { nil: null }),
  method: fc.option(fc.constantFrom("Bank transfer", "Cheque"), { nil: null }),
});

type InvoiceRow = typeof invoiceRow extends fc.Arbitrary<infer T> ? T : never;
type PaymentRow = typeof paymentRow extends fc.Arbitrary<infer T> ? T : never;

function recordedLedgerOf(invoices: readonly InvoiceRow[], payments: readonly PaymentRow[]): Ledger {
  const customers = block("Customers", ["CustomerID", "Name", "Currency"], [["C1", "One", "USD"], ["C2", "Two", "CNY"], ["C3", "Three", "USD"]]);
  const invoiceCells = invoices.map((r): RawCell[] => [r.customer, r.no, r.date, r.amount, r.currency, r.description]);
  const paymentCells = payments.map((p): RawCell[] => [p.customer, p.no, p.date, p.amount, p.reference, p.method]);
  const input: LedgerInput = {
    customers: tableOf(customers),
    invoices: tableOf(block("Invoices", ["CustomerID", "InvoiceNo", "InvoiceDate", "Amount", "Currency", "Description"], invoiceCells)),
    payments: tableOf(block("Payments", ["CustomerID", "InvoiceNo", "Date", "Amount", "Reference", "Method"], paymentCells)),
  };
  return buildLedger(input, { defaultCurrency: "USD" });
}

describe("statements of a recorded ledger", () => {
  it("are the statements read from its objects, with or without the overview's settlement kept", () => {
    const seen = { lines: 0, withMethod: 0, openItems: 0 };
    fc.assert(
      fc.property(fc.array(invoiceRow, { maxLength: 30 }), fc.array(paymentRow, { maxLength: 30 }), fc.boolean(), (invoices, payments, overviewFirst) => {
        const ledger = recordedLedgerOf(invoices, payments);
        expect(recordedColumns(ledger)).toBeDefined();
        const period = monthPeriod(day("2026-10-15"));
        if (overviewFirst) ledgerFigures(ledger, period.end);
        for (const type of ["balance-forward", "open-item"] as const) {
          const fromColumns = statementsFor(ledger, period, { type });
          // The copy has no record: its index, settlement and lines are read from the objects.
          const copy: Ledger = { ...ledger };
          expect(recordedColumns(copy)).toBeUndefined();
          expect(fromColumns).toEqual(statementsFor(copy, period, { type }));
          for (const statement of fromColumns) {
            seen.lines += statement.type === "balance-forward" ? statement.lines.length : 0;
            seen.withMethod += statement.lines.filter((line) => line.kind === "payment" && line.description !== undefined).length;
            seen.openItems += statement.openItems.length;
          }
        }
      }),
      { numRuns: 300 },
    );
    expect(seen.lines).toBeGreaterThan(0);
    expect(seen.withMethod).toBeGreaterThan(0);
    expect(seen.openItems).toBeGreaterThan(0);
  });
});
