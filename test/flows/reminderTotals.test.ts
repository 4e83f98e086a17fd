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

  it("keeps the order first met in the run", () => {
    const { reminders } = remindersPreview(sessionOf(threeCustomers()), day("2026-10-31"));
    const stagesMet = [...new Set(reminders.map((r) => r.stage))];
    expect(reminderTotals(reminders).byStage.map((s) => s.stage)).toEqual(stagesMet);
  });

  it("is empty for no reminders", () => {
    expect(reminderTotals([])).toEqual({ byStage: [], overdue: [] });
  });
});
