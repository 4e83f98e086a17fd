/**
 * A row holding only an amount under a customer's rows: a subtotal when it adds up (skipped like
 * a labelled one), else an error that says what it looks like, never "CustomerID is empty".
 */
import { buildLedger } from "../../../src/core/ledger";
import { issueText } from "../../../src/core/ledger/issueTexts";
import { unlabelledTotal } from "../../../src/core/ledger/_lib/unlabelledTotal";
import { detectTables, toLedgerInput } from "../../../src/workbook/schema";
import type { SourceBlock } from "../../../src/workbook/port";
import type { Ledger } from "../../../src/core/model";
import { block } from "../builders";

const read = (blocks: SourceBlock[]): Ledger => buildLedger(toLedgerInput(detectTables(blocks)));
const headers = ["Customer", "Invoice No", "Invoice Date", "Due Date", "Amount"];

describe("an unlabelled subtotal under a customer's rows", () => {
  const ledger = read([block("Invoices", headers, [
    ["Acme", "A-1", "2026-09-01", "2026-10-01", 100],
    ["Acme", "A-2", "2026-09-15", "2026-10-15", 250.5],
    [null, null, null, null, 350.5], // row 4: 100.00 + 250.50
    ["Beta", "B-1", "2026-09-02", "2026-10-02", 80],
    ["Beta", "B-2", "2026-09-03", "2026-10-03", 20],
    [null, null, null, null, 90], // row 7: B-1 + B-2 = 100.00, not 90.00
  ])]);

  it("skips one that equals the rows above it since the last subtotal, as a total row", () => {
    expect(ledger.invoices.map((i) => [i.invoiceNo, i.amount.minor])).toEqual([["A-1", 10000], ["A-2", 25050], ["B-1", 8000], ["B-2", 2000]]);
    const skipped = ledger.issues.find((i) => i.code === "rowsSkipped");
    expect(skipped?.severity).toBe("info");
    expect(skipped?.params).toMatchObject({ footers: 1, firstFooter: 4 });
  });

  it("refuses one that does not add up, naming the row, the column, its value and the sum above, in English and Chinese", () => {
    const errors = ledger.issues.filter((i) => i.severity === "error");
    expect(errors.map((i) => [i.sheet, i.row, i.column, i.value, i.code])).toEqual([["Invoices", 7, "Amount", "90", "unlabelledSubtotal"]]);
    expect(errors[0].reason).toBe("only an amount (90) on this row, no customer, number or date: it looks like an unlabelled subtotal, but the rows above it since the last subtotal or heading add up to 100.00: row not read");
    expect(issueText(errors[0], "zh")).toBe("该行只有金额（90），没有客户、单号或日期：像是未标注的小计，但上方自上一个小计或标题以来各行合计为 100.00，与之不符：该行未读入");
    expect(ledger.issues.some((i) => i.code === "emptyRequired")).toBe(false);
    expect(ledger.unread?.rows).toBe(1);
  });
});

describe("unlabelledTotal", () => {
  const rows = [
    ["Acme Ltd"], // a heading
    ["A-1", 100, null],
    ["A-2", "1,250.25", null],
    [null, 1350.25, 1350.25],
    [null, "USD 1,350.25", null],
    [null, 5, "note"],
  ];
  it("adds the column from the section's first row: 100.00 + 1,250.25 = 1,350.25", () => {
    expect(unlabelledTotal(rows, 3, 1, [1], [2], "USD")).toEqual({ kind: "total" });
    // The same total written as text with its currency, right under the rows.
    expect(unlabelledTotal([...rows.slice(0, 3), rows[4]], 3, 1, [1], [], "USD")).toEqual({ kind: "total" });
  });
  it("says what the sum is when the amount is not it", () => {
    // From row 2 only: 1,250.25.
    expect(unlabelledTotal([...rows.slice(0, 3), rows[4]], 3, 2, [1], [], "USD")).toEqual({ kind: "mismatch", col: 1, cell: "USD 1,350.25", expected: 125025 });
    // A section that was not restarted after a subtotal counts it too: 100.00 + 1,250.25 + 1,350.25 = 2,700.50.
    expect(unlabelledTotal(rows, 4, 1, [1], [], "USD")).toEqual({ kind: "mismatch", col: 1, cell: "USD 1,350.25", expected: 270050 });
  });
  it("leaves rows with anything but amounts to the reader: a number, a text, an unchecked column", () => {
    expect(unlabelledTotal(rows, 1, 1, [1], [], "USD")).toEqual({ kind: "not" });
    expect(unlabelledTotal(rows, 5, 1, [1], [2], "USD")).toEqual({ kind: "not" });
    expect(unlabelledTotal(rows, 3, 1, [1], [], "USD")).toEqual({ kind: "not" }); // column 2 is neither summed nor allowed
  });
});
