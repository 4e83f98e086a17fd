/**
 * The one door between the task pane and the engine. Screens never touch Office.js, files or
 * src/flows directly: they receive a {@link PaneServices} (through {@link ServicesProvider} /
 * `useServices()`), which services/engine.ts implements over the use cases of src/flows for two
 * hosts — Excel (services/excel.ts, Office.js port) and a plain browser (services/browser.ts, an
 * .xlsx opened with *Open workbook…*). test/taskpane/fakeServices.ts implements it for component tests.
 *
 * Money crosses this boundary as {@link Money} (integer minor units + currency) and is turned into
 * text only by {@link PaneServices.formatMoney}; the pane never does arithmetic on amounts beyond
 * comparing minor units to size the aging bars.
 */
import type { Language, Money } from "../../core/model";
import type { Settings } from "../../core/settings";
import type { AgingBasis } from "../../core/aging";
import type { StatementType } from "../../core/statements";
import type { OverdueFigure, OverLimitFigure } from "../../flows/analysis";
// The use cases' own results, as src/flows defines them (one home per concept), re-exported for the screens.
import type { DetectedTable, DetectionMethod, FieldMapping, SourceCandidate, TableKind } from "../../flows/tableChoices";
import type { BucketAmount, CurrencyOverview, InferenceSource, InferredReading, LedgerOverview, UnreadSummary } from "../../flows/ledgerOverview";
import type { MappingOverrides } from "../../flows/mappingChoices";
import type { MessageTemplate, RenderedDraft } from "../../flows/templatePreview";
import type { ReminderCandidate, ReminderPreview } from "../../flows/reminderPreview";

export type { Language, Money, AgingBasis, StatementType };
export type { DetectedTable, DetectionMethod, FieldMapping, SourceCandidate, TableKind };
export type { BucketAmount, CurrencyOverview, InferenceSource, InferredReading, UnreadSummary };
export type { MappingOverrides, MessageTemplate, RenderedDraft, ReminderCandidate, ReminderPreview };
/** A customer over its credit limit (flows/analysis.ts). */
export type OverLimitCustomer = OverLimitFigure;
/** A customer with overdue invoices; `stage` is `None` when not dunned (flows/analysis.ts). */
export type OverdueCustomer = OverdueFigure;

/** Where the pane runs: inside Excel (Office.js) or in a plain browser on an opened .xlsx. */
export type HostKind = "excel" | "browser";

/** A skipped or doubtful value (core DataIssue) with the address to jump to. */
/** The pane's message for each statement note (core StatementNoteCode). */
export type StatementNoteMessage = "statements.note.openItemFallback" | "statements.note.invoiceDateFromDue" | "statements.note.numberedByRow";

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
  /** The column in Chinese, where the issue names it by AR Desk's own key (a dunning policy column). */
  readonly columnZh?: string;
  /** A1 address for {@link PaneServices.goTo}, e.g. `'Invoices'!C12`; undefined when there is none. */
  readonly goTo?: string;
}

/**
 * Everything the Ledger and Overview screens show: the ledger overview of src/flows (tables,
 * figures per currency, rows not read, what was inferred), its issues with the cells to jump to.
 */
export interface Analysis extends Omit<LedgerOverview, "issues"> {
  readonly issues: readonly PaneIssue[];
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
  /**
   * What the statements say of themselves (balance-forward fell back to open-item, documents
   * numbered by row…), as message keys: the screen words them in the pane's language of the
   * moment, so switching language after a run turns them too.
   */
  readonly notes: readonly StatementNoteMessage[];
  /** Browser host: the workbook with the statements. */
  readonly download?: FileOffer;
  /** Excel: sheets the write deleted first, left under temporary names ("ARDesk old 1") by an earlier run that did not finish. */
  readonly leftoversRemoved?: readonly string[];
  /** Excel: such sheets holding an earlier AR Settings or Dunning log, kept for the clerk to compare and delete. */
  readonly leftoversKept?: readonly string[];
}

export interface ReminderOptions {
  /** ISO date; default today. */
  readonly asOf?: string;
  readonly includeUpcoming: boolean;
  /** Printable letters for customers without a usable email (default true); false = not sent, not logged. */
  readonly letters?: boolean;
  /** The pane's language: the Reminders and Dunning log sheets are written in it. Default "en". */
  readonly language?: Language;
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
  /** Excel: sheets the write deleted first, left under temporary names by an earlier run that did not finish. */
  readonly leftoversRemoved?: readonly string[];
  /** Excel: such sheets holding an earlier AR Settings or Dunning log, kept for the clerk to compare and delete. */
  readonly leftoversKept?: readonly string[];
  /**
   * Excel: customers ("C001 Acme Ltd") whose notice is not in the Dunning log: another user logged
   * one to them between this action's read and its write (send only one of the two drafts).
   */
  readonly notLogged?: readonly string[];
}

export interface FormulaColumnsResult {
  readonly added: readonly { readonly table: string; readonly column: string }[];
  /** `reasonZh`: the reason for a pane in Chinese. */
  readonly skipped: readonly { readonly table: string; readonly column: string; readonly reason: string; readonly reasonZh?: string }[];
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
  /**
   * Stores the overrides in the workbook and re-runs detection. `language`: the pane's, for the
   * AR Settings sheet's explanation lines (its keys stay: AR Desk reads them back). Default "en".
   */
  saveMapping(overrides: MappingOverrides, language?: Language): Promise<Analysis>;
  /** Selects the cell (Excel); no-op where there is no sheet to show. */
  goTo(address: string): Promise<void>;

  loadSettings(): Promise<PaneSettings>;
  /** Stores the settings in the AR Settings sheet, its explanation lines in `language` (default "en"). */
  saveSettings(settings: PaneSettings, language?: Language): Promise<void>;
  /** Placeholders the templates understand, e.g. `{{customerName}}`. */
  readonly templatePlaceholders: readonly string[];
  /** Renders a template with sample data (and the settings' company and payment text), for the live preview. */
  previewTemplate(template: MessageTemplate, settings: PaneSettings): RenderedDraft;

  generateStatements(request: {
    readonly month: string;
    readonly type: StatementType;
    /** The pane's language: the Data issues sheet is written in it. Default "en". */
    readonly language?: Language;
    readonly onProgress?: (progress: Progress) => void;
  }): Promise<StatementsResult>;

  previewReminders(options: ReminderOptions): Promise<ReminderPreview>;
  createReminders(customerIds: readonly string[], options: ReminderOptions): Promise<RemindersResult>;
  /** Records a call to a customer about its reminder in the `Dunning log` sheet (channel phone, no fee). */
  logCall(customerId: string, options: ReminderOptions): Promise<{ readonly logged: number }>;

  /** `language`: the pane's, for the names of the columns added (a column added before keeps its name). Default "en". */
  addFormulaColumns(language?: Language): Promise<FormulaColumnsResult>;
  removeFormulaColumns(): Promise<{ readonly removed: number }>;
  /** Writes the formula into the selected cell (Excel host only). */
  insertExampleFormula?(formula: string): Promise<void>;
}
