/** @jest-environment jsdom */
import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import { StatementsScreen } from "../../src/taskpane/screens/StatementsScreen";
import { deferred, fakeServices } from "./fakeServices";
import { renderScreen } from "./renderPane";

describe("StatementsScreen", () => {
  it("defaults to the previous calendar month and balance-forward", () => {
    renderScreen(<StatementsScreen ready />, fakeServices());
    expect((screen.getByLabelText("Statement month") as HTMLInputElement).value).toBe("2026-10");
    expect((screen.getByRole("radio", { name: "Balance forward" }) as HTMLInputElement).checked).toBe(true);
  });

  it("generates for the chosen month and type, shows progress, then the summary with sheet links", async () => {
    const gate = deferred<void>();
    const services = fakeServices({ statementsGate: gate.promise });
    renderScreen(<StatementsScreen ready />, services);
    fireEvent.change(screen.getByLabelText("Statement month"), { target: { value: "2026-09" } });
    fireEvent.click(screen.getByRole("radio", { name: "Open items" }));
    fireEvent.click(screen.getByRole("button", { name: "Create statements" }));

    expect(await screen.findByText("Writing statements: 1 of 3")).toBeTruthy();
    expect(screen.getByRole("progressbar")).toBeTruthy();
    gate.resolve();

    expect(await screen.findByRole("heading", { name: "3 statements for 2026-09" })).toBeTruthy();
    expect(screen.queryByRole("progressbar")).toBeNull();
    expect(services.calls).toEqual([["generateStatements", { month: "2026-09", type: "open-item" }]]);
    expect(screen.getByText("USD: closing USD 12,500.00, overdue USD 5,000.00")).toBeTruthy();
    const sheets = screen.getByRole("list", { name: "Statement sheets" });
    expect(within(sheets).getAllByRole("listitem")).toHaveLength(3);
    fireEvent.click(within(sheets).getByRole("button", { name: "ST Globex" }));
    fireEvent.click(screen.getByRole("button", { name: "Open the index" }));
    await waitFor(() =>
      expect(services.calls.slice(1)).toEqual([
        ["goTo", "'ST Globex'!A1"],
        ["goTo", "'Index'!A1"],
      ]),
    );
  });

  it("rejects a malformed month before calling the engine", () => {
    const services = fakeServices();
    renderScreen(<StatementsScreen ready />, services);
    fireEvent.change(screen.getByLabelText("Statement month"), { target: { value: "2026-13" } });
    expect((screen.getByRole("button", { name: "Create statements" }) as HTMLButtonElement).disabled).toBe(true);
  });

  it("is disabled until the ledger is mapped", () => {
    renderScreen(<StatementsScreen ready={false} />, fakeServices());
    expect(screen.getByText("Map the required tables and columns on the Ledger tab first.")).toBeTruthy();
    expect((screen.getByRole("button", { name: "Create statements" }) as HTMLButtonElement).disabled).toBe(true);
  });

  it("offers a download instead of sheet links in the browser host", async () => {
    const services = fakeServices({ host: "browser" });
    renderScreen(<StatementsScreen ready />, services);
    fireEvent.click(screen.getByRole("button", { name: "Create statements" }));
    fireEvent.click(await screen.findByRole("button", { name: "Download statements" }));
    await waitFor(() => expect(services.calls.at(-1)).toEqual(["downloadResult", "statements-2026-10.xlsx"]));
    expect(screen.queryByRole("button", { name: "ST Globex" })).toBeNull();
    expect(screen.getByText("ST Globex")).toBeTruthy();
  });

  it("speaks Chinese", async () => {
    renderScreen(<StatementsScreen ready />, fakeServices(), "zh");
    expect(screen.getByRole("heading", { level: 2, name: "对账单" })).toBeTruthy();
    expect((screen.getByLabelText("对账月份") as HTMLInputElement).value).toBe("2026-10");
    expect(screen.getByRole("radio", { name: "余额结转式" })).toBeTruthy();
    fireEvent.click(screen.getByRole("button", { name: "生成对账单" }));
    expect(await screen.findByRole("heading", { name: "2026-10 共生成 3 份对账单" })).toBeTruthy();
    expect(screen.getByText("CNY：期末余额 ¥88,000.00，逾期 ¥0.00")).toBeTruthy();
    expect(screen.getByRole("button", { name: "打开索引" })).toBeTruthy();
  });

  it("says which leftovers of an unfinished run its write removed, in the pane's language", async () => {
    const leftoversRemoved = ["ARDesk old 1", "ARDesk old 2"];
    renderScreen(<StatementsScreen ready />, fakeServices({ leftoversRemoved }));
    fireEvent.click(screen.getByRole("button", { name: "Create statements" }));
    expect(await screen.findByText("Removed 2 sheets left under a temporary name by an earlier run that did not finish: ARDesk old 1, ARDesk old 2.")).toBeTruthy();

    renderScreen(<StatementsScreen ready />, fakeServices({ leftoversRemoved }), "zh");
    fireEvent.click(screen.getByRole("button", { name: "生成对账单" }));
    expect(await screen.findByText("已删除上次未完成的运行以临时名称留下的 2 个工作表：ARDesk old 1, ARDesk old 2。")).toBeTruthy();
  });

  it("says nothing of leftovers when there were none", async () => {
    renderScreen(<StatementsScreen ready />, fakeServices());
    fireEvent.click(screen.getByRole("button", { name: "Create statements" }));
    await screen.findByRole("heading", { name: "3 statements for 2026-10" });
    expect(screen.queryByText(/temporary name/)).toBeNull();
  });

  it("words the statements' notes in the pane's language (a ledger numbered by row), in English and in Chinese", async () => {
    for (const [language, create, note] of [
      ["en", "Create statements", "The ledger has no document-number column: the statements refer to each document by its row in the ledger, beside its date, description and amount, and say so."],
      ["zh", "生成对账单", /^账簿没有单据号列：对账单上各笔单据以其在台账中的行号标示/],
    ] as const) {
      const services = fakeServices({ host: "browser" });
      const generate = services.generateStatements;
      services.generateStatements = async (request) => ({ ...(await generate(request)), notes: ["statements.note.numberedByRow"] });
      const { unmount } = renderScreen(<StatementsScreen ready />, services, language);
      fireEvent.click(screen.getByRole("button", { name: create }));
      expect(await screen.findByText(note)).toBeTruthy();
      expect(screen.queryByText("statements.note.numberedByRow")).toBeNull();
      unmount();
    }
  });
});
