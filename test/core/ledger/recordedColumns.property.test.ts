/**
 * The columns buildLedger records while reading are the ledger's own values, position for
 * position, and the ledger index built from them is the index read from the objects: over random
 * ledgers with invoice numbers repeated within and across customers and sheets (duplicates,
 * copies, renamed credit notes), opening-balance rows (whose number may repeat an invoice's, so a
 * payment names a number held twice), payment rows, paid dates and undated paid amounts, several
 * currencies, and with or without a Payments table.
 */
import fc from "fast-check";
import { buildLedger, type LedgerInput } from "../../../src/core/ledger";
import { recordedColumns } from "../../../src/core/ledger/recordedColumns";
import { ledgerIndex, ledgerIndexFromObjects, type LedgerIndex } from "../../../src/core/allocation/_lib/ledgerIndex";
import { textHash } from "../../../src/core/text";
import type { Invoice, Ledger } from "../../../src/core/model";
import type { RawCell } from "../../../src/workbook/port";
import { block, tableOf } from "../builders";

const CUSTOMERS = ["C1", "C2", "C3", "c1", "GHOST"];
const NUMBERS = ["A-1", "A-2", "A-3", "1001", ""];
const CURRENCIES = ["", "", "USD", "CNY", "JPY"];
const DATES = ["2026-09-01", "2026-09-15", "2026-10-01", "2026-10-20", "2026-11-02"];

const invoiceRow = fc.record({
  customer: fc.constantFrom(...CUSTOMERS),
  no: fc.constantFrom(...NUMBERS),
  date: fc.constantFrom(...DATES),
  amount: fc.oneof(fc.integer({ min: -500, max: 2000 }), fc.constant(0)),
  currency: fc.constantFrom(...CURRENCIES),
  // Opening balance rows, payment rows, plain invoices and credit notes, blank rows.
  type: fc.constantFrom("", "", "", "Invoice", "Credit Memo", "Payment", "opening", "blank"),
  paid: fc.option(fc.integer({ min: -100, max: 2000 }), { nil: null }),
  paidDate: fc.option(fc.constantFrom(...DATES), { nil: null }),
});
type InvoiceRow = typeof invoiceRow extends fc.Arbitrary<infer T> ? T : never;

const paymentRow = fc.record({
  customer: fc.constantFrom(...CUSTOMERS),
  no: fc.constantFrom(...NUMBERS),
  date: fc.constantFrom(...DATES),
  amount: fc.integer({ min: -100, max: 2000 }),
});

const INVOICE_HEADERS = ["CustomerID", "InvoiceNo", "InvoiceDate", "Amount", "Currency", "Type", "Paid", "PaidDate", "Description"];

function invoiceCells(row: InvoiceRow): RawCell[] {
  if (row.type === "blank") return [];
  const opening = row.type === "opening";
  return [row.customer, row.no, row.date, row.amount, row.currency, opening ? "" : row.type, row.paid, row.paidDate, opening ? "Opening balance" : "Services"];
}

/**
 * An opening balance whose document number is an invoice's of the same customer (both kept), and
 * a payment row quoting that number: a payment naming a number held twice.
 */
const HELD_TWICE: InvoiceRow[] = [
  { customer: "C1", no: "A-1", date: "2026-09-01", amount: 300, currency: "", type: "opening", paid: null, paidDate: null },
  { customer: "C1", no: "A-1", date: "2026-09-15", amount: 500, currency: "", type: "", paid: null, paidDate: null },
  { customer: "C1", no: "A-1", date: "2026-10-01", amount: 200, currency: "", type: "Payment", paid: null, paidDate: null },
];

const ledgerArb = fc
  .record({
    sheets: fc.array(fc.array(invoiceRow, { maxLength: 25 }), { minLength: 1, maxLength: 3 }),
    payments: fc.option(fc.array(paymentRow, { maxLength: 25 }), { nil: undefined }),
    heldTwice: fc.boolean(),
  })
  .map(({ sheets, payments, heldTwice }) => ({
    sheets: heldTwice ? [[...HELD_TWICE, ...sheets[0]], ...sheets.slice(1)] : sheets,
    ...(payments ? { payments: heldTwice ? [{ customer: "C1", no: "A-1", date: "2026-10-02", amount: 100 }, ...payments] : payments } : {}),
  }));

function ledgerOf(spec: { sheets: InvoiceRow[][]; payments?: { customer: string; no: string; date: string; amount: number }[] }): Ledger {
  const customers = block("Customers", ["CustomerID", "Name", "Currency"], [["C1", "One", "USD"], ["C2", "Two", "CNY"], ["C3", "Three", "USD"]]);
  const [first, ...more] = spec.sheets.map((rows, s) => tableOf<never>(block(`Sheet${s + 1}`, INVOICE_HEADERS, rows.map(invoiceCells))));
  const input: LedgerInput = {
    customers: tableOf(customers),
    invoices: first,
    ...(more.length > 0 ? { moreInvoices: more } : {}),
    ...(spec.payments
      ? { payments: tableOf(block("Payments", ["CustomerID", "InvoiceNo", "Date", "Amount"], spec.payments.map((p) => [p.customer, p.no, p.date, p.amount]))) }
      : {}),
  };
  return buildLedger(input, { defaultCurrency: "USD" });
}

