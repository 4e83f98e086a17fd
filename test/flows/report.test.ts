/**
 * The report's summary (flows/report summaryOf: one settle, no statements) against the general
 * path it replaced: the open-item statements of the month (core/statements statementsFor) turned
 * into summary rows (workbook/layout summaryFromStatements), with DSO from the ledger. Same rows,
 * same order, same figures and stages, over random ledgers, policies and dunning logs.
 */
import fc from "fast-check";
import { accountsAsOf } from "../../src/core/allocation";
import { monthStart } from "../../src/core/dates";
import { DEFAULT_POLICY, type DunningLogEntry, type DunningPolicy } from "../../src/core/dunning";
import type { DayNumber, Invoice, Ledger, Payment } from "../../src/core/model";
import { DEFAULT_SETTINGS } from "../../src/core/settings";
import { statementsFor } from "../../src/core/statements";
import { dsoByCurrency } from "../../src/flows/dso";
import { summaryOf } from "../../src/flows/report";
import { summaryFromStatements } from "../../src/workbook/layout/summarySheet";
import { addDays, creditNote, customer, day, invoice, isoOf, ledgerOf, paidColumnLedgerOf, payment } from "../core/builders";

const START = day("2026-01-01");
const dayArb = fc.oneof(fc.integer({ min: 0, max: 400 }), fc.constantFrom(100, 200, 300));
const customerArb = fc.constantFrom("C1", "C2", "C3", "GHOST");
const currencyArb = fc.constantFrom("USD", "CNY", "JPY");
const itemArb = fc.oneof(
  fc.record({
    kind: fc.constant("invoice" as const),
    no: fc.integer({ min: 1, max: 40 }),
    date: dayArb,
    terms: fc.integer({ min: 0, max: 90 }),
    // Zero-amount invoices too: they are in no account, but are activity in their month.
    cents: fc.oneof(fc.integer({ min: -60000, max: 300000 }), fc.constant(0)),
    paid: fc.oneof(fc.integer({ min: 0, max: 350000 }), fc.constant(0)),
    disputed: fc.boolean(),
    customer: customerArb,
    currency: currencyArb,
  }),
  fc.record({
    kind: fc.constant("payment" as const),
    date: dayArb,
    cents: fc.oneof(fc.integer({ min: -30000, max: 300000 }), fc.constant(0)),
    target: fc.option(fc.integer({ min: 1, max: 45 })),
    customer: customerArb,
    currency: currencyArb,
  }),
);
type Item = typeof itemArb extends fc.Arbitrary<infer T> ? T : never;

const policyArb: fc.Arbitrary<DunningPolicy> = fc.record({
  stages: fc.constantFrom(
    DEFAULT_POLICY.stages,
    DEFAULT_POLICY.stages.slice(1), // no Upcoming: the first stage after the due date
    [],
  ),
  graceDays: fc.integer({ min: 0, max: 10 }),
  minAmount: fc.constantFrom("0.01", "50", "1500"),
  annualRate: fc.constantFrom("0", "0.08"),
  oneStepAtATime: fc.boolean(),
  daysBetweenNotices: fc.constant(0),
});

/** Customers listed in a random order (GHOST never, a repeated id sometimes); their invoices and payments. */
function ledgerFrom(items: Item[], dated: boolean, customerOrder: string[], repeatFirst: boolean, openBalancesGiven: boolean): Ledger {
  const invoices: Invoice[] = [];
  const payments: Payment[] = [];
  const seen = new Set<number>();
  for (const x of items) {
    const date = isoOf(addDays(START, x.date));
    const unit = x.currency === "JPY" ? 1 : 100;
    if (x.kind === "invoice") {
      if (seen.has(x.no)) continue;
      seen.add(x.no);
      const spec = { no: `I${x.no}`, date, due: isoOf(addDays(day(date), x.terms)), customer: x.customer, currency: x.currency, disputed: x.disputed };
      invoices.push(x.cents < 0 ? creditNote({ ...spec, amount: -Math.round(x.cents / unit) }) : invoice({ ...spec, amount: Math.round(x.cents / unit), paid: dated ? 0 : Math.round(x.paid / unit) }));
    } else if (dated) {
      payments.push(payment({ date, amount: Math.round(x.cents / unit), customer: x.customer, currency: x.currency, invoiceNo: x.target === null ? undefined : `I${x.target}` }));
    }
  }
  const listed = customerOrder.map((id, i) => customer({ id, currency: ["USD", "CNY", "JPY"][i % 3], creditLimit: i === 0 ? "500.00" : undefined }));
  // A repeated CustomerID: statements take the last row's place in the order.
  const customers = repeatFirst && listed.length > 1 ? [...listed, customer({ id: listed[0].id, name: "Second row" })] : listed;
  const ledger = dated ? ledgerOf(...customers, ...invoices, ...payments) : paidColumnLedgerOf(...customers, ...invoices);
  // Open balances as an export gives them (Paid column path): credit notes keep what is left of them.
  return { ...ledger, customers: ledger.customers.filter((c) => c.id !== "GHOST"), ...(openBalancesGiven && !dated ? { openBalancesGiven: true } : {}) };
}

