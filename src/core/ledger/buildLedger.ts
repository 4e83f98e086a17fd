/**
 * Rows → ledger: validates the clerk's Customers, Invoices and Payments blocks into the model,
 * reporting every skipped or doubtful value as a DataIssue (DESIGN §8: never lose a row silently).
 */
import type { Customer, Ledger } from "../model";
import { numberKindOf } from "./numberKind";
import { CustomerKeys, type BuildContext } from "./_lib/context";
import { readCustomers } from "./_lib/readCustomers";
import { readInvoices, type InvoicesRead } from "./_lib/readInvoices";
import { previousMonthSheets } from "./_lib/monthSheets";
import { formatAmount } from "../money/format";
import { readPayments } from "./_lib/readPayments";
import { headerLanguage, inferCurrency, workbookDateOrder } from "./_lib/inference";
import { UnreadTally } from "./_lib/unread";
import { DateOrderScans } from "./_lib/dateOrder";
import { inWholeUnits } from "./_lib/headerUnits";
import { TableIssues } from "./_lib/issues";
import { InvoicesByNo } from "./_lib/invoicesByNo";
import { withMergesRead } from "./_lib/mergedCells";
import { ColumnRecorder } from "./_lib/columnRecorder";
import { recordedLedger } from "./recordedColumns";
import type { LedgerInput, LedgerOptions, MappedTable } from "./input";
import { whileWorkingOn } from "../workingSet";

export const LEDGER_ERRORS = {
  badDefaultCurrency: "ledger: defaultCurrency is not a currency code",
  badDefaultTerms: "ledger: defaultTermsDays must be a whole number of days ≥ 0",
} as const;

/**
 * Builds the ledger from mapped blocks, one linear pass per table.
 *
 * - Errors (row not read): a required value is empty or unusable (customer, InvoiceNo,
 *   InvoiceDate, Amount, payment Date), a duplicate CustomerID or InvoiceNo (the first row wins),
 *   a missing required column (the whole table is not read, one issue). Each is counted, with
 *   its money, in `unread`.
 * - Warnings (row kept): unknown currency, unreadable optional values (terms, limit, language,
 *   email, DueDate → InvoiceDate + terms, Paid → 0, Disputed text → disputed), an invoice or
 *   payment for a customer not in Customers (kept under a placeholder customer named by its ID).
 * - Info (nothing lost): footer, total, note, group-title and blank rows, noted once per table.
 * - Without a Customers table, customers come from the invoice rows.
 *
 * @example
 * const ledger = buildLedger(toLedgerInput(detectTables(blocks)));
 * ledger.issues //=> [{ severity: "error", sheet: "Invoices", row: 7, column: "Amount", value: "abc", … }]
 */
export function buildLedger(raw: LedgerInput, options?: LedgerOptions): Ledger {
  return whileWorkingOn(raw, () => readLedger(raw, options));
}

function readLedger(raw: LedgerInput, options: LedgerOptions | undefined): Ledger {
  const currency = inferCurrency(raw, options?.defaultCurrency);
  if (currency === undefined) throw new RangeError(LEDGER_ERRORS.badDefaultCurrency);
  const defaultTermsDays = options?.defaultTermsDays ?? 30;
  if (!Number.isSafeInteger(defaultTermsDays) || defaultTermsDays < 0) throw new RangeError(LEDGER_ERRORS.badDefaultTerms);
  const language = options?.defaultLanguage ?? headerLanguage(raw);
  const unread = new UnreadTally();
  const tables = [raw.invoices, ...(raw.moreInvoices ?? [])];
  const invoiceRows = tables.reduce((rows, table) => rows + table.block.rows.length, 0);
  const customers: Customer[] = [];
  const dateScans = new DateOrderScans();
  const context: BuildContext = {
    defaultCurrency: currency.code,
    defaultTermsDays,
    defaultLanguage: language,
    dateOrder: options?.dateOrder,
    workbookDateOrder: workbookDateOrder(raw, dateScans),
    dateScans,
    customers,
    customerById: new Map(),
    customerKeys: new CustomerKeys(customers),
    customerCurrencies: [],
    hasCustomersTable: raw.customers !== undefined,
    issues: [],
    unread,
    zeros: new Map(),
    columns: new ColumnRecorder(invoiceRows),
  };
  const input = mergesRead(amountsInWholeUnits(raw, context), context);
  if (input.customers) readCustomers(input.customers, context);
  const hasPaymentsTable = input.payments !== undefined;
  // Sized for every row at most half full: it never grows while reading. Each invoice is filed
  // under the number recorded at its position (readInvoices files it as it records it).
  const recorded = context.columns;
  const invoiceByNo = new InvoicesByNo({ capacity: 2 * invoiceRows, numberAt: (position) => recorded.invoiceNoAt(position) });
  // A sheet per customer: without a customer column, each sheet's name is its customer.
  const sheetIsCustomer = tables.length > 1;
  const dateOrders: Record<string, string> = {};
  // Each table's invoices (and the payments its rows carry) go into the recorded columns in turn.
  const tablesRead = [input.invoices, ...(input.moreInvoices ?? [])];
  // A sheet per month: each month's 上月结转 carries the sheet before's balance (monthSheets.ts).
  const previousMonth = sheetIsCustomer ? previousMonthSheets(tablesRead.map((t) => t.block.sheet)) : new Map<string, string>();
  const reads = tablesRead.map((table) => {
    const one = readInvoices(table, context, hasPaymentsTable, invoiceByNo, sheetIsCustomer, previousMonth.get(table.block.sheet));
    for (const [column, order] of Object.entries(one.dateOrders)) dateOrders[`${table.block.sheet}.${column}`] = order;
    return one;
  });
  checkMonthCarries(tablesRead.map((t, k) => [t.block.sheet, reads[k]] as const), context);
  // A Payments table's payments replace the rows' own.
  if (input.payments) readPayments(input.payments, context, invoiceByNo);
  const dated = reads.some((r) => r.dated);
  const openBalances = reads.some((r) => r.openBalances);
  const fromDue = new Set<number>();
  for (const read of reads) for (const at of read.datedFromDue ?? []) fromDue.add(at);
  // The customers of a table numbered by row (few tables: the customers of their invoices, one pass).
  const byRow = new Set<string>();
  reads.forEach((read, k) => {
    if (!read.numberedByRow) return;
    const sheet = tablesRead[k].block.sheet;
    const columns = context.columns;
    for (let p = 0; p < columns.invoiceCount; p++) if (columns.sheetAt(p) === sheet) byRow.add(context.customers[columns.customerAt(p)].id);
  });
  return recordedLedger({
    customers: context.customers,
    hasPaymentsTable: hasPaymentsTable || dated,
    ...(openBalances ? { openBalancesGiven: true } : {}),
    ...(fromDue.size > 0 ? { invoiceDatesFromDue: [...fromDue].map((at) => context.customers[at].id) } : {}),
    ...(byRow.size > 0 ? { invoicesNumberedByRow: [...byRow] } : {}),
    ...(numberKindOf(numberHeader(input.invoices)) === "document" ? { numbersAreDocuments: true } : {}),
    issues: context.issues,
    unread: unread.result(),
    inferred: {
      currency: currency.code,
      currencySource: currency.source,
      language,
      languageSource: options?.defaultLanguage ? "setting" : "headers",
      dateOrders,
    },
  }, context.columns.done(context.customers));
}

