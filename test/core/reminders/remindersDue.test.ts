import { DEFAULT_POLICY, type DunningPolicy } from "../../../src/core/dunning/policy";
import { logEntriesFor } from "../../../src/core/reminders/logEntriesFor";
import { remindersDue } from "../../../src/core/reminders/remindersDue";
import { customer, day, invoice, ledger, payment } from "../dunning/builders";

const asOf = day("2026-10-31");
const withFees: DunningPolicy = {
  ...DEFAULT_POLICY,
  annualRate: "0.1",
  stages: DEFAULT_POLICY.stages.map((s) => (s.name === "Reminder 2" ? { ...s, fee: "10" } : s)),
};

const book = ledger({
  customers: [
    customer({ id: "A", email: "a@test", language: "zh", currency: "CNY" }),
    customer({ id: "B" }),
    customer({ id: "C" }),
    customer({ id: "D" }),
  ],
  invoices: [
    // A: one overdue CNY invoice (20 days), one upcoming, one in USD overdue 2 days.
    invoice({ no: "A1", customer: "A", date: "2026-09-01", due: "2026-10-11", amount: "1000", currency: "CNY" }),
    invoice({ no: "A2", customer: "A", date: "2026-10-01", due: "2026-11-02", amount: "50", currency: "CNY" }),
    invoice({ no: "A3", customer: "A", date: "2026-09-01", due: "2026-10-29", amount: "20" }),
    // B: only an upcoming invoice.
    invoice({ no: "B1", customer: "B", date: "2026-10-01", due: "2026-11-01", amount: "70" }),
    // C: disputed, 60 days overdue.
    invoice({ no: "C1", customer: "C", date: "2026-07-01", due: "2026-09-01", amount: "70", disputed: true }),
    // D: overdue, but an unapplied payment covers it.
    invoice({ no: "D1", customer: "D", date: "2026-08-01", due: "2026-09-01", amount: "70" }),
  ],
  payments: [payment({ date: "2026-10-30", customer: "D", amount: "100", invoiceNo: "ZZZ" })],
});

describe("remindersDue", () => {
  it("returns one reminder per customer at Reminder 1 or later, grouped per currency", () => {
    const reminders = remindersDue(book, asOf);
    expect(reminders.map((r) => [r.customer.id, r.stage, r.language, r.email])).toEqual([["A", "Reminder 2", "zh", "a@test"]]);
    const [cny, usd] = reminders[0].groups;
    expect(cny).toMatchObject({ currency: "CNY", stage: "Reminder 2", overdueTotal: 100000, totalDue: 100000, fees: 0, interest: 0, totalToPay: 100000 });
    expect(cny.invoices.map((i) => [i.invoiceNo, i.daysOverdue, i.open, i.stage])).toEqual([["A1", 20, 100000, "Reminder 2"]]);
    expect(usd).toMatchObject({ currency: "USD", stage: "Reminder 1", overdueTotal: 2000 });
  });

  it("returns Upcoming reminders and upcoming items only on request", () => {
    const reminders = remindersDue(book, asOf, DEFAULT_POLICY, [], { includeUpcoming: true });
    expect(reminders.map((r) => [r.customer.id, r.stage])).toEqual([["A", "Reminder 2"], ["B", "Upcoming"]]);
    expect(reminders[0].groups[0].invoices.map((i) => i.invoiceNo)).toEqual(["A1", "A2"]);
    expect(reminders[0].groups[0]).toMatchObject({ overdueTotal: 100000, totalDue: 105000 });
  });

  it("returns the fee once across two runs with a log, and only new interest", () => {
    const first = remindersDue(book, asOf, withFees);
    const a1 = first[0].groups[0].invoices[0];
    // 1,000 × 10 % × 20 / 365 = 5.479… → 5.48
    expect([a1.fee, a1.interest]).toEqual([1000, 548]);
    const log = logEntriesFor(first, asOf);
    const again = remindersDue(book, asOf, withFees, log);
    expect(again[0].groups[0]).toMatchObject({ fees: 0, interest: 0, totalToPay: 100000 });
    const later = remindersDue(book, day("2026-11-05"), withFees, log);
    expect(later[0].groups[0].invoices[0]).toMatchObject({ invoiceNo: "A1", fee: 0, interest: 685 - 548 });
  });

  it("returns customers climbing one stage per logged notice with one step at a time", () => {
    const policy = { ...DEFAULT_POLICY, oneStepAtATime: true };
    const late = day("2027-02-01");
    const log = [] as ReturnType<typeof logEntriesFor>;
    const stages: string[] = [];
    for (let run = 0; run < 4; run++) {
      const reminders = remindersDue(book, late, policy, log);
      stages.push(reminders.find((r) => r.customer.id === "A")!.stage);
      log.push(...logEntriesFor(reminders, late));
    }
    expect(stages).toEqual(["Reminder 1", "Reminder 2", "Final notice", "Collections"]);
  });

  describe("edge cases", () => {
    it("returns no reminder for a customer whose only overdue invoice is disputed", () => {
      expect(remindersDue(book, asOf).some((r) => r.customer.id === "C")).toBe(false);
    });
    it("returns no reminder for a currency where unapplied credit covers the balance", () => {
      expect(remindersDue(book, asOf).some((r) => r.customer.id === "D")).toBe(false);
    });
    it("returns nothing below the minimum amount", () => {
      expect(remindersDue(book, asOf, { ...DEFAULT_POLICY, minAmount: "5000" })).toEqual([]);
    });
  });
});
