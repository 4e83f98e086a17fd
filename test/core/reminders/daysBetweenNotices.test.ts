import type { DunningLogEntry } from "../../../src/core/dunning/log";
import { DEFAULT_POLICY, type DunningPolicy } from "../../../src/core/dunning/policy";
import { remindersChosen, remindersDue } from "../../../src/core/reminders/remindersDue";
import { customer, day, invoice, ledger } from "../dunning/builders";

// X owes one invoice due 1 Oct: Reminder 1 from 2 Oct (1 day overdue), Reminder 2 from 16 Oct (15 days).
// Y owes one invoice due 1 Oct too and is never written to: it is always drafted.
const book = ledger({
  customers: [customer({ id: "X" }), customer({ id: "Y" })],
  invoices: [
    invoice({ no: "X1", customer: "X", date: "2026-09-01", due: "2026-10-01", amount: "100" }),
    invoice({ no: "Y1", customer: "Y", date: "2026-09-01", due: "2026-10-01", amount: "50" }),
  ],
});
const weekly: DunningPolicy = { ...DEFAULT_POLICY, daysBetweenNotices: 7 };

function logged(date: string, stage: string, channel = "email"): DunningLogEntry {
  return { date: day(date), customerId: "X", invoiceNo: "X1", stage, currency: "USD", amount: 10000, fee: 0, interest: 0, channel };
}

const chosenOn = (asOf: string, log: DunningLogEntry[], policy = weekly) => {
  const { reminders, heldBack } = remindersChosen(book, day(asOf), policy, log);
  return { drafted: reminders.map((r) => [r.customer.id, r.stage]), heldBack };
};

describe("daysBetweenNotices", () => {
  it("drafts a customer's first notice", () => {
    expect(chosenOn("2026-10-10", [])).toEqual({ drafted: [["X", "Reminder 1"], ["Y", "Reminder 1"]], heldBack: [] });
  });

  it("holds back a customer written to fewer days ago than the interval (5 < 7)", () => {
    expect(chosenOn("2026-10-10", [logged("2026-10-05", "Reminder 1")])).toEqual({ drafted: [["Y", "Reminder 1"]], heldBack: ["X"] });
  });

  it("drafts again once the interval has passed (exactly 7 days)", () => {
    expect(chosenOn("2026-10-10", [logged("2026-10-03", "Reminder 1")]).heldBack).toEqual([]);
  });

  it("counts from the last notice, not the first", () => {
    const log = [logged("2026-10-02", "Reminder 1", "letter"), logged("2026-10-09", "Reminder 1", "letter")];
    expect(chosenOn("2026-10-12", log).heldBack).toEqual(["X"]);
  });

  it("drafts a risen stage within the interval", () => {
    // 17 Oct: 16 days overdue → Reminder 2, above the Reminder 1 written 3 days before.
    expect(chosenOn("2026-10-17", [logged("2026-10-14", "Reminder 1")])).toEqual({ drafted: [["X", "Reminder 2"], ["Y", "Reminder 2"]], heldBack: [] });
  });

  it("holds back the same stage within the interval even after a higher one was due", () => {
    expect(chosenOn("2026-10-20", [logged("2026-10-17", "Reminder 2")]).heldBack).toEqual(["X"]);
  });

  it("ignores calls: only written notices start the interval", () => {
    expect(chosenOn("2026-10-10", [logged("2026-10-09", "Reminder 1", "phone")]).heldBack).toEqual([]);
    const log = [logged("2026-10-01", "Reminder 1"), logged("2026-10-09", "Reminder 1", "visit")];
    expect(chosenOn("2026-10-10", log).heldBack).toEqual([]);
  });

  it("ignores the day's own notices, so a same-day re-run re-makes them", () => {
    expect(chosenOn("2026-10-10", [logged("2026-10-10", "Reminder 1")]).heldBack).toEqual([]);
  });

  it("changes nothing at the default 0: every run drafts", () => {
    expect(DEFAULT_POLICY.daysBetweenNotices).toBe(0);
    const log = [logged("2026-10-09", "Reminder 1")];
    expect(chosenOn("2026-10-10", log, DEFAULT_POLICY)).toEqual({ drafted: [["X", "Reminder 1"], ["Y", "Reminder 1"]], heldBack: [] });
    expect(remindersDue(book, day("2026-10-10"), DEFAULT_POLICY, log).map((r) => r.customer.id)).toEqual(["X", "Y"]);
  });
});
