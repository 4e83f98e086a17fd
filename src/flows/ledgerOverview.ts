/**
 * The ledger as the clerk checks it before a run (the task pane's Ledger and Overview screens):
 * which tables were found and how, every data issue, the key figures per currency, the rows not
 * read and what was inferred. Money stays integer minor units with its currency.
 */
import { isoOf } from "../core/dates";
import type { DataIssue, DayNumber, Language, Money } from "../core/model";
import { hasFiguresOff, unreadSentence } from "../core/ledger";
import { analysisOf, type CurrencyFigures, type OverdueFigure, type OverLimitFigure, type WorkbookInspection } from "./analysis";
import { tableChoices, type DetectedTable } from "./tableChoices";
import { overrideIssues, type AgingReportBlock } from "../workbook/schema";
import { issuesToday } from "./farAhead";

export interface BucketAmount {
  /** Aging label in use: `Current`, `1-30`, … `90+` (DESIGN §3). */
  readonly label: string;
  readonly amount: Money;
}

/** Key figures for one currency (totals are never added across currencies). */
export interface CurrencyOverview {
  readonly currency: string;
  readonly totalAr: Money;
  readonly overdue: Money;
  /** Payments and credits not yet matched to an invoice: reduce total AR, not the overdue invoices. Zero = none. */
  readonly unapplied: Money;
  /** overdue ÷ open invoices (total AR + unapplied credit), 0..1 (a ratio for display, not money). */
  readonly overdueShare: number;
  readonly buckets: readonly BucketAmount[];
  /** Days sales outstanding, whole days; undefined when there were no credit sales in the window. */
  readonly dso?: number;
  readonly dsoWindowDays: number;
  readonly overLimit: readonly OverLimitFigure[];
  /** Largest overdue first, at most ~10. */
  readonly topOverdue: readonly OverdueFigure[];
}

export interface UnreadSummary {
  readonly rows: number;
  readonly rowsWithMoney: number;
  /** Their amounts per currency (amounts that could not be read at all are counted, not summed). */
  readonly amounts: readonly Money[];
  /** The engine's one sentence for it (as on the CLI and the AR Summary), per language. */
  readonly sentence: Readonly<Record<Language, string>>;
}

/** How a default was decided: AR Settings, the amounts' currency markers, the headers' language, or the fallback. */
export type InferenceSource = "setting" | "markers" | "headers" | "default";

export interface InferredReading {
  readonly currency: string;
  readonly currencySource: InferenceSource;
  readonly language: Language;
  readonly languageSource: InferenceSource;
  /** "Sheet.Column" → "mdy" | "dmy" | "both" | "undecided" | "option". */
  readonly dateOrders: Readonly<Record<string, string>>;
}

export interface LedgerOverview {
  /** ISO date the figures are as of. */
  readonly asOf: string;
  readonly tables: readonly DetectedTable[];
  /** The session's issues; without a session, the reader's and the stored mapping's problems. */
  readonly issues: readonly DataIssue[];
  readonly overview: readonly CurrencyOverview[];
  /** False while a required table or field is missing: statements and reminders cannot run. */
  readonly ready: boolean;
  /**
   * Why no invoice list was taken although a sheet looked like one: an aging summary (amounts
   * already in buckets) or a balance summary (余额表), with its sheet, header row and columns, so
   * the Ledger screen can say what to export instead (as the CLI's refusal does).
   */
  readonly refused?: AgingReportBlock;
  /** Rows not read (errors), with their money per currency: shown, never hidden. */
  readonly unread?: UnreadSummary;
  /** What the engine worked out where the workbook does not say (settings can override each). */
  readonly inferred?: InferredReading;
}

/**
 * The overview of an inspected workbook as of a day.
 * @param readIssues - the reader's issues on the clerk's sheets, listed when no session could be opened.
 * @param today - the day an invoice date more than a year ahead is judged by (the as-of day unless given).
 */
export function ledgerOverview(inspection: WorkbookInspection, readIssues: readonly DataIssue[], asOf: DayNumber, today: DayNumber = asOf): LedgerOverview {
  const tables = tableChoices(inspection);
  const { session } = inspection;
  // Without a session (a table not found yet), the reader's cell issues still show; with one, an
  // invoice dated more than a year ahead is listed as check lists it.
  const issues = session ? issuesToday(session, today) : [
    ...readIssues,
    ...overrideIssues(inspection.detection),
  ];
  const ready = session !== undefined && tables.filter((t) => t.kind !== "payments").every((t) => t.missingRequired.length === 0);
  const overview = session ? analysisOf(session, asOf).map(currencyOverview) : [];
  const ledger = session?.ledger;
  const unread: UnreadSummary | undefined =
    ledger?.unread && (ledger.unread.rows > 0 || hasFiguresOff(ledger.unread))
      ? {
          rows: ledger.unread.rows,
          rowsWithMoney: ledger.unread.rowsWithMoney,
          amounts: Object.entries(ledger.unread.byCurrency).map(([currency, minor]) => ({ currency, minor })),
          sentence: { en: unreadSentence(ledger.unread, "en") ?? "", zh: unreadSentence(ledger.unread, "zh") ?? "" },
        }
      : undefined;
  return {
    asOf: isoOf(asOf),
    tables,
    issues,
    overview,
    ready,
    ...(!session && inspection.detection.agingReport ? { refused: inspection.detection.agingReport } : {}),
    ...(unread ? { unread } : {}),
    ...(ledger?.inferred ? { inferred: ledger.inferred } : {}),
  };
}

function currencyOverview(c: CurrencyFigures): CurrencyOverview {
  const m = (minor: number): Money => ({ currency: c.currency, minor });
  return {
    currency: c.currency,
    totalAr: m(c.totalAr),
    overdue: m(c.overdue),
    unapplied: m(c.unapplied),
    // Against the open invoices: unapplied credit lowers total AR but pays no invoice yet.
    overdueShare: c.totalAr + c.unapplied > 0 ? Math.min(1, Math.max(0, c.overdue / (c.totalAr + c.unapplied))) : 0,
    buckets: c.buckets.map((b) => ({ label: b.label, amount: m(b.amount) })),
    ...(c.dso === undefined ? {} : { dso: Math.round(c.dso) }),
    dsoWindowDays: c.dsoDays,
    overLimit: c.overLimit,
    topOverdue: c.topOverdue,
  };
}
