/**
 * The AR summary as of a day: aging per customer, credit, stage, provision, totals per currency, DSO.
 *
 * Its rows are the open-item statements' (one per customer and currency with something open,
 * unapplied credit, or activity this month; their aging, balance, overdue and stage), but no
 * statement is built: the ledger is settled once (accountsAsOf) and those accounts give the
 * figures (core/metrics accountFigures), the stage, DSO and payment behaviour alike. Building the
 * statements and settling again for DSO and for behaviour took three times as long on 10,000
 * customers. A property test pins the rows to summaryFromStatements(statementsFor(…)).
 */
import { accountsAsOf, ledgerColumns, type Account } from "../core/allocation";
import { agingLabels } from "../core/aging";
import { monthStart } from "../core/dates";
import { accountDunning, historyOf, STAGE_NONE, type DunningLogEntry } from "../core/dunning";
import { accountFigures, paymentBehaviour } from "../core/metrics";
import type { CurrencyCode, Customer, DayNumber, Ledger, } from "../core/model";
import type { Settings } from "../core/settings";
import { summarySheet, type ArSummary, type SheetSpec, type SummaryRow } from "../workbook/layout";
import { dsoByCurrency } from "./dso";
import type { LedgerSession } from "./session";

export interface ReportRun {
  readonly summary: ArSummary;
  /** The AR Summary sheet, laid out on first use (the terminal table does without it). */
  readonly sheet: SheetSpec;
}

export function reportJob(session: LedgerSession, asOf: DayNumber, options: { chartsSupported?: boolean } = {}): ReportRun {
  const { settings, ledger } = session;
  const accounts = accountsAsOf(ledger, asOf);
  const summary = summaryOf(ledger, accounts, asOf, settings, session.log);
  const grades = settings.creditGrades;
  const thresholds = {
    A: { maxAverageDaysLate: grades.A.maxAverageDaysLate, maxShareLate: Number(grades.A.maxShareLate) },
    B: { maxAverageDaysLate: grades.B.maxAverageDaysLate, maxShareLate: Number(grades.B.maxShareLate) },
    C: { maxAverageDaysLate: grades.C.maxAverageDaysLate, maxShareLate: Number(grades.C.maxShareLate) },
  };
  const behaviour = new Map(paymentBehaviour(accounts, asOf, thresholds).map((b) => [b.customer.id, b]));
  const withAsOf: ArSummary = { ...summary, behaviour, ...(ledger.unread ? { unread: ledger.unread } : {}) };
  // Laying out 10,000 customers' cells costs as much as the aging itself: only when asked.
  let sheet: SheetSpec | undefined;
  return {
    summary: withAsOf,
    get sheet() {
      return (sheet ??= summarySheet(withAsOf, settings, { chartsSupported: options.chartsSupported }));
    },
  };
}

type SummarySettings = Pick<Settings, "agingEdges" | "agingBasis" | "dunning" | "dsoDays">;

/**
 * The summary's rows and DSO as of a day, without payment behaviour: what
 * summaryFromStatements gives for the open-item statements of the month to `asOf`.
 *
 * @param accounts - accountsAsOf(ledger, asOf)
 * @example
 * summaryOf(ledger, accountsAsOf(ledger, asOf), dayFromCivil(2026, 10, 31), DEFAULT_SETTINGS).rows[0]
 * //=> { customer, currency: "USD", aging: [0, 120000, 0, 0, 0], balance: 120000, overdue: 120000, unapplied: 0, stage: "Reminder 1" }
 */
export function summaryOf(ledger: Ledger, accounts: readonly Account[], asOf: DayNumber, settings: SummarySettings, log: readonly DunningLogEntry[] = []): ArSummary {
  const history = historyOf(log);
  const aging = { edges: settings.agingEdges, basis: settings.agingBasis };
  const rows = statementAccounts(ledger, accounts, monthStart(asOf), asOf).map(({ customer, currency, account }): SummaryRow => {
    if (account === undefined) {
      const { aging: zero } = accountFigures({ openItems: [], unapplied: 0 }, asOf, aging);
      return { customer, currency, aging: zero, balance: 0, overdue: 0, unapplied: 0, stage: STAGE_NONE };
    }
    const { aging: buckets, balance, overdue, unapplied } = accountFigures(account, asOf, aging);
    const stage = accountDunning(account, asOf, settings.dunning, history).stage;
    return { customer, currency, aging: buckets, balance, overdue, unapplied, stage };
  });
  return {
    asOf,
    // No statement, no columns: as the statements' labels would be.
    labels: rows.length === 0 ? [] : agingLabels(settings.agingEdges, settings.agingBasis),
    rows,
    dso: dsoByCurrency(accounts, asOf, settings.dsoDays),
  };
}

