import { issueColumn, issueReason, issueText, SETTING_EXPECTED, type IssueCode, type IssueParams } from "../../../src/core/ledger";
import type { DataIssue } from "../../../src/core/model";

/** An issue as its producer makes it: the English reason from the code, the code and params beside. */
function coded(code: IssueCode, params: IssueParams): DataIssue {
  return { severity: "warning", sheet: "AR Settings", row: 7, reason: issueReason(code, params), code, params };
}
const both = (code: IssueCode, params: IssueParams = {}): [string, string] => {
  const issue = coded(code, params);
  return [issueText(issue, "en"), issueText(issue, "zh")];
};

describe("AR Settings issue texts", () => {
  it("say what is wrong with a key, in both languages", () => {
    expect(both("settingNoKey")).toEqual(["has a value but no key; ignored", "有值但没有键：已忽略"]);
    expect(both("settingRepeated", { first: 5 })).toEqual(["repeats the key on row 5; the first is used", "与第 5 行的键重复：使用第一个"]);
    expect(both("settingAddressLine")).toEqual(["address lines are numbered 1 to 20; ignored", "地址行的编号只能是 1 到 20：已忽略"]);
    expect(both("settingUnknownKey")).toEqual(["is not a setting AR Desk knows; ignored", "不是 AR Desk 认识的设置：已忽略"]);
  });

  it("say what a value should have been, per kind of key", () => {
    expect(both("settingBadValue", { expected: "wholeNumber", min: 1 })).toEqual(["must be a whole number ≥ 1; the default is used", "必须是 ≥ 1 的整数：使用默认值"]);
    expect(both("settingBadValue", { expected: "edges" })).toEqual(["must be whole days > 0, ascending, e.g. 30, 60, 90; the default is used", "必须是递增的正整数天数，如 30, 60, 90：使用默认值"]);
    expect(both("settingBadValue", { expected: "language" })).toEqual(["is not en or zh; the default is used", "不是 en（英文）或 zh（中文）：使用默认值"]);
  });

  it("have Chinese for every kind of value", () => {
    for (const [kind, texts] of Object.entries(SETTING_EXPECTED)) {
      expect([kind, /[\u4e00-\u9fff]/.test(texts.zh({ min: 0 }))]).toEqual([kind, true]);
    }
  });

  it("name the dunning policy's column and problem", () => {
    expect(both("policyValue", { problem: "notWholeDays", column: "from days" })).toEqual(["is not a whole number of days", "起始逾期天数不是整数天数：使用默认催款政策"]);
    expect(both("policyValue", { problem: "thresholdRepeated", column: "from days", first: 3 })).toEqual(["repeats the threshold on row 3", "起始逾期天数与第 3 行的起始天数重复：使用默认催款政策"]);
    expect(both("policyValue", { problem: "noStages", column: "stage" })).toEqual(["has no stages", "催款政策没有任何阶段：使用默认催款政策"]);
  });

  it("name a table or column chosen in AR Settings that is not there", () => {
    expect(both("overrideColumnMissing", { table: "invoices", field: "DueDate", header: "Fällig", sheet: "AR" })).toEqual([
      'invoices.DueDate: column "Fällig" not found on sheet "AR"',
      "发票表的“到期日”：工作表“AR”上找不到列“Fällig”",
    ]);
    expect(both("overrideSourceMissing", { table: "customers", tableName: "Kunden" })).toEqual(['customers: table "Kunden" not found', "客户表：找不到表“Kunden”"]);
    expect(both("overrideSourceMissing", { table: "payments", sheet: "Bank" })).toEqual(['payments: sheet "Bank" not found', "收款表：找不到工作表“Bank”"]);
  });
});

