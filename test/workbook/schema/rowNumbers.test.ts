/**
 * A column of row numbers (序号, No., #, 行号, or no header) counting 1, 2, 3 … is no document
 * number: beside a real number column, that one is InvoiceNo; alone, it is kept and said.
 */
import { detectTables, toLedgerInput } from "../../../src/workbook/schema";
import { buildLedger, holdsRowSequence, isRowNumberHeader, issueText } from "../../../src/core/ledger";
import type { RawCell } from "../../../src/workbook/port";
import { block } from "../../core/builders";

const rows = (n: number): RawCell[][] => Array.from({ length: n }, (_, i) => [i + 1, i % 2 ? "Acme" : "Beta", `INV-${100 + i}`, "2026-10-01", 100 + i]);
const invoiceNoOf = (headers: string[], data: RawCell[][] = rows(4)) => detectTables([block("Sheet1", headers, data)]).invoices!.columns.InvoiceNo;

describe("holdsRowSequence", () => {
  it("counts up from 1 by one, three at least, blanks passed over, numbers as text too", () => {
    expect(holdsRowSequence([[1], [2], [null], [3]], 0)).toBe(true);
    expect(holdsRowSequence([["1"], ["2"], ["3"]], 0)).toBe(true);
    expect(holdsRowSequence([[1], [2]], 0)).toBe(false);
    expect(holdsRowSequence([[1], [2], [4]], 0)).toBe(false);
    expect(holdsRowSequence([[1001], [1002], [1003]], 0)).toBe(false); // a real invoice sequence starts elsewhere
    expect(holdsRowSequence([["INV-1"], ["INV-2"], ["INV-3"]], 0)).toBe(false);
  });
});

describe("isRowNumberHeader", () => {
  it.each([["序号", true], ["No.", true], ["#", true], ["行号", true], ["", true], ["S/N", true], ["Invoice No", false], ["单据号", false]])("%j → %s", (header, expected) => {
    expect(isRowNumberHeader(header)).toBe(expected);
  });
});

describe("a row-number column beside a document-number column", () => {
  it.each([
    [["No.", "Customer", "Invoice No", "Date", "Amount"]],
    [["序号", "客户", "发票号", "日期", "金额"]],
    [["行号", "客户", "单据号", "日期", "金额"]],
    [["#", "Customer", "Inv No", "Date", "Amount"]],
    [["", "Customer", "Invoice", "Date", "Amount"]],
    [["No.", "Customer", "Reference", "Date", "Amount"]],
  ])("%j: the document numbers are InvoiceNo", (headers) => {
    expect(invoiceNoOf(headers)).toBe(2);
  });

  it("keeps a No. column whose numbers are not the row sequence (real document numbers)", () => {
    const data = rows(4).map((r, i) => [5001 + 7 * i, ...r.slice(1)]);
    expect(invoiceNoOf(["No.", "Customer", "Reference", "Date", "Amount"], data)).toBe(0);
  });
});

describe("a row-number column that is the only number there is", () => {
  it("stays InvoiceNo, and the reader says the numbers are the row sequence (en, zh)", () => {
    const ledger = buildLedger(toLedgerInput(detectTables([block("Sheet1", ["No.", "Customer", "Memo", "Date", "Amount"], rows(4))])));
    expect(ledger.invoices.map((i) => i.invoiceNo)).toEqual(["1", "2", "3", "4"]);
    const notes = ledger.issues.filter((i) => i.code === "invoiceNoRowSequence");
    expect(notes.map((i) => [i.severity, i.column])).toEqual([["info", "No."]]);
    expect(notes[0].reason).toBe('the invoice numbers in No. are the row sequence 1, 2, 3 …: a payment quoting "3" settles the invoice on the third row; if the document numbers are in another column, choose it for InvoiceNo');
    expect(issueText(notes[0], "zh")).toBe("“No.”中的发票号就是行序号 1、2、3……：收款注明“3”将冲抵第三行的发票；如单据号在其他列，请将该列指定为发票号");
  });

  it("says nothing of document numbers", () => {
    const ledger = buildLedger(toLedgerInput(detectTables([block("Sheet1", ["No.", "Customer", "Invoice No", "Date", "Amount"], rows(4))])));
    expect(ledger.issues.filter((i) => i.code === "invoiceNoRowSequence")).toEqual([]);
  });
});
