import { StyleTable } from "../../../../../src/workbook/xlsx/write/package/styleTable";

describe("StyleTable", () => {
  it("gives one index per look, whatever object carries it", () => {
    const table = new StyleTable();
    const total = table.indexOf({ bold: true, border: "thin-top", numberFormat: "#,##0.00" }, false);
    // A fresh object with the same fields (as a layout makes one per statement) is the same format.
    expect(table.indexOf({ numberFormat: "#,##0.00", border: "thin-top", bold: true }, false)).toBe(total);
    // The default number format stands for a missing one; a link is a look of its own.
    expect(table.indexOf({ bold: true, border: "thin-top" }, false, "#,##0.00")).toBe(total);
    expect(table.indexOf({ bold: true, border: "thin-top", numberFormat: "#,##0.00" }, true)).not.toBe(total);
    expect(table.indexOf({ bold: true, border: "thin-top", numberFormat: "0" }, false)).not.toBe(total);
    expect(table.indexOf({ italic: true, border: "thin-top", numberFormat: "#,##0.00" }, false)).not.toBe(total);
    expect(table.indexOf(undefined, false)).toBe(0);
    // One cell format written per look: the default, the total line, its link, "0", italic.
    expect(table.xml().match(/<cellXfs count="(\d+)"/)![1]).toBe("5");
  });
});