/** A few notices logged for the ledger's invoices (they cap the stage with one step at a time). */
function logFor(ledger: Ledger, picks: { at: number; stage: string; channel: string }[], asOf: DayNumber): DunningLogEntry[] {
  if (ledger.invoices.length === 0) return [];
  return picks.map(({ at, stage, channel }) => {
    const target = ledger.invoices[at % ledger.invoices.length];
    return { date: addDays(asOf, -5), customerId: target.customerId, invoiceNo: target.invoiceNo, stage, currency: target.amount.currency, amount: 100, fee: 0, interest: 0, channel };
  });
}

const logArb = fc.array(fc.record({ at: fc.nat(), stage: fc.constantFrom("Upcoming", "Reminder 1", "Reminder 2"), channel: fc.constantFrom("email", "phone") }), { maxLength: 4 });

describe("summaryOf", () => {
  it("gives the rows the month's open-item statements give, in their order, with DSO", () => {
    fc.assert(
      fc.property(
        fc.array(itemArb, { maxLength: 50 }),
        fc.boolean(),
        fc.shuffledSubarray(["C1", "C2", "C3"]),
        fc.boolean(),
        fc.integer({ min: -10, max: 420 }),
        policyArb,
        fc.constantFrom("due" as const, "invoice" as const),
        logArb,
        fc.boolean(),
        (items, dated, order, repeatFirst, offset, policy, basis, picks, openBalancesGiven) => {
          const ledger = ledgerFrom(items, dated, order, repeatFirst, openBalancesGiven);
          const asOf = addDays(START, offset) as DayNumber;
          const log = logFor(ledger, picks, asOf);
          const settings = { ...DEFAULT_SETTINGS, dunning: policy, agingBasis: basis };
          const statements = statementsFor(ledger, { start: monthStart(asOf), end: asOf }, {
            type: "open-item",
            agingEdges: settings.agingEdges,
            agingBasis: basis,
            policy,
            log,
            confirmationSlip: false,
          });
          const expected = summaryFromStatements(statements, dsoByCurrency(ledger, asOf, settings.dsoDays));
          const actual = summaryOf(ledger, accountsAsOf(ledger, asOf), asOf, settings, log);
          expect(actual.labels).toEqual(expected.labels);
          expect(actual.rows).toEqual(expected.rows);
          expect(actual.dso).toEqual(expected.dso);
        },
      ),
      { numRuns: 1000 },
    );
  });

  it("lists a customer whose only item this month is a zero invoice, with zero figures and no stage", () => {
    const asOf = day("2026-10-31");
    const ledger = ledgerOf(customer({ id: "C1" }), customer({ id: "C2" }), invoice({ no: "Z1", customer: "C2", date: "2026-10-05", amount: 0 }));
    const summary = summaryOf(ledger, accountsAsOf(ledger, asOf), asOf, DEFAULT_SETTINGS);
    expect(summary.rows.map((r) => [r.customer.id, r.currency, r.balance, r.stage, r.aging])).toEqual([["C2", "USD", 0, "None", [0, 0, 0, 0, 0]]]);
  });

  it("leaves out a customer paid up before the month, and keeps one paid up in it", () => {
    const asOf = day("2026-10-31");
    const ledger = ledgerOf(
      invoice({ no: "A1", customer: "C1", date: "2026-08-01", amount: 100 }),
      payment({ customer: "C1", date: "2026-08-20", amount: 100, invoiceNo: "A1" }),
      invoice({ no: "B1", customer: "C2", date: "2026-08-01", amount: 100 }),
      payment({ customer: "C2", date: "2026-10-02", amount: 100, invoiceNo: "B1" }),
    );
    const summary = summaryOf(ledger, accountsAsOf(ledger, asOf), asOf, DEFAULT_SETTINGS);
    expect(summary.rows.map((r) => r.customer.id)).toEqual(["C2"]);
  });

  it("has no bucket columns when no one has a row", () => {
    const asOf = day("2026-10-31");
    const ledger = ledgerOf(customer({ id: "C1" }));
    expect(summaryOf(ledger, accountsAsOf(ledger, asOf), asOf, DEFAULT_SETTINGS)).toMatchObject({ labels: [], rows: [] });
  });
});
