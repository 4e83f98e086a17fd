/**
 * Property: for any sequence of reminder runs (days apart at random, payments in between, letters
 * on or off, some customers without email), the log never charges more than the policy's fee per
 * invoice and stage, never charges more interest than the invoice could have earned, and every
 * logged notice has the artefact it claims (an .eml draft, or a printable letter) from its run.
 */
import fc from "fast-check";
import { customer, day, invoice, ledger, payment } from "../core/dunning/builders";
import { addDays, isoOf } from "../../src/core/dates/dayNumber";
import type { DunningLogEntry } from "../../src/core/dunning";
import type { Payment } from "../../src/core/model";
import { remindersJob } from "../../src/flows/reminders";
import { FEES, sessionOf } from "./_lib/remindersSession";

const START = day("2026-09-01");
const CUSTOMERS = [
  customer({ id: "A", email: "a@example.test" }),
  customer({ id: "B" }), // no email
  customer({ id: "C", email: "c@example.test", language: "zh" }),
];
// Amount in cents and due day offset from START, per invoice.
const INVOICES = [
  { no: "A1", customer: "A", cents: 100000, due: 0 },
  { no: "A2", customer: "A", cents: 25050, due: 20 },
  { no: "B1", customer: "B", cents: 70000, due: 5 },
  { no: "C1", customer: "C", cents: 120000, due: 10 },
];

const runStep = fc.record({
  gap: fc.integer({ min: 0, max: 40 }),
  letters: fc.boolean(),
  payments: fc.array(fc.record({ invoice: fc.integer({ min: 0, max: INVOICES.length - 1 }), cents: fc.integer({ min: 1, max: 60000 }) }), { maxLength: 2 }),
});

test("fees at most once per invoice and stage, interest never beyond what accrued, every logged notice produced", () => {
  fc.assert(
    fc.property(fc.array(runStep, { minLength: 1, maxLength: 6 }), (steps) => {
      let log: DunningLogEntry[] = [];
      const payments: Payment[] = [];
      let today = START;
      const produced = new Set<string>(); // `${date} ${customer} ${channel}`
      for (const step of steps) {
        today = addDays(today, step.gap);
        for (const p of step.payments) {
          const inv = INVOICES[p.invoice];
          payments.push(payment({ date: isoOf(today), customer: inv.customer, amount: (p.cents / 100).toFixed(2), invoiceNo: inv.no }));
        }
        const book = ledger({
          customers: CUSTOMERS,
          invoices: INVOICES.map((i) => invoice({ no: i.no, customer: i.customer, date: isoOf(addDays(START, i.due - 30)), due: isoOf(addDays(START, i.due)), amount: (i.cents / 100).toFixed(2) })),
          payments: [...payments],
        });
        const run = remindersJob(sessionOf(book, log), today, { letters: step.letters });
        for (const d of run.drafts) {
          if (d.channel === "email" && d.eml && d.fileName) produced.add(`${today} ${d.reminder.customer.id} email`);
          if (d.channel === "letter") produced.add(`${today} ${d.reminder.customer.id} letter`);
        }
        expect(run.letters).toHaveLength(run.counts.letter);
        log = run.log;
      }
      // Fees: per invoice and stage, at most the policy's fee (in cents; USD).
      const fees = new Map<string, number>();
      for (const e of log) fees.set(`${e.invoiceNo} ${e.stage}`, (fees.get(`${e.invoiceNo} ${e.stage}`) ?? 0) + e.fee);
      for (const [k, total] of fees) {
        const stage = k.split(" ").slice(1).join(" ");
        expect(total).toBeLessThanOrEqual(Number(FEES[stage] ?? "0") * 100);
      }
      // Interest: never more than the full amount would earn at 8 % up to the last run (+1 cent of rounding).
      for (const inv of INVOICES) {
        const charged = log.filter((e) => e.invoiceNo === inv.no).reduce((s, e) => s + e.interest, 0);
        const days = Math.max(0, today - addDays(START, inv.due));
        expect(charged).toBeLessThanOrEqual(Math.ceil((inv.cents * 8 * days) / 36500) + 1);
      }
      // Every logged notice has its artefact from that run; B (no email) is never logged as email.
      for (const e of log) {
        expect(produced.has(`${e.date} ${e.customerId} ${e.channel}`)).toBe(true);
        if (e.customerId === "B") expect(e.channel).toBe("letter");
      }
    }),
    { numRuns: 60 },
  );
});