/**
 * Each month's carried-forward balance against the closing balance of last month's sheet (when
 * that sheet keeps a running 余额 to close on; 0 when that sheet never names the customer): a
 * difference is said on the carry line and counted with the ledger's totals that are off (every
 * output says so), the rows counted as they stand.
 */
function checkMonthCarries(reads: readonly (readonly [string, InvoicesRead])[], context: BuildContext): void {
  if (!reads.some(([, read]) => read.carries !== undefined)) return;
  const bySheet = new Map(reads);
  // Who is on each sheet (its documents, or a balance carried onto it): a balance carried from a
  // sheet that never names the customer is money found nowhere else.
  const onSheet = new Set<string>();
  const columns = context.columns;
  for (let p = 0; p < columns.invoiceCount; p++) onSheet.add(`${columns.sheetAt(p)}\u0000${context.customers[columns.customerAt(p)].id}`);
  for (const [sheet, read] of reads) for (const carry of read.carries ?? []) onSheet.add(`${sheet}\u0000${carry.customerId}`);
  for (const [sheet, read] of reads) {
    for (const carry of read.carries ?? []) {
      const before = bySheet.get(carry.from);
      if (before === undefined) continue;
      const absent = !onSheet.has(`${carry.from}\u0000${carry.customerId}`);
      if (!absent && (before.running === undefined || !before.runningChecked)) continue;
      const closing = absent ? 0 : before.running!.closing(carry.customerId, carry.currency) ?? 0;
      if (closing === carry.stated || closing === Math.abs(carry.stated)) continue;
      carry.differs(formatAmount(closing, carry.currency));
      const customer = context.customers.find((one) => one.id === carry.customerId);
      context.unread.addCarryOff({ sheet, from: carry.from, customer: customer?.name || carry.customerId, currency: carry.currency, carried: carry.stated, closing });
    }
  }
}

/**
 * The input with the merged cells of each table read as the clerk sees them (mergedCells.ts):
 * an identifying value merged down is on every row it covers; an amount merged down is said.
 */
function mergesRead(input: LedgerInput, context: BuildContext): LedgerInput {
  const read = <F extends string>(table: MappedTable<F>): MappedTable<F> =>
    table.block.merges === undefined ? table : withMergesRead(table, new TableIssues(table.block, context.issues));
  return {
    ...input,
    ...(input.customers ? { customers: read(input.customers) } : {}),
    invoices: read(input.invoices),
    ...(input.moreInvoices ? { moreInvoices: input.moreInvoices.map(read) } : {}),
    ...(input.payments ? { payments: read(input.payments) } : {}),
  };
}

/**
 * The input with every money column whose header states a unit (`应收金额（万元）`, `Amount (in
 * thousands)`) read in whole units, and one info note per such column saying so.
 */
function amountsInWholeUnits(input: LedgerInput, context: BuildContext): LedgerInput {
  const scale = <F extends string>(table: MappedTable<F>, fields: readonly F[]): MappedTable<F> => {
    const { table: whole, scaled } = inWholeUnits(table, fields, context.defaultCurrency);
    const issues = new TableIssues(table.block, context.issues);
    for (const { column, unit, power } of scaled) issues.tableCoded("info", column, "amountsInUnit", { column, unit, factor: 10 ** power });
    return whole;
  };
  const invoiceMoney = ["Amount", "Paid", "OpenBalance", "Credited", "Credit", "RunningBalance", "CreditLimit"] as const;
  return {
    ...input,
    ...(input.customers ? { customers: scale(input.customers, ["CreditLimit"]) } : {}),
    invoices: scale(input.invoices, invoiceMoney),
    ...(input.moreInvoices ? { moreInvoices: input.moreInvoices.map((t) => scale(t, invoiceMoney)) } : {}),
    ...(input.payments ? { payments: scale(input.payments, ["Amount"]) } : {}),
  };
}

/** The header of the invoice list's number column (undefined: none, rows numbered by place). */
function numberHeader(table: MappedTable<string>): string | undefined {
  const col = table.columns.InvoiceNo;
  return col === undefined ? undefined : String(table.block.headers[col] ?? "");
}
