import { rowCountOf, shapeOf } from "../../../src/core/source";
import type { SourceBlock } from "../../../src/core/source";

const sales: SourceBlock = {
  tableName: "Sales",
  sheet: "Invoices",
  headerRow: 3,
  firstColumn: 2,
  headers: ["Invoice", "Amount"],
  rows: [["INV-1", 100], ["INV-2", 250.5], ["INV-3", null]],
  merges: [{ row: 1, col: 1, rows: 1, cols: 3 }],
};

describe("shapeOf", () => {
  it("keeps where the block is and its header, and counts its rows instead of keeping them", () => {
    expect(shapeOf(sales)).toEqual({ tableName: "Sales", sheet: "Invoices", headerRow: 3, firstColumn: 2, headers: ["Invoice", "Amount"], rowCount: 3 });
  });

  it("has no table name for a plain range", () => {
    const { tableName: _, ...range } = sales;
    expect("tableName" in shapeOf(range)).toBe(false);
  });
});

describe("rowCountOf", () => {
  it("counts the rows of a block and of its shape alike", () => {
    expect([rowCountOf(sales), rowCountOf(shapeOf(sales)), rowCountOf({ ...sales, rows: [] })]).toEqual([3, 3, 0]);
  });
});
