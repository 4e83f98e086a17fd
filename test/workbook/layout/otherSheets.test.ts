import { DATA_ISSUES_HEADERS, dataIssuesSheet } from "../../../src/workbook/layout/dataIssuesSheet";
import { cellAt, rowValues } from "./fixtures";

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
