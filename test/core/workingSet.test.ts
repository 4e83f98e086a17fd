import { heldCount, whileWorkingOn } from "../../src/core/workingSet";
import { buildLedger } from "../../src/core/ledger";

describe("whileWorkingOn", () => {
  it("returns what the work returns, holding the value only while it runs", () => {
    const input = { rows: [[1, 2]] };
    const seen: number[] = [];
    const result = whileWorkingOn(input, () => {
      seen.push(heldCount());
      return input.rows.length;
    });
    expect(result).toBe(1);
    expect(seen).toEqual([1]);
    expect(heldCount()).toBe(0);
  });

  it("lets go when the work throws, and nests", () => {
    expect(() =>
      whileWorkingOn({}, () => {
        whileWorkingOn({}, () => expect(heldCount()).toBe(2));
        throw new Error("bad row");
      }),
    ).toThrow("bad row");
    expect(heldCount()).toBe(0);
  });

  it("is let go after the engine's work, even when a ledger cannot be read", () => {
    const block = { sheet: "Invoices", headerRow: 1, firstColumn: 1, headers: ["InvoiceNo"], rows: [["INV-1"]] };
    expect(() => buildLedger({ invoices: { block, columns: { InvoiceNo: 0 } } }, { defaultCurrency: "XX1" })).toThrow(RangeError);
    expect(heldCount()).toBe(0);
  });
});
