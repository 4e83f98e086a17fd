/** Ledger rows → engine statements → sheet specs: the index agrees with every statement. */
import fc from "fast-check";
import { buildLedger } from "../../../src/core/ledger/buildLedger";
import type { LedgerInput } from "../../../src/core/ledger/input";
import { statementsFor } from "../../../src/core/statements/statementsFor";
import { minorToNumber } from "../../../src/core/money/decimal";
import { layoutStatements } from "../../../src/workbook/layout/layoutStatements";
import { summaryFromStatements, summarySheet } from "../../../src/workbook/layout/summarySheet";
import type { RawCell, SourceBlock } from "../../../src/workbook/port";
import { cellAt, day, settings } from "./fixtures";

function block(sheet: string, headers: string[], rows: RawCell[][]): SourceBlock {
  return { sheet, headerRow: 1, firstColumn: 1, headers, rows };
}
const columns = (headers: string[]): Record<string, number> => Object.fromEntries(headers.map((h, i) => [h, i]));

function ledgerOf(invoiceRows: RawCell[][], paymentRows: RawCell[][]) {
  const customerHeaders = ["CustomerID", "Name", "Currency", "Language", "CreditLimit"];
  const invoiceHeaders = ["InvoiceNo", "CustomerID", "InvoiceDate", "DueDate", "Amount", "Currency"];
  const paymentHeaders = ["Date", "CustomerID", "Amount", "InvoiceNo"];
  const input: LedgerInput = {
    customers: {
      block: block("Customers", customerHeaders, [
        ["C001", "Acme Ltd", "USD", "en", 5000],
        ["C002", "上海某某贸易有限公司", "CNY", "zh", null],
        ["C003", "=HYPERLINK(\"x\")", "JPY", "en", null],
      ]),
      columns: columns(customerHeaders),
    },
    invoices: { block: block("Invoices", invoiceHeaders, invoiceRows), columns: columns(invoiceHeaders) },
    payments: { block: block("Payments", paymentHeaders, paymentRows), columns: columns(paymentHeaders) },
  };
  return buildLedger(input);
}

const period = { start: day("2026-10-01"), end: day("2026-10-31"), label: "2026-10" };
const customers = ["C001", "C002", "C003"];
const ccyOf: Record<string, string> = { C001: "USD", C002: "CNY", C003: "JPY" };

describe("layoutStatements with the engine's statements", () => {
  let seen = 0;
  afterAll(() => expect(seen).toBeGreaterThan(20));
  it("puts each statement's figures in its index row and links to its sheet (property)", () => {
    const invoice = fc.record({
      customer: fc.constantFrom(...customers),
      dayOffset: fc.integer({ min: 0, max: 120 }),
      amount: fc.integer({ min: -20000, max: 200000 }),
      usd: fc.boolean(),
    });
    const payment = fc.record({ customer: fc.constantFrom(...customers), dayOffset: fc.integer({ min: 0, max: 120 }), amount: fc.integer({ min: 1, max: 100000 }) });
    fc.assert(
      fc.property(fc.array(invoice, { maxLength: 25 }), fc.array(payment, { maxLength: 10 }), (invoices, payments) => {
        const start = day("2026-07-01");
        const iso = (offset: number) => new Date((start + offset) * 86400000).toISOString().slice(0, 10);
        const ledger = ledgerOf(
          invoices.map((inv, i) => [`INV-${i}`, inv.customer, iso(inv.dayOffset), iso(inv.dayOffset + 30), inv.amount / 100, inv.usd ? "USD" : ccyOf[inv.customer]]),
          payments.map((p) => [iso(p.dayOffset), p.customer, p.amount / 100, null]),
        );
        const statements = statementsFor(ledger, period);
        seen += statements.length;
        const specs = layoutStatements(statements, settings);
        expect(specs).toHaveLength(statements.length + 1);
        const index = specs[0];
        const table = index.tables![0];
        const col = (name: string) => table.headers.indexOf(name) + 1;
        statements.forEach((statement, i) => {
          const row = table.top + 1 + i;
          const num = (minor: number) => minorToNumber(minor, statement.currency);
          expect(cellAt(index, row, col("CustomerID"))?.value).toBe(statement.customer.id);
          expect(cellAt(index, row, col("Currency"))?.value).toBe(statement.currency);
          expect(cellAt(index, row, col("Closing"))?.value).toBe(num(statement.totals?.closing ?? statement.totalDue));
          expect(cellAt(index, row, col("Overdue"))?.value).toBe(num(statement.overdue));
          statement.aging.labels.forEach((label, b) => expect(cellAt(index, row, col(label))?.value).toBe(num(statement.aging.amounts[b])));
          const sheet = specs[1 + i];
          expect(cellAt(index, row, col("Sheet"))).toMatchObject({ value: sheet.name, link: `#'${sheet.name.replace(/'/g, "''")}'!A1` });
          // The statement sheet's total due is the index's closing; below zero it is a credit balance, shown positive.
          const owed = statement.totalDue >= 0;
          const label = owed ? (statement.language === "zh" ? "应付总额" : "Total due") : statement.language === "zh" ? "贵司贷方余额" : "Credit balance in your favour";
          const due = sheet.cells.find((c) => c.value === label)!;
          expect(cellAt(sheet, due.row, 8)?.value).toBe(num(Math.abs(statement.totalDue)));
        });
        // The summary writes without failing on the same statements.
        expect(summarySheet(summaryFromStatements(statements), settings).role).toBe("summary");
      }),
      { numRuns: 40 },
    );
  });
});
