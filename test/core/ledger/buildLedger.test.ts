import { buildLedger } from "../../../src/core/ledger";
import type { LedgerInput } from "../../../src/core/ledger";
import { isoOf } from "../../../src/core/dates";
import { block, tableOf } from "../builders";
import type { RawCell } from "../../../src/workbook/port";

const CUSTOMER_HEADERS = ["CustomerID", "Name", "Email", "CreditLimit", "TermsDays", "DiscountTerms", "Currency", "Language"];
const INVOICE_HEADERS = ["InvoiceNo", "CustomerID", "InvoiceDate", "DueDate", "Amount", "Paid", "Currency", "Disputed", "Description"];
const PAYMENT_HEADERS = ["Date", "CustomerID", "Amount", "InvoiceNo", "Reference", "Method"];

function input(customers: RawCell[][], invoices: RawCell[][], payments?: RawCell[][]): LedgerInput {
  return {
    customers: tableOf(block("Customers", CUSTOMER_HEADERS, customers)),
    invoices: tableOf(block("Invoices", INVOICE_HEADERS, invoices)),
    ...(payments ? { payments: tableOf(block("Payments", PAYMENT_HEADERS, payments)) } : {}),
  };
}

const ACME: RawCell[] = ["C1", "Acme", "ap@acme.com", 5000, 30, "2/10", "USD", "en"];
const WIDGET: RawCell[] = ["C2", "华为", "ar@w.cn", "¥100,000.00", "45天", null, "人民币", "中文"];

