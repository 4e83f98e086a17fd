/**
 * Days sales outstanding per currency (DESIGN §3 Metrics).
 */
import { accountsAsOf } from "../allocation";
import type { Account } from "../allocation";
import type { CurrencyCode, DayNumber, Ledger, Minor } from "../model";

export interface DsoFigure {
  readonly currency: CurrencyCode;
  /** Sum of account balances in the currency at as-of. */
  readonly openAR: Minor;
  /** Invoiced (positive invoices) in the window (asOf − days, asOf]. */
  readonly creditSales: Minor;
  /** The window, in days. */
  readonly days: number;
  /** openAR ÷ creditSales × days, one decimal; undefined when there were no sales in the window. */
  readonly dso?: number;
}

const DSO_WINDOW_ERROR = "metrics: DSO window must be whole days > 0";

function isLedger(source: Ledger | readonly Account[]): source is Ledger {
  return !Array.isArray(source);
}

/**
 * DSO = open AR ÷ credit sales of the last `days` days × `days`, per currency (currencies are
 * never mixed). Credit sales are gross invoiced amounts dated in (asOf − days, asOf]; credit
 * notes reduce open AR, not sales.
 *
 * @param source - a ledger, or accounts already computed with accountsAsOf(ledger, asOf).
 * @example
 * dso(ledger, asOf) //=> [{ currency: "USD", openAR: 4500000, creditSales: 9000000, days: 90, dso: 45 }]
 */
export function dso(source: Ledger | readonly Account[], asOf: DayNumber, days = 90): DsoFigure[] {
  if (!Number.isSafeInteger(days) || days <= 0) throw new RangeError(DSO_WINDOW_ERROR);
  const accounts = isLedger(source) ? accountsAsOf(source, asOf) : source;
  const openAR = new Map<CurrencyCode, Minor>();
  const sales = new Map<CurrencyCode, Minor>();
  const from = asOf - days;
  for (const account of accounts) {
    openAR.set(account.currency, (openAR.get(account.currency) ?? 0) + account.balance);
    if (!sales.has(account.currency)) sales.set(account.currency, 0);
    for (const status of account.statuses) {
      const date = status.invoice.invoiceDate;
      if (date > from && date <= asOf) sales.set(account.currency, (sales.get(account.currency) ?? 0) + status.invoice.amount.minor);
    }
  }
  const figures: DsoFigure[] = [];
  for (const [currency, ar] of openAR) figures.push(dsoFigure(currency, ar, sales.get(currency) ?? 0, days));
  return figures.sort((a, b) => (a.currency < b.currency ? -1 : a.currency > b.currency ? 1 : 0));
}

/**
 * One currency's DSO from its open AR and credit sales (e.g. totalled by allocation's ledgerFigures).
 * @example dsoFigure("USD", 4500000, 9000000, 90).dso //=> 45
 */
export function dsoFigure(currency: CurrencyCode, openAR: Minor, creditSales: Minor, days: number): DsoFigure {
  if (!Number.isSafeInteger(days) || days <= 0) throw new RangeError(DSO_WINDOW_ERROR);
  const figure: DsoFigure = { currency, openAR, creditSales, days };
  return creditSales > 0 ? { ...figure, dso: Math.round((openAR / creditSales) * days * 10) / 10 } : figure;
}
