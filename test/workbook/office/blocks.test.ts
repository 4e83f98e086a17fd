import { blocksFromGrids, rawOf } from "../../../src/workbook/office/blocks";
import { assignSheetNames } from "../../../src/workbook/office/targets";
import { parseAddress, rectAddress } from "../../../src/workbook/office/a1";

describe("blocksFromGrids", () => {
  it("cuts tables and the remaining plain range out of one sheet", () => {
    const blocks = blocksFromGrids(
      [{ sheet: "S", top: 1, left: 1, values: [["ID", "Name", null, "Note"], ["1", "one", null, "kept"], [null, null, null, null]] }],
      [{ name: "T", sheet: "S", rect: { top: 1, left: 1, bottom: 3, right: 2 } }],
    );
    expect(blocks).toEqual([
      { tableName: "T", sheet: "S", headerRow: 1, firstColumn: 1, headers: ["ID", "Name"], rows: [["1", "one"], [null, null]] },
      { sheet: "S", headerRow: 1, firstColumn: 4, headers: ["Note"], rows: [["kept"]] },
    ]);
  });

  it("gives nothing for an empty grid", () => {
    expect(blocksFromGrids([{ sheet: "E", top: 1, left: 1, values: [[null]] }], [])).toEqual([]);
  });
});

describe("rawOf", () => {
  it("turns Office's empty string into null and keeps values", () => {
    expect([rawOf(""), rawOf(0), rawOf(false), rawOf("x")]).toEqual([null, 0, false, "x"]);
  });
});

describe("assignSheetNames", () => {
  it("replaces generated sheets, avoids clerk sheets, and is stable across runs", () => {
    const existing = [
      { name: "Index", generated: false },
      { name: "Index (2)", generated: true },
      { name: "Acme", generated: true },
    ];
    expect(assignSheetNames(["Index", "ACME", "acme", "New/Sheet"], existing)).toEqual({
      names: ["Index (2)", "ACME", "acme (2)", "New-Sheet"],
      replaced: ["Index (2)", "Acme"],
    });
  });
});

describe("parseAddress", () => {
  it("reads sheet-qualified addresses as range.address returns them", () => {
    expect(parseAddress("'O''Brien Ltd'!B2:D5")).toEqual({ sheet: "O'Brien Ltd", rect: { top: 2, left: 2, bottom: 5, right: 4 } });
    expect(parseAddress("Sheet1!AA10")).toEqual({ sheet: "Sheet1", rect: { top: 10, left: 27, bottom: 10, right: 27 } });
    expect(rectAddress({ top: 1, left: 1, bottom: 1, right: 1 })).toBe("A1");
  });
});
