import { DEFAULT_POLICY, policyFromRows, policyToRows } from "../../../src/core/dunning/policy";

describe("DEFAULT_POLICY", () => {
  it("returns the stages, thresholds and knobs of DESIGN §3", () => {
    expect(DEFAULT_POLICY.stages.map((s) => [s.name, s.fromDays, s.fee])).toEqual([
      ["Upcoming", -3, "0"],
      ["Reminder 1", 1, "0"],
      ["Reminder 2", 15, "0"],
      ["Final notice", 30, "0"],
      ["Collections", 60, "0"],
    ]);
    expect(DEFAULT_POLICY.graceDays).toBe(0);
    expect(DEFAULT_POLICY.minAmount).toBe("0.01");
    expect(DEFAULT_POLICY.annualRate).toBe("0");
    expect(DEFAULT_POLICY.oneStepAtATime).toBe(false);
  });
});

describe("policyFromRows", () => {
  it("returns stages from positional rows, sorted by from-days, fees defaulting to 0", () => {
    const result = policyFromRows([
      ["Final notice", 30, 25],
      ["Reminder 1", 1],
      ["Reminder 2", "15", "10.50"],
    ]);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.policy.stages).toEqual([
      { name: "Reminder 1", fromDays: 1, fee: "0" },
      { name: "Reminder 2", fromDays: 15, fee: "10.5", action: "phone" }, // no Action column: the default policy's
      { name: "Final notice", fromDays: 30, fee: "25" },
    ]);
    expect(result.policy.minAmount).toBe("0.01");
  });

  it("returns the min amount from the fourth column", () => {
    const result = policyFromRows([
      ["Reminder 1", 1, 0, 50],
      ["Reminder 2", 15, 0, ""],
    ]);
    expect(result.ok && result.policy.minAmount).toBe("50");
  });

  it("returns columns by header name, skipping the None row", () => {
    const result = policyFromRows([
      ["Note", "Stage", "From days overdue", "Fee"],
      ["nothing", "None", "—", 0],
      ["friendly", "Reminder 1", 1, 0],
    ]);
    expect(result).toEqual({ ok: true, policy: { ...DEFAULT_POLICY, stages: [{ name: "Reminder 1", fromDays: 1, fee: "0", note: "friendly" }] } });
  });

  it("folds headers as the ledger does: full-width letters, brackets, colons", () => {
    // ＳＴＡＧＥ (full-width) → "stage"; "From (days overdue):" → "fromdaysoverdue"; "费用：" → "费用".
    const result = policyFromRows([
      ["ＳＴＡＧＥ", "From (days overdue):", "费用："],
      ["Reminder 1", 1, 5],
    ]);
    expect(result.ok && result.policy.stages).toEqual([{ name: "Reminder 1", fromDays: 1, fee: "5" }]);
  });

  it("returns the same policy after policyToRows (round trip)", () => {
    const policy = { ...DEFAULT_POLICY, minAmount: "5", stages: [...DEFAULT_POLICY.stages.slice(1), { name: "Legal", fromDays: 90, fee: "40" }] };
    const result = policyFromRows(policyToRows(policy));
    expect(result).toEqual({ ok: true, policy });
  });

  describe("edge cases", () => {
    it("returns an error naming the row and value for a bad from-days", () => {
      const result = policyFromRows([["Reminder 1", 1], ["Reminder 2", "soon"]]);
      expect(result.ok).toBe(false);
      if (result.ok) return;
      expect(result.message).toMatchInlineSnapshot(`"Dunning policy row 2, from days: "soon" is not a whole number of days"`);
      expect(result.errors[0]).toMatchObject({ row: 2, column: "from days", value: "soon" });
    });

    it("returns an error for a negative or non-numeric fee", () => {
      const result = policyFromRows([["Reminder 1", 1, "-5"], ["Reminder 2", 15, "lots"]]);
      expect(result.ok).toBe(false);
      if (result.ok) return;
      expect(result.errors.map((e) => e.message)).toEqual([
        'Dunning policy row 1, fee: "-5" is not an amount ≥ 0',
        'Dunning policy row 2, fee: "lots" is not an amount ≥ 0',
      ]);
    });

    it("returns an error for repeated stage names and thresholds", () => {
      const result = policyFromRows([["Reminder 1", 1], ["reminder 1", 5], ["Reminder 2", 1]]);
      expect(!result.ok && result.errors.map((e) => e.message)).toEqual([
        'Dunning policy row 2, stage: "reminder 1" repeats the stage on row 1',
        'Dunning policy row 3, from days: "1" repeats the threshold on row 1',
      ]);
    });

    it("returns an error for conflicting min amounts", () => {
      const result = policyFromRows([["Reminder 1", 1, 0, 10], ["Reminder 2", 15, 0, 20]]);
      expect(!result.ok && result.message).toBe('Dunning policy row 2, min amount: "20" differs from "10" on row 1');
    });

    it("returns an error for a range with no stages", () => {
      const result = policyFromRows([[null, null], ["None", "—"]]);
      expect(!result.ok && result.message).toBe("Dunning policy has no stages: add at least one row with a stage and from-days");
    });

    it("returns an error for a threshold without a stage name", () => {
      const result = policyFromRows([["", 5]]);
      expect(!result.ok && result.message).toBe('Dunning policy row 1, stage: "" is empty: every row needs a stage name');
    });

    it("ignores blank rows and accepts 15.0 and -3 as whole days", () => {
      const result = policyFromRows([["Upcoming", -3], [null, null, null], ["Reminder 2", 15.0]]);
      expect(result.ok && result.policy.stages.map((s) => s.fromDays)).toEqual([-3, 15]);
    });
  });
});

describe("policyToRows", () => {
  it("returns a header, a None row and one row per stage", () => {
    const rows = policyToRows(DEFAULT_POLICY);
    expect(rows[0]).toEqual(["Stage", "From days overdue", "Fee", "Min amount", "Note", "Action"]);
    expect(rows[1][0]).toBe("None");
    expect(rows[2]).toEqual(["Upcoming", -3, "0", "0.01", "courtesy reminder before the due date", ""]);
    expect(rows[4]).toEqual(["Reminder 2", 15, "0", "0.01", "firm reminder, phone follow-up", "phone"]);
    expect(rows).toHaveLength(7);
  });
  it("reads its own rows back to the same stages, actions included", () => {
    const back = policyFromRows(policyToRows(DEFAULT_POLICY));
    expect(back.ok && back.policy.stages).toEqual(DEFAULT_POLICY.stages);
  });
});

describe("the Action column", () => {
  it("returns phone or visit for the stages that say so, in English or Chinese", () => {
    const result = policyFromRows([["Stage", "From days", "Action"], ["Reminder 1", 1, ""], ["Reminder 2", 15, "电话"], ["Legal", 60, "Visit"]]);
    expect(result.ok && result.policy.stages.map((s) => s.action)).toEqual([undefined, "phone", "visit"]);
  });
  it("keeps the default actions when the table has no Action column (older AR Settings sheets)", () => {
    const result = policyFromRows([["Stage", "From days"], ["Reminder 1", 1], ["Reminder 2", 15], ["Legal", 60]]);
    expect(result.ok && result.policy.stages.map((s) => s.action)).toEqual([undefined, "phone", undefined]);
  });
  it("returns an error naming the row and value for an unknown action", () => {
    const result = policyFromRows([["Stage", "From days", "Action"], ["Reminder 2", 15, "fax"]]);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.message).toBe('Dunning policy row 2, action: "fax" is not an action: use phone, visit or leave it empty');
  });
});
