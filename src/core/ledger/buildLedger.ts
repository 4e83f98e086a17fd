/**
 * Rows → ledger: validates the clerk's Customers, Invoices and Payments blocks into the model,
 * reporting every skipped or doubtful value as a DataIssue (DESIGN §8: never lose a row silently).
 */
import type { Invoice, Ledger } from "../model";
import type { BuildContext } from "./_lib/context";
import { readCustomers } from "./_lib/readCustomers";
import { readInvoices } from "./_lib/readInvoices";
import { readPayments } from "./_lib/readPayments";
import type { LedgerInput, LedgerOptions } from "./input";
import { normalizeCurrency } from "../money";

export const LEDGER_ERRORS = {
  badDefaultCurrency: "ledger: defaultCurrency is not a currency code",
  badDefaultTerms: "ledger: defaultTermsDays must be a whole number of days ≥ 0",
} as const;

/**
 * Builds the ledger from mapped blocks, one linear pass per table.
 *
 * - Errors (row not read): a required value is empty or unusable (CustomerID, InvoiceNo,
 *   InvoiceDate, Amount, payment Date), a duplicate CustomerID or InvoiceNo (the first row wins),
 *   a missing required column (the whole table is not read, one issue).
 * - Warnings (row kept): unknown currency, unreadable optional values (terms, limit, language,
 *   email, DueDate → InvoiceDate + terms, Paid → 0, Disputed text → disputed), an invoice or
 *   payment for a customer not in Customers (kept under a placeholder customer named by its ID).
 * - Fully blank rows are skipped silently.
 *
 * @example
 * const ledger = buildLedger(toLedgerInput(detectTables(blocks)));
 * ledger.issues //=> [{ severity: "error", sheet: "Invoices", row: 7, column: "Amount", value: "abc", … }]
 */
export function buildLedger(input: LedgerInput, options?: LedgerOptions): Ledger {
  const defaultCurrency = normalizeCurrency(options?.defaultCurrency ?? "USD");
  if (defaultCurrency === undefined) throw new RangeError(LEDGER_ERRORS.badDefaultCurrency);
  const defaultTermsDays = options?.defaultTermsDays ?? 30;
  if (!Number.isSafeInteger(defaultTermsDays) || defaultTermsDays < 0) throw new RangeError(LEDGER_ERRORS.badDefaultTerms);
  const context: BuildContext = {
    defaultCurrency,
    defaultTermsDays,
    defaultLanguage: options?.defaultLanguage ?? "en",
    dateOrder: options?.dateOrder,
    customers: [],
    customerById: new Map(),
    issues: [],
    zeros: new Map(),
  };
  readCustomers(input.customers, context);
  const hasPaymentsTable = input.payments !== undefined;
  const invoiceByNo = new Map<string, Invoice>();
  const invoices = readInvoices(input.invoices, context, hasPaymentsTable, invoiceByNo);
  const payments = input.payments ? readPayments(input.payments, context, invoiceByNo) : [];
  return {
    customers: context.customers,
    invoices,
    payments,
    hasPaymentsTable,
    issues: context.issues,
  };
}
