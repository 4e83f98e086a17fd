import { candidateId, candidateLabel, tableChoices } from "../../src/flows/tableChoices";
import { inspectLedger } from "../../src/flows/openLedger";
import { block } from "../core/builders";
import { CUSTOMERS, INVOICES, readOf } from "./_lib/smallWorkbook";

describe("candidateId and candidateLabel", () => {
  it("name a table by its name and a sheet's block by its range", () => {
    const table = { ...INVOICES, tableName: "Sales" };
    expect([candidateId(table), candidateLabel(table)]).toEqual(["Sales", "Sales (table)"]);
    // Header in row 4 of columns B..F, three rows under it: B4:F7.
    const titled = block("Open items", ["Invoice No", "Customer ID", "Invoice Date", "Due Date", "Amount"], [["I-1"], ["I-2"], ["I-3"]], { headerRow: 4, firstColumn: 2 });
    expect([candidateId(titled), candidateLabel(titled)]).toEqual(["sheet:Open items", "Open items!B4:F7"]);
  });
});

describe("tableChoices", () => {
  it("reports each table's source, the sources the clerk may pick and each field's column", () => {
    const [customers, invoices, payments] = tableChoices(inspectLedger(readOf([CUSTOMERS, INVOICES])));
    expect(customers).toMatchObject({ kind: "customers", sourceId: "sheet:Customers", sourceName: "Customers", missingRequired: [] });
    expect(invoices).toMatchObject({ kind: "invoices", sourceId: "sheet:Invoices", sourceName: "Invoices", missingRequired: [] });
    expect(invoices.candidates.map((c) => c.id)).toEqual(["sheet:Customers", "sheet:Invoices"]);
    // Only an Excel table carries its name apart, for a host to word it ("Sales (table)", "Sales（Excel 表）").
    expect(invoices.candidates.map((c) => c.tableName)).toEqual([undefined, undefined]);
    const [, tabled] = tableChoices(inspectLedger(readOf([CUSTOMERS, { ...INVOICES, tableName: "Sales" }])));
    expect(tabled.candidates.find((c) => c.id === "Sales")).toMatchObject({ label: "Sales (table)", tableName: "Sales" });
    expect(invoices.fields.find((f) => f.field === "InvoiceDate")).toMatchObject({ required: true, column: "Invoice Date" });
    expect(invoices.fields.find((f) => f.field === "DueDate")).toMatchObject({ required: false, column: "Due Date" });
    expect(invoices.fields.find((f) => f.field === "Currency")).toEqual({ field: "Currency", required: false });
    // No Payments table: nothing required of it (payments may come from the invoice rows).
    expect(payments).toMatchObject({ kind: "payments", missingRequired: [] });
    expect(payments.sourceId).toBeUndefined();
  });

  it("lists every required invoice field as missing when no invoice list was found", () => {
    const invoices = tableChoices(inspectLedger(readOf([CUSTOMERS])))[1];
    expect(invoices.sourceId).toBeUndefined();
    expect(invoices.missingRequired).toEqual(["InvoiceNo", "CustomerID", "InvoiceDate", "Amount"]);
    expect(invoices.fields.filter((f) => f.required).map((f) => f.field)).toEqual(["InvoiceNo", "CustomerID", "InvoiceDate", "Amount"]);
  });

  it("lists a 已收 column of a list numbered by its rows under Credit, as the reader reads it and check shows it", () => {
    const ledger = block("台账", ["日期", "客户", "摘要", "应收", "已收"], [
      ["2026-07-05", "甲公司", "销售", 20000, null],
      ["2026-08-10", "甲公司", "回款", null, 8000],
    ]);
    const invoices = tableChoices(inspectLedger(readOf([ledger])))[1];
    expect(invoices.fields.find((f) => f.field === "Credit")).toMatchObject({ column: "已收" });
    expect(invoices.fields.find((f) => f.field === "Paid")).toEqual({ field: "Paid", required: false });
    // With invoice numbers, 已收 is the invoice's paid amount.
    const numbered = block("台账", ["日期", "发票号", "客户", "应收", "已收"], [["2026-07-05", "FP-1", "甲公司", 20000, 8000]]);
    const withNumbers = tableChoices(inspectLedger(readOf([numbered])))[1];
    expect(withNumbers.fields.find((f) => f.field === "Paid")).toMatchObject({ column: "已收" });
    expect(withNumbers.fields.find((f) => f.field === "Credit")).toEqual({ field: "Credit", required: false });
  });
});
