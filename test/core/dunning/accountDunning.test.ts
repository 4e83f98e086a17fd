import { accountDunning, cappedRank, dunningCap } from "../../../src/core/dunning/accountDunning";
import { dunningHistory, NO_HISTORY, type DunningLogEntry } from "../../../src/core/dunning/log";
import { DEFAULT_POLICY, type DunningPolicy } from "../../../src/core/dunning/policy";
import { account, customer, day, invoice } from "./builders";

const acme = customer({ id: "C1" });
const asOf = day("2026-10-31");
const withFees: DunningPolicy = {
  ...DEFAULT_POLICY,
  annualRate: "0.08",
  stages: DEFAULT_POLICY.stages.map((s) => (s.name === "Reminder 1" ? { ...s, fee: "5" } : s.name === "Reminder 2" ? { ...s, fee: "10" } : s)),
};

function logOf(entries: Partial<DunningLogEntry>[]): DunningLogEntry[] {
  return entries.map((e) => ({ date: day("2026-10-01"), customerId: "C1", invoiceNo: "I1", stage: "Reminder 1", currency: "USD", amount: 0, fee: 0, interest: 0, ...e }));
}

describe("accountDunning", () => {
  it("returns each open invoice's stage and the customer's highest stage", () => {
    const result = accountDunning(
      account(acme, [
        { invoice: invoice({ no: "I1", customer: "C1", date: "2026-08-01", due: "2026-09-30", amount: "100" }) },
        { invoice: invoice({ no: "I2", customer: "C1", date: "2026-10-01", due: "2026-10-31", amount: "50" }) },
      ]),
      asOf,
    );
    expect(result.invoices.map((i) => [i.stage, i.daysOverdue])).toEqual([["Final notice", 31], ["Upcoming", 0]]);
    expect(result.stage).toBe("Final notice");
  });

  it("returns None, no fee and no interest for a disputed invoice", () => {
    const result = accountDunning(
      account(acme, [{ invoice: invoice({ no: "I1", customer: "C1", date: "2026-08-01", due: "2026-09-01", amount: "100", disputed: true }) }]),
      asOf,
      withFees,
    );
    expect(result.invoices[0]).toMatchObject({ stage: "None", fee: 0, interest: 0, interestAccrued: 0 });
    expect(result.stage).toBe("None");
  });

  it("returns the stage's fee and accrued interest", () => {
    const result = accountDunning(account(acme, [{ invoice: invoice({ no: "I1", customer: "C1", date: "2026-09-01", due: "2026-10-11", amount: "1000" }) }]), asOf, withFees);
    // 20 days overdue → Reminder 2; 1,000 × 8 % × 20 / 365 = 4.38
    expect(result.invoices[0]).toMatchObject({ stage: "Reminder 2", fee: 1000, interestAccrued: 438, interest: 438 });
  });

  it("returns a fee charged once across two runs with a log", () => {
    const acc = account(acme, [{ invoice: invoice({ no: "I1", customer: "C1", date: "2026-09-01", due: "2026-10-11", amount: "1000" }) }]);
    const first = accountDunning(acc, asOf, withFees);
    expect(first.invoices[0].fee).toBe(1000);
    const log = logOf([{ stage: "Reminder 2", fee: first.invoices[0].fee, interest: first.invoices[0].interest, date: asOf }]);
    const second = accountDunning(acc, asOf, withFees, dunningHistory(log));
    expect(second.invoices[0]).toMatchObject({ stage: "Reminder 2", fee: 0, interest: 0 });
    // Ten days later interest has accrued further: only the new part is charged.
    const later = accountDunning(acc, day("2026-11-10"), withFees, dunningHistory(log));
    expect(later.invoices[0]).toMatchObject({ stage: "Final notice", fee: 0, interestAccrued: 658, interest: 658 - 438 });
  });

  describe("one step at a time", () => {
    const policy: DunningPolicy = { ...DEFAULT_POLICY, oneStepAtATime: true };
    const acc = account(acme, [{ invoice: invoice({ no: "I1", customer: "C1", date: "2026-06-01", due: "2026-07-01", amount: "100" }) }]);

    it("returns Reminder 1 for a 122-day overdue invoice with nothing logged", () => {
      expect(accountDunning(acc, asOf, policy).stage).toBe("Reminder 1");
      expect(accountDunning(acc, asOf, DEFAULT_POLICY).stage).toBe("Collections");
    });

    it("climbs one stage per notice logged", () => {
      const stages: string[] = [];
      const log: DunningLogEntry[] = [];
      for (let run = 0; run < 6; run++) {
        const result = accountDunning(acc, asOf, policy, dunningHistory(log));
        stages.push(result.stage);
        log.push(...logOf([{ stage: result.stage }]));
      }
      expect(stages).toEqual(["Reminder 1", "Reminder 2", "Final notice", "Collections", "Collections", "Collections"]);
    });

    it("does not climb when runs are not logged", () => {
      expect(accountDunning(acc, asOf, policy).stage).toBe("Reminder 1");
      expect(accountDunning(acc, asOf, policy).stage).toBe("Reminder 1");
    });

    it("never climbs above the stage the days overdue reach", () => {
      const young = account(acme, [{ invoice: invoice({ no: "I1", customer: "C1", date: "2026-09-01", due: "2026-10-26", amount: "100" }) }]);
      const log = logOf([{ stage: "Reminder 1" }, { stage: "Reminder 2" }]);
      expect(accountDunning(young, asOf, policy, dunningHistory(log)).stage).toBe("Reminder 1");
    });

    it("ignores log entries of invoices no longer open (a fresh invoice starts over)", () => {
      const fresh = account(acme, [{ invoice: invoice({ no: "I9", customer: "C1", date: "2026-06-01", due: "2026-07-01", amount: "100" }) }]);
      const log = logOf([{ stage: "Final notice", invoiceNo: "I1" }]);
      expect(accountDunning(fresh, asOf, policy, dunningHistory(log)).stage).toBe("Reminder 1");
    });
  });
});

