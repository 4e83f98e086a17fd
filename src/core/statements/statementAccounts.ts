/**
 * Which customer/currency accounts get a statement for a period, and in which order: the one home
 * of that rule. statementsFor builds a statement for each; the AR summary (flows/report.ts) makes
 * one row for each without building the statements.
 */
import type { Account } from "../allocation/account";
import type { Customer, DayNumber, Ledger } from "../model";
import { accountActivity, type StatementAccount } from "./_lib/activity";

export type { StatementAccount } from "./_lib/activity";

export interface StatementAccountsOptions {
  /** Only this customer's accounts (statementFor); `accounts` should be limited to it too. */
  readonly onlyCustomer?: string;
  /**
   * Sum each account's balance before `start` into `opening` (balance-forward statements, which
   * imply a Payments table, where allocation conserves money exactly). Default false: opening 0.
   */
  readonly withOpening?: boolean;
  /**
   * Each account's slot in the ledger's columns, in the order of `accounts` (openAccountsReadOnce
   * gives them): the pass then finds an item's account by its slot, not by its customer's id.
   */
  readonly slots?: readonly number[];
}

/**
 * The accounts a statement is made for over [start, end], in the statements' order: every account
 * with something open or unapplied (or, with `withOpening`, an opening balance), plus every known
 * customer and currency with an invoice or payment dated in the period (even of zero amount).
 * Customers come in the order of their last row in the Customers table (a repeated id's last row
 * wins; customers not in it last, by id), each customer's own currency first, then by currency.
 * Each comes with its period's invoices and payments (and opening balance).
 *
 * @param accounts - the accounts at `end` (accountsAsOf(ledger, end)), already limited to `onlyCustomer` if given
 * @example
 * statementAccounts(ledger, accountsAsOf(ledger, end), monthStart(end), end).map((a) => `${a.customer.id} ${a.currency}`)
 * //=> ["C001 USD", "C002 CNY", "C002 USD"]
 */
export function statementAccounts(ledger: Ledger, accounts: readonly Account[], start: DayNumber, end: DayNumber, options: StatementAccountsOptions = {}): StatementAccount[] {
  const { onlyCustomer } = options;
  const customers = new Map<string, { customer: Customer; index: number }>();
  ledger.customers.forEach((customer, index) => customers.set(customer.id, { customer, index }));
  const candidates = accountActivity(ledger, {
    start,
    end,
    accountsAtEnd: accounts,
    customerOf: (customerId) => customers.get(customerId)?.customer,
    wanted: onlyCustomer === undefined ? () => true : (customerId) => customerId === onlyCustomer,
    withOpening: options.withOpening === true,
    ...(options.slots !== undefined ? { slotsAtEnd: options.slots } : {}),
  });
  // Each account's place among the customers is looked up once, not once per comparison.
  const kept: { entry: StatementAccount; order: number }[] = [];
  for (const entry of candidates) {
    const hasActivity = entry.invoiceEnd > entry.invoiceStart || entry.paymentEnd > entry.paymentStart;
    const { account } = entry;
    // Open items are > 0, so balance = open − unapplied ≠ 0 or unapplied ≠ 0 settles it without
    // reading the open items (which an account may make on each read).
    const holdsMoney = account !== undefined && (account.unapplied !== 0 || account.balance !== 0 || account.openItems.length > 0);
    if (!hasActivity && !holdsMoney && entry.opening === 0) continue;
    kept.push({ entry, order: customers.get(entry.customerId)?.index ?? Number.MAX_SAFE_INTEGER });
  }
  kept.sort(
    ({ entry: a, order: orderA }, { entry: b, order: orderB }) =>
      orderA - orderB ||
      (a.customer.id < b.customer.id ? -1 : a.customer.id > b.customer.id ? 1 : 0) ||
      Number(b.currency === b.customer.currency) - Number(a.currency === a.customer.currency) ||
      (a.currency < b.currency ? -1 : a.currency > b.currency ? 1 : 0),
  );
  return kept.map(({ entry }) => entry);
}
