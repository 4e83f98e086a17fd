/**
 * The one door between the task pane and the engine. Screens never touch Office.js, files or
 * src/jobs directly: they receive a {@link PaneServices} (through {@link ServicesProvider} /
 * `useServices()`), which the lead implements over the engine for two hosts — Excel
 * (services/excel.ts, Office.js port) and a plain browser (services/browser.ts, an .xlsx opened
 * with *Open workbook…*). test/taskpane/fakeServices.ts implements it for component tests.
 *
 * Money crosses this boundary as {@link Money} (integer minor units + currency) and is turned into
 * text only by {@link PaneServices.formatMoney}; the pane never does arithmetic on amounts beyond
 * comparing minor units to size the aging bars.
 */
import type { Language, Money } from "../core/model";
import type { Settings } from "../core/settings/types";
import type { AgingBasis } from "../core/aging/edges";
import type { StatementType } from "../core/statements/types";

export type { Language, Money, AgingBasis, StatementType };

/** Where the pane runs: inside Excel (Office.js) or in a plain browser on an opened .xlsx. */
export type HostKind = "excel" | "browser";

/** The three input tables of DESIGN §2. */
export type TableKind = "customers" | "invoices" | "payments";

/** How a table was found (DESIGN §2 order), or the clerk's own choice. */
export type DetectionMethod = "table-name" | "sheet-name" | "headers" | "override";

/** A block of the workbook the clerk may pick as the source of a table. */
export interface SourceCandidate {
  /** Stable id to send back in {@link MappingOverrides} (e.g. the table name or `sheet:Name`). */
  readonly id: string;
  /** What the clerk sees: `Invoices (table)`, `Sheet1!A1:H200`. */
  readonly label: string;
  /** Header texts of that block, in column order. */
  readonly headers: readonly string[];
}

/** One canonical field (DESIGN §2) and the column it was mapped to. */
export interface FieldMapping {
  /** Canonical field name: `CustomerID`, `DueDate`… */
  readonly field: string;
  readonly required: boolean;
  /** Header text of the mapped column; undefined = not mapped. */
  readonly column?: string;
  /** 0..1; 1 for an exact or overridden match. */
  readonly confidence?: number;
}

/** What detection found for one table. */
export interface DetectedTable {
  readonly kind: TableKind;
  /** The chosen source's candidate id; undefined when nothing was found. */
  readonly sourceId?: string;
  /** Display name of the source (table or sheet name). */
  readonly sourceName?: string;
  readonly how?: DetectionMethod;
  /** 0..1 confidence of the table choice. */
  readonly confidence?: number;
  readonly candidates: readonly SourceCandidate[];
  readonly fields: readonly FieldMapping[];
  /** Required fields with no column: the flows cannot run until they are mapped. */
  readonly missingRequired: readonly string[];
}

/** A skipped or doubtful value (core DataIssue) with the address to jump to. */
export interface PaneIssue {
  readonly severity: "error" | "warning" | "info";
  readonly sheet: string;
  /** 1-based row; 0 = about the whole table. */
  readonly row: number;
  readonly column?: string;
  readonly value?: string;
  readonly reason: string;
  /** The reason in Chinese, shown when the pane is in Chinese (issues with a stable code have one). */
  readonly reasonZh?: string;
  /** A1 address for {@link PaneServices.goTo}, e.g. `'Invoices'!C12`; undefined when there is none. */
  readonly goTo?: string;
}

export interface BucketAmount {
  /** Aging label in use: `Current`, `1-30`, … `90+` (DESIGN §3). */
  readonly label: string;
  readonly amount: Money;
}

export interface OverLimitCustomer {
  readonly customerId: string;
  readonly name: string;
  readonly limit: Money;
  readonly exposure: Money;
  /** Negative: how far over the limit. */
  readonly available: Money;
}

