/**
 * The {@link PaneServices} both hosts share: an adapter from the pane to the use cases of
 * src/flows. It reads the workbook through the host's {@link WorkbookPort}, calls one flow,
 * writes the flow's sheets back through the port, and maps results and refusals to the pane's
 * types and messages. Every figure, choice and sheet comes from src/flows, the same code the CLI
 * runs. The hosts (excel.ts, browser.ts) add what differs: where the port comes from, downloads,
 * goTo, formula columns. Nothing here imports ExcelJS (the Excel host must not load it) or calls
 * Excel.run.
 *
 * Every action reads the workbook once (blocks + sheet list), so a clerk's edit between two clicks
 * is always seen, and hands that read to its write (`writeSheets(…, { after: snapshot })`): in
 * Excel the write then plans from what the read loaded, without a look of its own. A write that
 * follows no read of the same action (settings saved from the Settings screen) looks itself.
 */
import { zipSync, strToU8 } from "fflate";
import { isoOf } from "../../core/dates";
import type { DayNumber, DataIssue, Language } from "../../core/model";
import { formatMoney } from "../../core/money";
import { issueColumn } from "../../core/ledger";
import type { Settings } from "../../core/settings";
import { dataIssueReason } from "../../workbook/xlsx/read/readReasons";
import { columnLetters } from "../../workbook/a1";
import { dunningLogWrite, settingsFromBlocks, settingsSheet, type DunningLogWrite } from "../../workbook/arSheets";
import { MissingTablesError } from "../../workbook/schema";
import type { WorkbookPort, WorkbookSnapshot } from "../../workbook/port";
import { inspectWorkbook, type WorkbookInspection } from "../../flows/analysis";
import { InexactTotalsError } from "../../flows/exactLedgerTotals";
import { ledgerOverview } from "../../flows/ledgerOverview";
import { settingsTableOf, withMappingChoices } from "../../flows/mappingChoices";
import { inputReadIssues, inspectLedger, openLedger, type WorkbookRead } from "../../flows/openLedger";
import { asOfDay, localToday, PeriodError, statementPeriod } from "../../flows/period";
import { reminderPreview } from "../../flows/reminderPreview";
import { logCall, remindersJob, type RemindersRun } from "../../flows/reminders";
import type { LedgerSession } from "../../flows/session";
import { appendAfterOthers, logForLedger, type DunningLogEntry, type RefusedNotice } from "../../core/dunning";
import { statementsJob, type StatementsRun } from "../../flows/statements";
import type { StatementNoteCode } from "../../core/statements";
import { previewTemplate, TEMPLATE_PLACEHOLDERS } from "../../flows/templatePreview";
import { PaneError } from "../i18n/paneError";
import type { Analysis, FileOffer, HostKind, PaneIssue, PaneServices, ReminderOptions, RemindersResult, StatementNoteMessage, StatementsResult, StatementType } from "./paneServices";

/** What a host gives the shared flows. */
export interface EngineHost {
  readonly host: HostKind;
  readonly canDownload: boolean;
  /** The workbook to work on; rejects (with a message for the clerk) when there is none yet. */
  port(): WorkbookPort;
  /** Base of downloaded file names, e.g. the opened file's name without `.xlsx`. */
  fileBase(): string;
  /**
   * Cells the host's file reader could not take as written (browser: the .xlsx reader's issues);
   * they join the session's issues as in the CLI. Excel reads its own cells: none here (what
   * Excel could not give, merged cells, comes with the port's read: WorkbookSnapshot.readIssues).
   */
  readIssues?(): readonly DataIssue[];
  /** How messages name the workbook: the opened file's name (browser); undefined in Excel ("this workbook"). */
  workbookLabel?(): string | undefined;
  /**
   * Excel: the port appends rows to a table in the same write (WriteOptions.append), and the
   * workbook may be shared (co-authoring): the Dunning log is appended, never rewritten.
   */
  readonly appendsLog?: boolean;
  /** Browser: also offer the statements as their own workbook (needs ExcelJS, loaded lazily). */
  statementsDownload?(run: StatementsRun, month: string): Promise<FileOffer>;
}

export const XLSX_MIME = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
export const ZIP_MIME = "application/zip";

function quote(sheet: string): string {
  return `'${sheet.replace(/'/g, "''")}'`;
}