/** One row of the summary: its account, or none for a customer with only zero-amount items this month. */
interface StatementAccount {
  readonly customer: Customer;
  readonly currency: CurrencyCode;
  readonly account: Account | undefined;
}

/**
 * The accounts an open-item statement is made for, in the statements' order (core/statements
 * statementsFor): every account with something open or unapplied, and every known customer and
 * currency with an invoice or payment dated in [start, asOf].
 */
function statementAccounts(ledger: Ledger, accounts: readonly Account[], start: DayNumber, asOf: DayNumber): StatementAccount[] {
  // Statements order customers by their last row in the Customers table (a repeated id's last wins).
  const customers = new Map<string, { customer: Customer; index: number }>();
  ledger.customers.forEach((customer, index) => customers.set(customer.id, { customer, index }));

  const all: StatementAccount[] = [];
  const active: boolean[] = [];
  const byCustomer = new Map<string, number[]>();
  const add = (account: StatementAccount): number => {
    const at = all.push(account) - 1;
    active.push(false);
    const list = byCustomer.get(account.customer.id);
    if (list === undefined) byCustomer.set(account.customer.id, [at]);
    else list.push(at);
    return at;
  };
  for (const account of accounts) add({ customer: account.customer, currency: account.currency, account });

  // An item dated this month makes its account active, or opens one for a known customer.
  const entryOf = (customerId: string, currency: CurrencyCode): number => {
    const list = byCustomer.get(customerId);
    if (list !== undefined) for (const at of list) if (all[at].currency === currency) return at;
    const known = customers.get(customerId);
    return known === undefined ? -1 : add({ customer: known.customer, currency, account: undefined });
  };
  const columns = ledgerColumns(ledger);
  const slotEntry = new Int32Array(columns.slotCurrency.length).fill(-2); // -2: not looked up yet
  const ofSlot = (slot: number): number => {
    if (slotEntry[slot] === -2) slotEntry[slot] = entryOf(columns.customerIds[columns.slotCustomer[slot]], columns.slotCurrency[slot]);
    return slotEntry[slot];
  };
  const { invoiceSlot, invoiceDay } = columns;
  for (let k = 0; k < invoiceSlot.length; k++) {
    const day = invoiceDay[k];
    if (!(day >= start && day <= asOf)) continue;
    const slot = invoiceSlot[k];
    const invoice = ledger.invoices[k];
    const at = slot >= 0 ? ofSlot(slot) : entryOf(invoice.customerId, invoice.amount.currency);
    if (at >= 0) active[at] = true;
  }
  if (ledger.hasPaymentsTable) {
    const { paymentSlot, paymentDay } = columns;
    for (let k = 0; k < paymentSlot.length; k++) {
      const day = paymentDay[k];
      if (!(day >= start && day <= asOf)) continue;
      const slot = paymentSlot[k];
      const payment = ledger.payments[k];
      const at = slot >= 0 ? ofSlot(slot) : entryOf(payment.customerId, payment.amount.currency);
      if (at >= 0) active[at] = true;
    }
  }

  const kept = all.filter(({ account }, at) => active[at] || (account !== undefined && (account.openItems.length > 0 || account.unapplied !== 0)));
  const order = (a: StatementAccount): number => customers.get(a.customer.id)?.index ?? Number.MAX_SAFE_INTEGER;
  return kept.sort(
    (a, b) =>
      order(a) - order(b) ||
      (a.customer.id < b.customer.id ? -1 : a.customer.id > b.customer.id ? 1 : 0) ||
      Number(b.currency === b.customer.currency) - Number(a.currency === a.customer.currency) ||
      (a.currency < b.currency ? -1 : a.currency > b.currency ? 1 : 0),
  );
}
