/** The "NOT READ" sentence and its place in the AR Summary's header (DESIGN §2: never a silently smaller total). */
import { notReadNote } from "../../../src/workbook/layout/notReadNote";
import { summaryFromStatements, summarySheet } from "../../../src/workbook/layout/summarySheet";
import { DEFAULT_SETTINGS } from "../../../src/core/settings/defaults";
import { balanceForward, cellAt } from "./fixtures";

describe("notReadNote", () => {
  it("says how many rows with money and how much per currency", () => {
    expect(notReadNote({ rows: 1, rowsWithMoney: 1, unsummed: 0, byCurrency: { USD: 150000 } })).toBe(
      "NOT READ: 1 row with money (USD 1,500.00) is left out of these totals: see the data issues (ar-desk check).",
    );
    expect(notReadNote({ rows: 4, rowsWithMoney: 3, unsummed: 1, byCurrency: { CNY: 25050, USD: 1000 } })).toBe(
      "NOT READ: 3 rows with money (CNY 250.50; USD 10.00; 1 amount not readable) are left out of these totals: see the data issues (ar-desk check).",
    );
  });

  it("says nothing when every row with money was read", () => {
    expect(notReadNote(undefined)).toBeUndefined();
    expect(notReadNote({ rows: 2, rowsWithMoney: 0, unsummed: 0, byCurrency: {} })).toBeUndefined();
  });
});

describe("the AR Summary's header", () => {
  const statements = [balanceForward()];

  it("carries the sentence in red above the table when rows with money were not read", () => {
    const spec = summarySheet({ ...summaryFromStatements(statements), unread: { rows: 1, rowsWithMoney: 1, unsummed: 0, byCurrency: { USD: 150000 } } }, DEFAULT_SETTINGS);
    const cell = cellAt(spec, 4, 1);
    expect(cell?.value).toBe("NOT READ: 1 row with money (USD 1,500.00) is left out of these totals: see the data issues (ar-desk check).");
    expect(cell?.style).toMatchObject({ bold: true, color: "C00000" });
    expect(spec.tables![0].top).toBeGreaterThan(4);
  });

  it("has no such line when everything was read", () => {
    const spec = summarySheet(summaryFromStatements(statements), DEFAULT_SETTINGS);
    expect(spec.cells.filter((c) => String(c.value).startsWith("NOT READ"))).toEqual([]);
  });
});
