import fc from "fast-check";
import { INDEX_TABLE, indexHeaders } from "../../../src/workbook/layout/indexSheet";
import { layoutStatements } from "../../../src/workbook/layout/layoutStatements";
import { isValidSheetName } from "../../../src/workbook/layout/sheetNames";
import type { Statement } from "../../../src/core/statements";
import { balanceForward, cellAt, customer, openItemZh, rowValues, settings } from "./fixtures";

const labels = ["Current", "1-30", "31-60", "61-90", "90+"];

describe("layoutStatements", () => {
  const statements: Statement[] = [
    balanceForward(),
    openItemZh(),
    // Same customer, a second currency: named with a currency suffix.
    openItemZh({ currency: "USD", number: "ST-2026-10-C002-USD", totalDue: 1234, overdue: 0, aging: { labels, amounts: [1234, 0, 0, 0, 0] } }),
  ];
  const specs = layoutStatements(statements, settings, { taken: ["Customers", "Invoices"] });

  it("returns the index first, then one sheet per statement", () => {
    expect(specs.map((s) => [s.name, s.role])).toEqual([
      ["Index", "index"],
      ["C001 Acme Ltd", "statement"],
      ["C002 上海某某贸易有限公司", "statement"],
      ["C002 上海某某贸易有限公司 USD", "statement"],
    ]);
  });

  it("writes the StatementIndex table with the contract's columns", () => {
    const index = specs[0];
    const table = index.tables?.[0];
    expect(table).toMatchObject({ name: INDEX_TABLE, left: 1, rowCount: 3 });
    expect(table?.headers).toEqual(["CustomerID", "Customer", "Currency", "Opening", "Invoiced", "Paid", "Credits", "Closing", ...labels, "Overdue", "Stage", "Sheet"]);
    expect(rowValues(index, table!.top, 1, table!.headers.length)).toEqual(table?.headers);
  });

  it("puts each statement's totals in the index", () => {
    const index = specs[0];
    const top = index.tables![0].top;
    expect(rowValues(index, top + 1, 1, 16)).toEqual(["C001", "Acme Ltd", "USD", 500, 1000, 400, 100, 1000, 1000, 0, 600, 0, 0, 600, "Final notice", "C001 Acme Ltd"]);
    // Open-item statements have no opening/movements: blank, closing = total due.
    expect(rowValues(index, top + 2, 1, 16)).toEqual(["C002", "上海某某贸易有限公司", "CNY", null, null, null, null, 8500, 500, 0, 8000, 0, 0, 8000, "Final notice", "C002 上海某某贸易有限公司"]);
  });

  it("links each row to its statement sheet", () => {
    const index = specs[0];
    const top = index.tables![0].top;
    expect(cellAt(index, top + 1, 16)?.link).toBe("#'C001 Acme Ltd'!A1");
    expect(cellAt(index, top + 3, 16)).toMatchObject({ value: "C002 上海某某贸易有限公司 USD", link: "#'C002 上海某某贸易有限公司 USD'!A1" });
  });

  it("totals per currency below the table, never adding currencies", () => {
    const index = specs[0];
    const heading = index.cells.find((c) => c.value === "Totals by currency")!;
    const rows = [heading.row + 2, heading.row + 3].map((r) => [cellAt(index, r, 3)?.value, cellAt(index, r, 8)?.value]);
    expect(rows).toEqual([["CNY", 8500], ["USD", 1000 + 12.34]]);
  });

  it("is print-ready", () => {
    expect(specs[0].print).toMatchObject({ fitToWidth: true, landscape: true });
    expect(specs.every((s) => s.print?.area && s.print.fitToWidth)).toBe(true);
  });

  describe("edge cases", () => {
    it("doubles apostrophes in links and avoids the clerk's and generated sheet names", () => {
      const specs2 = layoutStatements(
        [balanceForward({ customer: customer({ id: "Index", name: "" }) }), balanceForward({ customer: customer({ id: "O'Brien", name: "" }) })],
        settings,
        { taken: ["O'Brien"] },
      );
      expect(specs2.map((s) => s.name)).toEqual(["Index", "Index (2)", "O'Brien (2)"]);
      const top = specs2[0].tables![0].top;
      expect(cellAt(specs2[0], top + 2, indexHeaders(labels).length)?.link).toBe("#'O''Brien (2)'!A1");
    });

    it("writes an index with one blank table row when there are no statements", () => {
      const [index] = layoutStatements([], settings);
      expect(index.tables?.[0]).toMatchObject({ rowCount: 1, headers: indexHeaders([]) });
    });

    it("gives every statement a valid, unique sheet name (property)", () => {
      const alphabet = fc.constantFrom(..."aZ0 -'[]:*?/\\上海贸易公司".split(""), "😀", "History");
      const text = fc.array(alphabet, { maxLength: 40 }).map((c) => c.join(""));
      fc.assert(
        fc.property(fc.array(fc.record({ id: text, name: text, ccy: fc.constantFrom("USD", "CNY") }), { maxLength: 25 }), (rows) => {
          const list = rows.map((r) => balanceForward({ customer: customer({ id: r.id, name: r.name }), currency: r.ccy }));
          const names = layoutStatements(list, settings, { taken: ["Customers"] }).map((s) => s.name);
          expect(names.every(isValidSheetName)).toBe(true);
          expect(new Set(names.map((n) => n.toLowerCase())).size).toBe(names.length);
          expect(names.map((n) => n.toLowerCase())).not.toContain("customers");
        }),
        { numRuns: 100 },
      );
    });
  });
});
