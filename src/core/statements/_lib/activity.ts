/**
 * Private: per (customer, currency), what a statement needs besides the closing account: the
 * opening balance and the period's invoices, credit notes and payments, in one pass over the
 * ledger. Keyed by customer id with a short array per currency, so no item builds a string key.
 */
import type { Account } from "../../allocation/account";
import type { CurrencyCode, Customer, DayNumber, Invoice, Ledger, Minor, Payment } from "../../model";

export interface Activity {
  readonly customerId: string;
  readonly currency: CurrencyCode;
  readonly invoices: Invoice[];
  readonly payments: Payment[];
}

/** One (customer, currency) a statement may be made for. */
export interface StatementAccount extends Activity {
  readonly customer: Customer;
  /** Its account at the period end; undefined when only zero-amount items touch it. */
  readonly account: Account | undefined;
  /** Balance at the end of the day before the period (balance-forward only, else 0). */
  opening: Minor;
}

export interface StatementScope {
  readonly start: DayNumber;
  readonly end: DayNumber;
  /** Accounts at `end`, already limited to the wanted customers. */
  readonly accountsAtEnd: readonly Account[];
  /** Ledger customers by id (the last row of a repeated id, as the statement order uses). */
  readonly customerOf: (customerId: string) => Customer | undefined;
  readonly wanted: (customerId: string) => boolean;
  readonly withOpening: boolean;
}

/**
 * The statement accounts: every account at the period end, plus any known, wanted customer and
 * currency with activity in the period (e.g. only zero-amount invoices).
 *
 * The opening balance is not a second allocation: allocation conserves money, so the balance at a
 * day is what was invoiced (credit notes negative) less what was paid, up to that day.
 */
export function statementAccounts(ledger: Ledger, scope: StatementScope): StatementAccount[] {
  const { start, end } = scope;
  const all: StatementAccount[] = [];
  const byCustomer = new Map<string, StatementAccount[]>();
  const add = (customer: Customer, customerId: string, currency: CurrencyCode, account: Account | undefined): StatementAccount => {
    const entry: StatementAccount = { customerId, currency, customer, account, invoices: [], payments: [], opening: 0 };
    const list = byCustomer.get(customerId);
    if (list === undefined) byCustomer.set(customerId, [entry]);
    else list.push(entry);
    all.push(entry);
    return entry;
  };
  for (const account of scope.accountsAtEnd) add(account.customer, account.customer.id, account.currency, account);

  const entryOf = (customerId: string, currency: CurrencyCode, inPeriod: boolean): StatementAccount | undefined => {
    const list = byCustomer.get(customerId);
    if (list !== undefined) for (let i = 0; i < list.length; i++) if (list[i].currency === currency) return list[i];
    // Only activity opens a new statement account; before the period it would have an account at the end.
    if (!inPeriod || !scope.wanted(customerId)) return undefined;
    const customer = scope.customerOf(customerId);
    return customer === undefined ? undefined : add(customer, customerId, currency, undefined);
  };

  const invoices = ledger.invoices;
  for (let i = 0; i < invoices.length; i++) {
    const invoice = invoices[i];
    const day = invoice.invoiceDate;
    if (day > end || (day < start && !scope.withOpening)) continue;
    const entry = entryOf(invoice.customerId, invoice.amount.currency, day >= start);
    if (entry === undefined) continue;
    if (day >= start) entry.invoices.push(invoice);
    else entry.opening += invoice.amount.minor;
  }
  if (ledger.hasPaymentsTable) {
    const payments = ledger.payments;
    for (let i = 0; i < payments.length; i++) {
      const payment = payments[i];
      const day = payment.date;
      if (day > end || (day < start && !scope.withOpening)) continue;
      const entry = entryOf(payment.customerId, payment.amount.currency, day >= start);
      if (entry === undefined) continue;
      if (day >= start) entry.payments.push(payment);
      else entry.opening -= payment.amount.minor;
    }
  }
  return all;
}
