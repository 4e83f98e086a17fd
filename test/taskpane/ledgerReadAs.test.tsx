/** @jest-environment jsdom */
// Ledger screen (issue 8): rows with money that were not read are a banner with how many and how
// much; what the engine inferred (currency, language, date order) is shown with where it came from.
import { screen } from "@testing-library/react";
import { LedgerScreen } from "../../src/taskpane/screens/LedgerScreen";
import type { Analysis } from "../../src/taskpane/services/paneServices";
import { fakeServices, sampleAnalysis } from "./fakeServices";
import { renderScreen } from "./renderPane";

const READ: Analysis = {
  ...sampleAnalysis(),
  unread: {
    rows: 3,
    rowsWithMoney: 2,
    amounts: [{ currency: "CNY", minor: 150_000 }, { currency: "USD", minor: 2_500 }],
    sentence: { en: "NOT READ: 2 rows with money (CNY 1,500.00; USD 25.00) are left out of these totals", zh: "未读入：2 行有金额的数据（CNY 1,500.00；USD 25.00）未计入以上合计" },
  },
  inferred: {
    currency: "CNY",
    currencySource: "markers",
    language: "zh",
    languageSource: "headers",
    dateOrders: { "台账.InvoiceDate": "dmy", "台账.DueDate": "undecided" },
  },
};

function renderLedger(analysis: Analysis, language: "en" | "zh" = "en") {
  renderScreen(<LedgerScreen analysis={analysis} onAnalysis={() => undefined} />, fakeServices(), language);
}

test("says how many rows with money were not read, and for how much per currency", () => {
  renderLedger(READ);
  expect(screen.getByText("NOT READ: 2 rows with money (CNY 1,500.00; USD 25.00) are left out of these totals. The data issues below say why.")).toBeTruthy();
});

test("no banner when every row with money was read", () => {
  renderLedger({ ...READ, unread: { rows: 1, rowsWithMoney: 0, amounts: [], sentence: { en: "NOT READ: 1 row without an amount", zh: "未读入：1 行（无金额）" } } });
  expect(screen.queryByText(/NOT READ/)).toBeNull();
  renderLedger({ ...sampleAnalysis() });
  expect(screen.queryByText(/NOT READ/)).toBeNull();
});

test("shows what was inferred and where from, with the way to change it", () => {
  renderLedger(READ);
  const section = screen.getByRole("region", { name: "Read as" });
  expect(section.textContent).toContain("Default currency: CNY (from the currency marks in the amounts)");
  expect(section.textContent).toContain("Default customer language: 简体中文 (from the headers' language)");
  expect(section.textContent).toContain("Dates in 台账.InvoiceDate: day first (d/m/y)");
  expect(section.textContent).toContain("Dates in 台账.DueDate: cannot tell day from month: choose the order in Settings");
  expect(section.textContent).toContain("Settings ▸ Reading the ledger");
});

test("speaks Chinese", () => {
  renderLedger(READ, "zh");
  expect(screen.getByText("未读入：2 行有金额的数据（CNY 1,500.00；USD 25.00）未计入以上合计。原因见下方数据问题。")).toBeTruthy();
  const section = screen.getByRole("region", { name: "读取方式" });
  expect(section.textContent).toContain("默认币种：CNY（按金额中的币种符号）");
  expect(section.textContent).toContain("台账.InvoiceDate 中的日期：日在前（日/月/年）");
});

test("names the default customer language in the pane's language, as the Settings choice that changes it does", () => {
  renderLedger({ ...READ, inferred: { ...READ.inferred!, language: "en" } }, "zh");
  // Not "English" inside a Chinese sentence (that name is for the language switch, in its own language).
  expect(screen.getByRole("region", { name: "读取方式" }).textContent).toContain("客户默认语言：英语（按表头语言）");
});

test("names English as English in English", () => {
  renderLedger({ ...READ, inferred: { ...READ.inferred!, language: "en" } });
  expect(screen.getByRole("region", { name: "Read as" }).textContent).toContain("Default customer language: English (from the headers' language)");
});

const FROM_SETTINGS: Analysis = { ...READ, inferred: { ...READ.inferred!, dateOrders: { "台账.InvoiceDate": "option-mdy" } } };

test("says an order taken from Settings, as the engine codes it", () => {
  renderLedger(FROM_SETTINGS);
  expect(screen.getByRole("region", { name: "Read as" }).textContent).toContain("Dates in 台账.InvoiceDate: month first (m/d/y), as chosen in Settings");
});

test("says an order taken from Settings in Chinese", () => {
  renderLedger(FROM_SETTINGS, "zh");
  expect(screen.getByRole("region", { name: "读取方式" }).textContent).toContain("台账.InvoiceDate 中的日期：月在前（月/日/年），按设置中的选择");
});
