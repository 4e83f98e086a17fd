/** @jest-environment jsdom */
// Data issues speak the pane's language: the Chinese reason when the pane is in Chinese and the
// issue has one, the engine's reason otherwise (issue 8 point 4).
import { screen } from "@testing-library/react";
import { issueReason, type IssueCode, type IssueParams } from "../../src/core/ledger";
import type { DataIssue } from "../../src/core/model";
import { IssueList, MAX_LISTED_ISSUES } from "../../src/taskpane/screens/IssueList";
import { paneIssue } from "../../src/taskpane/services/engine";
import type { PaneIssue } from "../../src/taskpane/services/paneServices";
import { fakeServices } from "./fakeServices";
import { renderScreen } from "./renderPane";

const ISSUES: PaneIssue[] = [
  { severity: "error", sheet: "台账", row: 7, column: "开票日期", value: "2026/2/30", reason: "not a real calendar date", reasonZh: "不是有效的日期", goTo: "'台账'!D7" },
  { severity: "warning", sheet: "台账", row: 9, column: "客户名称", value: "X", reason: "unknown customer" },
];

test("in Chinese, each issue shows its Chinese reason, and the English one where there is none", () => {
  renderScreen(<IssueList issues={ISSUES} />, fakeServices(), "zh");
  expect(screen.getByText(/^不是有效的日期 · /)).toBeTruthy();
  expect(screen.queryByText(/not a real calendar date/)).toBeNull();
  expect(screen.getByText(/^unknown customer · /)).toBeTruthy();
});

test("in English, the engine's reason", () => {
  renderScreen(<IssueList issues={ISSUES} />, fakeServices(), "en");
  expect(screen.getByText(/^not a real calendar date · value “2026\/2\/30”/)).toBeTruthy();
  expect(screen.queryByText(/不是有效的日期/)).toBeNull();
});

test("an issue about a whole sheet (row 0, e.g. a cell past row 1,048,576) names no row 0", () => {
  const sheetWide: PaneIssue[] = [
    { severity: "error", sheet: "Invoices", row: 0, column: "A", value: "A2000000", reason: "a cell beyond Excel's last row (1,048,576): ignored" },
    { severity: "warning", sheet: "AR Settings", row: 0, reason: "source.Invoices names no table or sheet" },
  ];
  renderScreen(<IssueList issues={sheetWide} />, fakeServices(), "zh");
  expect(screen.getByText("Invoices，A")).toBeTruthy();
  expect(screen.getByText("AR Settings")).toBeTruthy();
  expect(screen.queryByText(/第 0 行/)).toBeNull();
});

test("in Chinese, the AR Settings, Dunning log and reminder issues read in Chinese (their codes, through paneIssue)", () => {
  const coded = (sheet: string, row: number, code: IssueCode, params: IssueParams): DataIssue => ({ severity: "warning", sheet, row, reason: issueReason(code, params), code, params });
  const issues = [
    coded("AR Settings", 6, "settingUnknownKey", {}),
    coded("Dunning log", 3, "logColumnMissing", { columns: "Fee", rows: 2 }),
    coded("Customers", 4, "noUsableEmail", { customer: "C9", letter: 1 }),
  ].map(paneIssue);
  renderScreen(<IssueList issues={issues} />, fakeServices(), "zh");
  expect(screen.getByText(/^不是 AR Desk 认识的设置：已忽略/)).toBeTruthy();
  expect(screen.getByText(/^催款记录缺少“Fee”列：其 2 行按 0（或空）读入/)).toBeTruthy();
  expect(screen.getByText(/^客户 C9 没有可用的邮箱地址：已改为生成可打印的信函/)).toBeTruthy();
  expect(screen.queryByText(/ignored|dunning log|no usable email/)).toBeNull();
});

test("in Chinese, a dunning policy issue names the policy's column in Chinese, not AR Desk's key", () => {
  const params = { problem: "notWholeDays", column: "from days" };
  const issue = paneIssue({ severity: "error", sheet: "AR Settings", row: 20, column: "DunningPolicy.from days", value: "soon", reason: issueReason("policyValue", params), code: "policyValue", params });
  renderScreen(<IssueList issues={[issue]} />, fakeServices(), "zh");
  expect(screen.getByText(/催款政策表“起始逾期天数”列/)).toBeTruthy();
  expect(screen.queryByText(/DunningPolicy/)).toBeNull();
  renderScreen(<IssueList issues={[issue]} />, fakeServices(), "en");
  expect(screen.getByText(/DunningPolicy\.from days/)).toBeTruthy();
});

test("past the listed issues, the rest are counted and the statements' Data issues sheet named, in the pane's language", () => {
  const many: PaneIssue[] = Array.from({ length: MAX_LISTED_ISSUES + 3 }, (_, i) => ({ severity: "warning", sheet: "Invoices", row: i + 2, reason: "unknown customer" }));
  renderScreen(<IssueList issues={many} />, fakeServices(), "en");
  expect(screen.getByText("…and 3 more: Statements writes the ledger's issues on its Data issues sheet.")).toBeTruthy();
  renderScreen(<IssueList issues={many} />, fakeServices(), "zh");
  expect(screen.getByText("……另有 3 条：生成对账单时会将账簿问题写入“Data issues”工作表。")).toBeTruthy();
});

test("a note (info) is counted as a note, not as a warning, in both languages", () => {
  const mixed: PaneIssue[] = [
    { severity: "error", sheet: "Sheet1", row: 7, value: "2026.13.01", reason: "not a real calendar date" },
    { severity: "warning", sheet: "Sheet1", row: 9, reason: "unknown customer" },
    { severity: "info", sheet: "Sheet1", row: 0, reason: "skipped 3 total/footer rows (first: row 12): not invoices" },
    { severity: "info", sheet: "Sheet1", row: 0, reason: "2 title or note rows: not invoices" },
  ];
  renderScreen(<IssueList issues={mixed} />, fakeServices(), "en");
  expect(screen.getByText("1 error, 1 warning (and 2 notes)")).toBeTruthy();
  renderScreen(<IssueList issues={mixed} />, fakeServices(), "zh");
  expect(screen.getByText("1 个错误，1 个警告（另有 2 条提示）")).toBeTruthy();
  // Notes alone: no warning is claimed for them.
  renderScreen(<IssueList issues={mixed.slice(2, 3)} />, fakeServices(), "en");
  expect(screen.getByText("0 errors, 0 warnings (and 1 note)")).toBeTruthy();
});
