import type { SourceBlock } from "../../../src/workbook/port";
import { splitSideBySide } from "../../../src/workbook/schema/sideBySide";

const sheet = (headers: string[], rows: (string | number | null)[][], tableName?: string): SourceBlock => ({ sheet: "AR", tableName, headerRow: 3, firstColumn: 1, headers, rows });

describe("splitSideBySide: two tables on one sheet, an empty column between", () => {
  it("cuts where the right side repeats a header of the left, each side keeping its own columns and rows", () => {
    const [invoices, payments, ...rest] = splitSideBySide(sheet(
      ["Invoice No", "Customer", "Amount", "", "", "Date", "Customer", "Paid"],
      [["S-1", "Acme", 100, null, null, "2026-10-02", "Acme", 40], ["S-2", "Acme", 50, null, null, null, null, null]],
    ));
    expect(rest).toEqual([]);
    expect([invoices.firstColumn, invoices.headers, invoices.rows]).toEqual([1, ["Invoice No", "Customer", "Amount"], [["S-1", "Acme", 100], ["S-2", "Acme", 50]]]);
    // Column F on: its trailing blank row is not a row of the payments table.
    expect([payments.firstColumn, payments.headerRow, payments.headers, payments.rows]).toEqual([6, 3, ["Date", "Customer", "Paid"], [["2026-10-02", "Acme", 40]]]);
  });
  it("keeps a table whole when nothing repeats, when the empty-headed column holds values, or when it is an Excel table", () => {
    const spacer = sheet(["Invoice No", "Customer", "", "Amount", "Paid"], [["S-1", "Acme", null, 100, 40]]);
    expect(splitSideBySide(spacer)).toEqual([spacer]);
    const filled = sheet(["Invoice No", "Customer", "", "Date", "Customer"], [["S-1", "Acme", "note", "2026-10-02", "Acme"]]);
    expect(splitSideBySide(filled)).toEqual([filled]);
    const table = sheet(["Invoice No", "Customer", "", "Date", "Customer"], [["S-1", "Acme", null, "2026-10-02", "Acme"]], "tblAR");
    expect(splitSideBySide(table)).toEqual([table]);
  });
});
