/** @jest-environment jsdom */
import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import { RemindersScreen } from "../../src/taskpane/screens/RemindersScreen";
import { fakeServices, samplePreview } from "./fakeServices";
import { renderScreen } from "./renderPane";

async function findCustomers() {
  fireEvent.click(screen.getByRole("button", { name: /Find customers to remind|查找需催款的客户/ }));
  await screen.findAllByRole("checkbox", { name: /Select |选择 / });
}

describe("RemindersScreen", () => {
  it("groups customers by stage, most urgent first, with amounts, all selected", async () => {
    const services = fakeServices();
    renderScreen(<RemindersScreen ready />, services);
    fireEvent.click(screen.getByRole("checkbox", { name: "Include courtesy reminders before the due date" }));
    await findCustomers();
    expect(services.calls).toEqual([["previewReminders", { asOf: "2026-11-15", includeUpcoming: true, letters: true }]]);
    const headings = screen.getAllByRole("heading", { level: 3 }).map((heading) => heading.textContent);
    expect(headings).toEqual(["Collections (1)", "Reminder 1 (2)", "Customers to call (1)"]);
    const collections = screen.getByRole("region", { name: "Collections (1)" });
    expect(within(collections).getByText("USD 4,000.00 overdue on 2 invoices")).toBeTruthy();
    expect(within(collections).getByText("Fees USD 25.00")).toBeTruthy();
    expect(screen.getByText("No email address: a printable letter")).toBeTruthy();
    // One invoice reads "1 invoice", not "1 invoices".
    expect(screen.getByText("USD 1,000.00 overdue on 1 invoice")).toBeTruthy();
    expect(screen.getByText("3 selected")).toBeTruthy();
  });

  it("says how many customers the interval between notices held back, in the singular for one", async () => {
    for (const [heldBack, text] of [
      [1, "1 customer held back by the interval between notices: last notice fewer than 7 days ago."],
      [3, "3 customers held back by the interval between notices: last notice fewer than 7 days ago."],
    ] as const) {
      const services = fakeServices();
      services.previewReminders = async (options) => ({ ...samplePreview(options.asOf ?? "2026-11-15"), heldBack, daysBetweenNotices: 7 });
      const { unmount } = renderScreen(<RemindersScreen ready />, services);
      await findCustomers();
      expect(screen.getByText(text)).toBeTruthy();
      unmount();
    }
  });

  it("says in Chinese how many customers were held back", async () => {
    const services = fakeServices();
    services.previewReminders = async (options) => ({ ...samplePreview(options.asOf ?? "2026-11-15"), heldBack: 2, daysBetweenNotices: 14 });
    renderScreen(<RemindersScreen ready />, services, "zh");
    await findCustomers();
    expect(screen.getByText("2 位客户因催款间隔未满而暂缓：上次催款不足 14 天。")).toBeTruthy();
  });

  it("says nothing of held-back customers when none were", async () => {
    renderScreen(<RemindersScreen ready />, fakeServices());
    await findCustomers();
    expect(screen.queryByText(/held back/)).toBeNull();
  });

  it("previews a draft", async () => {
    renderScreen(<RemindersScreen ready />, fakeServices());
    await findCustomers();
    const preview = screen.getAllByRole("button", { name: "Preview" })[0];
    expect(preview.getAttribute("aria-expanded")).toBe("false");
    fireEvent.click(preview);
    const draft = screen.getByRole("region", { name: "Draft for Acme Ltd" });
    expect(within(draft).getByText("Subject: Overdue invoices Acme Ltd")).toBeTruthy();
    expect(draft.textContent).toContain("please pay.");
  });

  it("creates drafts for the selected customers and offers the zip and the sheet link", async () => {
    const services = fakeServices();
    renderScreen(<RemindersScreen ready />, services);
    await findCustomers();
    fireEvent.click(screen.getByRole("checkbox", { name: "Select Globex" }));
    expect(screen.getByText("2 selected")).toBeTruthy();
    fireEvent.click(screen.getByRole("button", { name: "Create drafts" }));
    expect(await screen.findByText("Email drafts: 2 · letters to print: 0 · not sent: 0 · new dunning log entries: 2")).toBeTruthy();
    expect(services.calls[1]).toEqual(["createReminders", ["C1", "C3"], { asOf: "2026-11-15", includeUpcoming: false, letters: true, language: "en" }]);
    fireEvent.click(screen.getByRole("button", { name: "Download drafts (.zip of .eml)" }));
    fireEvent.click(screen.getByRole("button", { name: "Open the Reminders sheet" }));
    await waitFor(() =>
      expect(services.calls.slice(2)).toEqual([
        ["downloadResult", "reminders.zip"],
        ["goTo", "'Reminders'!A1"],
      ]),
    );
  });

  it("says which earlier dunning log an unfinished run left and AR Desk kept", async () => {
    renderScreen(<RemindersScreen ready />, fakeServices({ leftoversKept: ["ARDesk old 1"] }));
    await findCustomers();
    fireEvent.click(screen.getByRole("button", { name: "Create drafts" }));
    expect(await screen.findByText(/^ARDesk old 1 holds an earlier AR Settings or Dunning log sheet, .* AR Desk kept it and does not read it: compare/)).toBeTruthy();
  });

  it("says in Chinese which earlier dunning log AR Desk kept", async () => {
    renderScreen(<RemindersScreen ready />, fakeServices({ leftoversKept: ["ARDesk old 1"] }), "zh");
    await findCustomers();
    fireEvent.click(screen.getByRole("button", { name: "生成草稿" }));
    expect(await screen.findByText(/^ARDesk old 1 是上次未完成的运行以临时名称留下的较早的“AR Settings”或催款记录工作表。/)).toBeTruthy();
  });

  it("names the customers whose notice another user logged meanwhile, and says to send only one draft", async () => {
    renderScreen(<RemindersScreen ready />, fakeServices({ notLogged: ["C001 Acme Ltd"] }));
    await findCustomers();
    fireEvent.click(screen.getByRole("button", { name: "Create drafts" }));
    expect(await screen.findByText(/^Not in the dunning log: C001 Acme Ltd\. Another user logged a notice to this customer .* Send only one of the two drafts/)).toBeTruthy();
  });

  it("says in Chinese which notices are not in the log", async () => {
    renderScreen(<RemindersScreen ready />, fakeServices({ notLogged: ["C001 Acme Ltd", "C002 Bayside"] }), "zh");
    await findCustomers();
    fireEvent.click(screen.getByRole("button", { name: "生成草稿" }));
    expect(await screen.findByText(/^未记入催款记录：C001 Acme Ltd、C002 Bayside。AR Desk 读取工作簿后，另一位用户已向上述客户发出催款并登记/)).toBeTruthy();
  });

  it("says so when the host cannot download, instead of failing", async () => {
    renderScreen(<RemindersScreen ready />, fakeServices({ canDownload: false }));
    await findCustomers();
    fireEvent.click(screen.getByRole("button", { name: "Create drafts" }));
    expect(await screen.findByText(/no \.eml files were made/)).toBeTruthy();
    expect(screen.queryByRole("button", { name: "Download drafts (.zip of .eml)" })).toBeNull();
  });

  // Issue 11 point 8: without downloads, each draft goes out by clipboard or mailto link.
  it("offers Copy draft and an email link per customer where the host cannot download", async () => {
    const writeText = jest.fn(async () => undefined);
    Object.defineProperty(navigator, "clipboard", { value: { writeText }, configurable: true });
    renderScreen(<RemindersScreen ready />, fakeServices({ canDownload: false }));
    await findCustomers();
    fireEvent.click(screen.getByRole("button", { name: "Copy the draft for Acme Ltd" }));
    expect(await screen.findByText("Draft copied: paste it into a new email.")).toBeTruthy();
    const copied = (writeText.mock.calls[0] as unknown as [string])[0];
    expect(copied.startsWith("To: ap@acme.test\nSubject: ")).toBe(true);
    const link = screen.getByRole("link", { name: "Open the draft for Acme Ltd in your email program" }).getAttribute("href")!;
    expect(link.startsWith("mailto:ap@acme.test?subject=")).toBe(true);
    delete (navigator as unknown as { clipboard?: unknown }).clipboard;
  });

  it("offers no copy buttons where the drafts can be downloaded", async () => {
    renderScreen(<RemindersScreen ready />, fakeServices());
    await findCustomers();
    expect(screen.queryByRole("button", { name: /Copy the draft/ })).toBeNull();
  });

  it("select all toggles every customer and Create is disabled with none selected", async () => {
    renderScreen(<RemindersScreen ready />, fakeServices());
    await findCustomers();
    fireEvent.click(screen.getByRole("checkbox", { name: "Select all" }));
    expect(screen.getByText("0 selected")).toBeTruthy();
    expect((screen.getByRole("button", { name: "Create drafts" }) as HTMLButtonElement).disabled).toBe(true);
    fireEvent.click(screen.getByRole("checkbox", { name: "Select all" }));
    expect(screen.getByText("3 selected")).toBeTruthy();
  });

  it("speaks Chinese", async () => {
    const services = fakeServices();
    renderScreen(<RemindersScreen ready />, services, "zh");
    expect(screen.getByRole("heading", { level: 2, name: "催款" })).toBeTruthy();
    expect(screen.getByRole("checkbox", { name: "包括到期前的友好提醒" })).toBeTruthy();
    await findCustomers();
    expect(screen.getByRole("heading", { name: "移交催收（1）" })).toBeTruthy();
    expect(screen.getByRole("heading", { name: "第一次提醒（2）" })).toBeTruthy();
    expect(screen.getByText("1 张发票逾期 ¥500.00")).toBeTruthy();
    fireEvent.click(screen.getByRole("checkbox", { name: "选择 华东贸易" }));
    fireEvent.click(screen.getByRole("button", { name: "生成草稿" }));
    expect(await screen.findByText("已生成 1 份邮件草稿、1 封待打印的催款函，0 位未发送；催款记录新增 2 条。")).toBeTruthy();
    expect(screen.getByRole("button", { name: "下载草稿（.eml 压缩包）" })).toBeTruthy();
  });

  it("counts letters for customers without email, or not sent when letters are off", async () => {
    const services = fakeServices();
    renderScreen(<RemindersScreen ready />, services);
    await findCustomers();
    fireEvent.click(screen.getByRole("button", { name: "Create drafts" }));
    expect(await screen.findByText("Email drafts: 2 · letters to print: 1 · not sent: 0 · new dunning log entries: 3")).toBeTruthy();
    expect(screen.getByText("Letters to print: Letter C2 Globex")).toBeTruthy();
  });

  it("lists the customers to call with contact and amount, and logs a call", async () => {
    const services = fakeServices();
    renderScreen(<RemindersScreen ready />, services);
    await findCustomers();
    const calls = screen.getByRole("region", { name: "Customers to call (1)" });
    expect(within(calls).getByText("Ms Lee · USD 4,000.00 overdue · Collections")).toBeTruthy();
    fireEvent.click(within(calls).getByRole("button", { name: "Log call with Acme Ltd" }));
    expect(await within(calls).findByText("Call logged (2026-11-15).")).toBeTruthy();
    expect(services.calls[1]).toEqual(["logCall", "C1", { asOf: "2026-11-15", includeUpcoming: false, language: "en" }]);
  });

  it("in the browser, letters only (no email draft): no claim that this Excel cannot save files, and the letters are said to be in the workbook to download", async () => {
    for (const [language, cannotSave, inWorkbook, create] of [
      ["en", /does not let add-ins save files/, "The letters, the Reminders sheet and the Dunning log are in your workbook: Download workbook (at the top) to print them and keep the log.", "Create drafts"],
      ["zh", /不允许加载项保存文件/, "催款函、“Reminders”工作表和催款记录都在工作簿中：请点顶部的“下载工作簿”，以便打印并保留催款记录。", "生成草稿"],
    ] as const) {
      const services = fakeServices({ host: "browser" });
      const made = services.createReminders;
      // Every customer chosen gets a letter: nothing to zip.
      services.createReminders = async (ids, options) => {
        const { download: _none, ...result } = await made(ids, options);
        return { ...result, emails: 0 };
      };
      const { unmount } = renderScreen(<RemindersScreen ready />, services, language);
      await findCustomers();
      fireEvent.click(screen.getByRole("button", { name: create }));
      await screen.findByText(inWorkbook);
      expect(screen.queryByText(cannotSave)).toBeNull();
      unmount();
    }
  });

  it("in Excel desktop (no downloads) it still says no .eml file was made, and nothing about downloading the workbook", async () => {
    renderScreen(<RemindersScreen ready />, fakeServices({ host: "excel", canDownload: false }));
    await findCustomers();
    fireEvent.click(screen.getByRole("button", { name: "Create drafts" }));
    await screen.findByText(/does not let add-ins save files/);
    expect(screen.queryByText(/Download workbook/)).toBeNull();
  });

  it("in the browser, email drafts only: the log is said to be in the workbook, and no letters are mentioned", async () => {
    const services = fakeServices({ host: "browser" });
    const made = services.createReminders;
    services.createReminders = async (ids, options) => ({ ...(await made(ids, options)), letters: 0, letterSheets: [] });
    renderScreen(<RemindersScreen ready />, services);
    await findCustomers();
    fireEvent.click(screen.getByRole("button", { name: "Create drafts" }));
    await screen.findByText("The Reminders sheet and the Dunning log are in your workbook: Download workbook (at the top) to keep the log.");
    expect(screen.queryByText(/^The letters/)).toBeNull();
    expect(screen.getByRole("button", { name: "Download drafts (.zip of .eml)" })).toBeTruthy();
  });
});