/** An index without its record and object lookups: what both ways of building it must agree on. */
function columnsOf(index: LedgerIndex): Omit<LedgerIndex, "record" | "invoiceAt" | "paymentAt"> {
  const { record: _record, invoiceAt: _invoiceAt, paymentAt: _paymentAt, ...columns } = index;
  return columns;
}

/** An invoice's fields as a plain object (an invoice read once has them as getters). */
function fieldsOf(invoice: Invoice): Invoice {
  const { invoiceNo, customerId, invoiceDate, dueDate, amount, paid, disputed, description, source } = invoice;
  return { invoiceNo, customerId, invoiceDate, dueDate, amount, paid, disputed, description, source };
}

describe("recorded columns", () => {
  it("hold each invoice's and payment's own values, in ledger order", () => {
    fc.assert(
      fc.property(ledgerArb, (spec) => {
        const ledger = ledgerOf(spec);
        const record = recordedColumns(ledger);
        expect(record).toBeDefined();
        if (record === undefined) return;
        ledger.invoices.forEach((invoice, i) => {
          expect([
            record.customerIds[record.invoiceCustomer[i]],
            record.currencies[record.invoiceCurrency[i]],
            record.invoiceDay[i],
            record.invoiceDue[i],
            record.invoiceMinor[i],
            record.invoicePaid[i],
            record.invoiceHash[i],
          ]).toEqual([invoice.customerId, invoice.amount.currency, invoice.invoiceDate, invoice.dueDate, invoice.amount.minor, invoice.paid.minor, textHash(invoice.invoiceNo)]);
        });
        ledger.payments.forEach((payment, p) => {
          expect([
            record.customerIds[record.paymentCustomer[p]],
            record.currencies[record.paymentCurrency[p]],
            record.paymentDay[p],
            record.paymentMinor[p],
            record.paymentNamed[p],
            record.paymentNamed[p] === 1 ? record.paymentHash[p] : undefined,
          ]).toEqual([
            payment.customerId,
            payment.amount.currency,
            payment.date,
            payment.amount.minor,
            payment.invoiceNo === undefined ? 0 : 1,
            payment.invoiceNo === undefined ? undefined : textHash(payment.invoiceNo),
          ]);
        });
      }),
      { numRuns: 300 },
    );
  });

  it("make an invoice read once that holds the kept one's fields, and keep none of them", () => {
    fc.assert(
      fc.property(ledgerArb, (spec) => {
        const ledger = ledgerOf(spec);
        const record = recordedColumns(ledger);
        if (record === undefined) return;
        for (let i = 0; i < record.invoiceCount; i++) {
          // Before the kept object is made: a new object each time, equal to it, and nothing kept.
          const once = record.invoiceReadOnceAt(i);
          expect(record.invoiceReadOnceAt(i)).not.toBe(once);
          expect(record.madeInvoices()).toBeUndefined();
          // Once made: the kept object itself.
          const keptOne = record.invoiceAt(i);
          expect(fieldsOf(once)).toEqual(fieldsOf(keptOne));
          expect(record.invoiceReadOnceAt(i)).toBe(keptOne);
        }
        expect(record.invoices()).toEqual(ledger.invoices);
      }),
      { numRuns: 200 },
    );
  });

  it("give the same ledger index as the objects do", () => {
    const seen = { repeatedTarget: 0, rowPayments: 0, moreSheets: 0 };
    fc.assert(
      fc.property(ledgerArb, (spec) => {
        const ledger = ledgerOf(spec);
        const fromRecord = ledgerIndex(ledger);
        const fromObjects = ledgerIndexFromObjects(ledger);
        expect(fromRecord.record).toBe(recordedColumns(ledger));
        expect(columnsOf(fromRecord)).toEqual(columnsOf(fromObjects));
        // Each position's object, made from the record or read from the list, is the ledger's own.
        for (let i = 0; i < fromRecord.invoiceCount; i++) expect(fromRecord.invoiceAt(i)).toBe(fromObjects.invoiceAt(i));
        for (let p = 0; p < fromRecord.paymentCount; p++) expect(fromRecord.paymentAt(p)).toBe(fromObjects.paymentAt(p));
        if (fromRecord.slotNeedsObjects.includes(1)) seen.repeatedTarget++;
        if (spec.payments === undefined && ledger.hasPaymentsTable) seen.rowPayments++;
        if (spec.sheets.length > 1) seen.moreSheets++;
      }),
      { numRuns: 300 },
    );
    // The cases named above did occur (else this test proves little).
    expect(seen.repeatedTarget).toBeGreaterThan(0);
    expect(seen.rowPayments).toBeGreaterThan(0);
    expect(seen.moreSheets).toBeGreaterThan(0);
  });

  it("are not used for a copy of the ledger, nor once its arrays have grown", () => {
    const ledger = ledgerOf({ sheets: [[{ customer: "C1", no: "A-1", date: "2026-10-01", amount: 100, currency: "", type: "", paid: null, paidDate: null }]] });
    expect(recordedColumns(ledger)).toBeDefined();
    expect(recordedColumns({ ...ledger })).toBeUndefined();
    (ledger.invoices as Invoice[]).push({ ...ledger.invoices[0], invoiceNo: "A-2" });
    expect(recordedColumns(ledger)).toBeUndefined();
    // The index then reads the objects: the new invoice is in it.
    expect(ledgerIndex(ledger).invoiceCount).toBe(2);
  });
});
