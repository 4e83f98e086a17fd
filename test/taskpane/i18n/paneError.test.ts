// What the pane shows for a failed action, in the pane's language.
import { paneErrorText, PaneError } from "../../../src/taskpane/i18n";
import { OfficeWorkbookError } from "../../../src/workbook/office/excelRun";

describe("paneErrorText", () => {
  it("shows a PaneError in the language asked, anything else as its message", () => {
    expect(paneErrorText(new PaneError("error.noWorkbook"), "zh")).toBe("请先打开工作簿（打开工作簿…）。");
    expect(paneErrorText(new Error("boom"), "zh")).toBe("boom");
    expect(paneErrorText("plain", "en")).toBe("plain");
  });

  it("shows an Office failure in the language asked, its English as the message", () => {
    const error = new OfficeWorkbookError({ en: "Could not list sheets: x.", zh: "无法列出工作表：x." }, undefined);
    expect(paneErrorText(error, "zh")).toBe("无法列出工作表：x.");
    expect(paneErrorText(error, "en")).toBe("Could not list sheets: x.");
    expect(error.message).toBe("Could not list sheets: x.");
  });
});
