/** @jest-environment jsdom */
// Settings ▸ Reading the ledger (issue 8 point 4): default currency, terms, date order and language,
// stored as ledger.defaultCurrency / defaultTermsDays / dateOrder / defaultLanguage; empty = inferred.
import { fireEvent, screen } from "@testing-library/react";
import { SettingsScreen } from "../../src/taskpane/screens/SettingsScreen";
import { settingsToRows } from "../../src/workbook/arSheets";
import type { PaneSettings } from "../../src/taskpane/services/paneServices";
import { fakeServices } from "./fakeServices";
import { renderScreen } from "./renderPane";

async function renderSettings(language: "en" | "zh" = "en") {
  const services = fakeServices();
  renderScreen(<SettingsScreen />, services, language);
  await screen.findByRole("button", { name: language === "en" ? "Save settings" : "保存设置" });
  return services;
}

async function saveAndRead(services: ReturnType<typeof fakeServices>, button = "Save settings", done = "Settings saved in the AR Settings sheet."): Promise<PaneSettings> {
  fireEvent.click(screen.getByRole("button", { name: button }));
  await screen.findByText(done);
  return (services.calls.filter((call) => call[0] === "saveSettings").at(-1) as [string, PaneSettings])[1];
}

/** The AR Settings rows the saved settings become, key → value, for the ledger keys. */
function ledgerRows(settings: PaneSettings): Record<string, unknown> {
  return Object.fromEntries(settingsToRows(settings).values.filter((r) => String(r[0]).startsWith("ledger.")).map((r) => [r[0], r[1]]));
}

test("starts empty (inferred) with 30 days' terms, and says so", async () => {
  await renderSettings();
  expect(screen.getByRole("heading", { name: "Reading the ledger" })).toBeTruthy();
  expect((screen.getByLabelText(/^Default currency/) as HTMLInputElement).value).toBe("");
  expect((screen.getByLabelText("Default payment terms (days)") as HTMLInputElement).value).toBe("30");
  expect((screen.getByLabelText("Dates like 3/4/2026") as HTMLSelectElement).value).toBe("");
  expect((screen.getByLabelText("Default customer language") as HTMLSelectElement).value).toBe("");
});

test("saves the four choices into the AR Settings keys", async () => {
  const services = await renderSettings();
  fireEvent.change(screen.getByLabelText(/^Default currency/), { target: { value: " cny " } });
  fireEvent.change(screen.getByLabelText("Default payment terms (days)"), { target: { value: "45" } });
  fireEvent.change(screen.getByLabelText("Dates like 3/4/2026"), { target: { value: "dmy" } });
  fireEvent.change(screen.getByLabelText("Default customer language"), { target: { value: "zh" } });
  const written = await saveAndRead(services);
  expect(ledgerRows(written)).toEqual({ "ledger.defaultCurrency": "CNY", "ledger.defaultTermsDays": 45, "ledger.dateOrder": "dmy", "ledger.defaultLanguage": "zh" });
});

test("emptying a choice removes it, so the engine infers again", async () => {
  const services = await renderSettings();
  fireEvent.change(screen.getByLabelText(/^Default currency/), { target: { value: "EUR" } });
  fireEvent.change(screen.getByLabelText("Dates like 3/4/2026"), { target: { value: "mdy" } });
  const first = await saveAndRead(services);
  expect([first.defaultCurrency, first.dateOrder]).toEqual(["EUR", "mdy"]);
  fireEvent.change(screen.getByLabelText(/^Default currency/), { target: { value: "" } });
  fireEvent.change(screen.getByLabelText("Dates like 3/4/2026"), { target: { value: "" } });
  const second = await saveAndRead(services);
  expect(["defaultCurrency" in second, "dateOrder" in second, "defaultLanguage" in second]).toEqual([false, false, false]);
  expect(ledgerRows(second)).toEqual({ "ledger.defaultCurrency": "", "ledger.defaultTermsDays": 30, "ledger.dateOrder": "", "ledger.defaultLanguage": "" });
});

test("refuses an unknown currency or non-whole terms and says which", async () => {
  const services = await renderSettings();
  fireEvent.change(screen.getByLabelText(/^Default currency/), { target: { value: "dollars" } });
  fireEvent.change(screen.getByLabelText("Default payment terms (days)"), { target: { value: "30.5" } });
  fireEvent.click(screen.getByRole("button", { name: "Save settings" }));
  expect(await screen.findByText("Fix the highlighted values first.")).toBeTruthy();
  expect(screen.getByText("Enter a currency code such as USD or CNY, or leave it empty.")).toBeTruthy();
  expect(screen.getByText("Enter a whole number.")).toBeTruthy();
  expect(services.calls.filter((call) => call[0] === "saveSettings")).toHaveLength(0);
});

test("speaks Chinese", async () => {
  const services = await renderSettings("zh");
  expect(screen.getByRole("heading", { name: "读取台账" })).toBeTruthy();
  fireEvent.change(screen.getByLabelText(/^默认币种/), { target: { value: "人民币" } });
  fireEvent.change(screen.getByLabelText("形如 3/4/2026 的日期"), { target: { value: "mdy" } });
  expect(screen.getByRole("option", { name: "日在前（3/4 = 4月3日）" })).toBeTruthy();
  const written = await saveAndRead(services, "保存设置", "设置已保存到“AR Settings”工作表。");
  expect([written.defaultCurrency, written.dateOrder]).toEqual(["CNY", "mdy"]);
});
