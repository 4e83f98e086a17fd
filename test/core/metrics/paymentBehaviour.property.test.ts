/**
 * Payment behaviour from the columnar figures (paymentBehaviourOf(ledgerFigures(…))) is what the
 * accounts' statuses give (paymentBehaviour over accountsAsOf): same customers, order, counts,
 * averages and grades. Over ledgers where payments settle invoices in full, in part, early, late
 * or after the as-of day, naming the invoice or not (oldest first then), with credit notes, a
 * customer in two currencies and one missing from Customers, with a Payments table or the Paid
 * column; and over the general random ledgers.
 */
import fc from "fast-check";
import { ledgerFigures } from "../../../src/core/allocation";
import { paymentBehaviour, paymentBehaviourOf } from "../../../src/core/metrics";
import type { DayNumber, Invoice, Payment } from "../../../src/core/model";
import { addDays, creditNote, customer, invoice, isoOf, ledgerOf, paidColumnLedgerOf, payment } from "../builders";
import { ledgerItemArb, randomLedger, START } from "../randomLedgers";

const settledInvoiceArb = fc.record({
  customer: fc.constantFrom("C1", "C2", "C3", "GHOST"),
  currency: fc.constantFrom("USD", "USD", "CNY"),
  date: fc.integer({ min: 0, max: 300 }),
  terms: fc.constantFrom(0, 15, 30),
  amount: fc.integer({ min: 1, max: 5000 }),
  credit: fc.integer({ min: 0, max: 9 }).map((n) => n < 2),
  pays: fc.constantFrom("full", "full", "part", "none"),
  paidAfterDue: fc.integer({ min: -20, max: 60 }),
  namesIt: fc.boolean(),
});

describe("paymentBehaviourOf", () => {
  it("gives what paymentBehaviour gives, on ledgers whose payments settle invoices early and late", () => {
    let late = 0;
    let mixed = 0;
    fc.assert(
      fc.property(fc.array(settledInvoiceArb, { maxLength: 40 }), fc.boolean(), fc.integer({ min: 200, max: 420 }), (rows, dated, offset) => {
        const invoices: Invoice[] = [];
        const payments: Payment[] = [];
        rows.forEach((row, k) => {
          const date = addDays(START, row.date);
          const due = addDays(date, row.terms);
          const spec = { no: `I${k}`, date: isoOf(date), due: isoOf(due), customer: row.customer, currency: row.currency };
          if (row.credit) {
            invoices.push(creditNote({ ...spec, amount: row.amount }));
            return;
          }
          const paid = row.pays === "full" ? row.amount : row.pays === "part" ? Math.ceil(row.amount / 2) : 0;
          invoices.push(invoice({ ...spec, amount: row.amount, paid: dated ? 0 : paid }));
          if (dated && paid > 0) {
            payments.push(payment({ date: isoOf(addDays(due, row.paidAfterDue)), amount: paid, customer: row.customer, currency: row.currency, invoiceNo: row.namesIt ? `I${k}` : undefined }));
          }
        });
        const customers = [customer({ id: "C2", currency: "CNY" }), customer({ id: "C1" }), customer({ id: "C3" })];
        const ledger = dated ? ledgerOf(...customers, ...invoices, ...payments) : paidColumnLedgerOf(...customers, ...invoices);
        const asOf = addDays(START, offset) as DayNumber;
        const expected = paymentBehaviour(ledger, asOf);
        expect(paymentBehaviourOf(ledgerFigures(ledger, asOf))).toEqual(expected);
        if (expected.some((b) => b.lateCount > 0 && b.lateCount < b.paidCount)) mixed++;
        if (expected.some((b) => b.grade !== undefined && b.grade !== "A")) late++;
      }),
      { numRuns: 400 },
    );
    // Customers paying some invoices late and some on time, and graded below A, did occur (else this test proves little).
    expect(mixed).toBeGreaterThan(10);
    expect(late).toBeGreaterThan(10);
  });

  it("gives what paymentBehaviour gives on the general random ledgers", () => {
    fc.assert(
      fc.property(fc.array(ledgerItemArb(true), { maxLength: 60 }), fc.boolean(), fc.shuffledSubarray(["C1", "C2", "C3"]), fc.boolean(), fc.integer({ min: -10, max: 420 }),
        (items, dated, order, repeatNumbers, offset) => {
          const ledger = randomLedger(items, { dated, customerOrder: order, repeatNumbers });
          const asOf = addDays(START, offset) as DayNumber;
          expect(paymentBehaviourOf(ledgerFigures(ledger, asOf))).toEqual(paymentBehaviour(ledger, asOf));
        }),
      { numRuns: 300 },
    );
  });
});
