/**
 * The same invoice on two yearly or monthly sheets: an identical copy is read once with an info
 * note naming both places; copies that differ are an error naming both rows, never a silent pick.
 */
import { buildLedger } from "../../../src/core/ledger";
import { issueText } from "../../../src/core/ledger/issueTexts";
import { detectTables, toLedgerInput } from "../../../src/workbook/schema";
import type { SourceBlock } from "../../../src/workbook/port";
import type { Ledger } from "../../../src/core/model";
import { block } from "../builders";

const read = (blocks: SourceBlock[]): Ledger => buildLedger(toLedgerInput(detectTables(blocks)));
const headers = ["Customer", "Invoice No", "Invoice Date", "Due Date", "Amount", "Paid"];

describe("an invoice copied onto two sheets", () => {
  it("reads an identical copy once, with an info note on the copy naming the row it was read from", () => {
    const ledger = read([
      block("2025", headers, [["Acme", "A-7", "2025-12-15", "2026-01-14", 18800, null], ["Acme", "A-6", "2025-12-01", "2025-12-31", 500, 500]]),
      block("2026", headers, [["Acme", "A-7", "2025-12-15", "2026-01-14", 18800, null], ["Acme", "A-9", "2026-01-10", "2026-02-09", 300, null]]),
    ]);
    // once each: 500.00 + 18,800.00 + 300.00.
    const byNo = (l: Ledger) => l.invoices.map((i) => [i.invoiceNo, i.amount.minor]).sort();
    expect(byNo(ledger)).toEqual([["A-6", 50000], ["A-7", 1880000], ["A-9", 30000]]);
    const kept = ledger.invoices.find((i) => i.invoiceNo === "A-7")!.source;
    const other = kept.sheet === "2025" ? "2026" : "2025";
    const notes = ledger.issues.filter((i) => i.code === "duplicateCopy");
    expect(notes.map((i) => [i.severity, i.sheet, i.row, i.reason])).toEqual([
      ["info", other, 2, `the same invoice as ${kept.sheet}!2 (customer, InvoiceNo, dates and amounts alike): read once, from ${kept.sheet}!2`],
    ]);
    expect(issueText(notes[0], "zh")).toBe(`与工作表“${kept.sheet}”第 2 行为同一张发票（客户、发票号、日期和金额均相同）：只读入一次（工作表“${kept.sheet}”第 2 行）`);
    expect(ledger.issues.some((i) => i.severity === "error")).toBe(false);
    expect(ledger.unread?.rows ?? 0).toBe(0);
  });

  it("reads the same copy whichever sheet comes first: the figures do not depend on read order", () => {
    const a = block("2025", headers, [["Acme", "A-7", "2025-12-15", "2026-01-14", 18800, 800]]);
    const b = block("2026", headers, [["Acme", "A-7", "2025-12-15", "2026-01-14", 18800, 800]]);
    const figures = (l: Ledger) => l.invoices.map((i) => [i.invoiceNo, i.invoiceDate, i.amount.minor, i.paid.minor]);
    expect(figures(read([a, b]))).toEqual(figures(read([b, a])));
    expect(figures(read([a, b]))).toEqual([["A-7", expect.any(Number), 1880000, 80000]]);
  });

  it("refuses copies that differ, naming both rows and what differs, in English and Chinese", () => {
    const ledger = read([
      block("2025", headers, [["Acme", "A-7", "2025-12-15", "2026-01-14", 18800, null]]),
      block("2026", headers, [["Acme", "A-7", "2025-12-15", "2026-01-14", 18800, 18800]]),
    ]);
    const errors = ledger.issues.filter((i) => i.severity === "error");
    // Whichever sheet is read first keeps its row; the error sits on the other and names it.
    const kept = ledger.invoices.find((i) => i.invoiceNo === "A-7")!.source.sheet;
    const other = kept === "2025" ? "2026" : "2025";
    expect(errors.map((i) => [i.sheet, i.row, i.code, i.value, i.reason])).toEqual([
      [other, 2, "duplicate", "A-7", `duplicate InvoiceNo: ${kept}!2 has it already with a different Paid: this row was not read; check which of the two rows is right`],
    ]);
    expect(issueText(errors[0], "zh")).toBe(`发票号重复：工作表“${kept}”第 2 行已有，但已收金额不同：该行未读入，请核对两行中哪一行正确`);
    // The unread row's money is counted, never silently dropped.
    expect(ledger.unread?.rows).toBe(1);
  });

  it("keeps an identical repeat on the same sheet an error: it may be a number used twice", () => {
    const ledger = read([block("Invoices", headers, [["Acme", "A-7", "2025-12-15", "2026-01-14", 100, null], ["Acme", "A-7", "2025-12-15", "2026-01-14", 100, null]])]);
    expect(ledger.issues.map((i) => [i.severity, i.row, i.code, i.reason])).toEqual([["error", 3, "duplicate", "duplicate InvoiceNo: row 2 has it already, this row was not read"]]);
  });
});