/** A data issue as the pane shows it, with the cell to jump to and its Chinese text when it has a code. */
export function paneIssue(issue: DataIssue): PaneIssue {
  const goTo = issue.row > 0 ? `${quote(issue.sheet)}!${columnLetters(issue.columnIndex ?? 1)}${issue.row}` : undefined;
  const zh = dataIssueReason(issue, "zh");
  const columnZh = issueColumn(issue, "zh");
  return {
    severity: issue.severity,
    sheet: issue.sheet,
    row: issue.row,
    ...(issue.column !== undefined ? { column: issue.column } : {}),
    ...(issue.value !== undefined ? { value: issue.value } : {}),
    reason: issue.reason,
    ...(zh !== issue.reason ? { reasonZh: zh } : {}),
    ...(columnZh !== issue.column && columnZh !== undefined ? { columnZh } : {}),
    ...(goTo ? { goTo } : {}),
  };
}

/** The workbook as read for one action: what the flows take, every sheet's name, and the read itself for the action's write. */
interface PortRead {
  readonly read: WorkbookRead;
  readonly sheets: readonly { readonly name: string; readonly generated: boolean }[];
  readonly snapshot: WorkbookSnapshot;
}

/** The clerk's own sheets: a statement or letter never takes their names. */
function clerkSheetNames(sheets: PortRead["sheets"]): string[] {
  return sheets.filter((s) => !s.generated).map((s) => s.name);
}

/**
 * A flow's refusal in the pane's words (and language); anything else as it is.
 * @param fileName - the opened file's name (browser); undefined in Excel ("this workbook").
 */
function paneRefusal(e: unknown, fileName: string | undefined): unknown {
  if (e instanceof InexactTotalsError) {
    const params = { currency: e.currency, limit: e.limit };
    return fileName ? new PaneError("error.inexactTotals", { ...params, fileName }) : new PaneError("error.inexactTotalsHere", params);
  }
  if (e instanceof MissingTablesError) {
    // An aging or balance summary: what it is and what to export, not "name a sheet Invoices".
    const report = e.agingReport;
    if (report) {
      const params = { sheet: report.sheet, row: report.headerRow, columns: report.buckets.map((column) => `“${column}”`).join(", ") };
      return new PaneError(`ledger.refused.${report.kind ?? "aging"}`, params);
    }
    return new PaneError("error.noTable", { table: e.missingTables.map(settingsTableOf).join(" and ") });
  }
  if (e instanceof PeriodError) {
    if (e.input === "both") return new PaneError("error.periodBoth");
    if (e.value !== undefined) return new PaneError(e.input === "month" ? "error.notMonth" : "error.notDate", { value: e.value });
    return new Error(`${e.input === "month" ? "month" : "as-of"} ${e.message}`);
  }
  return e;
}

/** A statements run as the Statements screen shows it, with the sheet names the port used. */
/** A statement note as the pane says it: in the pane's language, whatever the statements' (each is in its customer's). */
const NOTE_KEYS = { "open-item-fallback": "statements.note.openItemFallback", "invoice-date-from-due": "statements.note.invoiceDateFromDue", "numbered-by-row": "statements.note.numberedByRow" } as const satisfies Record<StatementNoteCode, StatementNoteMessage>;

function statementsResult(
  run: StatementsRun,
  used: readonly string[],
  request: { month: string; type: StatementType; language: Language },
  issues: readonly DataIssue[],
  download: FileOffer | undefined,
): StatementsResult {
  return {
    month: request.month,
    type: request.type,
    count: run.statements.length,
    indexSheet: used[0],
    sheets: run.statements.map((s, i) => ({ sheet: used[i + 1], customerId: s.customer.id, customerName: s.customer.name, currency: s.currency })),
    totals: run.totals.map((t) => ({ currency: t.currency, closing: { currency: t.currency, minor: t.totalDue }, overdue: { currency: t.currency, minor: t.overdue } })),
    issues: issues.map(paneIssue),
    notes: [...new Set(run.statements.flatMap((s) => s.notes.map((n) => n.code)))].map((code) => NOTE_KEYS[code]),
    ...(download ? { download } : {}),
  };
}

/** The run's .eml drafts as one zip to download; undefined when there is none. */
function draftsZip(run: RemindersRun, fileName: string): FileOffer | undefined {
  const files: Record<string, Uint8Array> = {};
  for (const d of run.drafts) if (d.fileName && d.eml) files[d.fileName] = strToU8(d.eml);
  return Object.keys(files).length > 0 ? { fileName, mimeType: ZIP_MIME, bytes: zipSync(files, { level: 6 }) } : undefined;
}

/** A reminders run as the Reminders screen shows it: Reminders sheet first, then the log, then the letters. */
function remindersResult(run: RemindersRun, used: readonly string[], sheetsBeforeLetters: number, download: FileOffer | undefined): RemindersResult {
  return {
    count: run.reminders.length,
    emails: run.counts.email,
    letters: run.counts.letter,
    notSent: run.counts["not sent"],
    letterSheets: used.slice(sheetsBeforeLetters),
    sheet: used[0],
    logged: run.newLogEntries.length,
    ...(download ? { download } : {}),
  };
}

