import { FunctionError } from "../../src/functions/errors";
import { asMatrix, cellAt, liftedShape } from "../../src/functions/matrix";

describe("asMatrix", () => {
  it("treats null and undefined as omitted and wraps a bare value", () => {
    expect(asMatrix(null)).toBeUndefined();
    expect(asMatrix(undefined)).toBeUndefined();
    expect(asMatrix(5)).toEqual([[5]]);
    expect(asMatrix([[1, 2]])).toEqual([[1, 2]]);
  });
});

describe("cellAt and liftedShape", () => {
  it("repeats a single row or column and gives #N/A past a shorter range", () => {
    const column = [[1], [2]];
    const row = [[10, 20, 30]];
    expect(liftedShape([column, row, undefined])).toEqual({ rows: 2, columns: 3 });
    expect(cellAt(column, 1, 2)).toBe(2);
    expect(cellAt(row, 1, 2)).toBe(30);
    expect(cellAt([[1], [2]], 2, 0)).toBeInstanceOf(FunctionError);
    expect(cellAt(undefined, 0, 0)).toBeUndefined();
  });
});

describe("plainCell", () => {
  it("unwraps data-type cell values to their basic value", () => {
    expect(asMatrix([[{ type: "Double", basicValue: 45961, numberFormat: "yyyy-mm-dd" }, 3]])).toEqual([[45961, 3]]);
  });
});
