import { contactsBefore, dunningHistory, feeToCharge, highestLoggedRank, historyOf, interestCharged, interestToCharge, NO_HISTORY, oneStepCap, wasSent, type DunningLogEntry } from "../../../src/core/dunning/log";
import { DEFAULT_POLICY } from "../../../src/core/dunning/policy";
import { day } from "./builders";

const entry = (e: Partial<DunningLogEntry>): DunningLogEntry => ({ date: day("2026-10-01"), customerId: "C1", invoiceNo: "I1", stage: "Reminder 1", currency: "USD", amount: 10000, fee: 0, interest: 0, ...e });
const log = [entry({ fee: 500, interest: 120 }), entry({ stage: "Reminder 2", interest: 80, date: day("2026-10-15") }), entry({ customerId: "C2", stage: "Final notice" })];
const history = dunningHistory(log);

describe("dunningHistory", () => {
  it("returns what was sent per customer and invoice, case-insensitively", () => {
    expect(wasSent(history, "C1", "I1", "reminder 1")).toBe(true);
    expect(wasSent(history, "C1", "I1", "Final notice")).toBe(false);
    expect(wasSent(history, "C2", "I1", "Reminder 1")).toBe(false);
  });
  it("returns the interest already charged, summed", () => {
    expect(interestCharged(history, "C1", "I1")).toBe(200);
    expect(interestCharged(history, "C9", "I1")).toBe(0);
  });
});

describe("historyOf", () => {
  it("returns an indexed history from entries, the same history, or none", () => {
    expect(wasSent(historyOf(log), "C1", "I1", "Reminder 2")).toBe(true);
    expect(historyOf(history)).toBe(history);
    expect(historyOf(undefined)).toBe(NO_HISTORY);
  });
});

describe("feeToCharge", () => {
  const stage = { name: "Reminder 2", fromDays: 15, fee: "12.5" };
  it("returns the stage fee the first time and 0 once logged", () => {
    expect(feeToCharge(stage, "USD", NO_HISTORY, "C1", "I1")).toBe(1250);
    expect(feeToCharge(stage, "USD", history, "C1", "I1")).toBe(0);
    expect(feeToCharge(stage, "JPY", NO_HISTORY, "C1", "I1")).toBe(13);
  });
});

describe("interestToCharge", () => {
  it("returns accrued minus charged, never negative", () => {
    expect(interestToCharge(350, history, "C1", "I1")).toBe(150);
    expect(interestToCharge(100, history, "C1", "I1")).toBe(0);
  });
});

describe("highestLoggedRank / oneStepCap", () => {
  it("returns the highest logged rank over the given invoices", () => {
    expect(highestLoggedRank(history, "C1", ["I1", "I2"], DEFAULT_POLICY)).toBe(3);
    expect(highestLoggedRank(history, "C1", ["I2"], DEFAULT_POLICY)).toBe(0);
  });
  it("returns Reminder 1 as the first step and one above the logged stage after", () => {
    expect(oneStepCap(0, DEFAULT_POLICY)).toBe(2);
    expect(oneStepCap(1, DEFAULT_POLICY)).toBe(2);
    expect(oneStepCap(3, DEFAULT_POLICY)).toBe(4);
  });
});

describe("calls and the letters' history", () => {
  const withCall = dunningHistory([
    ...log,
    entry({ stage: "Reminder 2", channel: "phone", date: day("2026-10-20") }),
    entry({ invoiceNo: "I2", stage: "Reminder 2", date: day("2026-10-15") }), // same notice, second invoice
    entry({ stage: "Final notice", date: day("2026-10-31") }), // today's own notice
  ]);
  it("a call is never a notice: no stage counted as sent, no fee skipped", () => {
    const callOnly = dunningHistory([entry({ stage: "Final notice", channel: "phone" })]);
    expect(wasSent(callOnly, "C1", "I1", "Final notice")).toBe(false);
    expect(feeToCharge({ name: "Final notice", fromDays: 30, fee: "20" }, "USD", callOnly, "C1", "I1")).toBe(2000);
  });
  it("returns the notices before a day, one per day and stage, oldest first, and the calls apart", () => {
    const { notices, calls } = contactsBefore(withCall, "C1", ["I1", "I2"], day("2026-10-31"));
    expect(notices.map((n) => [n.date, n.stage])).toEqual([[day("2026-10-01"), "Reminder 1"], [day("2026-10-15"), "Reminder 2"]]);
    expect(calls.map((c) => [c.date, c.channel])).toEqual([[day("2026-10-20"), "phone"]]);
  });
  it("returns only the notices about the invoices asked for", () => {
    expect(contactsBefore(withCall, "C1", ["I2"], day("2026-10-31")).notices.map((n) => n.stage)).toEqual(["Reminder 2"]);
    expect(contactsBefore(withCall, "C1", ["I9"], day("2026-10-31"))).toEqual({ notices: [], calls: [] });
  });
});
