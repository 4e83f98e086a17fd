import { reminderPreview } from "../../src/flows/reminderPreview";
import { day } from "../core/dunning/builders";
import { sessionOf } from "./_lib/remindersSession";
import { CALL_TO_C1, threeCustomers } from "./_lib/threeCustomers";

const AS_OF = day("2026-10-31");

describe("reminderPreview", () => {
  it("lists who is due, how each reminder goes out, and the money in the customer's currency", () => {
    const preview = reminderPreview(sessionOf(threeCustomers()), AS_OF, { includeUpcoming: false });
    expect(preview.asOf).toBe("2026-10-31");
    expect(preview.stages).toEqual(["Upcoming", "Reminder 1", "Reminder 2", "Final notice", "Collections"]);
    const byId = new Map(preview.candidates.map((c) => [c.customerId, c]));
    expect([...byId.keys()].sort()).toEqual(["C1", "C2", "C3"]);
    expect(byId.get("C1")).toMatchObject({ channel: "email", email: "ap@gamma.example", stage: "Reminder 2", action: "phone", contact: "Ms Lee", currency: "USD", overdue: { currency: "USD", minor: 100000 }, invoiceCount: 1 });
    // The policy's Reminder 2 fee (10) is charged with the notice.
    expect(byId.get("C1")?.fees).toEqual({ currency: "USD", minor: 1000 });
    // No email: a printable letter, no address given.
    expect(byId.get("C2")).toMatchObject({ channel: "letter", stage: "Reminder 1", overdue: { currency: "USD", minor: 50000 } });
    expect(byId.get("C2")?.email).toBeUndefined();
    // Two currencies: the CNY customer's own currency is shown; both invoices are counted.
    expect(byId.get("C3")).toMatchObject({ channel: "email", language: "zh", currency: "CNY", overdue: { currency: "CNY", minor: 80000 }, invoiceCount: 2 });
    expect(byId.get("C1")?.draft.subject).toContain("USD 1,000.00");
    expect(byId.get("C1")?.draft.text).toContain("Gamma GmbH");
  });

  it("says not sent for a customer without email when letters are off", () => {
    const preview = reminderPreview(sessionOf(threeCustomers()), AS_OF, { includeUpcoming: false, letters: false });
    expect(preview.candidates.find((c) => c.customerId === "C2")?.channel).toBe("not sent");
  });

  it("shows the last call logged at the stage", () => {
    const preview = reminderPreview(sessionOf(threeCustomers(), [CALL_TO_C1]), AS_OF, { includeUpcoming: false });
    expect(preview.candidates.find((c) => c.customerId === "C1")?.lastCall).toBe("2026-10-20");
    expect(preview.candidates.find((c) => c.customerId === "C2")?.lastCall).toBeUndefined();
  });
});
