import fc from "fast-check";
import { xlsSheets } from "../../../src/workbook/xls";
import { xlsFile, type CellSpec, type PlainValue } from "./_lib/xlsWriter";

/** A value as the reader gives it back: an error as its code, an empty text as no cell. */
const ERROR_CODES: Readonly<Record<number, string>> = { 0x07: "#DIV/0!", 0x2a: "#N/A", 0x0f: "#VALUE!" };
function expected(value: CellSpec["value"]): string | number | boolean | undefined {
  const plain: PlainValue = typeof value === "object" && "formula" in value ? value.formula : value;
  if (typeof plain === "object") return ERROR_CODES[plain.error];
  if (plain === "") return undefined;
  return plain;
}

const plainValue: fc.Arbitrary<PlainValue> = fc.oneof(
  fc.double({ noNaN: true, noDefaultInfinity: true }).map((n) => (Object.is(n, -0) ? 0 : n)),
  fc.integer({ min: -(2 ** 29), max: 2 ** 29 - 1 }),
  fc.string({ maxLength: 30 }),
  fc.string({ unit: "grapheme", maxLength: 12 }),
  fc.boolean(),
  fc.constantFrom(0x07, 0x2a, 0x0f).map((error) => ({ error })),
);
const cell: fc.Arbitrary<CellSpec> = fc.record({
  row: fc.integer({ min: 0, max: 65_535 }),
  col: fc.integer({ min: 0, max: 255 }),
  value: fc.oneof(plainValue, plainValue.map((formula) => ({ formula }))),
});

describe("readXls (property)", () => {
  it("reads back every cell a table of random cells was written with, whatever the record kinds", () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(cell, { maxLength: 60, selector: (c) => `${c.row}:${c.col}` }),
        fc.record({ rk: fc.boolean(), mulrk: fc.boolean(), labels: fc.boolean(), mini: fc.boolean(), maxRecord: fc.integer({ min: 24, max: 8224 }) }),
        (cells, how) => {
          const { bytes } = xlsFile({ maxRecord: how.maxRecord, mini: how.mini, sheets: [{ name: "Sheet1", cells, rk: how.rk, mulrk: how.mulrk, labels: how.labels }] });
          const { grid } = xlsSheets(bytes).sheets[0];
          const read = new Map<string, unknown>();
          grid.rows.forEach((row, r) => row?.forEach((v, c) => v !== undefined && v !== null && read.set(`${r}:${c}`, v)));
          const want = new Map<string, unknown>();
          for (const c of cells) {
            const v = expected(c.value);
            if (v !== undefined) want.set(`${c.row}:${c.col}`, v);
          }
          expect(read).toEqual(want);
        },
      ),
      { numRuns: 150 },
    );
  });
});
