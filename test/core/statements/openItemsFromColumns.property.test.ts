/**
 * A statement's open items, stage and figures read from the recorded columns (the column path:
 * no Invoice or InvoiceStatus per open item) equal those read from the objects (the object
 * path: accountDunning over the account's open items), over random ledgers with due dates,
 * disputes, discount terms, a Paid column or a Payments table, and dunning policies with a
 * minimum, grace days and one step at a time against a random log.
 */
import fc from "fast-check";
import { newOpenRows, openAccountsReadOnce, openRowsOf } from "../../../src/core/allocation/allocate";
import { monthPeriod } from "../../../src/core/dates";
import { DEFAULT_POLICY, type DunningLogEntry, type DunningPolicy } from "../../../src/core/dunning";
import { buildLedger, type LedgerInput } from "../../../src/core/ledger";
import { recordedColumns } from "../../../src/core/ledger/recordedColumns";
import type { Ledger } from "../../../src/core/model";
import { statementFor, statementsFor } from "../../../src/core/statements";
import type { RawCell } from "../../../src/workbook/port";
import { block, day, tableOf } from "../builders";

const CUSTOMERS = ["C1", "C2", "C3", "GHOST"];
const NUMBERS = ["A-1", "A-2", "A-3", "A-4", "1001"];
const DATES = ["2026-07-02", "2026-08-20", "2026-09-15", "2026-10-01", "2026-10-17", "2026-10-28", "2026-10-31", "2026-11-03"];
const PERIOD = monthPeriod(day("2026-10-15"));

const invoiceRow = fc.record({
  customer: fc.constantFrom(...CUSTOMERS),
  no: fc.constantFrom(...NUMBERS),
  date: fc.constantFrom(...DATES),
  due: fc.option(fc.constantFrom(...DATES), { nil: null }),
  amount: fc.oneof(fc.integer({ min: -500, max: 2000 }), fc.constant(0)),
  paid: fc.option(fc.integer({ min: 0, max: 800 }), { nil: null }),
  currency: fc.constantFrom("", "", "USD", "CNY"),
  disputed: fc.constantFrom(null, "yes", "no"),
  description: fc.option(fc.constantFrom("Services", "Parts"), { nil: null }),
});

const paymentRow = fc.record({
  customer: fc.constantFrom(...CUSTOMERS),
  no: fc.option(fc.constantFrom(...NUMBERS), { nil: null }),
  date: fc.constantFrom(...DATES),
  amount: fc.integer({ min: 0, max: 2000 }),
});

const logEntry = fc.record({
  customer: fc.constantFrom(...CUSTOMERS),
  no: fc.constantFrom(...NUMBERS),
  stage: fc.constantFrom(...DEFAULT_POLICY.stages.map((stage) => stage.name)),
});

const policy = fc.record({
  minAmount: fc.constantFrom("0.01", "5", "12.50"),
  graceDays: fc.constantFrom(0, 3),
  oneStepAtATime: fc.boolean(),
});

type InvoiceRow = typeof invoiceRow extends fc.Arbitrary<infer T> ? T : never;
type PaymentRow = typeof paymentRow extends fc.Arbitrary<infer T> ? T : never;

function recordedLedgerOf(invoices: readonly InvoiceRow[], payments: readonly PaymentRow[] | undefined): Ledger {
  const customers = block("Customers", ["CustomerID", "Name", "Currency", "DiscountTerms"], [["C1", "One", "USD", "2/10"], ["C2", "Two", "CNY", null], ["C3", "Three", "USD", "1/30"]]);
  const invoiceCells = invoices.map((r): RawCell[] => [r.customer, r.no, r.date, r.due, r.amount, r.paid, r.currency, r.disputed, r.description]);
  const input: LedgerInput = {
    customers: tableOf(customers),
    invoices: tableOf(block("Invoices", ["CustomerID", "InvoiceNo", "InvoiceDate", "DueDate", "Amount", "Paid", "Currency", "Disputed", "Description"], invoiceCells)),
    ...(payments !== undefined
      ? { payments: tableOf(block("Payments", ["CustomerID", "InvoiceNo", "Date", "Amount"], payments.map((p): RawCell[] => [p.customer, p.no, p.date, p.amount]))) }
      : {}),
  };
  return buildLedger(input, { defaultCurrency: "USD" });
}

describe("a statement's open items from the recorded columns", () => {
  it("are the open items, stages and figures read from the objects", () => {
    const seen = { openItems: 0, disputed: 0, discounts: 0, capped: 0 };
    fc.assert(
      fc.property(
        fc.array(invoiceRow, { maxLength: 25 }),
        fc.option(fc.array(paymentRow, { maxLength: 20 }), { nil: undefined }),
        policy,
        fc.array(logEntry, { maxLength: 4 }),
        (invoices, payments, rules, logged) => {
          const ledger = recordedLedgerOf(invoices, payments);
          expect(recordedColumns(ledger)).toBeDefined();
          const dunning: DunningPolicy = { ...DEFAULT_POLICY, ...rules };
          const log: DunningLogEntry[] = logged.map((entry) => ({
            date: day("2026-10-01"), customerId: entry.customer, invoiceNo: entry.no, stage: entry.stage, currency: "USD", amount: 100, fee: 0, interest: 0,
          }));
          // Both paths are taken: the recorded ledger's accounts give their rows, the copy's do not.
          const copy: Ledger = { ...ledger };
          expect(recordedColumns(copy)).toBeUndefined();
          for (const account of openAccountsReadOnce(ledger, PERIOD.end)) expect(openRowsOf(account, newOpenRows())).toBeDefined();
          for (const account of openAccountsReadOnce(copy, PERIOD.end)) expect(openRowsOf(account, newOpenRows())).toBeUndefined();

          for (const type of ["balance-forward", "open-item"] as const) {
            const fromColumns = statementsFor(ledger, PERIOD, { type, policy: dunning, log });
            const fromObjects = statementsFor(copy, PERIOD, { type, policy: dunning, log });
            expect(fromColumns).toStrictEqual(fromObjects);
            for (const statement of fromColumns) {
              seen.openItems += statement.openItems.length;
              seen.disputed += statement.openItems.filter((line) => line.disputed).length;
              seen.discounts += statement.discounts.length;
              seen.capped += rules.oneStepAtATime && logged.length > 0 && statement.stage !== "None" ? 1 : 0;
            }
          }
        },
      ),
      { numRuns: 300 },
    );
    // The cases the property is about did occur.
    expect(seen.openItems).toBeGreaterThan(0);
    expect(seen.disputed).toBeGreaterThan(0);
    expect(seen.discounts).toBeGreaterThan(0);
    expect(seen.capped).toBeGreaterThan(0);
  });

  it("are one customer's statements whether its accounts are found by slot (every customer) or by id (one customer)", () => {
    let compared = 0;
    fc.assert(
      fc.property(fc.array(invoiceRow, { maxLength: 25 }), fc.array(paymentRow, { maxLength: 20 }), (invoices, payments) => {
        const ledger = recordedLedgerOf(invoices, payments);
        for (const type of ["balance-forward", "open-item"] as const) {
          const all = statementsFor(ledger, PERIOD, { type });
          for (const id of CUSTOMERS) {
            const one = statementFor(ledger, id, PERIOD, { type });
            expect(one).toStrictEqual(all.filter((statement) => statement.customer.id === id));
            compared += one.length;
          }
        }
      }),
      { numRuns: 200 },
    );
    expect(compared).toBeGreaterThan(0);
  });
});
