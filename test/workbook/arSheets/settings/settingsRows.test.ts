import { DEFAULT_POLICY } from "../../../../src/core/dunning";
import { issueText } from "../../../../src/core/ledger";
import { DEFAULT_SETTINGS, type Settings } from "../../../../src/core/settings";
import { settingsFromRows, settingsToRows } from "../../../../src/workbook/arSheets/settings";

describe("settingsToRows", () => {
  it("returns a Key/Value/Description header and the DunningPolicy table", () => {
    const rows = settingsToRows(DEFAULT_SETTINGS);
    expect(rows.values[0]).toEqual(["Key", "Value", "Description"]);
    expect(rows.values.map((r) => r[0])).toEqual(expect.arrayContaining(["company.name", "company.address.1", "aging.edges", "dunning.graceDays"]));
    expect(rows.values.find((r) => r[0] === "aging.edges")?.[1]).toBe("30, 60, 90");
    expect(rows.policy[0]).toEqual(["Stage", "From days overdue", "Fee", "Min amount", "Note", "Action"]);
  });
});

describe("settingsFromRows", () => {
  it("returns the defaults and no errors for the default rows (round trip)", () => {
    expect(settingsFromRows(settingsToRows(DEFAULT_SETTINGS))).toEqual({ settings: DEFAULT_SETTINGS, errors: [] });
  });

  it("returns customised settings unchanged after a round trip", () => {
    const custom: Settings = {
      ...DEFAULT_SETTINGS,
      company: { name: "Acme 有限公司", addressLines: ["1 Main St", "Springfield", "USA", "Earth"], email: "ar@acme.test", phone: "+1 555", taxId: "91310000X" },
      payment: { bank: "IBAN DE00 1234\nBIC ABCDEF", alipay: "ar@acme.test" },
      agingEdges: [15, 30, 45, 60, 90, 120],
      agingBasis: "invoice",
      statement: { type: "open-item", confirmationSlip: true },
      dunning: { ...DEFAULT_POLICY, graceDays: 3, annualRate: "0.08", oneStepAtATime: true, minAmount: "5", stages: [{ name: "Reminder 1", fromDays: 1, fee: "0" }, { name: "Final notice", fromDays: 30, fee: "15.5", note: "formal" }] },
      reminderTemplates: { "Reminder 1": { zh: { subject: "请付款 {{customerName}}" }, en: { body: "Hi {{customerName}}" } } },
      columnMapping: { Invoices: { DueDate: "Fällig am" } },
      tableSources: { Customers: "Kunden" },
      provisionRates: ["0", "0.1", "1"],
      creditGrades: { ...DEFAULT_SETTINGS.creditGrades, A: { maxAverageDaysLate: 2, maxShareLate: "0.05" } },
      dsoDays: 60,
      includeUpcoming: true,
      defaultCurrency: "CNY",
      defaultTermsDays: 45,
    };
    expect(settingsFromRows(settingsToRows(custom))).toEqual({ settings: custom, errors: [] });
  });

  it("returns Excel-typed values read as text (numbers, booleans)", () => {
    const { settings, errors } = settingsFromRows({ values: [["dunning.graceDays", 5], ["reminders.includeUpcoming", true], ["dunning.annualRate", 0.08]] });
    expect(errors).toEqual([]);
    expect(settings.dunning.graceDays).toBe(5);
    expect(settings.includeUpcoming).toBe(true);
    expect(settings.dunning.annualRate).toBe("0.08");
  });

  it("returns the days between notices written and read back, 0 when the key is missing", () => {
    const weekly = { ...DEFAULT_SETTINGS, dunning: { ...DEFAULT_SETTINGS.dunning, daysBetweenNotices: 7 } };
    const rows = settingsToRows(weekly);
    expect(rows.values).toEqual(expect.arrayContaining([expect.arrayContaining(["dunning.daysBetweenNotices", 7])]));
    expect(settingsFromRows(rows).settings.dunning.daysBetweenNotices).toBe(7);
    expect(settingsFromRows({ values: [["dunning.graceDays", 2]] }).settings.dunning.daysBetweenNotices).toBe(0);
    expect(settingsFromRows({ values: [["dunning.daysBetweenNotices", "-3"]] }).errors.map((e) => [e.key, e.value])).toEqual([["dunning.daysBetweenNotices", "-3"]]);
  });

  describe("edge cases", () => {
    it("returns errors with row, key and value, keeping the defaults", () => {
      const { settings, errors } = settingsFromRows({
        values: [["Key", "Value"], ["aging.edges", "30, 20"], ["aging.basis", "sideways"], ["dunning.graceDays", "-1"], ["ledger.defaultCurrency", "XYZ?"]],
      });
      expect(settings.agingEdges).toEqual([30, 60, 90]);
      expect(settings.agingBasis).toBe("due");
      expect(settings.dunning.graceDays).toBe(0);
      expect(errors.map((e) => [e.row, e.key, e.value])).toEqual([
        [2, "aging.edges", "30, 20"],
        [3, "aging.basis", "sideways"],
        [4, "dunning.graceDays", "-1"],
        [5, "ledger.defaultCurrency", "XYZ?"],
      ]);
      expect(errors[0].message).toMatchInlineSnapshot(`"AR Settings row 2, aging.edges = "30, 20": must be whole days > 0, ascending, e.g. 30, 60, 90; the default is used"`);
    });

    it("returns a warning for unknown and repeated keys", () => {
      const { errors } = settingsFromRows({ values: [["company.nmae", "Acme"], ["company.name", "A"], ["Company.Name", "B"]] });
      expect(errors.map((e) => [e.severity, e.row, e.reason])).toEqual([
        ["warning", 1, "is not a setting AR Desk knows; ignored"],
        ["warning", 3, "repeats the key on row 2; the first is used"],
      ]);
    });

    it("returns policy errors naming the policy row and keeps the default stages", () => {
      const { settings, errors } = settingsFromRows({ values: [], policy: [["Stage", "From days"], ["Reminder 1", "x"]] });
      expect(settings.dunning.stages).toBe(DEFAULT_POLICY.stages);
      expect(errors[0]).toMatchObject({ row: 2, key: "DunningPolicy.from days", value: "x" });
    });

    it("code every error, so it reads in the clerk's language", () => {
      const { errors } = settingsFromRows({
        values: [["aging.edges", "30, 20"], ["company.nmae", "Acme"], ["metrics.dsoDays", "0"]],
        policy: [["Stage", "From days"], ["Reminder 1", "x"]],
      });
      const zh = errors.map((e) => [e.code, issueText({ severity: e.severity, sheet: "AR Settings", row: e.row, reason: e.reason, code: e.code, params: e.params }, "zh")]);
      expect(zh).toEqual([
        ["settingBadValue", "必须是递增的正整数天数，如 30, 60, 90：使用默认值"],
        ["settingUnknownKey", "不是 AR Desk 认识的设置：已忽略"],
        ["settingBadValue", "必须是 ≥ 1 的整数：使用默认值"],
        ["policyValue", "起始逾期天数不是整数天数：使用默认催款政策"],
      ]);
      expect(errors.map((e) => e.reason)).toEqual([
        "must be whole days > 0, ascending, e.g. 30, 60, 90; the default is used",
        "is not a setting AR Desk knows; ignored",
        "must be a whole number ≥ 1; the default is used",
        "is not a whole number of days",
      ]);
    });

    it("returns grace days from the values applied to the policy table", () => {
      const { settings } = settingsFromRows({ values: [["dunning.graceDays", "4"]], policy: [["Reminder 1", 1]] });
      expect(settings.dunning.graceDays).toBe(4);
      expect(settings.dunning.stages).toEqual([{ name: "Reminder 1", fromDays: 1, fee: "0" }]);
    });

    it("returns address lines in order without gaps", () => {
      const { settings } = settingsFromRows({ values: [["company.address.2", "Shanghai"], ["company.address.1", "No. 1 Road"], ["company.address.3", ""]] });
      expect(settings.company.addressLines).toEqual(["No. 1 Road", "Shanghai"]);
    });
  });
});
