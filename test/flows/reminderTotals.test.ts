import { remindersPreview } from "../../src/flows/reminders";
import { reminderTotals } from "../../src/flows/reminderTotals";
import { day } from "../core/dunning/builders";
import { sessionOf } from "./_lib/remindersSession";
import { threeCustomers } from "./_lib/threeCustomers";

describe("reminderTotals", () => {
  it("counts reminders per stage and adds the overdue amounts per currency, never across", () => {
    const { reminders } = remindersPreview(sessionOf(threeCustomers()), day("2026-10-31"));
    const totals = reminderTotals(reminders);
    const stages = Object.fromEntries(totals.byStage.map((s) => [s.stage, s.count]));
    expect(stages).toEqual({ "Reminder 2": 1, "Reminder 1": 2 });
    // USD: 1,000.00 (C1) + 500.00 (C2) + 200.00 (C3); CNY: ¥800.00 (C3).
    const overdue = Object.fromEntries(totals.overdue.map((m) => [m.currency, m.minor]));
    expect(overdue).toEqual({ USD: 170000, CNY: 80000 });
  });

  it("lists the stages in the policy's order, whatever order the run met them in, and currencies by code", () => {
    const { reminders } = remindersPreview(sessionOf(threeCustomers()), day("2026-10-31"));
    const policy = ["Upcoming", "Reminder 1", "Reminder 2", "Final notice", "Collections"];
    // The run meets C1's Reminder 2 before the Reminder 1s; reversed, the order must not change.
    for (const run of [reminders, [...reminders].reverse()]) {
      const totals = reminderTotals(run, policy);
      expect(totals.byStage).toEqual([{ stage: "Reminder 1", count: 2 }, { stage: "Reminder 2", count: 1 }]);
      expect(totals.overdue.map((m) => m.currency)).toEqual(["CNY", "USD"]);
    }
  });

  it("puts a stage the order does not name after those it does, as first met", () => {
    const { reminders } = remindersPreview(sessionOf(threeCustomers()), day("2026-10-31"));
    expect(reminderTotals(reminders, ["Reminder 2"]).byStage.map((s) => s.stage)).toEqual(["Reminder 2", "Reminder 1"]);
  });

  it("is empty for no reminders", () => {
    expect(reminderTotals([])).toEqual({ byStage: [], overdue: [] });
  });
});