describe("dunningCap and cappedRank", () => {
  // DEFAULT_POLICY's minimum, 0.01, in USD minor units.
  const USD_MINIMUM = 1;
  const oneStep: DunningPolicy = { ...DEFAULT_POLICY, oneStepAtATime: true };

  it("caps an invoice one stage above the highest logged for the account's open invoices", () => {
    // Reminder 2 (rank 3) logged for I1: Final notice (4) is the most any open invoice may reach.
    const history = dunningHistory(logOf([{ invoiceNo: "I1", stage: "Reminder 2" }]));
    const cap = dunningCap(oneStep, history, "C1", () => ["I1", "I2"]);
    expect(cap).toBe(4);
    expect(cappedRank(90, 10000, USD_MINIMUM, false, oneStep, cap)).toBe(4);
    expect(cappedRank(15, 10000, USD_MINIMUM, false, oneStep, cap)).toBe(3);
  });

  it("lets the first overdue stage through with nothing logged, and has no cap without one step at a time", () => {
    let asked = 0;
    const invoiceNos = (): string[] => {
      asked++;
      return ["I1"];
    };
    expect(dunningCap(oneStep, NO_HISTORY, "C1", invoiceNos)).toBe(2);
    expect(dunningCap(DEFAULT_POLICY, NO_HISTORY, "C1", invoiceNos)).toBe(Number.POSITIVE_INFINITY);
    // Nothing logged, or no cap: the invoice numbers are not listed.
    expect(asked).toBe(0);
    expect(cappedRank(90, 10000, USD_MINIMUM, false, DEFAULT_POLICY, Number.POSITIVE_INFINITY)).toBe(5);
  });

  it("gives rank 0 to a disputed invoice, a paid one and one below the minimum (here 5.00)", () => {
    expect(cappedRank(90, 0, USD_MINIMUM, false, DEFAULT_POLICY, Number.POSITIVE_INFINITY)).toBe(0);
    expect(cappedRank(90, 500, 500, false, DEFAULT_POLICY, Number.POSITIVE_INFINITY)).toBe(5);
    expect(cappedRank(90, 10000, USD_MINIMUM, true, DEFAULT_POLICY, Number.POSITIVE_INFINITY)).toBe(0);
    expect(cappedRank(90, 400, 500, false, DEFAULT_POLICY, Number.POSITIVE_INFINITY)).toBe(0);
  });
});
