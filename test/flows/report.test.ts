/**
 * The report's summary (flows/report summaryOf: one settle, no statements) against the general
 * path it replaced: the open-item statements of the month (core/statements statementsFor) turned
 * into summary rows (workbook/layout summaryFromStatements), with DSO from the ledger. Same rows,
 * same order, same figures and stages, over random ledgers, policies and dunning logs.
 */
import fc from "fast-check";
import { monthStart } from "../../src/core/dates";
import { DEFAULT_POLICY, type DunningLogEntry, type DunningPolicy } from "../../src/core/dunning";
import type { DayNumber, Ledger } from "../../src/core/model";
import { DEFAULT_SETTINGS } from "../../src/core/settings";
import { statementsFor } from "../../src/core/statements";
import { dsoByCurrency } from "../../src/flows/dso";
import { summaryOf } from "../../src/flows/report";
import { summaryFromStatements } from "../../src/workbook/layout/summarySheet";
import { addDays, customer, day, invoice, ledgerOf, payment } from "../core/builders";
import { ledgerItemArb, randomLedger, START } from "../core/randomLedgers";


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
        fc.array(ledgerItemArb(true), { maxLength: 50 }),
        fc.boolean(),
        fc.shuffledSubarray(["C1", "C2", "C3"]),
        fc.boolean(),
        fc.integer({ min: -10, max: 420 }),
        policyArb,
        fc.constantFrom("due" as const, "invoice" as const),
        logArb,
        fc.boolean(),
        (items, dated, order, repeatFirst, offset, policy, basis, picks, openBalancesGiven) => {
          const ledger = randomLedger(items, { dated, customerOrder: order, repeatFirstCustomer: repeatFirst, openBalancesGiven });
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
          const actual = summaryOf(ledger, asOf, settings, log);
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
    const summary = summaryOf(ledger, asOf, DEFAULT_SETTINGS);
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
    const summary = summaryOf(ledger, asOf, DEFAULT_SETTINGS);
    expect(summary.rows.map((r) => r.customer.id)).toEqual(["C2"]);
  });

  it("has no bucket columns when no one has a row", () => {
    const asOf = day("2026-10-31");
    const ledger = ledgerOf(customer({ id: "C1" }));
    expect(summaryOf(ledger, asOf, DEFAULT_SETTINGS)).toMatchObject({ labels: [], rows: [] });
  });
});
