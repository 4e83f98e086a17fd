import { dunningHistory, feeToCharge, highestLoggedRank, historyOf, interestCharged, interestToCharge, NO_HISTORY, oneStepCap, wasSent, type DunningLogEntry } from "../../../src/core/dunning/log";
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
