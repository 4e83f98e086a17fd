/**
 * The credit controller's overview as of a day, per currency (currencies are never added):
 * total AR, amount overdue, aging buckets, DSO, customers over their credit limit and the largest
 * overdue accounts. Both task-pane hosts (Excel and browser) show it; the CLI's report has its own sheet.
 */
import { ledgerFigures } from "../core/allocation";
import { agingLabels } from "../core/aging";
import { accountDunning, ledgerHistory } from "../core/dunning";
import { arFigures } from "../core/metrics";
import { dsoOfFigures } from "./dso";
import type { CurrencyCode, DayNumber, Minor, Money } from "../core/model";
import { detectTables, shapedDetection, type Detection } from "../workbook/schema";
import type { BlockShape } from "../core/source";
import type { SourceBlock } from "../workbook/port";
import { findDunningLogBlock, isSettingsBlock, settingsFromBlocks } from "../workbook/arSheets";
import { openSession, overridesFrom, type LedgerSession, type SessionOptions } from "./session";
import type { Settings } from "../core/settings";
import { whileWorkingOn } from "../core/workingSet";

export interface OverLimitFigure {
  readonly customerId: string;
  readonly name: string;
  readonly limit: Money;
  readonly exposure: Money;
  /** Negative: how far over the limit. */
  readonly available: Money;
}

export interface OverdueFigure {
  readonly customerId: string;
  readonly name: string;
  readonly overdue: Money;
  /** Days overdue of the oldest overdue invoice. */
  readonly oldestDaysOverdue: number;
  readonly stage: string;
}

/** Key figures of one currency. */
export interface CurrencyFigures {
  readonly currency: CurrencyCode;
  /** Sum of account balances (open items − unapplied credit). */
  readonly totalAr: Minor;
  /** Open balance of invoices ≥ 1 day overdue. */
  readonly overdue: Minor;
  /** Payments and credits not matched to any invoice (≥ 0): in totalAr, not in overdue (DESIGN §3). */
  readonly unapplied: Minor;
  /** Aging of the open items: labels and amounts, same order; amounts add up to the open items. */
  readonly buckets: readonly { readonly label: string; readonly amount: Minor }[];
  /** Undefined when there were no credit sales in the window. */
  readonly dso?: number;
  readonly dsoDays: number;
  /** Most over the limit first. */
  readonly overLimit: readonly OverLimitFigure[];
  /** Largest overdue first, at most `top`. */
  readonly topOverdue: readonly OverdueFigure[];
}

/**
 * The overview of a session as of a day.
 * @param top - how many overdue customers to list per currency (default 10).
 * @example
 * analysisOf(session, dayFromCivil(2026, 11, 15)).map((c) => c.currency) //=> ["CNY", "USD"]
 */
export function analysisOf(session: Pick<LedgerSession, "settings" | "ledger" | "log">, asOf: DayNumber, top = 10): CurrencyFigures[] {
  return whileWorkingOn(session, () => overviewOf(session, asOf, top));
}

function overviewOf(session: Pick<LedgerSession, "settings" | "ledger" | "log">, asOf: DayNumber, top: number): CurrencyFigures[] {
  const { settings } = session;
  const labels = agingLabels(settings.agingEdges, settings.agingBasis);
  // One columnar pass gives every account's figures and credit sales; account objects are built
  // only for the overdue customers listed (their stage).
  const columns = ledgerFigures(session.ledger, asOf, { edges: settings.agingEdges, basis: settings.agingBasis, salesFrom: (asOf - settings.dsoDays) as DayNumber });
  const { bucketCount } = columns;
  const lines = columns.customers.map((customer, i) => {
    // Copied by hand: a subarray per account would be a typed-array view object per account.
    const aging: Minor[] = [];
    for (let b = i * bucketCount, end = b + bucketCount; b < end; b++) aging.push(columns.aging[b]);
    return {
      i,
      customer,
      currency: columns.currencies[columns.currencyIndex[i]],
      aging,
      balance: columns.balance[i],
      overdue: columns.overdue[i],
      unapplied: columns.unapplied[i],
    };
  });
  const figures = arFigures(lines);
  const overLimit = new Map<CurrencyCode, OverLimitFigure[]>();
  const overdueList = new Map<CurrencyCode, { i: number; overdue: Minor; oldest: number }[]>();
  for (const { line, credit } of figures.lines) {
    const { i, customer, currency } = line;
    if (credit.overLimit && credit.limit && credit.available) {
      push(overLimit, currency, { customerId: customer.id, name: customer.name, limit: credit.limit, exposure: credit.exposure, available: credit.available });
    }
    if (line.overdue > 0) push(overdueList, currency, { i, overdue: line.overdue, oldest: columns.oldestDaysOverdue[i] });
  }
  // Log rows written under a key the ledger no longer gives its customer (a name, before an ID column) count for it.
  const history = ledgerHistory(session.ledger, session.log);
  const dso = dsoOfFigures(columns, settings.dsoDays);
  return figures.totals.map((totals) => {
    const { currency } = totals;
    const over = (overLimit.get(currency) ?? []).sort((a, b) => a.available.minor - b.available.minor);
    const late = (overdueList.get(currency) ?? []).sort((a, b) => b.overdue - a.overdue || b.oldest - a.oldest);
    const topOverdue = late.slice(0, top).map(({ i, overdue, oldest }): OverdueFigure => {
      const customer = columns.customers[i];
      const stage = accountDunning(columns.account(i), asOf, settings.dunning, history).stage;
      return { customerId: customer.id, name: customer.name, overdue: { currency, minor: overdue }, oldestDaysOverdue: oldest, stage };
    });
    const figure = dso[currency];
    return {
      currency,
      totalAr: totals.balance,
      overdue: totals.overdue,
      unapplied: totals.unapplied,
      buckets: labels.map((label, i) => ({ label, amount: totals.aging[i] })),
      ...(figure === undefined ? {} : { dso: figure }),
      dsoDays: settings.dsoDays,
      overLimit: over,
      topOverdue,
    };
  });
}

function push<T>(map: Map<CurrencyCode, T[]>, currency: CurrencyCode, item: T): void {
  const list = map.get(currency);
  if (list === undefined) map.set(currency, [item]);
  else list.push(item);
}

/** A workbook looked at for the task pane: detection always; a session only when the ledger can be built. */
export interface WorkbookInspection {
  readonly settings: Settings;
  /** The blocks detection chose among (no generated sheets, no settings, no dunning log). */
  readonly candidates: readonly SourceBlock[];
  /** Each table's place, header and row count (as a session keeps them). */
  readonly detection: Detection<BlockShape>;
  /** Undefined when Customers or Invoices is missing. */
  readonly session?: LedgerSession;
}

/**
 * Like {@link openSession}, but never throws for missing tables: the pane then shows what was
 * found and lets the clerk choose.
 */
export function inspectWorkbook(allBlocks: readonly SourceBlock[], options: SessionOptions = {}): WorkbookInspection {
  const generated = options.generatedSheets ?? new Set<string>();
  const settings = options.settings ?? settingsFromBlocks(allBlocks).settings;
  const logBlock = findDunningLogBlock(allBlocks);
  const candidates = allBlocks.filter((b) => !generated.has(b.sheet) && b !== logBlock && !isSettingsBlock(b));
  const detection = detectTables(candidates, overridesFrom(settings, candidates));
  if (detection.missingTables.length > 0) return { settings, candidates, detection: shapedDetection(detection) };
  const session = openSession(allBlocks, options);
  return { settings: session.settings, candidates, detection: session.detection, session };
}
