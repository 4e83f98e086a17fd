/**
 * The AR figures (DESIGN §3): per account (customer and currency) its aging, balance, overdue
 * and unapplied credit; per currency their totals, the bad-debt provision and the credit
 * position. The one home of this arithmetic: the pane's analysis, the AR Summary sheet and the
 * statements all read their figures from here, so they cannot drift apart. Currencies are
 * never added together.
 */
import type { Account } from "../allocation/account";
import { agingBucket, DEFAULT_AGING_EDGES, validateEdges, type AgingBasis, type AgingOptions } from "../aging/edges";
import { creditPosition, type CreditPosition } from "../credit/creditPosition";
import type { CurrencyCode, Customer, DayNumber, Minor } from "../model";
import { badDebtProvision } from "./badDebtProvision";

/** The figures of one account as of a day. */
export interface AccountFigures {
  /**
   * Balance per aging bucket: the open items aged, with unapplied credit (which has no due date
   * to age by) netted in the first bucket. Sums to `balance`.
   */
  readonly aging: Minor[];
  /** Open items − unapplied credit: what the customer owes (negative = we owe the customer). */
  readonly balance: Minor;
  /** Open balance of invoices ≥ 1 day overdue (disputed included; grace days do not change it). */
  readonly overdue: Minor;
  /** Payments and credits not applied to any invoice: in the balance, not in overdue. */
  readonly unapplied: Minor;
  /** Days overdue of the oldest overdue open item; 0 when nothing is overdue. */
  readonly oldestDaysOverdue: number;
}

/**
 * An account's figures, in one pass over its open items.
 *
 * @example
 * accountFigures({ openItems: [{ invoice: { dueDate: asOf - 40, … }, open: 5000 }], unapplied: 1000 }, asOf)
 * //=> { aging: [-1000, 0, 5000, 0, 0], balance: 4000, overdue: 5000, unapplied: 1000, oldestDaysOverdue: 40 }
 */
export function accountFigures(account: Pick<Account, "openItems" | "unapplied">, asOf: DayNumber, options?: AgingOptions): AccountFigures {
  const tally = new FiguresTally(asOf, options);
  for (const { invoice, open } of account.openItems) tally.add(invoice.dueDate, invoice.invoiceDate, open);
  return tally.figures(account.unapplied);
}

/** An open item as the figures read it: its days and open balance (e.g. a statement's open-item line). */
export interface DatedOpenItem {
  readonly dueDate: DayNumber;
  readonly invoiceDate: DayNumber;
  readonly open: Minor;
}

/**
 * The same figures as {@link accountFigures}, of open items given by their days and open balances
 * (a statement's open-item lines: no Invoice object needed).
 *
 * @example
 * openItemFigures([{ dueDate: asOf - 40, invoiceDate: asOf - 70, open: 5000 }], 1000, asOf).aging //=> [-1000, 0, 5000, 0, 0]
 */
export function openItemFigures(items: readonly DatedOpenItem[], unapplied: Minor, asOf: DayNumber, options?: AgingOptions): AccountFigures {
  const tally = new FiguresTally(asOf, options);
  for (const { dueDate, invoiceDate, open } of items) tally.add(dueDate, invoiceDate, open);
  return tally.figures(unapplied);
}

/** The one home of an account's figures' arithmetic: open items added one by one, then the unapplied credit. */
class FiguresTally {
  private readonly edges: readonly number[];
  private readonly basis: AgingBasis;
  private readonly aging: Minor[];
  private open = 0;
  private overdue = 0;
  private oldest = 0;

  constructor(private readonly asOf: DayNumber, options: AgingOptions | undefined) {
    this.edges = options?.edges ?? DEFAULT_AGING_EDGES;
    this.basis = options?.basis ?? "due";
    validateEdges(this.edges);
    this.aging = new Array<Minor>(this.edges.length + (this.basis === "due" ? 2 : 1)).fill(0);
  }

  add(dueDate: DayNumber, invoiceDate: DayNumber, amount: Minor): void {
    const late = this.asOf - dueDate;
    this.aging[agingBucket(this.asOf - (this.basis === "due" ? dueDate : invoiceDate), this.edges, this.basis)] += amount;
    this.open += amount;
    if (late >= 1) {
      this.overdue += amount;
      if (late > this.oldest) this.oldest = late;
    }
  }

  figures(unapplied: Minor): AccountFigures {
    this.aging[0] -= unapplied;
    return { aging: this.aging, balance: this.open - unapplied, overdue: this.overdue, unapplied, oldestDaysOverdue: this.oldest };
  }
}