/**
 * Builds the shared services over a host. The host object supplies the port, download names and
 * what only it can do; the flows supply everything else.
 */
export function engineServices(host: EngineHost, today: () => DayNumber = () => localToday()): Omit<PaneServices, "goTo" | "downloadResult" | "addFormulaColumns" | "removeFormulaColumns"> & {
  inspect(): Promise<WorkbookInspection>;
} {
  /**
   * How an action writes the Dunning log: in Excel (`appendsLog`) appended to the table the read
   * found, so rows another user added since the read are kept; whole where there is none yet, and
   * in the browser (one user, a file in memory).
   */
  const logWrite = (snapshot: WorkbookSnapshot, session: LedgerSession, entries: readonly DunningLogEntry[], refused: RefusedNotice[]): DunningLogWrite =>
    host.appendsLog === true ? dunningLogWrite(snapshot, entries, { takeBack: (others) => takeBackAfterOthers(session, entries, others, refused) }) : { kind: "whole" };

  const readPort = async (): Promise<PortRead> => {
    const port = host.port();
    // One look at the workbook: in Excel the sheet list rides in the read's round trips.
    const snapshot = await port.readWorkbook();
    const { blocks, sheets } = snapshot;
    const generatedSheets = new Set(sheets.filter((s) => s.generated).map((s) => s.name));
    // The host's file reader's issues (browser), or what Excel could not give the read (merged cells).
    const readIssues = [...(host.readIssues?.() ?? []), ...(snapshot.readIssues ?? [])];
    return { read: { blocks, generatedSheets, readIssues }, sheets, snapshot };
  };

  const refusing = <T>(run: () => T): T => {
    try {
      return run();
    } catch (e) {
      throw paneRefusal(e, host.workbookLabel?.());
    }
  };

  const sessionOf = async () => {
    const { read, sheets, snapshot } = await readPort();
    return { session: refusing(() => openLedger(read)), sheets, snapshot };
  };

  const analyze = async (): Promise<Analysis> => {
    const { read } = await readPort();
    const overview = refusing(() => ledgerOverview(inspectLedger(read), inputReadIssues(read), today()));
    return { ...overview, issues: overview.issues.map(paneIssue) };
  };

  /** The as-of day of a reminders action: the day the clerk chose, else today. */
  const asOfOf = (options: ReminderOptions): DayNumber => refusing(() => asOfDay(options.asOf || undefined, today()));

  /** The settings as stored, and the read they came from (for a write in the same action). */
  const readSettings = async (): Promise<{ settings: Settings; snapshot: WorkbookSnapshot }> => {
    const snapshot = await host.port().readWorkbook();
    return { settings: settingsFromBlocks(snapshot.blocks).settings, snapshot };
  };
  const loadSettings = async (): Promise<Settings> => (await readSettings()).settings;
  /** `after`: the read of the same action, if any (else the port looks at the workbook itself); `language`: the pane's. */
  const saveSettings = async (settings: Settings, after: WorkbookSnapshot | undefined, language: Language = "en"): Promise<void> => {
    await host.port().writeSheets([settingsSheet(settings, { language })], after ? { after } : {});
  };

  return {
    host: host.host,
    canDownload: host.canDownload,
    templatePlaceholders: TEMPLATE_PLACEHOLDERS,
    today: () => isoOf(today()),
    formatMoney,
    /** Detection and settings for the formula columns (which total nothing: no exact-totals refusal). */
    async inspect() {
      const { read } = await readPort();
      return inspectWorkbook(read.blocks, { generatedSheets: read.generatedSheets });
    },

    analyze,

    async saveMapping(overrides, language) {
      const { settings, snapshot } = await readSettings();
      await saveSettings(withMappingChoices(settings, overrides), snapshot, language);
      return analyze();
    },

    loadSettings,
    saveSettings: (settings, language) => saveSettings(settings, undefined, language),

    previewTemplate: (template, settings) => previewTemplate(template, settings, today()),

    async generateStatements(request): Promise<StatementsResult> {
      const period = refusing(() => statementPeriod({ month: request.month }, today()));
      const { session, sheets, snapshot } = await sessionOf();
      request.onProgress?.({ done: 0, total: 3 });
      const run = statementsJob(session, period, { type: request.type, takenSheetNames: clerkSheetNames(sheets), language: request.language ?? "en", today: today() });
      request.onProgress?.({ done: 1, total: 3 });
      const used = await host.port().writeSheets(run.sheets, { after: snapshot });
      request.onProgress?.({ done: 2, total: 3 });
      const month = period.label ?? request.month;
      const download = host.statementsDownload ? await host.statementsDownload(run, month) : undefined;
      request.onProgress?.({ done: 3, total: 3 });
      return statementsResult(run, used, { month, type: request.type, language: request.language ?? "en" }, run.issues, download);
    },

    async previewReminders(options) {
      const asOf = asOfOf(options);
      const { session } = await sessionOf();
      return reminderPreview(session, asOf, options);
    },

    async createReminders(customerIds, options): Promise<RemindersResult> {
      const asOf = asOfOf(options);
      const { session, sheets, snapshot } = await sessionOf();
      const run = remindersJob(session, asOf, {
        includeUpcoming: options.includeUpcoming,
        customerIds: new Set(customerIds),
        draftFiles: host.canDownload,
        letters: options.letters ?? true,
        takenSheetNames: clerkSheetNames(sheets),
        language: options.language ?? "en",
      });
      // Excel: the Dunning log's new rows go below the rows it has when the write runs (logWrite).
      const [remindersSheet, logSheet] = run.sheets;
      const refused: RefusedNotice[] = [];
      const log = logWrite(snapshot, session, run.newLogEntries, refused);
      const sheetsFirst = log.kind === "whole" ? [remindersSheet, logSheet] : [remindersSheet];
      const used = await host.port().writeSheets([...sheetsFirst, ...run.letters], { after: snapshot, ...(log.kind === "append" && log.append ? { append: log.append } : {}) });
      const download = host.canDownload ? draftsZip(run, `${host.fileBase()}-reminders-${isoOf(asOf)}.zip`) : undefined;
      return { ...remindersResult(run, used, sheetsFirst.length, download), ...notLogged(session, run, refused) };
    },

    async logCall(customerId, options) {
      const asOf = asOfOf(options);
      const { session, snapshot } = await sessionOf();
      const result = logCall(session, asOf, customerId, { includeUpcoming: options.includeUpcoming, language: options.language ?? "en" });
      if (!result) throw new PaneError("error.noCallToLog", { customer: customerId, date: isoOf(asOf) });
      const taken: RefusedNotice[] = [];
      let takenBack = 0;
      const log = logWrite(snapshot, session, result.newLogEntries, taken);
      if (log.kind === "whole") await host.port().writeSheets([result.sheet], { after: snapshot });
      else if (log.append) {
        const { takeBack } = log.append;
        // The same call logged meanwhile by another user is not logged twice.
        await host.port().writeSheets([], { after: snapshot, append: { ...log.append, ...(takeBack ? { takeBack: (h, r) => { const back = takeBack(h, r); takenBack = back.length; return back; } } : {}) } });
      }
      return { logged: result.newLogEntries.length - takenBack };
    },
  };
}

