import { DEFAULT_POLICY, type DunningPolicy } from "../../../src/core/dunning/policy";
import { customerStage, invoiceStage, rankByDays, STAGE_NONE, stageAtRank, stageRank } from "../../../src/core/dunning/stage";

describe("invoiceStage", () => {
  const cases: [number, string][] = [
    [-4, "None"],
    [-3, "Upcoming"],
    [0, "Upcoming"],
    [1, "Reminder 1"],
    [14, "Reminder 1"],
    [15, "Reminder 2"],
    [29, "Reminder 2"],
    [30, "Final notice"],
    [59, "Final notice"],
    [60, "Collections"],
    [5000, "Collections"],
  ];
  it.each(cases)("returns the stage for %i days overdue: %s", (days, stage) => {
    expect(invoiceStage(days, 10000, "USD", false)).toBe(stage);
  });

  it("adds grace days to every threshold", () => {
    const policy: DunningPolicy = { ...DEFAULT_POLICY, graceDays: 5 };
    expect(invoiceStage(-9, 100, "USD", false, policy)).toBe(STAGE_NONE);
    expect(invoiceStage(2, 100, "USD", false, policy)).toBe("Upcoming");
    expect(invoiceStage(5, 100, "USD", false, policy)).toBe("Upcoming");
    expect(invoiceStage(6, 100, "USD", false, policy)).toBe("Reminder 1");
    expect(invoiceStage(19, 100, "USD", false, policy)).toBe("Reminder 1");
    expect(invoiceStage(20, 100, "USD", false, policy)).toBe("Reminder 2");
    expect(invoiceStage(64, 100, "USD", false, policy)).toBe("Final notice");
    expect(invoiceStage(65, 100, "USD", false, policy)).toBe("Collections");
  });

  it("returns None for a disputed invoice however overdue", () => {
    expect(invoiceStage(90, 10000, "USD", true)).toBe("None");
  });

  it("returns None for a paid invoice", () => {
    expect(invoiceStage(90, 0, "USD", false)).toBe("None");
  });

  it("returns None below the minimum amount and the stage at it", () => {
    const policy: DunningPolicy = { ...DEFAULT_POLICY, minAmount: "10" };
    expect(invoiceStage(20, 999, "USD", false, policy)).toBe("None");
    expect(invoiceStage(20, 1000, "USD", false, policy)).toBe("Reminder 2");
    expect(invoiceStage(20, 9, "JPY", false, policy)).toBe("None");
    expect(invoiceStage(20, 10, "JPY", false, policy)).toBe("Reminder 2");
  });

  describe("edge cases", () => {
    it("returns None for a credit balance (negative open)", () => {
      expect(invoiceStage(20, -500, "USD", false)).toBe("None");
    });
    it("returns at least 1 yen as the minimum for a 0-decimal currency (0.01 rounds to 0)", () => {
      expect(invoiceStage(20, 1, "JPY", false)).toBe("Reminder 2");
    });
  });
});

describe("stageRank", () => {
  it("returns 0 for None and positions for stages, case-insensitively", () => {
    expect(stageRank("None")).toBe(0);
    expect(stageRank("Upcoming")).toBe(1);
    expect(stageRank("final NOTICE")).toBe(4);
    expect(stageRank("Collections")).toBe(5);
  });
  it("returns -1 for a stage not in the policy", () => {
    expect(stageRank("Lawyer")).toBe(-1);
  });
});

describe("stageAtRank", () => {
  it("returns the name at a rank", () => {
    expect(stageAtRank(0)).toBe("None");
    expect(stageAtRank(3)).toBe("Reminder 2");
  });
});

describe("customerStage", () => {
  it("returns the highest stage among the invoices", () => {
    expect(customerStage(["None", "Reminder 2", "Upcoming"])).toBe("Reminder 2");
  });
  it("returns None for no invoices or unknown stages", () => {
    expect(customerStage([])).toBe("None");
    expect(customerStage(["Lawyer"])).toBe("None");
  });
});

describe("rankByDays", () => {
  it("gives the rank of the last stage reached by the days overdue, grace days added to each threshold", () => {
    // Default thresholds: Upcoming -3, Reminder 1 1, Reminder 2 15, Final notice 30, Collections 60.
    expect([-4, -3, 14, 15, 59, 60].map((days) => rankByDays(days, DEFAULT_POLICY))).toEqual([0, 1, 2, 3, 4, 5]);
    // Three grace days: Reminder 2 from 18.
    expect([15, 17, 18].map((days) => rankByDays(days, { ...DEFAULT_POLICY, graceDays: 3 }))).toEqual([2, 2, 3]);
  });
});
