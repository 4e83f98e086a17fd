// What the pane shows for a failed action, in the pane's language.
import { paneErrorText, PaneError } from "../../../src/taskpane/i18n";
import { CellTextTooLongError, planSheet } from "../../../src/workbook/office/plan";

/** The error a call throws (the test fails when it throws none). */
const thrownBy = (run: () => unknown): unknown => {
  try {
    run();
  } catch (error) {
    return error;
  }
  throw new Error("expected an error");
};

describe("paneErrorText", () => {
  it("says a text too long for one Excel cell in Chinese, naming sheet, cell and both lengths", () => {
    const error = thrownBy(() => planSheet({ name: "Notes", role: "statement", cells: [{ row: 2, col: 3, value: "x".repeat(40000) }] }));
    expect(error).toBeInstanceOf(CellTextTooLongError);
    const zh = paneErrorText(error, "zh");
    expect(zh).toContain("工作表“Notes”的单元格 C2");
    expect(zh).toContain("40,000");
    expect(zh).toContain("32,767");
    // Only the sheet's name, the cell address and Excel's name are Latin.
    expect(zh.replace(/Notes|C2|Excel/g, "")).not.toMatch(/[A-Za-z]/);
    expect(paneErrorText(error, "en")).toBe('Cannot write sheet "Notes", cell C2: its text has 40,000 characters and an Excel cell holds 32,767. Shorten the text in your data (a note or description?) and run again.');
  });

  it("shows a PaneError in the language asked, anything else as its message", () => {
    expect(paneErrorText(new PaneError("error.noWorkbook"), "zh")).toBe("请先打开工作簿（打开工作簿…）。");
    expect(paneErrorText(new Error("boom"), "zh")).toBe("boom");
    expect(paneErrorText("plain", "en")).toBe("plain");
  });
});
