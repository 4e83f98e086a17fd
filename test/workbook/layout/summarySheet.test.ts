import { summaryFromStatements, summarySheet, SUMMARY_TABLE } from "../../../src/workbook/layout/summarySheet";
import { provisionRatesFor, provisionRatesOf as ratesFor } from "../../../src/core/metrics";
import { DEFAULT_SETTINGS } from "../../../src/core/settings/defaults";
import { balanceForward, cellAt, customer, openItemZh, rowValues } from "./fixtures";

const labels = ["Current", "1-30", "31-60", "61-90", "90+"];

describe("summarySheet", () => {
  const statements = [
    balanceForward({ customer: customer({ creditLimit: { currency: "USD", minor: 80000 } }) }),
    openItemZh(),
    balanceForward({ customer: customer({ id: "C003", name: "Beta" }), aging: { labels, amounts: [0, 0, 0, 0, 20000] }, totalDue: 20000, overdue: 20000, stage: "Collections" }),
  ];
  const spec = summarySheet(summaryFromStatements(statements, { USD: 41.25 }), DEFAULT_SETTINGS, { chartsSupported: true });
  const table = spec.tables![0];

  it("writes one table row per customer and currency with aging, credit and provision", () => {
    expect(table.name).toBe(SUMMARY_TABLE);
    expect(table.headers).toEqual(["CustomerID", "Customer", "Currency", ...labels, "Balance", "Overdue", "Credit limit", "Available credit", "Stage", "Provision", "Avg days late", "Paid late", "Grade"]);
    // Provision: 1,000 × 1 % + 600 × 20 % = 10 + 120.
    expect(rowValues(spec, table.top + 1, 1, 14)).toEqual(["C001", "Acme Ltd", "USD", 1000, 0, 600, 0, 0, 1000, 600, 800, -200, "Final notice", 130]);
    expect(cellAt(spec, table.top + 1, 12)?.style?.color).toBe("C00000");
  });

  it("shows n/a, not zero or unlimited, when no credit limit is set", () => {
    expect(rowValues(spec, table.top + 2, 11, 12)).toEqual(["n/a", "n/a"]);
  });

  it("totals per currency, never adding currencies, with provision and DSO", () => {
    const heading = spec.cells.find((c) => c.value === "Totals by currency")!;
    const header = heading.row + 1;
    expect(rowValues(spec, header, 1, 10)).toEqual(["Currency", ...labels, "Balance", "Overdue", "Provision", "DSO (days)"]);
    expect(rowValues(spec, header + 1, 1, 10)).toEqual(["CNY", 500, 0, 8000, 0, 0, 8500, 8000, 1605, "n/a"]);
    expect(rowValues(spec, header + 2, 1, 10)).toEqual(["USD", 1000, 0, 600, 0, 200, 1200, 800, 330, 41.3]);
  });

  it("shows the provision per bucket with its rate", () => {
    const heading = spec.cells.find((c) => c.value === "Bad-debt provision by aging")!;
    expect(rowValues(spec, heading.row + 2, 1, 6)).toEqual(["Rate", 0.01, 0.05, 0.2, 0.5, 1]);
    expect(rowValues(spec, heading.row + 4, 1, 7)).toEqual(["USD", 10, 0, 120, 0, 200, 330]);
  });

  it("adds one column chart of the bucket totals per currency", () => {
    const header = spec.cells.find((c) => c.value === "Totals by currency")!.row + 1;
    expect(spec.charts).toHaveLength(2);
    expect(spec.charts![1]).toMatchObject({ kind: "column", seriesName: "USD", categoriesRange: `B${header}:F${header}`, valuesRange: `B${header + 2}:F${header + 2}` });
    expect(spec.cells.some((c) => typeof c.value === "string" && c.value.startsWith("Charts appear"))).toBe(false);
  });

  it("notes the missing chart only when the writer cannot write charts", () => {
    const noCharts = summarySheet(summaryFromStatements(statements), DEFAULT_SETTINGS, { chartsSupported: false });
    expect(cellAt(noCharts, 3, 1)?.value).toMatch(/^Charts appear/);
  });

  it("grades payment behaviour per customer, n/a without settled invoices", () => {
    const behaviour = new Map([["C001", { averageDaysLate: 4.25, shareLate: 0.25, paidCount: 8, grade: "B" }], ["C003", { averageDaysLate: 0, shareLate: 0, paidCount: 0 }]]);
    const graded = summarySheet({ ...summaryFromStatements(statements), behaviour }, DEFAULT_SETTINGS);
    const top = graded.tables![0].top;
    expect(rowValues(graded, top + 1, 15, 17)).toEqual([4.3, 0.25, "B"]);
    expect(rowValues(graded, top + 3, 15, 17)).toEqual(["n/a", "n/a", "n/a"]);
  });

  describe("edge cases", () => {
    it("uses the clerk's rates when there is one per bucket, else the engine's default rates, the oldest always 100 %", () => {
      expect(ratesFor(5, ["0.02", "0.05", "0.2", "0.5", "1"])).toEqual(["0.02", "0.05", "0.2", "0.5", "1"]);
      expect(ratesFor(7, ["0.01", "0.05", "0.2", "0.5", "1"])).toEqual(provisionRatesFor(7));
      expect(ratesFor(3, ["0.01", "0.05", "0.2", "0.5", "1"]).at(-1)).toBe("1");
    });
    it("writes an empty summary without failing", () => {
      const empty = summarySheet(summaryFromStatements([]), DEFAULT_SETTINGS);
      expect(empty.tables![0].rowCount).toBe(1);
      expect(empty.charts).toEqual([]);
    });
  });
});
