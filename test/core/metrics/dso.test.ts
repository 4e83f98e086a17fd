import { dso } from "../../../src/core/metrics";
import { accountsAsOf } from "../../../src/core/allocation";
import { creditNote, day, invoice, ledgerOf, payment } from "../builders";

describe("dso", () => {
  const asOf = day("2026-12-31");
  const ledger = ledgerOf(
    invoice({ date: "2026-12-05", amount: "600" }),
    invoice({ date: "2026-11-01", amount: "300" }),
    invoice({ date: "2026-06-01", amount: "100" }), // before the 90-day window
    payment({ date: "2026-12-10", amount: "550" }),
    invoice({ customer: "Y", currency: "CNY", date: "2026-12-01", amount: "1000" }),
  );

  it("returns open AR ÷ credit sales × days per currency", () => {
    expect(dso(ledger, asOf)).toEqual([
      { currency: "CNY", openAR: 100000, creditSales: 100000, days: 90, dso: 90 },
      { currency: "USD", openAR: 45000, creditSales: 90000, days: 90, dso: 45 },
    ]);
  });
  it("returns the same from precomputed accounts and for another window", () => {
    expect(dso(accountsAsOf(ledger, asOf), asOf)).toEqual(dso(ledger, asOf));
    expect(dso(ledger, asOf, 30).find((f) => f.currency === "USD")).toEqual({ currency: "USD", openAR: 45000, creditSales: 60000, days: 30, dso: 22.5 });
  });
  describe("edge cases", () => {
    it("returns no DSO without sales in the window", () => {
      expect(dso(ledgerOf(invoice({ date: "2026-01-01", amount: "5" })), asOf)).toEqual([{ currency: "USD", openAR: 500, creditSales: 0, days: 90 }]);
    });
    it("counts credit notes in open AR, not in sales", () => {
      const figures = dso(ledgerOf(invoice({ date: "2026-12-01", amount: "100" }), creditNote({ date: "2026-12-02", amount: "40" })), asOf);
      expect(figures).toEqual([{ currency: "USD", openAR: 6000, creditSales: 10000, days: 90, dso: 54 }]);
    });
    it("refuses a window that is not whole days > 0", () => {
      expect(() => dso(ledger, asOf, 0)).toThrowErrorMatchingInlineSnapshot(`"metrics: DSO window must be whole days > 0"`);
    });
  });
});