/**
 * Which of this action's new log rows to take back once the write saw rows another user added
 * between the read and the write: a notice to a customer they wrote to meanwhile (it was decided
 * without theirs: its fee would be charged twice; `refused` gets it), and a row they logged too.
 * @returns indexes into `entries`
 */
function takeBackAfterOthers(session: LedgerSession, entries: readonly DunningLogEntry[], others: readonly DunningLogEntry[], refused: RefusedNotice[]): number[] {
  const read = logForLedger(session.log, session.ledger);
  const merge = appendAfterOthers(read, logForLedger([...session.log, ...others], session.ledger), entries);
  refused.push(...merge.refused);
  const kept = new Set(merge.appended);
  return entries.flatMap((e, i) => (kept.has(e) ? [] : [i]));
}

/** The result's count and the customers whose notice was taken back out of the log (their drafts must not go out as well). */
function notLogged(session: LedgerSession, run: RemindersRun, refused: readonly RefusedNotice[]): Partial<RemindersResult> {
  if (refused.length === 0) return {};
  const ids = new Set(refused.map((r) => r.customerId));
  const customers = refused.map((r) => {
    const c = session.ledger.customers.find((x) => x.id === r.customerId);
    return c ? (c.keyedByName || c.name === c.id ? c.name : `${c.id} ${c.name}`) : r.customerId;
  });
  return { logged: run.newLogEntries.filter((e) => !ids.has(e.customerId)).length, notLogged: customers };
}

/** Saves a file in the browser: Blob, object URL, a click on `<a download>`. */
export async function downloadInBrowser(offer: FileOffer): Promise<void> {
  const blob = new Blob([offer.bytes as BlobPart], { type: offer.mimeType });
  const url = URL.createObjectURL(blob);
  try {
    const a = document.createElement("a");
    a.href = url;
    a.download = offer.fileName;
    a.rel = "noopener";
    a.style.display = "none";
    document.body.appendChild(a);
    a.click();
    a.remove();
  } finally {
    // Revoke later: some browsers start reading the URL only after the click handler returns.
    setTimeout(() => URL.revokeObjectURL(url), 30_000);
  }
}
