import { DEFAULT_SETTINGS } from "../../../../src/core/settings";
import { isSettingsBlock, settingsFromBlocks, settingsSheet } from "../../../../src/workbook/arSheets/settings";
import type { SourceBlock } from "../../../../src/workbook/port";
import { blockOf } from "../../../flows/_lib/specBlocks";
import { settings } from "../../layout/fixtures";

/** The two tables of the AR Settings sheet, as a reader delivers them. */
const blocksOf = (spec = settingsSheet(settings)): SourceBlock[] => [blockOf(spec, 0), blockOf(spec, 1)];

describe("settingsFromBlocks", () => {
  it("reads back what settingsSheet wrote", () => {
    expect(settingsFromBlocks(blocksOf())).toEqual({ settings, errors: [], found: true });
  });

  it("gives the defaults, and says no sheet was found, when the workbook has none", () => {
    expect(settingsFromBlocks([])).toEqual({ settings: DEFAULT_SETTINGS, errors: [], found: false });
  });

  it("names the sheet row of a bad value, not its place in the table", () => {
    // Header on sheet row 4 (A4), so the second data row is sheet row 6.
    const values: SourceBlock = { sheet: "AR Settings", tableName: "ARSettings", headerRow: 4, firstColumn: 1, headers: ["Key", "Value", "Description"], rows: [["company.name", "Acme", ""], ["aging.edges", "30, 20", ""]] };
    const { settings: read, errors } = settingsFromBlocks([values]);
    expect(read.company.name).toBe("Acme");
    expect(read.agingEdges).toEqual([30, 60, 90]);
    expect(errors).toEqual([
      expect.objectContaining({ row: 6, key: "aging.edges", message: 'AR Settings row 6, aging.edges = "30, 20": must be whole days > 0, ascending, e.g. 30, 60, 90; the default is used' }),
    ]);
  });

  it("names the sheet row of a bad DunningPolicy row, counted from that table's own header", () => {
    const [values] = blocksOf(settingsSheet(DEFAULT_SETTINGS));
    // The policy table's header on sheet row 10: its first data row is sheet row 11.
    const policy: SourceBlock = { sheet: "AR Settings", tableName: "DunningPolicy", headerRow: 10, firstColumn: 5, headers: ["Stage", "From days overdue"], rows: [["Reminder 1", "soon"]] };
    const { errors, settings: read } = settingsFromBlocks([values, policy]);
    expect(read.dunning).toEqual(DEFAULT_SETTINGS.dunning);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ row: 11, value: "soon" });
    expect(errors[0].key).toMatch(/^DunningPolicy\./);
    expect(errors[0].message).toMatch(/row 11\b/);
  });

  it("takes an untitled Key/Value block on the sheet when the table was lost", () => {
    const values: SourceBlock = { sheet: "ar settings", headerRow: 1, firstColumn: 1, headers: ["Key", "Value"], rows: [["dunning.graceDays", 4]] };
    expect(settingsFromBlocks([values]).settings.dunning.graceDays).toBe(4);
  });
});

describe("isSettingsBlock", () => {
  it("knows the settings sheet's blocks whatever the case of its name, and no other", () => {
    const block = (sheet: string): SourceBlock => ({ sheet, headerRow: 1, firstColumn: 1, headers: ["Key"], rows: [] });
    expect(isSettingsBlock(block("AR SETTINGS"))).toBe(true);
    expect(isSettingsBlock(block("Invoices"))).toBe(false);
  });
});
