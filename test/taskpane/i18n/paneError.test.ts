// What the pane shows for a failed action, in the pane's language.
import { paneErrorText, PaneError } from "../../../src/taskpane/i18n";

describe("paneErrorText", () => {
  it("shows a PaneError in the language asked, anything else as its message", () => {
    expect(paneErrorText(new PaneError("error.noWorkbook"), "zh")).toBe("请先打开工作簿（打开工作簿…）。");
    expect(paneErrorText(new Error("boom"), "zh")).toBe("boom");
    expect(paneErrorText("plain", "en")).toBe("plain");
  });
});
