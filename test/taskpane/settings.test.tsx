/** @jest-environment jsdom */
import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import { SettingsScreen } from "../../src/taskpane/screens/SettingsScreen";
import type { PaneSettings } from "../../src/taskpane/services/paneServices";
import { fakeServices, sampleSettings } from "./fakeServices";
import { renderScreen } from "./renderPane";

async function renderSettings(language: "en" | "zh" = "en") {
  const services = fakeServices();
  const saved: PaneSettings[] = [];
  renderScreen(<SettingsScreen onSaved={(settings) => saved.push(settings)} />, services, language);
  await screen.findByRole("button", { name: language === "en" ? "Save settings" : "保存设置" });
  return { services, saved };
}

describe("SettingsScreen", () => {
  it("loads the settings into labelled fields", async () => {
    await renderSettings();
    expect((screen.getByLabelText("Company name") as HTMLInputElement).value).toBe("Northwind Trading");
    expect((screen.getByLabelText("Bucket edges (days, comma separated)") as HTMLInputElement).value).toBe("30, 60, 90");
    expect((screen.getByRole("radio", { name: "Due date" }) as HTMLInputElement).checked).toBe(true);
    expect((screen.getByLabelText("Reminder 2: From days overdue") as HTMLInputElement).value).toBe("15");
    expect((screen.getByLabelText("Upcoming: From days overdue") as HTMLInputElement).value).toBe("-3");
    expect((screen.getByLabelText("Minimum amount") as HTMLInputElement).value).toBe("0.01");
  });

  it("saves edited company, aging, policy and statement defaults", async () => {
    const { services, saved } = await renderSettings();
    fireEvent.change(screen.getByLabelText("Company name"), { target: { value: "Contoso" } });
    fireEvent.change(screen.getByLabelText("Address (one line each)"), { target: { value: "1 Harbour Road\nSeattle\n WA 98101 \n" } });
    fireEvent.change(screen.getByLabelText("WeChat Pay (optional)"), { target: { value: "WeChat: northwind" } });
    fireEvent.change(screen.getByLabelText("Balance confirmation slip"), { target: { value: "off" } });
    fireEvent.change(screen.getByLabelText("Bucket edges (days, comma separated)"), { target: { value: "15, 30, 45, 60, 90, 120" } });
    fireEvent.click(screen.getByRole("radio", { name: "Invoice date" }));
    fireEvent.change(screen.getByLabelText("Final notice: Fee"), { target: { value: "25.00" } });
    fireEvent.change(screen.getByLabelText("Annual interest rate (0.08 = 8%)"), { target: { value: "0.08" } });
    fireEvent.click(screen.getByRole("checkbox", { name: "One stage at a time" }));
    fireEvent.click(screen.getByRole("radio", { name: "Open items" }));
    fireEvent.click(screen.getByRole("button", { name: "Save settings" }));
    expect(await screen.findByText("Settings saved in the AR Settings sheet.")).toBeTruthy();

    const [, written] = services.calls.find((call) => call[0] === "saveSettings") as [string, PaneSettings];
    const base = sampleSettings();
    expect(written.company).toEqual({ ...base.company, name: "Contoso", addressLines: ["1 Harbour Road", "Seattle", "WA 98101"] });
    expect(written.payment).toEqual({ bank: "Bank: First Bank, IBAN 123", wechat: "WeChat: northwind" });
    expect(written.agingEdges).toEqual([15, 30, 45, 60, 90, 120]);
    expect(written.agingBasis).toBe("invoice");
    expect(written.statement).toEqual({ type: "open-item", confirmationSlip: false });
    expect(written.dunning.annualRate).toBe("0.08");
    expect(written.dunning.oneStepAtATime).toBe(true);
    expect(written.dunning.stages.map((stage) => [stage.name, stage.fromDays, stage.fee])).toEqual([
      ["Upcoming", -3, "0"],
      ["Reminder 1", 1, "0"],
      ["Reminder 2", 15, "0"],
      ["Final notice", 30, "25.00"],
      ["Collections", 60, "0"],
    ]);
    expect(written.reminderTemplates).toEqual(base.reminderTemplates);
    expect({ ...written, company: base.company, payment: base.payment, agingEdges: base.agingEdges, agingBasis: base.agingBasis, statement: base.statement, dunning: base.dunning }).toEqual(base);
    expect(saved).toEqual([written]);
  });

  it("adds and removes policy stages", async () => {
    const { services } = await renderSettings();
    fireEvent.click(screen.getByRole("button", { name: "Remove stage Upcoming" }));
    fireEvent.click(screen.getByRole("button", { name: "Add stage" }));
    const policy = screen.getByRole("list", { name: "Dunning policy" });
    const last = within(policy).getAllByRole("listitem").at(-1)!;
    const [name, fromDays, fee] = within(last).getAllByRole("textbox");
    fireEvent.change(name, { target: { value: "Legal" } });
    fireEvent.change(fromDays, { target: { value: "90" } });
    fireEvent.change(fee, { target: { value: "50" } });
    fireEvent.click(screen.getByRole("button", { name: "Save settings" }));
    await screen.findByText("Settings saved in the AR Settings sheet.");
    const [, written] = services.calls.find((call) => call[0] === "saveSettings") as [string, PaneSettings];
    expect(written.dunning.stages.map((stage) => stage.name)).toEqual(["Reminder 1", "Reminder 2", "Final notice", "Collections", "Legal"]);
  });

  it("refuses to save invalid numbers and says which", async () => {
    const { services } = await renderSettings();
    fireEvent.change(screen.getByLabelText("Bucket edges (days, comma separated)"), { target: { value: "60, 30" } });
    fireEvent.change(screen.getByLabelText("Reminder 1: Fee"), { target: { value: "abc" } });
    fireEvent.click(screen.getByRole("button", { name: "Save settings" }));
    expect(await screen.findByText("Fix the highlighted values first.")).toBeTruthy();
    expect(screen.getByText("Enter increasing whole numbers, e.g. 30, 60, 90.")).toBeTruthy();
    expect(screen.getByText("Enter a number such as 0 or 12.50.")).toBeTruthy();
    expect(services.calls.filter((call) => call[0] === "saveSettings")).toHaveLength(0);
  });

  it("edits a template per stage and language with a live preview", async () => {
    const { services } = await renderSettings();
    const preview = screen.getByRole("region", { name: "Preview" });
    expect(within(preview).getByText("Subject: Friendly reminder USD 2.00")).toBeTruthy();
    fireEvent.change(screen.getByLabelText("Subject"), { target: { value: "Hello {{customerName}}" } });
    expect(within(preview).getByText("Subject: Hello Acme Ltd")).toBeTruthy();
    fireEvent.change(screen.getByLabelText("Template language"), { target: { value: "zh" } });
    expect((screen.getByLabelText("Subject") as HTMLInputElement).value).toBe("付款提醒");
    fireEvent.change(screen.getByLabelText("Text"), { target: { value: "{{customerName}}：您好" } });
    expect(within(preview).getByText(/华东贸易：您好/)).toBeTruthy();
    // A stage without an override starts from the default template of the core.
    fireEvent.change(screen.getByLabelText("Stage", { selector: "select" }), { target: { value: "Final notice" } });
    expect((screen.getByLabelText("Subject") as HTMLInputElement).value).toContain("{{");
    expect(screen.queryByRole("button", { name: "Use the default template" })).toBeNull();
    fireEvent.change(screen.getByLabelText("Subject"), { target: { value: "最终通知" } });
    fireEvent.click(screen.getByRole("button", { name: "Save settings" }));
    await screen.findByText("Settings saved in the AR Settings sheet.");
    const [, written] = services.calls.find((call) => call[0] === "saveSettings") as [string, PaneSettings];
    expect(written.reminderTemplates["Reminder 1"]).toEqual({
      en: { subject: "Hello {{customerName}}", body: "Dear {{customerName}}, please pay." },
      zh: { subject: "付款提醒", body: "{{customerName}}：您好" },
    });
    expect(written.reminderTemplates["Final notice"]?.zh?.subject).toBe("最终通知");
    expect(written.reminderTemplates["Final notice"]?.zh?.body).toContain("{{");
  });

  it("resets a template to the default", async () => {
    const { services } = await renderSettings();
    fireEvent.click(screen.getByRole("button", { name: "Use the default template" }));
    expect((screen.getByLabelText("Subject") as HTMLInputElement).value).not.toBe("Friendly reminder {{overdueTotal}}");
    fireEvent.click(screen.getByRole("button", { name: "Save settings" }));
    await screen.findByText("Settings saved in the AR Settings sheet.");
    const [, written] = services.calls.find((call) => call[0] === "saveSettings") as [string, PaneSettings];
    expect(written.reminderTemplates["Reminder 1"]).toEqual({ zh: { subject: "付款提醒", body: "尊敬的{{customerName}}：请付款。" } });
  });

  it("shows a load failure and lets the clerk retry", async () => {
    const services = fakeServices();
    services.failNext("loadSettings", "AR Settings sheet is damaged");
    renderScreen(<SettingsScreen />, services);
    expect(await screen.findByText("AR Settings sheet is damaged")).toBeTruthy();
    fireEvent.click(screen.getByRole("button", { name: "Load settings" }));
    await screen.findByRole("button", { name: "Save settings" });
  });

  it("speaks Chinese", async () => {
    const { services } = await renderSettings("zh");
    expect(screen.getByRole("heading", { level: 2, name: "设置" })).toBeTruthy();
    expect(screen.getByLabelText("公司名称")).toBeTruthy();
    expect(screen.getByLabelText("第二次提醒：起始逾期天数")).toBeTruthy();
    expect(screen.getByRole("heading", { name: "催款政策" })).toBeTruthy();
    expect(screen.getByRole("radio", { name: "开票日期" })).toBeTruthy();
    fireEvent.change(screen.getByLabelText("宽限天数"), { target: { value: "5" } });
    fireEvent.click(screen.getByRole("button", { name: "保存设置" }));
    expect(await screen.findByText("设置已保存到“AR Settings”工作表。")).toBeTruthy();
    await waitFor(() => expect(services.calls.some((call) => call[0] === "saveSettings")).toBe(true));
  });
});
