import { DATA_ISSUES_HEADERS, dataIssuesSheet } from "../../../src/workbook/layout/dataIssuesSheet";
import { DUNNING_LOG_HEADERS, dunningLogSheet } from "../../../src/workbook/layout/dunningLogSheet";
import { POLICY_FIRST_COL, POLICY_TABLE, SETTINGS_TABLE, settingsSheet } from "../../../src/workbook/layout/settingsSheet";
import { settingsFromRows } from "../../../src/core/settings/settingsRows";
import { DEFAULT_SETTINGS } from "../../../src/core/settings/defaults";
import type { DunningLogEntry } from "../../../src/core/dunning/log";
import type { RawCell } from "../../../src/workbook/port";
import type { SheetSpec } from "../../../src/workbook/spec";
import { cellAt, day, rowValues, settings } from "./fixtures";

describe("dunningLogSheet", () => {
  const entries: DunningLogEntry[] = [
    { date: day("2026-09-30"), customerId: "C001", invoiceNo: "INV-1", stage: "Reminder 2", currency: "USD", amount: 60000, fee: 0, interest: 0, channel: "email" },
    { date: day("2026-10-31"), customerId: "C009", invoiceNo: "J-7", stage: "Final notice", currency: "JPY", amount: 120000, fee: 500, interest: 12 },
  ];
  const spec = dunningLogSheet(entries);
  const table = spec.tables![0];

  it("writes every entry, previous ones included, as the DunningLog table", () => {
    expect(spec).toMatchObject({ name: "Dunning log", role: "dunning-log" });
    expect(table).toMatchObject({ name: "DunningLog", headers: DUNNING_LOG_HEADERS, rowCount: 2 });
    expect(rowValues(spec, table.top, 1, 9)).toEqual([...DUNNING_LOG_HEADERS]);
    expect(rowValues(spec, table.top + 1, 1, 9)).toEqual([{ date: day("2026-09-30") }, "C001", "INV-1", "Reminder 2", "USD", 600, 0, 0, "email"]);
    expect(rowValues(spec, table.top + 2, 1, 9)).toEqual([{ date: day("2026-10-31") }, "C009", "J-7", "Final notice", "JPY", 120000, 500, 12, null]);
    expect(cellAt(spec, table.top + 2, 6)?.style?.numberFormat).toBe("#,##0");
    expect(cellAt(spec, table.top + 1, 1)?.style?.numberFormat).toBe("yyyy-mm-dd");
  });

  it("keeps one blank table row for an empty log", () => {
    expect(dunningLogSheet([]).tables![0].rowCount).toBe(1);
  });
});

describe("dataIssuesSheet", () => {
  const spec = dataIssuesSheet([
    { severity: "error", sheet: "Invoices", row: 7, column: "Amount", columnIndex: 5, value: "=1+1", reason: "not a number" },
    { severity: "warning", sheet: "Customers", row: 0, column: "Email", reason: "column missing" },
    { severity: "warning", sheet: "Bob's data", row: 3, column: "Currency", columnIndex: 28, value: "XYZ", reason: "unknown currency" },
  ]);
  const table = spec.tables![0];

  it("lists severity, sheet, row, column, value, reason with a link to the cell", () => {
    expect(table).toMatchObject({ name: "DataIssues", headers: DATA_ISSUES_HEADERS, rowCount: 3 });
    expect(rowValues(spec, table.top + 1, 1, 7)).toEqual(["error", "Invoices", 7, "Amount", "=1+1", "not a number", "E7"]);
    expect(cellAt(spec, table.top + 1, 7)?.link).toBe("#'Invoices'!E7");
    expect(cellAt(spec, table.top + 3, 7)).toMatchObject({ value: "AB3", link: "#'Bob''s data'!AB3" });
  });

  it("has no link when the row or column is unknown", () => {
    expect(rowValues(spec, table.top + 2, 1, 7)).toEqual(["warning", "Customers", null, "Email", null, "column missing", null]);
  });

  it("says so when there is nothing to report", () => {
    expect(cellAt(dataIssuesSheet([]), 2, 1)?.value).toBe("No data issues: every row was read.");
    expect(cellAt(dataIssuesSheet([], { language: "zh" }), 2, 1)?.value).toBe("没有数据问题：所有行均已读取。");
  });
});

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
