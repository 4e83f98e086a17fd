import { appendAfterOthers, type DunningLogEntry } from "../../../src/core/dunning";
import { day } from "./builders";

const entry = (e: Partial<DunningLogEntry>): DunningLogEntry => ({ date: day("2026-10-31"), customerId: "C1", invoiceNo: "INV-1", stage: "Reminder 1", currency: "USD", amount: 100000, fee: 1000, interest: 0, channel: "email", ...e });

/** What the run read: a notice to C1 a month ago. */
const earlier = entry({ date: day("2026-10-01"), stage: "Upcoming", fee: 0 });
const read = [earlier];

describe("appendAfterOthers", () => {
  it("appends every row of this run when nobody logged anything meanwhile", () => {
    const ours = [entry({}), entry({ customerId: "C2", invoiceNo: "INV-2" })];
    expect(appendAfterOthers(read, read, ours)).toEqual({ appended: ours, alreadyLogged: [], refused: [] });
  });

  it("refuses this run's notice to a customer another run wrote to meanwhile, and appends the others", () => {
    // The other run: Reminder 1 to C1 today, fee 10.00 charged.
    const other = entry({});
    const ours = [entry({}), entry({ invoiceNo: "INV-3", amount: 5000 }), entry({ customerId: "C2", invoiceNo: "INV-2" })];
    const result = appendAfterOthers(read, [...read, other], ours);
    expect(result.appended).toEqual([ours[2]]);
    expect(result.refused).toEqual([{ customerId: "C1", invoiceNos: ["INV-1", "INV-3"], stage: "Reminder 1", others: [other] }]);
    // C1's fee is in the log once: the other run's row.
    const c1Fees = [...read, other, ...result.appended].filter((e) => e.customerId === "C1").reduce((sum, e) => sum + e.fee, 0);
    expect(c1Fees).toBe(1000);
  });

  it("refuses the notice whatever stage or invoice the other run wrote about (its letter would not mention that notice)", () => {
    const other = entry({ invoiceNo: "INV-9", stage: "Reminder 2", fee: 1500 });
    const result = appendAfterOthers(read, [...read, other], [entry({})]);
    expect(result.appended).toEqual([]);
    expect(result.refused.map((r) => r.customerId)).toEqual(["C1"]);
  });

  it("keeps a call of this run when another run wrote meanwhile: a call charges nothing", () => {
    const other = entry({});
    const call = entry({ channel: "phone", fee: 0 });
    expect(appendAfterOthers(read, [...read, other], [call])).toEqual({ appended: [call], alreadyLogged: [], refused: [] });
  });

  it("does not refuse a notice because another run logged a call meanwhile", () => {
    const call = entry({ channel: "phone", fee: 0 });
    const ours = [entry({})];
    expect(appendAfterOthers(read, [...read, call], ours).appended).toEqual(ours);
  });

  it("does not log the same call twice (another log-call of the same call meanwhile)", () => {
    const call = entry({ channel: "phone", fee: 0 });
    expect(appendAfterOthers(read, [...read, call], [call])).toEqual({ appended: [], alreadyLogged: [call], refused: [] });
  });

  it("keeps a clerk's deletion: a row gone from the log is not a notice of another run", () => {
    // The clerk deleted the earlier row; nobody added one.
    const ours = [entry({})];
    expect(appendAfterOthers(read, [], ours)).toEqual({ appended: ours, alreadyLogged: [], refused: [] });
  });

  it("takes a row the clerk corrected (same notice, another fee) for an edit, not another run's notice", async () => {
    const corrected = { ...earlier, fee: 250 };
    const ours = [entry({})];
    expect(appendAfterOthers(read, [corrected], ours)).toEqual({ appended: ours, alreadyLogged: [], refused: [] });
  });

  it("counts a row logged twice by the other run as added, even when one such row was there before", () => {
    const twice = [...read, earlier];
    const result = appendAfterOthers(read, twice, [entry({})]);
    expect(result.refused.map((r) => r.others)).toEqual([[earlier]]);
  });

  describe("edge cases", () => {
    it("returns nothing to append for a run that logged nothing", () => {
      expect(appendAfterOthers(read, [...read, entry({})], [])).toEqual({ appended: [], alreadyLogged: [], refused: [] });
    });

    it("treats a row without a channel (an older log) as a written notice", () => {
      const { channel: _none, ...old } = entry({});
      expect(appendAfterOthers(read, [...read, old], [entry({})]).refused).toHaveLength(1);
    });

    it("lists the other run's notices oldest first", () => {
      const later = entry({ date: day("2026-10-31") });
      const sooner = entry({ date: day("2026-10-30"), invoiceNo: "INV-2" });
      expect(appendAfterOthers(read, [...read, later, sooner], [entry({})]).refused[0].others).toEqual([sooner, later]);
    });
  });
});
