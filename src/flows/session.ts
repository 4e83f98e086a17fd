/**
 * A ledger session: the clerk's workbook read once, understood (detection), validated
 * (ledger + data issues) and paired with the settings stored in it. Every job (statements,
 * reminders, report, check) starts from one, in the CLI, the browser and Excel alike.
 */
import type { DunningLogEntry } from "../core/dunning";
import { buildLedger } from "../core/ledger";
import type { DataIssue, Ledger } from "../core/model";
import type { Settings, SettingsTable } from "../core/settings";
import type { BlockShape } from "../core/source";
import type { SourceBlock } from "../workbook/port";
import { detectTables, overrideIssues, shapedDetection, toLedgerInput, type BlockSelector, type Detection, type DetectionOverrides, type TableKind } from "../workbook/schema";
import { dunningLogFromBlocks, findDunningLogBlock, settingsFromBlocks } from "../workbook/arSheets";

export interface LedgerSession {
  readonly settings: Settings;
  /** True when the workbook carries an `AR Settings` sheet. */
  readonly settingsFound: boolean;
  /**
   * The tables read and how their columns were mapped: their place, header and row count, not
   * their rows. A session outlives its read (a job runs on it), and the clerk's cells are most of
   * a large read's memory: once the ledger holds what it needs of them, they are let go.
   */
  readonly detection: Detection<BlockShape>;
  readonly ledger: Ledger;
  /** Cells the reader could not take, settings problems, log problems and ledger issues, in that order. */
  readonly issues: readonly DataIssue[];
  /** The dunning log found in the workbook (Excel host); the CLI passes its --log file's instead. */
  readonly log: readonly DunningLogEntry[];
}

export interface SessionOptions {
  /** Sheets AR Desk generated (statements, Index, …): never read as the clerk's input. */
  readonly generatedSheets?: ReadonlySet<string>;
  /** Settings to use instead of the workbook's (the task pane's unsaved edits). */
  readonly settings?: Settings;
  /** Day/month order for ambiguous text dates such as 3/4/2026. */
  readonly dateOrder?: "mdy" | "dmy";
  /**
   * Cells the file reader could not take as written (XlsxContent.issues: beyond XFD/1,048,576,
   * bad number cells, impossible dates, formulas without a saved value). They come first among
   * the session's issues, so the CLI and the pane list and count them alike; those on generated
   * sheets are dropped (AR Desk's own output is not the clerk's input).
   */
  readonly readIssues?: readonly DataIssue[];
}

const KIND: Record<SettingsTable, TableKind> = { Customers: "customers", Invoices: "invoices", Payments: "payments" };

/** The clerk's stored choices (AR Settings: source.* and mapping.* keys) as detection overrides. */
export function overridesFrom(settings: Settings, blocks: readonly SourceBlock[]): DetectionOverrides {
  const tables: { [K in TableKind]?: BlockSelector } = {};
  for (const [table, source] of Object.entries(settings.tableSources) as [SettingsTable, string][]) {
    const lower = source.toLowerCase();
    const isTable = blocks.some((b) => (b.tableName ?? "").toLowerCase() === lower);
    tables[KIND[table]] = isTable ? { tableName: source } : { sheet: source };
  }
  const columns: Record<string, Record<string, string>> = {};
  for (const [table, fields] of Object.entries(settings.columnMapping) as [SettingsTable, Record<string, string>][]) {
    columns[KIND[table]] = { ...fields };
  }
  return { tables, columns } as DetectionOverrides;
}

/**
 * Opens a session over the workbook's blocks. `session.ledger.unread` counts the rows not read
 * (with their money per currency) for every output's "not read" line; `ledger.inferred` says
 * which currency, language and date orders were inferred.
 * @throws MissingTablesError when no Invoices table can be found.
 */
export function openSession(allBlocks: readonly SourceBlock[], options: SessionOptions = {}): LedgerSession {
  const generated = options.generatedSheets ?? new Set<string>();
  const stored = settingsFromBlocks(allBlocks);
  const settings = options.settings ?? stored.settings;
  const logBlock = findDunningLogBlock(allBlocks);
  const log = dunningLogFromBlocks(logBlock ? [logBlock] : []);
  const blocks = allBlocks.filter((b) => !generated.has(b.sheet) && b !== logBlock && b.sheet.toLowerCase() !== "ar settings");
  const detection = detectTables(blocks, overridesFrom(settings, blocks));
  // The --date-order option beats the workbook's ledger.dateOrder setting.
  const dateOrder = options.dateOrder ?? settings.dateOrder;
  const ledger = buildLedger(toLedgerInput(detection), {
    ...(settings.defaultCurrency ? { defaultCurrency: settings.defaultCurrency } : {}),
    defaultTermsDays: settings.defaultTermsDays,
    ...(settings.defaultLanguage ? { defaultLanguage: settings.defaultLanguage } : {}),
    ...(dateOrder ? { dateOrder } : {}),
  });
  const settingsIssues: DataIssue[] = stored.errors.map((e) => ({
    severity: e.severity,
    sheet: "AR Settings",
    row: e.row,
    column: e.key,
    value: e.value,
    reason: e.reason,
    code: e.code,
    params: e.params,
  }));
  const problemIssues = overrideIssues(detection);
  const readIssues = (options.readIssues ?? []).filter((i) => !generated.has(i.sheet));
  return {
    settings,
    settingsFound: stored.found,
    detection: shapedDetection(detection),
    ledger,
    issues: [...readIssues, ...settingsIssues, ...problemIssues, ...log.issues, ...ledger.issues],
    log: log.entries,
  };
}
