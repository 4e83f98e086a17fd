/**
 * The readers' look-ahead (each row's customer by its exact ID and, for a Payments table, the
 * invoice it quotes, found a block of rows ahead) changes nothing: over random Excel-shaped rows
 * (numbers, numeric text, blanks, odd text, IDs written another way, customers the rows add,
 * duplicate and quoted invoice numbers) the ledger — its customers, invoices, payments, issues,
 * unread tally and recorded columns — is the one the readers' own lookups give with a look-ahead
 * that finds nothing.
 */
import fc from "fast-check";
import { buildLedger as withLookAhead, type LedgerInput } from "../../../src/core/ledger";
import { recordedColumns } from "../../../src/core/ledger/recordedColumns";
import type { Ledger } from "../../../src/core/model";
import type { RawCell } from "../../../src/workbook/port";
import { block, tableOf } from "../builders";

/** buildLedger with a look-ahead that never finds anything: every row takes the readers' own lookups. */
let withoutLookAhead: typeof withLookAhead = withLookAhead;
/** The columns that copy of the ledger modules records. */
let recordedColumnsWithout: typeof recordedColumns = recordedColumns;
jest.isolateModules(() => {
  jest.doMock("../../../src/core/ledger/_lib/lookAhead", () => ({
    LookAhead: class {
      customerOf(): number {
        return -1;
      }
      positionOf(): number {
        return -1;
      }
    },
  }));
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  withoutLookAhead = require("../../../src/core/ledger").buildLedger;
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  recordedColumnsWithout = require("../../../src/core/ledger/recordedColumns").recordedColumns;
});

/** IDs as clerks type them: exact, in another case, width or with spaces, a number, unknown, a name, blank. */
const IDS: RawCell[] = ["C1", "C2", "C3", "c1", " C2 ", "Ｃ3", 1001, "1001", "GHOST", "Customer Two", "", null, "Total"];
const NUMBERS: RawCell[] = ["A-1", "A-2", "A-3", 1001, "1001", " A-1", "", null, "Total", "期初余额", "Opening balance"];
const DATES: RawCell[] = [46204, 46230.5, "2026-09-15", "15/09/2026", "", null, "abc", 0];
const AMOUNTS: RawCell[] = [100, 12.5, -40, 0, "1,234.50", "-50", "(20)", "¥100", "abc", "", null, true];
const CURRENCIES: RawCell[] = ["", null, "USD", "CNY", "usd", "XYZ", "dollars"];

const cell = (values: RawCell[]) => fc.constantFrom(...values);

const customerRow = fc.tuple(cell(["C1", "C2", "C3", "c1", "Ｃ3", 1001, "", "C1"]), cell(["One", "Customer Two", "客户三", ""]), cell(["", "USD", "CNY"]));
const invoiceRow = fc.tuple(cell(IDS), cell(NUMBERS), cell(DATES), cell(DATES), cell(AMOUNTS), cell(CURRENCIES), cell(["", "Invoice", "Credit Memo", "Payment", null]), cell([null, 10, "5", "abc"]));
const paymentRow = fc.tuple(cell(IDS), cell(NUMBERS), cell(DATES), cell(AMOUNTS));

const INVOICE_HEADERS = ["CustomerID", "InvoiceNo", "InvoiceDate", "DueDate", "Amount", "Currency", "Type", "Paid"];

const ledgerSpec = fc.record({
  customers: fc.option(fc.array(customerRow, { maxLength: 8 }), { nil: undefined }),
  invoices: fc.array(invoiceRow, { maxLength: 60 }),
  payments: fc.option(fc.array(paymentRow, { maxLength: 40 }), { nil: undefined }),
});
type LedgerSpec = typeof ledgerSpec extends fc.Arbitrary<infer T> ? T : never;

function inputOf(spec: LedgerSpec): LedgerInput {
  return {
    ...(spec.customers ? { customers: tableOf(block("Customers", ["CustomerID", "Name", "Currency"], spec.customers)) } : {}),
    invoices: tableOf(block("Invoices", INVOICE_HEADERS, spec.invoices)),
    ...(spec.payments ? { payments: tableOf(block("Payments", ["CustomerID", "InvoiceNo", "Date", "Amount"], spec.payments)) } : {}),
  };
}

/** What the record keeps of the objects it made on asking: not a part of what was read. */
const MADE = new Set(["invoiceMade", "paymentMade", "invoicesMade", "paymentsMade", "invoiceList", "paymentList", "zeros"]);

/** Everything a ledger says, its recorded columns as plain arrays. */
function contentOf(ledger: Ledger, recordOf = recordedColumns): unknown {
  const record = recordOf(ledger);
  const columns = record === undefined ? undefined
    : Object.fromEntries(Object.entries(record).filter(([key, value]) => typeof value !== "function" && !MADE.has(key)).map(([key, value]) => [key, ArrayBuffer.isView(value) ? Array.from(value as Int32Array) : value]));
  expect(columns).toBeDefined();
  return { ...ledger, invoices: ledger.invoices, payments: ledger.payments, columns };
}

describe("look-ahead", () => {
  it("gives the ledger the readers' own lookups give", () => {
    const seen = { kept: 0, quoted: 0, issues: 0 };
    fc.assert(
      fc.property(ledgerSpec, (spec) => {
        const fast = withLookAhead(inputOf(spec), { defaultCurrency: "USD" });
        const general = withoutLookAhead(inputOf(spec), { defaultCurrency: "USD" });
        expect(contentOf(fast)).toEqual(contentOf(general, recordedColumnsWithout));
        seen.kept += fast.invoices.length;
        seen.quoted += fast.payments.filter((p) => p.invoiceNo !== undefined).length;
        seen.issues += fast.issues.length;
      }),
      { numRuns: 400 },
    );
    // The random ledgers did keep invoices, quote them from payments and raise issues.
    expect(Math.min(seen.kept, seen.quoted, seen.issues)).toBeGreaterThan(0);
  });

  it("is what the fast ledger uses (the stand-in really finds nothing)", () => {
    // A payment quoting an invoice of an exact ID: the same ledger both ways, built through different lookups.
    const spec: LedgerSpec = { customers: [["C1", "One", "USD"]], invoices: [["C1", "A-1", 46204, 46234, 100, "", "", null]], payments: [["C1", "A-1", 46210, 100]] };
    const fast = withLookAhead(inputOf(spec), { defaultCurrency: "USD" });
    expect(fast.payments).toEqual([expect.objectContaining({ customerId: "C1", invoiceNo: "A-1" })]);
    expect(withoutLookAhead).not.toBe(withLookAhead);
    expect(contentOf(withoutLookAhead(inputOf(spec), { defaultCurrency: "USD" }), recordedColumnsWithout)).toEqual(contentOf(fast));
  });
});