describe("Dunning log issue texts", () => {
  it("say which columns are missing and how many rows that leaves out", () => {
    expect(both("logNotUsed", { columns: "Stage", columnsZh: "催款阶段", rows: 4 })).toEqual([
      "dunning log not used: it has no Stage column; its 4 rows are not read",
      "催款记录未使用：缺少“催款阶段”列；其中 4 行均未读入",
    ]);
    expect(both("logColumnMissing", { columns: "Fee, Interest", columnsZh: "费用、利息", rows: 2 })).toEqual([
      "dunning log has no Fee, Interest column: read as 0 (or empty) on its 2 rows",
      "催款记录缺少“费用、利息”列：其 2 行按 0（或空）读入",
    ]);
    // an issue stored before the Chinese names: the columns as they were given
    expect(both("logNotUsed", { columns: "Stage", rows: 4 })[1]).toBe("催款记录未使用：缺少“Stage”列；其中 4 行均未读入");
  });

  it("give a row's date or amount reason in the clerk's language", () => {
    expect(both("logRowNotUsed", { reason: "not a date" })).toEqual(["dunning log row not used: not a date", "该催款记录行未使用：不是日期"]);
    expect(both("logRowIncomplete")).toEqual([
      "dunning log row not used: CustomerID, InvoiceNo and Stage are required",
      "该催款记录行未使用：客户编号、发票号和催款阶段均为必填",
    ]);
  });
});

describe("Reminder issue texts", () => {
  it("say what became of a reminder without a usable email address", () => {
    expect(both("noUsableEmail", { customer: "C7", letter: 1 })).toEqual([
      "no usable email address for C7: a printable letter was made instead",
      "客户 C7 没有可用的邮箱地址：已改为生成可打印的信函",
    ]);
    expect(both("noUsableEmail", { customer: "C7", letter: 0 })).toEqual([
      "no usable email address for C7: not sent (letters are off), nothing logged or charged",
      "客户 C7 没有可用的邮箱地址：未发送（信函已关闭），不记录、不收费",
    ]);
  });
});

describe("issueColumn", () => {
  const policyIssue = (problem: string, column: string): DataIssue => ({ ...coded("policyValue", { problem, column }), column: `DunningPolicy.${column}` });

  it("names a dunning policy column in Chinese, and keeps AR Desk's key in English", () => {
    expect(issueColumn(policyIssue("notWholeDays", "from days"), "zh")).toBe("催款政策表“起始逾期天数”列");
    expect(issueColumn(policyIssue("notAmount", "min amount"), "zh")).toBe("催款政策表“最低金额”列");
    expect(issueColumn(policyIssue("noStages", "stage"), "zh")).toBe("催款政策表");
    expect(issueColumn(policyIssue("notWholeDays", "from days"), "en")).toBe("DunningPolicy.from days");
  });

  it("leaves every other column as the clerk's sheet names it", () => {
    const other: DataIssue = { severity: "error", sheet: "Invoices", row: 3, column: "InvoiceDate", reason: "x", code: "emptyRequired", params: { field: "InvoiceDate" } };
    expect(issueColumn(other, "zh")).toBe("InvoiceDate");
    expect(issueColumn({ severity: "info", sheet: "S", row: 1, reason: "x" }, "zh")).toBeUndefined();
  });
});

describe("Merged cells not read in Excel (the pane's Office read)", () => {
  it("says why, and what it means for the rows, in both languages", () => {
    expect(both("mergesNotRead", { why: "noApi" })).toEqual([
      "merged cells not read in this Excel: it lacks ExcelApi 1.13 (update Excel, or open the file with AR Desk in a browser or the ar-desk CLI); a value merged down over several rows counts on its first row only",
      "此版本 Excel 中未读取合并单元格：缺少 ExcelApi 1.13（请更新 Excel，或在浏览器中用 AR Desk 或用 ar-desk 命令行打开该文件）；向下合并到多行的值只计入第一行",
    ]);
    expect(both("mergesNotRead", { why: "failed", detail: "An internal error has occurred." })).toEqual([
      "merged cells not read in this Excel: Excel did not list them (An internal error has occurred.); a value merged down over several rows counts on its first row only",
      "此版本 Excel 中未读取合并单元格：Excel 未能列出合并区域（An internal error has occurred.）；向下合并到多行的值只计入第一行",
    ]);
    expect(both("mergesNotRead", { why: "failed" })[0]).toBe("merged cells not read in this Excel: Excel did not list them; a value merged down over several rows counts on its first row only");
  });
});
