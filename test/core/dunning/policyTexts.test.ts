import { POLICY_PROBLEMS, policyFromRows } from "../../../src/core/dunning";

describe("policy problems", () => {
  it("carry a stable code whose English text is the reason", () => {
    const result = policyFromRows([["Stage", "From days", "Fee"], ["Reminder 1", "soon", 0], ["Reminder 2", 10, "lots"], ["Reminder 1", 20, 0]]);
    if (result.ok) throw new Error("expected errors");
    expect(result.errors.map((e) => [e.problem, e.params, e.reason])).toEqual([
      ["notWholeDays", {}, "is not a whole number of days"],
      ["notAmount", {}, "is not an amount ≥ 0"],
      ["stageRepeated", { first: 2 }, "repeats the stage on row 2"],
    ]);
  });

  it("have a Chinese text for every code", () => {
    const params = { first: 2, other: "5", otherRow: 3 };
    for (const [code, texts] of Object.entries(POLICY_PROBLEMS)) {
      expect([code, /[\u4e00-\u9fff]/.test(texts.zh(params)), texts.en(params).length > 0]).toEqual([code, true, true]);
    }
    expect(POLICY_PROBLEMS.differs.zh(params)).toBe("与第 3 行的“5”不同");
  });
});