/** One account's figures as the per-currency totals take them. */
export interface FiguresLine {
  readonly customer: Customer;
  readonly currency: CurrencyCode;
  /** Per aging label; sums to the balance (unapplied credit in the first). */
  readonly aging: readonly Minor[];
  /** Open balance: open invoices − unapplied credit (the credit exposure). */
  readonly balance: Minor;
  readonly overdue: Minor;
  readonly unapplied: Minor;
}

/** A line with what depends on the clerk's settings: provision and credit. */
export interface ArLine<L extends FiguresLine = FiguresLine> {
  readonly line: L;
  /** Bad-debt provision per aging bucket (each rounded half away from zero). */
  readonly provision: Minor[];
  readonly provisionTotal: Minor;
  readonly credit: CreditPosition;
}

/** The totals of one currency. */
export interface CurrencyTotals {
  readonly currency: CurrencyCode;
  /** How many accounts (lines) are in this currency. */
  readonly accounts: number;
  readonly aging: Minor[];
  readonly balance: Minor;
  readonly overdue: Minor;
  readonly unapplied: Minor;
  /** Sum of the lines' rounded provisions per bucket (what the sheet's rows add up to). */
  readonly provision: Minor[];
  readonly provisionTotal: Minor;
}

export interface ArFigures<L extends FiguresLine = FiguresLine> {
  /** Same order as the lines given. */
  readonly lines: ArLine<L>[];
  /** By currency code. */
  readonly totals: CurrencyTotals[];
}

/**
 * Provision and credit per line, and the totals per currency.
 *
 * @param rates - one provision rate per aging bucket (decimal text; see provisionRatesOf); without
 *   them (or without buckets) the provision is not computed and stays zero.
 * @example
 * arFigures(lines, ["0.01", "0.05", "0.2", "0.5", "1"]).totals
 * //=> [{ currency: "USD", accounts: 2, aging: […], balance: 150000, overdue: 50000, unapplied: 0, provision: […], provisionTotal: 26500 }]
 */
export function arFigures<L extends FiguresLine>(lines: readonly L[], rates?: readonly string[]): ArFigures<L> {
  const out: ArLine<L>[] = [];
  const sums = new CurrencySums();
  for (const line of lines) {
    const { currency } = line;
    const provision = rates === undefined || rates.length === 0 ? undefined : badDebtProvision(line.aging, rates, currency);
    const byBucket = provision?.byBucket ?? new Array<Minor>(line.aging.length).fill(0);
    const provisionTotal = provision?.total ?? 0;
    out.push({ line, provision: byBucket, provisionTotal, credit: creditPosition(line.customer, line.balance, currency) });
    sums.add(line, byBucket, provisionTotal);
  }
  return { lines: out, totals: sums.totals() };
}

/**
 * The per-currency totals alone: arFigures(lines).totals (no provision rates), without a
 * provision or credit position made per line (the statements run's totals).
 *
 * @example
 * currencyTotals(lines).map((t) => [t.currency, t.accounts, t.balance]) //=> [["CNY", 1, 80000], ["USD", 2, 150000]]
 */
export function currencyTotals(lines: readonly Omit<FiguresLine, "customer">[]): CurrencyTotals[] {
  const sums = new CurrencySums();
  for (const line of lines) sums.add(line, undefined, 0);
  return sums.totals();
}

type CurrencySum = { -readonly [K in keyof CurrencyTotals]: CurrencyTotals[K] };

/** The one home of the per-currency sums: lines added one by one, the totals by currency code. */
class CurrencySums {
  private readonly byCurrency = new Map<CurrencyCode, CurrencySum>();

  /** `provision` undefined: none (zeros). */
  add(line: Omit<FiguresLine, "customer">, provision: readonly Minor[] | undefined, provisionTotal: Minor): void {
    const { currency } = line;
    let sum = this.byCurrency.get(currency);
    if (sum === undefined) {
      const n = line.aging.length;
      sum = { currency, accounts: 0, aging: new Array<Minor>(n).fill(0), balance: 0, overdue: 0, unapplied: 0, provision: new Array<Minor>(n).fill(0), provisionTotal: 0 };
      this.byCurrency.set(currency, sum);
    }
    sum.accounts += 1;
    // Loops, not forEach: no closure per line (the overview adds up one line per account).
    for (let b = 0; b < line.aging.length; b++) sum.aging[b] += line.aging[b];
    if (provision !== undefined) for (let b = 0; b < provision.length; b++) sum.provision[b] += provision[b];
    sum.provisionTotal += provisionTotal;
    sum.balance += line.balance;
    sum.overdue += line.overdue;
    sum.unapplied += line.unapplied;
  }

  totals(): CurrencyTotals[] {
    return [...this.byCurrency.values()].sort((a, b) => (a.currency < b.currency ? -1 : a.currency > b.currency ? 1 : 0));
  }
}