export interface OverdueCustomer {
  readonly customerId: string;
  readonly name: string;
  readonly overdue: Money;
  /** Days overdue of the oldest overdue invoice. */
  readonly oldestDaysOverdue: number;
  /** Stage name (DESIGN §3), `None` when not dunned. */
  readonly stage: string;
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
  readonly overLimit: readonly OverLimitCustomer[];
  /** Largest overdue first, at most ~10. */
  readonly topOverdue: readonly OverdueCustomer[];
}

/** Everything the Ledger and Overview screens show. */
export interface Analysis {
  /** ISO date the figures are as of. */
  readonly asOf: string;
  readonly tables: readonly DetectedTable[];
  readonly issues: readonly PaneIssue[];
  readonly overview: readonly CurrencyOverview[];
  /** False while a required table or field is missing: Statements and Reminders are disabled. */
  readonly ready: boolean;
  /** Rows not read (errors), with their money per currency: shown as a banner, never hidden. */
  readonly unread?: UnreadSummary;
  /** What the engine worked out where the workbook does not say (Settings can override each). */
  readonly inferred?: InferredReading;
}

export interface UnreadSummary {
  readonly rows: number;
  readonly rowsWithMoney: number;
  /** Their amounts per currency (amounts that could not be read at all are counted, not summed). */
  readonly amounts: readonly Money[];
  /** The engine's one sentence for it (as on the CLI and the AR Summary), per pane language. */
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

/**
 * The clerk's corrections to detection, stored in the AR Settings sheet. A column value of `null`
 * means "do not use any column for this field"; an absent field keeps the detected column.
 */
export type MappingOverrides = Partial<
  Record<TableKind, { readonly sourceId?: string; readonly columns: Readonly<Record<string, string | null>> }>
>;

/** A reminder template for one stage in one language, with `{{placeholders}}` (core reminders/templates.ts). */
export interface MessageTemplate {
  readonly stage: string;
  readonly language: Language;
  readonly subject: string;
  readonly body: string;
}

/**
 * The AR Settings sheet as the pane edits it: the core {@link Settings} itself. The pane edits
 * company, payment, aging, dunning policy, reminder template overrides, statement defaults,
 * includeUpcoming and dsoDays, and hands every other field back unchanged.
 */
export type PaneSettings = Settings;

/** A file produced by a flow, offered for download. */
export interface FileOffer {
  readonly fileName: string;
  readonly mimeType: string;
  readonly bytes: Uint8Array;
}

export interface Progress {
  readonly done: number;
  readonly total: number;
}

export interface GeneratedSheet {
  /** Sheet name actually written (link target). */
  readonly sheet: string;
  readonly customerId: string;
  readonly customerName: string;
  readonly currency: string;
}

export interface StatementsResult {
  readonly month: string;
  readonly type: StatementType;
  readonly count: number;
  readonly indexSheet: string;
  readonly sheets: readonly GeneratedSheet[];
  /** Per currency: sum of closing balances and of amounts overdue. */
  readonly totals: readonly { readonly currency: string; readonly closing: Money; readonly overdue: Money }[];
  readonly issues: readonly PaneIssue[];
  /** E.g. "balance-forward fell back to open-item: no Payments table". */
  readonly notes: readonly string[];
  /** Browser host: the workbook with the statements. */
  readonly download?: FileOffer;
}

export interface RenderedDraft {
  readonly subject: string;
  readonly text: string;
  readonly html: string;
}

export interface ReminderCandidate {
  readonly customerId: string;
  readonly name: string;
  /** Undefined = no usable address: a printable letter instead (or not sent, with letters off). */
  readonly email?: string;
  /** How the reminder will go out. */
  readonly channel: "email" | "letter" | "not sent";
  /** The customer's contact person, for the call list. */
  readonly contact?: string;
  /** The policy asks for a call (or visit) at this stage. */
  readonly action?: "phone" | "visit";
  /** ISO date of the last call logged at this stage, if any. */
  readonly lastCall?: string;
  readonly language: Language;
  readonly stage: string;
  readonly currency: string;
  readonly overdue: Money;
  readonly invoiceCount: number;
  readonly fees?: Money;
  readonly interest?: Money;
  readonly draft: RenderedDraft;
}

export interface ReminderPreview {
  readonly asOf: string;
  /** Stage names in escalation order (lowest first), for grouping. */
  readonly stages: readonly string[];
  readonly candidates: readonly ReminderCandidate[];
  /** Customers due a notice but left out: their last notice is fewer than `daysBetweenNotices` days old. */
  readonly heldBack: number;
  /** The dunning policy's interval between notices, in days (0 = none). */
  readonly daysBetweenNotices: number;
}

export interface ReminderOptions {
  /** ISO date; default today. */
  readonly asOf?: string;
  readonly includeUpcoming: boolean;
  /** Printable letters for customers without a usable email (default true); false = not sent, not logged. */
  readonly letters?: boolean;
}

export interface RemindersResult {
  /** Reminders handled: emails + letters + notSent. */
  readonly count: number;
  readonly emails: number;
  readonly letters: number;
  readonly notSent: number;
  /** The letter sheets written (one per customer without email). */
  readonly letterSheets: readonly string[];
  /** The `Reminders` sheet written (link target). */
  readonly sheet: string;
  /** Entries appended to the dunning log. */
  readonly logged: number;
  /** Zip of .eml drafts; undefined when the host cannot download (see {@link PaneServices.canDownload}). */
  readonly download?: FileOffer;
}

export interface FormulaColumnsResult {
  readonly added: readonly { readonly table: string; readonly column: string }[];
  readonly skipped: readonly { readonly table: string; readonly column: string; readonly reason: string }[];
}

export interface OpenedWorkbook {
  readonly fileName: string;
  readonly sheetCount: number;
}

/** What the pane needs from the engine. Every method rejects with an Error whose message is shown to the clerk. */
export interface PaneServices {
  readonly host: HostKind;
  /**
   * False where file downloads do not work (some desktop Office webviews): results stay in the
   * workbook and the pane says so instead of failing.
   */
  readonly canDownload: boolean;
  /** Today's date (ISO `YYYY-MM-DD`) in the clerk's time zone: default month and as-of. */
  today(): string;
  /** e.g. `USD 1,234.50` / `¥1,234.50` in the pane's language. */
  formatMoney(amount: Money, language: Language): string;

