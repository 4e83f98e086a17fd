/** @jest-environment jsdom */
// A failed write in Excel, as the pane shows it: in the pane's language, the recovery included.
import { TextDecoder, TextEncoder } from "node:util";
import { deserialize, serialize } from "node:v8";
import { fireEvent, screen } from "@testing-library/react";
import { dayFromCivil } from "../../src/core/dates";
import { StatementsScreen } from "../../src/taskpane/screens/StatementsScreen";
import { createExcelServices } from "../../src/taskpane/services/excel";
import { WorkbookState, createFakeExcel, type FakeExcel } from "../fakes/excel";
import { renderScreen } from "./renderPane";
import { clerkBook as sampleBook } from "./services/_lib/clerkBook";

const clerkBook = (): WorkbookState => sampleBook(8);

// jsdom has no structuredClone; the fake keeps a copy of the workbook with it to fail a request part-way.
Object.assign(globalThis, { TextEncoder, TextDecoder, structuredClone: globalThis.structuredClone ?? ((value: unknown) => deserialize(serialize(value))) });


function paneOn(fake: FakeExcel, language: "en" | "zh") {
  const services = createExcelServices({ run: (runOptions, batch) => fake.Excel.run(runOptions, batch as never), platform: "PC", today: () => dayFromCivil(2026, 11, 15) });
  return renderScreen(<StatementsScreen ready />, services, language);
}

describe("the pane's message for a failed Office write", () => {
  it("is in Chinese in a Chinese pane when the workbook's structure is protected", async () => {
    const fake = createFakeExcel(clerkBook());
    fake.state.protected = true;
    paneOn(fake, "zh");
    fireEvent.click(screen.getByRole("button", { name: "生成对账单" }));
    expect(await screen.findByText("工作簿结构受保护，AR Desk 无法添加其工作表。请取消保护（审阅 ▸ 保护工作簿）后重试；未做任何更改。")).toBeTruthy();
    expect(screen.queryByText(/structure is protected/)).toBeNull();
  });

  it("says in Chinese that the write was undone when a request failed part-way", async () => {
    const fake = createFakeExcel(clerkBook());
    paneOn(fake, "zh");
    let values = 0;
    // The read takes two syncs; the write's request (3) fails after some cells were written.
    fake.failSync({ sync: 3, at: (op) => op.set === "values" && ++values === 4 });
    fireEvent.click(screen.getByRole("button", { name: "生成对账单" }));
    // Excel's own words (the fake's) stay as Excel gives them; every sentence of AR Desk's is Chinese.
    expect(await screen.findByText("无法写入工作表：An internal error has occurred (a request failed on purpose).AR Desk 已撤销其操作：工作簿已恢复原状。")).toBeTruthy();
  });

  it("stays English in an English pane", async () => {
    const fake = createFakeExcel(clerkBook());
    fake.state.protected = true;
    paneOn(fake, "en");
    fireEvent.click(screen.getByRole("button", { name: "Create statements" }));
    expect(
      await screen.findByText("The workbook's structure is protected, so AR Desk cannot add its sheets. Unprotect it (Review ▸ Protect Workbook) and try again; nothing was changed."),
    ).toBeTruthy();
  });
});
