import { DATA_ISSUES_HEADERS, dataIssuesSheet } from "../../../src/workbook/layout/dataIssuesSheet";
import type { DataIssue } from "../../../src/core/model";
import { READ_REASONS } from "../../../src/workbook/xlsx/read/readReasons";
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

  describe("in the clerk's language", () => {
    // One ledger issue with a code (its text comes from the core), one of the .xlsx reader's (no code).
    const issues: DataIssue[] = [
      { severity: "error", sheet: "Invoices", row: 9, column: "Amount", columnIndex: 5, reason: "Amount is empty: row not read", code: "emptyRequired", params: { field: "Amount" } },
      { severity: "warning", sheet: "Payments", row: 4, column: "Paid", columnIndex: 3, value: "12x", reason: READ_REASONS.notNumber },
    ];

    it("writes title, headers, severities and reasons in Chinese, keeping the sheet's name and links", () => {
      const zh = dataIssuesSheet(issues, { language: "zh" });
      const top = zh.tables![0].top;
      expect(zh.name).toBe("Data issues");
      expect(cellAt(zh, 1, 1)?.value).toBe("数据问题");
      expect(cellAt(zh, 2, 1)?.value).toBe("1 个错误（该行已跳过），1 个警告（该行已使用，但数值存疑）。点击单元格地址可跳转。");
      expect(zh.tables![0].headers).toEqual(["级别", "工作表", "行", "列", "值", "原因", "单元格"]);
      expect(rowValues(zh, top, 1, 7)).toEqual(["级别", "工作表", "行", "列", "值", "原因", "单元格"]);
      expect(rowValues(zh, top + 1, 1, 7)).toEqual(["错误", "Invoices", 9, "Amount", null, "金额为空：该行未读入", "E9"]);
      expect(rowValues(zh, top + 2, 1, 7)).toEqual(["警告", "Payments", 4, "Paid", "12x", "以数字保存的单元格中不是数字：按文本读入", "C4"]);
      expect(cellAt(zh, top + 1, 7)?.link).toBe("#'Invoices'!E9");
    });

    it("stays in English by default and when asked", () => {
      for (const en of [dataIssuesSheet(issues), dataIssuesSheet(issues, { language: "en" })]) {
        const top = en.tables![0].top;
        expect(cellAt(en, 1, 1)?.value).toBe("Data issues");
        expect(en.tables![0].headers).toEqual(["Severity", "Sheet", "Row", "Column", "Value", "Reason", "Cell"]);
        expect(rowValues(en, top + 1, 1, 7)).toEqual(["error", "Invoices", 9, "Amount", null, "Amount is empty: row not read", "E9"]);
        expect(rowValues(en, top + 2, 1, 7)).toEqual(["warning", "Payments", 4, "Paid", "12x", "not a number, in a cell saved as a number: read as text", "C4"]);
      }
    });
  });

  it("says so when there is nothing to report", () => {
    expect(cellAt(dataIssuesSheet([]), 2, 1)?.value).toBe("No data issues: every row was read.");
    expect(cellAt(dataIssuesSheet([], { language: "zh" }), 2, 1)?.value).toBe("没有数据问题：所有行均已读取。");
  });
});
