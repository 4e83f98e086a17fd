import { DEFAULT_SETTINGS } from "../../../../src/core/settings";
import { POLICY_FIRST_COL, POLICY_TABLE, SETTINGS_TABLE, settingsFromRows, settingsSheet } from "../../../../src/workbook/arSheets/settings";
import type { RawCell } from "../../../../src/workbook/port";
import type { SheetSpec } from "../../../../src/workbook/spec";
import { cellAt, rowValues, settings } from "../../layout/fixtures";

/** The values of a table in a spec, header first, as a reader would read them back. */
function tableRows(spec: SheetSpec, name: string): RawCell[][] {
  const table = spec.tables!.find((t) => t.name === name)!;
  const rows: RawCell[][] = [];
  for (let r = table.top; r <= table.top + table.rowCount; r++) {
    rows.push(rowValues(spec, r, table.left, table.left + table.headers.length - 1) as RawCell[]);
  }
  return rows;
}

describe("settingsSheet", () => {
  const spec = settingsSheet(settings);

  it("writes the Key/Value table and the DunningPolicy table side by side", () => {
    expect(spec).toMatchObject({ name: "AR Settings", role: "settings" });
    const [values, policy] = spec.tables!;
    expect(values).toMatchObject({ name: SETTINGS_TABLE, left: 1, headers: ["Key", "Value", "Description"] });
    expect(policy).toMatchObject({ name: POLICY_TABLE, left: POLICY_FIRST_COL, top: values.top });
    expect(policy.headers).toEqual(["Stage", "From days overdue", "Fee", "Min amount", "Note", "Action"]);
    expect(rowValues(spec, policy.top + 3, POLICY_FIRST_COL, POLICY_FIRST_COL + 1)).toEqual(["Reminder 1", 1]);
  });

  it("has an explanation line a clerk can read", () => {
    expect(String(cellAt(spec, 2, 1)?.value)).toMatch(/reads its settings from this sheet/);
  });

  it("reads back to the same settings", () => {
    const back = settingsFromRows({ values: tableRows(spec, SETTINGS_TABLE), policy: tableRows(spec, POLICY_TABLE) });
    expect(back.errors).toEqual([]);
    expect(back.settings).toEqual(settings);
  });

  it("reads back the defaults", () => {
    const defaults = settingsSheet(DEFAULT_SETTINGS);
    const back = settingsFromRows({ values: tableRows(defaults, SETTINGS_TABLE), policy: tableRows(defaults, POLICY_TABLE) });
    expect(back.settings).toEqual(DEFAULT_SETTINGS);
  });
});