  /** Browser host: loads the .xlsx every flow then runs on. */
  openWorkbook?(file: File): Promise<OpenedWorkbook>;
  /** Browser host: the opened workbook with everything written so far, for *Download workbook*. */
  exportWorkbook?(): Promise<FileOffer>;
  /** Saves a produced file (a browser download). */
  downloadResult(offer: FileOffer): Promise<void>;

  analyze(): Promise<Analysis>;
  /** Stores the overrides in the workbook and re-runs detection. */
  saveMapping(overrides: MappingOverrides): Promise<Analysis>;
  /** Selects the cell (Excel); no-op where there is no sheet to show. */
  goTo(address: string): Promise<void>;

  loadSettings(): Promise<PaneSettings>;
  saveSettings(settings: PaneSettings): Promise<void>;
  /** Placeholders the templates understand, e.g. `{{customerName}}`. */
  readonly templatePlaceholders: readonly string[];
  /** Renders a template with sample data (and the settings' company and payment text), for the live preview. */
  previewTemplate(template: MessageTemplate, settings: PaneSettings): RenderedDraft;

  generateStatements(request: {
    readonly month: string;
    readonly type: StatementType;
    readonly onProgress?: (progress: Progress) => void;
  }): Promise<StatementsResult>;

  previewReminders(options: ReminderOptions): Promise<ReminderPreview>;
  createReminders(customerIds: readonly string[], options: ReminderOptions): Promise<RemindersResult>;
  /** Records a call to a customer about its reminder in the `Dunning log` sheet (channel phone, no fee). */
  logCall(customerId: string, options: ReminderOptions): Promise<{ readonly logged: number }>;

  addFormulaColumns(): Promise<FormulaColumnsResult>;
  removeFormulaColumns(): Promise<{ readonly removed: number }>;
  /** Writes the formula into the selected cell (Excel host only). */
  insertExampleFormula?(formula: string): Promise<void>;
}
