import { splitSheetAddress } from "../../src/workbook/a1";

describe("splitSheetAddress", () => {
  it("takes the sheet name off an address as Excel returns it", () => {
    expect(splitSheetAddress("Sheet1!B2:D5")).toEqual({ sheet: "Sheet1", ref: "B2:D5" });
    expect(splitSheetAddress("'My sheet'!C12")).toEqual({ sheet: "My sheet", ref: "C12" });
  });

  it("unescapes a doubled quote inside a quoted sheet name", () => {
    expect(splitSheetAddress("'O''Brien'!B3")).toEqual({ sheet: "O'Brien", ref: "B3" });
  });

  it("keeps a '!' inside the sheet name: the last one separates", () => {
    expect(splitSheetAddress("'Hi!there'!A1")).toEqual({ sheet: "Hi!there", ref: "A1" });
  });

  it("gives no sheet for a bare address", () => {
    expect(splitSheetAddress("A1:C3")).toEqual({ ref: "A1:C3" });
  });
});