describe("buildLedger", () => {
  it("returns customers, invoices and payments read from the rows", () => {
    const ledger = buildLedger(
      input(
        [ACME, WIDGET],
        [
          ["INV-1", "C1", 45961, "2025-11-30", 1234.5, 100, null, "no", "Widgets"],
          ["INV-2", "C2", "2025年10月31日", null, "¥1,000.00", null, null, "是", null],
        ],
      ),
    );
    expect(ledger.issues).toEqual([]);
    expect(ledger.hasPaymentsTable).toBe(false);
    expect(ledger.customers).toEqual([
      {
        id: "C1", name: "Acme", email: "ap@acme.com", creditLimit: { currency: "USD", minor: 500000 }, termsDays: 30,
        discountTerms: { percent: "2", days: 10 }, currency: "USD", language: "en", source: { sheet: "Customers", row: 2 },
      },
      {
        id: "C2", name: "华为", email: "ar@w.cn", creditLimit: { currency: "CNY", minor: 10000000 }, termsDays: 45,
        currency: "CNY", language: "zh", source: { sheet: "Customers", row: 3 },
      },
    ]);
    const [first, second] = ledger.invoices;
    expect(first).toEqual({
      invoiceNo: "INV-1", customerId: "C1", invoiceDate: first.invoiceDate, dueDate: first.dueDate,
      amount: { currency: "USD", minor: 123450 }, paid: { currency: "USD", minor: 10000 }, disputed: false,
      description: "Widgets", source: { sheet: "Invoices", row: 2 },
    });
    expect([isoOf(first.invoiceDate), isoOf(first.dueDate)]).toEqual(["2025-10-31", "2025-11-30"]);
    // No DueDate: invoice date + the customer's 45 days; currency from the customer.
    expect([isoOf(second.dueDate), second.amount, second.disputed]).toEqual(["2025-12-15", { currency: "CNY", minor: 100000 }, true]);
  });

  it("returns payments with the currency of their invoice or customer", () => {
    const ledger = buildLedger(
      input(
        [ACME, WIDGET],
        [["INV-1", "C1", "2026-10-01", null, 100, 40, "EUR", null, null]],
        [
          ["2026-10-15", "C1", "100.00", "INV-1", "REF-9", "wire"],
          ["2026-10-16", "C2", "¥50", null, null, null],
        ],
      ),
    );
    expect(ledger.hasPaymentsTable).toBe(true);
    expect(ledger.payments.map((p) => [isoOf(p.date), p.customerId, p.amount, p.invoiceNo, p.reference, p.method])).toEqual([
      ["2026-10-15", "C1", { currency: "EUR", minor: 10000 }, "INV-1", "REF-9", "wire"],
      ["2026-10-16", "C2", { currency: "CNY", minor: 5000 }, undefined, undefined, undefined],
    ]);
    // With a Payments table the Paid column is ignored, and said so once.
    expect(ledger.invoices[0].paid.minor).toBe(0);
    expect(ledger.issues).toEqual([
      { severity: "warning", sheet: "Invoices", row: 0, column: "Paid", reason: "Paid column ignored on 1 row: payments come from the Payments table", code: "paidIgnored", params: { count: 1 } },
    ]);
  });

  it("returns issues with sheet, row, column, column index, value and reason", () => {
    const source = block("Sales", INVOICE_HEADERS, [["INV-1", "C1", "2026-02-30", null, 100]], { headerRow: 4, firstColumn: 3 });
    const ledger = buildLedger({ customers: tableOf(block("Customers", CUSTOMER_HEADERS, [ACME])), invoices: tableOf(source) });
    expect(ledger.invoices).toEqual([]);
    expect(ledger.issues).toEqual([
      {
        severity: "error", sheet: "Sales", row: 5, column: "InvoiceDate", columnIndex: 5, value: "2026-02-30",
        reason: "InvoiceDate is not a real calendar date: row not read",
        code: "badRequired", params: { field: "InvoiceDate", reason: "not a real calendar date" },
      },
    ]);
  });

  describe("edge cases", () => {
    const reasons = (rows: RawCell[][], payments?: RawCell[][]) =>
      buildLedger(input([ACME], rows, payments)).issues.map((i) => `${i.severity} ${i.sheet}!${i.row} ${i.column ?? ""}: ${i.reason}`);

    it("notes fully blank rows once as info and reports partly blank ones", () => {
      expect(reasons([[null, null, "  ", null, null], ["", "C1", null, null, 5]])).toEqual([
        "error Invoices!3 InvoiceNo: InvoiceNo is empty: row not read",
        "info Invoices!0 : skipped 1 blank row: not invoices",
      ]);
    });

    it("reports each unusable required value as an error and skips the row", () => {
      expect(
        reasons([
          ["I1", "", "2026-10-01", null, 5],
          ["I2", "C1", null, null, 5],
          ["I3", "C1", 60, null, 5],
          ["I4", "C1", "2026-10-01", null, "abc"],
          ["I5", "C1", "2026-10-01", null, null],
          ["I6", "C1", "03/04/2026", null, 5],
        ]),
      ).toEqual([
        "error Invoices!2 CustomerID: CustomerID is empty: row not read",
        "error Invoices!3 InvoiceDate: InvoiceDate is empty: row not read",
        "error Invoices!4 InvoiceDate: InvoiceDate: 1900-02-29 does not exist (Excel serial 60): row not read",
        "error Invoices!5 Amount: Amount is not an amount: row not read",
        "error Invoices!6 Amount: Amount is empty: row not read",
        "error Invoices!7 InvoiceDate: InvoiceDate: ambiguous day/month order: write the date as YYYY-MM-DD (set --date-order mdy|dmy or ledger.dateOrder in AR Settings): row not read",
      ]);
    });

    it("keeps the first of duplicate InvoiceNos and CustomerIDs", () => {
      const ledger = buildLedger(input([ACME, ["C1", "Acme again"]], [["I1", "C1", "2026-10-01", null, 1], ["I1", "C1", "2026-10-02", null, 2]]));
      expect(ledger.customers.map((c) => c.name)).toEqual(["Acme"]);
      expect(ledger.invoices.map((i) => i.amount.minor)).toEqual([100]);
      expect(ledger.issues.map((i) => `${i.sheet}!${i.row}: ${i.reason}`)).toEqual([
        "Customers!3: duplicate CustomerID: row 2 has it already, this row was not read",
        "Invoices!3: duplicate InvoiceNo: row 2 has it already with a different InvoiceDate, Amount, DueDate: this row was not read; check which of the two rows is right",
      ]);
    });

    it("keeps an invoice of an unknown customer under a placeholder customer, warning once", () => {
      const ledger = buildLedger(input([ACME], [["I1", "C9", "2026-10-01", null, 1], ["I2", "C9", "2026-10-01", null, 1]]));
      expect(ledger.invoices).toHaveLength(2);
      expect(ledger.customers.map((c) => [c.id, c.name, c.currency, c.termsDays])).toEqual([["C1", "Acme", "USD", 30], ["C9", "C9", "USD", 30]]);
      expect(ledger.issues.map((i) => `${i.severity} ${i.row}: ${i.reason}`)).toEqual([
        "warning 2: customer not in the Customers table: invoice kept under a customer named by its ID",
      ]);
    });

    it("warns about doubtful optional values and keeps the row", () => {
      expect(
        reasons([
          ["I1", "C1", "2026-10-01", "soon", 1, null, null, null],
          ["I2", "C1", "2026-10-01", null, 1, "abc", "XYZ", "maybe"],
          ["I3", "C1", "2026-10-01", "2026-09-01", 1, -1, "dollars", null],
          ["I4", "C1", "2026-10-01", null, -10, "-20", null, null],
        ]),
      ).toEqual([
        "warning Invoices!2 DueDate: DueDate is not a date: InvoiceDate + 30 days used",
        "warning Invoices!3 Currency: unknown currency code XYZ: kept as written",
        "warning Invoices!3 Paid: Paid is not an amount: taken as 0",
        "warning Invoices!3 Disputed: Disputed is not yes or no: taken as disputed",
        "warning Invoices!4 Currency: not a currency: USD used",
        "warning Invoices!4 DueDate: DueDate is before InvoiceDate 2026-10-01: as of 2026-10-01 or later aged from the due date as written; as of an earlier day in no figure",
        "warning Invoices!4 Paid: Paid has the opposite sign of Amount: taken as 0",
        "warning Invoices!5 Paid: Paid on a credit note exceeds its amount: capped at the amount",
      ]);
    });

    it("warns about doubtful customer values and uses defaults", () => {
      const ledger = buildLedger(input([["C1", "", "not-an-email", "lots", "soon", "2 for 10", "Pesos", "fr"]], []));
      expect(ledger.customers[0]).toEqual({
        id: "C1", name: "C1", email: "not-an-email", termsDays: 30, currency: "USD", language: "en", source: { sheet: "Customers", row: 2 },
      });
      expect(ledger.issues.map((i) => `${i.column}: ${i.reason}`)).toEqual([
        "Name: Name is empty: the CustomerID is used as the name",
        "Currency: not a currency: USD used",
        "CreditLimit: credit limit is not an amount: no limit applied",
        "TermsDays: terms not like 30, Net 30, 30天, 月结30天, EOM 30 or Due on receipt: 30 days used",
        "DiscountTerms: discount terms not like 2/10 (2 % within 10 days): ignored",
        "Language: language not en or zh: en used",
        "Email: does not look like an email address",
      ]);
    });

    it("reports a missing required column once and reads none of that table", () => {
      const ledger = buildLedger({
        customers: tableOf(block("Customers", CUSTOMER_HEADERS, [ACME])),
        invoices: tableOf(block("Invoices", ["InvoiceNo", "CustomerID", "InvoiceDate"], [["I1", "C1", 45961]])),
      });
      expect(ledger.invoices).toEqual([]);
      expect(ledger.issues).toEqual([
        {
          severity: "error", sheet: "Invoices", row: 0, column: "Amount", reason: "required column Amount (or OpenBalance) not found: the table's 1 row was not read",
          code: "requiredColumnMissing", params: { field: "Amount", or: "OpenBalance", rows: 1 },
        },
      ]);
    });

    it("reports payments it cannot read or place", () => {
      expect(
        reasons(
          [["I1", "C1", "2026-10-01", null, 100]],
          [
            ["2026-10-05", "C1", "", null],
            ["nope", "C1", 5, null],
            ["2026-10-05", "C1", 5, "I404"],
            ["2026-10-05", "C1", -5, "I1"],
            ["2026-10-05", "C7", 5, null],
            [null, null, null, null],
          ],
        ),
      ).toEqual([
        "error Payments!2 Amount: Amount is empty: row not read",
        "error Payments!3 Date: Date is not a date: row not read",
        "warning Payments!4 InvoiceNo: no invoice of this customer has this InvoiceNo: applied to the customer's oldest open invoices",
        "warning Payments!5 Amount: negative payment: taken as a refund or reversal",
        "warning Payments!6 CustomerID: customer not in the Customers table: payment kept under a customer named by its ID",
      ]);
    });

    it("reads the text forms of disputed, language, terms and discount", () => {
      const ledger = buildLedger(
        input(
          [["C1", "A", null, null, "Net 15", "1.5/15 net 30", "usd", "ZH-CN"], ["C2", "B", null, null, 0, null, "$", "English"]],
          [
            ["I1", "C1", "2026-10-01", null, 1, null, null, "Y"],
            ["I2", "C1", "2026-10-01", null, 1, null, null, "争议"],
            ["I3", "C1", "2026-10-01", null, 1, null, null, true],
            ["I4", "C1", "2026-10-01", null, 1, null, null, 0],
            ["I5", "C1", "2026-10-01", null, 1, null, null, "否"],
          ],
        ),
      );
      expect(ledger.issues).toEqual([]);
      expect(ledger.customers.map((c) => [c.termsDays, c.discountTerms, c.currency, c.language])).toEqual([
        [15, { percent: "1.5", days: 15 }, "USD", "zh"],
        [0, undefined, "USD", "en"],
      ]);
      expect(ledger.invoices.map((i) => i.disputed)).toEqual([true, true, true, false, false]);
    });

    it("uses the options' default currency, terms and date order", () => {
      const ledger = buildLedger(input([["C1", "A"]], [["I1", "C1", "3/4/2026", null, "1234.5"]]), {
        defaultCurrency: "jpy",
        defaultTermsDays: 10,
        dateOrder: "dmy",
      });
      const [inv] = ledger.invoices;
      expect([isoOf(inv.invoiceDate), isoOf(inv.dueDate), inv.amount]).toEqual(["2026-04-03", "2026-04-13", { currency: "JPY", minor: 1235 }]);
    });

    it("refuses bad options", () => {
      expect(() => buildLedger(input([], []), { defaultCurrency: "zzz" })).toThrowErrorMatchingInlineSnapshot(
        `"ledger: defaultCurrency is not a currency code"`,
      );
      expect(() => buildLedger(input([], []), { defaultTermsDays: -1 })).toThrowErrorMatchingInlineSnapshot(
        `"ledger: defaultTermsDays must be a whole number of days ≥ 0"`,
      );
    });
  });
});
