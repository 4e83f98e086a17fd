/**
 * The {@link PaneServices} flows both hosts share, over a {@link WorkbookPort}: detection and the
 * overview, mapping and settings stored in the `AR Settings` sheet, statements, reminders. The
 * hosts (excel.ts, browser.ts) add what differs: where the port comes from, downloads, goTo,
 * formula columns. Nothing here imports ExcelJS (the Excel host must not load it) or calls Excel.run.
 *
 * Every action reads the workbook once (blocks + sheet list), so a clerk's edit between two clicks
 * is always seen.
 */
import { zipSync, strToU8 } from "fflate";
import { addDays, isoOf } from "../../core/dates";
import { DEFAULT_POLICY, dunningHistory } from "../../core/dunning";
import type { DayNumber, DataIssue, Customer } from "../../core/model";
import { formatMoney } from "../../core/money";
import { unreadSentence } from "../../core/ledger/unreadText";
import { issueText } from "../../core/ledger/issueTexts";
import { readReasonZh } from "../../workbook/xlsx/read/readReasons";
import { callTasks, DEFAULT_TEMPLATES, placeholdersOf, renderReminder, type Reminder } from "../../core/reminders";
import type { Settings, SettingsTable } from "../../core/settings";
import { analysisOf, inspectWorkbook, type WorkbookInspection } from "../../jobs/analysis";
import { exactLimitText, firstInexactTotal } from "../../jobs/exactLedgerTotals";
import { PaneError } from "../i18n/paneError";
import { dayOption, localToday, statementPeriod } from "../../jobs/period";
import { reminderDrafts } from "../../jobs/reminderDrafts";
import { reminderHtml } from "../../jobs/reminderHtml";
import { logCall, remindersJob, remindersPreview } from "../../jobs/reminders";
import { dunningLogSheet } from "../../workbook/layout/dunningLogSheet";
import { statementsJob, type StatementsRun } from "../../jobs/statements";
import { settingsSheet } from "../../workbook/layout/settingsSheet";
import { columnLetters } from "../../workbook/a1";
import type { SourceBlock, WorkbookPort } from "../../workbook/port";
import { FIELDS_OF, REQUIRED_FIELDS, REQUIRED_TABLES, TABLE_KINDS, rebaseHeader, type TableDetection } from "../../workbook/schema";
import type {
  Analysis,
  DetectedTable,
  FileOffer,
  HostKind,
  MappingOverrides,
  MessageTemplate,
  PaneIssue,
  PaneServices,
  PaneSettings,
  ReminderCandidate,
  ReminderOptions,
  ReminderPreview,
  RemindersResult,
  RenderedDraft,
  SourceCandidate,
  StatementsResult,
  TableKind,
} from "../services";

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
   * they join the session's issues as in the CLI. Excel reads its own cells: none.
   */
  readIssues?(): readonly DataIssue[];
  /** How messages name the workbook: the opened file's name (browser); undefined in Excel ("this workbook"). */
  workbookLabel?(): string | undefined;
  /** Browser: also offer the statements as their own workbook (needs ExcelJS, loaded lazily). */
  statementsDownload?(run: StatementsRun, month: string): Promise<FileOffer>;
}

export const XLSX_MIME = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
export const ZIP_MIME = "application/zip";

const TABLE_OF: Record<TableKind, SettingsTable> = { customers: "Customers", invoices: "Invoices", payments: "Payments" };

/** `{{name}}` for every placeholder the default templates use. */
export const TEMPLATE_PLACEHOLDERS: readonly string[] = (() => {
  const names: string[] = [];
  for (const byLanguage of Object.values(DEFAULT_TEMPLATES)) {
    for (const t of Object.values(byLanguage)) for (const n of placeholdersOf(t.subject + "\n" + t.body)) if (!names.includes(n)) names.push(n);
  }
  return names.map((n) => `{{${n}}}`);
})();

/** The candidate id of a block: its table name, else `sheet:<name>`. */
export function candidateId(block: SourceBlock): string {
  return block.tableName ?? `sheet:${block.sheet}`;
}

function candidateLabel(block: SourceBlock): string {
  if (block.tableName) return `${block.tableName} (table)`;
  const right = block.firstColumn + Math.max(1, block.headers.length) - 1;
  const bottom = block.headerRow + block.rows.length;
  return `${block.sheet}!${columnLetters(block.firstColumn)}${block.headerRow}:${columnLetters(right)}${bottom}`;
}

function quote(sheet: string): string {
  return `'${sheet.replace(/'/g, "''")}'`;
}

/** A data issue as the pane shows it, with the cell to jump to and its Chinese text when it has a code. */
export function paneIssue(issue: DataIssue): PaneIssue {
  const goTo = issue.row > 0 ? `${quote(issue.sheet)}!${columnLetters(issue.columnIndex ?? 1)}${issue.row}` : undefined;
  const zh = readReasonZh(issue.reason) ?? issueText(issue, "zh");
  return {
    severity: issue.severity,
    sheet: issue.sheet,
    row: issue.row,
    ...(issue.column !== undefined ? { column: issue.column } : {}),
    ...(issue.value !== undefined ? { value: issue.value } : {}),
    reason: issue.reason,
    ...(zh !== issue.reason ? { reasonZh: zh } : {}),
    ...(goTo ? { goTo } : {}),
  };
}

/**
 * The sources the clerk may pick, each with the columns of its *detected* header row: a sheet
 * with title rows above its header offers that header's columns, never the title in row 1. The
 * detected table's own source is the block detection used (the same re-cut the engine reads).
 */
function sourceCandidates(inspection: WorkbookInspection, found: TableDetection | undefined): SourceCandidate[] {
  const candidates: SourceCandidate[] = [];
  const seen = new Set<string>();
  for (const raw of inspection.candidates) {
    const id = candidateId(raw);
    if (seen.has(id)) continue;
    seen.add(id);
    const block = found && candidateId(found.block) === id ? found.block : rebaseHeader(raw);
    candidates.push({ id, label: candidateLabel(block), headers: block.headers.map(String) });
  }
  return candidates;
}

function detectedTable(kind: TableKind, inspection: WorkbookInspection): DetectedTable {
  const found = inspection.detection[kind] as TableDetection | undefined;
  const candidates = sourceCandidates(inspection, found);
  const required = REQUIRED_FIELDS[kind] as readonly string[];
  const fields = (FIELDS_OF[kind] as readonly string[]).map((field) => {
    const column = found ? (found.headers as Record<string, string | undefined>)[field] : undefined;
    return {
      field,
      required: required.includes(field),
      ...(column !== undefined ? { column, confidence: found!.method === "override" ? 1 : found!.confidence } : {}),
    };
  });
  if (!found) {
    return { kind, candidates, fields, missingRequired: REQUIRED_TABLES.includes(kind) ? [...required] : [] };
  }
  return {
    kind,
    sourceId: candidateId(found.block),
    sourceName: found.block.tableName ?? found.block.sheet,
    how: found.method,
    confidence: found.confidence,
    candidates,
    fields,
    missingRequired: [...(found.missing as readonly string[])],
  };
}

function parseAsOf(text: string | undefined, today: () => DayNumber): DayNumber {
  return text === undefined || text === "" ? today() : dayOption(text, "as-of");
}

/** A made-up customer for the template preview. */
function sampleReminder(template: MessageTemplate, settings: Settings, asOf: DayNumber): Reminder {
  const zh = template.language === "zh";
  const currency = zh ? "CNY" : settings.defaultCurrency || "USD";
  const customer: Customer = {
    id: zh ? "C002" : "C001",
    name: zh ? "华东贸易有限公司" : "Acme Ltd",
    email: zh ? "cw@huadong.example" : "ap@acme.example",
    termsDays: 30,
    currency,
    language: template.language,
    contact: zh ? "王经理" : "Jane Smith",
    source: { sheet: "Customers", row: 2 },
  };
  const invoice = (no: string, due: number, amount: number, open: number) => ({
    invoiceNo: no,
    invoiceDate: addDays(asOf, due - 30),
    dueDate: addDays(asOf, due),
    daysOverdue: -due,
    amount,
    open,
    stage: template.stage,
    fee: 0,
    interest: 0,
  });
  const invoices = [invoice("INV-1001", -45, 1_250_00, 1_250_00), invoice("INV-1017", -20, 830_00, 480_00)];
  const overdueTotal = invoices.reduce((a, i) => a + i.open, 0);
  return {
    customer,
    asOf,
    stage: template.stage,
    language: template.language,
    email: customer.email,
    groups: [{ currency, invoices, overdueTotal, totalDue: overdueTotal, fees: 0, interest: 0, totalToPay: overdueTotal, unapplied: 0, stage: template.stage }],
    // Past the first reminder, the sample shows what {{history}} says when the log holds a notice.
    notices: /^(upcoming|reminder 1)$/i.test(template.stage.trim()) ? [] : [{ date: addDays(asOf, -14), stage: "Reminder 1", channel: "email", invoiceNo: "INV-1001" }],
    calls: [],
  };
}

/**
 * Builds the shared services over a host. The host object supplies the port, download names and
 * what only it can do; this supplies every flow.
 */
export function engineServices(host: EngineHost, today: () => DayNumber = () => localToday()): Omit<PaneServices, "goTo" | "downloadResult" | "addFormulaColumns" | "removeFormulaColumns"> & {
  inspect(settings?: Settings): Promise<{ inspection: WorkbookInspection; sheets: { name: string; generated: boolean }[] }>;
} {
  const inspect = async (settings?: Settings) => {
    const port = host.port();
    // One look at the workbook: in Excel the sheet list rides in the read's round trips.
    const { blocks, sheets } = await port.readWorkbook();
    const generatedSheets = new Set(sheets.filter((s) => s.generated).map((s) => s.name));
    const readIssues = (host.readIssues?.() ?? []).filter((i) => !generatedSheets.has(i.sheet));
    return { inspection: inspectWorkbook(blocks, { generatedSheets, readIssues, ...(settings ? { settings } : {}) }), sheets, readIssues };
  };

  /** Refuses, as the CLI does, a ledger whose totals could not be exact (jobs/exactLedgerTotals.ts). */
  const assertExactTotals = (inspection: WorkbookInspection): void => {
    const inexact = inspection.session && firstInexactTotal(inspection.session.ledger);
    if (inexact) {
      const fileName = host.workbookLabel?.();
      const params = { currency: inexact.currency, limit: exactLimitText(inexact.currency) };
      throw fileName ? new PaneError("error.inexactTotals", { ...params, fileName }) : new PaneError("error.inexactTotalsHere", params);
    }
  };

  const sessionOf = async () => {
    const { inspection, sheets } = await inspect();
    if (!inspection.session) {
      const missing = inspection.detection.missingTables.map((k) => TABLE_OF[k]).join(" and ");
      throw new PaneError("error.noTable", { table: missing });
    }
    assertExactTotals(inspection);
    return { session: inspection.session, sheets };
  };

  const analysis = ({ inspection, readIssues }: { inspection: WorkbookInspection; readIssues: readonly DataIssue[] }): Analysis => {
    assertExactTotals(inspection);
    const asOf = today();
    const tables = TABLE_KINDS.map((kind) => detectedTable(kind, inspection));
    // Without a session (a table not found yet), the reader's cell issues still show.
    const issues = (
      inspection.session?.issues ?? [
        ...readIssues,
        ...inspection.detection.overrideProblems.map((p): DataIssue => ({ severity: "warning", sheet: "AR Settings", row: 0, reason: p })),
      ]
    ).map(paneIssue);
    const ready = inspection.session !== undefined && tables.filter((t) => t.kind !== "payments").every((t) => t.missingRequired.length === 0);
    const overview = inspection.session
      ? analysisOf(inspection.session, asOf).map((c) => {
          const m = (minor: number) => ({ currency: c.currency, minor });
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
        })
      : [];
    const ledger = inspection.session?.ledger;
    const unread = ledger?.unread && ledger.unread.rows > 0
      ? {
          rows: ledger.unread.rows,
          rowsWithMoney: ledger.unread.rowsWithMoney,
          amounts: Object.entries(ledger.unread.byCurrency).map(([currency, minor]) => ({ currency, minor })),
          sentence: { en: unreadSentence(ledger.unread, "en") ?? "", zh: unreadSentence(ledger.unread, "zh") ?? "" },
        }
      : undefined;
    return {
      asOf: isoOf(asOf), tables, issues, overview, ready,
      ...(unread ? { unread } : {}),
      ...(ledger?.inferred ? { inferred: ledger.inferred } : {}),
    };
  };

  const writeSettings = async (settings: Settings): Promise<void> => {
    await host.port().writeSheets([settingsSheet(settings)]);
  };

  const loadSettings = async (): Promise<PaneSettings> => {
    const { inspection } = await inspect();
    return inspection.settings;
  };

  return {
    host: host.host,
    canDownload: host.canDownload,
    templatePlaceholders: TEMPLATE_PLACEHOLDERS,
    today: () => isoOf(today()),
    formatMoney,
    inspect,

    async analyze() {
      return analysis(await inspect());
    },

    async saveMapping(overrides: MappingOverrides) {
      const settings = await loadSettings();
      const tableSources: Partial<Record<SettingsTable, string>> = { ...settings.tableSources };
      const columnMapping: Partial<Record<SettingsTable, Record<string, string>>> = {};
      for (const [t, fields] of Object.entries(settings.columnMapping)) columnMapping[t as SettingsTable] = { ...fields };
      for (const [kind, choice] of Object.entries(overrides) as [TableKind, NonNullable<MappingOverrides[TableKind]>][]) {
        const table = TABLE_OF[kind];
        if (choice.sourceId !== undefined) {
          tableSources[table] = choice.sourceId.startsWith("sheet:") ? choice.sourceId.slice("sheet:".length) : choice.sourceId;
        }
        const columns = { ...(columnMapping[table] ?? {}) };
        for (const [field, header] of Object.entries(choice.columns)) {
          // The settings sheet stores header texts only: "no column" drops the stored choice.
          if (header === null) delete columns[field];
          else columns[field] = header;
        }
        columnMapping[table] = columns;
      }
      await writeSettings({ ...settings, tableSources, columnMapping });
      return analysis(await inspect());
    },

    loadSettings,

    async saveSettings(settings: PaneSettings) {
      await writeSettings(settings);
    },

    previewTemplate(template: MessageTemplate, settings: PaneSettings): RenderedDraft {
      const current = settings.reminderTemplates[template.stage] ?? {};
      const withTemplate: Settings = {
        ...settings,
        reminderTemplates: { ...settings.reminderTemplates, [template.stage]: { ...current, [template.language]: { subject: template.subject, body: template.body } } },
      };
      const reminder = sampleReminder(template, withTemplate, today());
      const { subject, body } = renderReminder(reminder, withTemplate);
      return { subject, text: body, html: reminderHtml(reminder, withTemplate) };
    },

    async generateStatements(request): Promise<StatementsResult> {
      const period = statementPeriod({ month: request.month }, today());
      const { session, sheets } = await sessionOf();
      request.onProgress?.({ done: 0, total: 3 });
      const run = statementsJob(session, period, {
        type: request.type,
        takenSheetNames: sheets.filter((s) => !s.generated).map((s) => s.name),
      });
      request.onProgress?.({ done: 1, total: 3 });
      const used = await host.port().writeSheets(run.sheets);
      request.onProgress?.({ done: 2, total: 3 });
      const download = host.statementsDownload ? await host.statementsDownload(run, period.label ?? request.month) : undefined;
      request.onProgress?.({ done: 3, total: 3 });
      const notes = [...new Set(run.statements.flatMap((s) => s.notes.map((n) => n.text)))];
      return {
        month: period.label ?? request.month,
        type: request.type,
        count: run.statements.length,
        indexSheet: used[0],
        sheets: run.statements.map((s, i) => ({ sheet: used[i + 1], customerId: s.customer.id, customerName: s.customer.name, currency: s.currency })),
        totals: run.totals.map((t) => ({ currency: t.currency, closing: { currency: t.currency, minor: t.totalDue }, overdue: { currency: t.currency, minor: t.overdue } })),
        issues: session.issues.map(paneIssue),
        notes,
        ...(download ? { download } : {}),
      };
    },

    async previewReminders(options: ReminderOptions): Promise<ReminderPreview> {
      const asOf = parseAsOf(options.asOf, today);
      const { session } = await sessionOf();
      const { reminders, heldBack } = remindersPreview(session, asOf, { includeUpcoming: options.includeUpcoming });
      const { drafts } = reminderDrafts(reminders, session.settings, { letters: options.letters ?? true });
      const lastCalls = new Map(callTasks(reminders, dunningHistory(session.log)).map((task) => [task.reminder.customer.id, task.lastCall]));
      const candidates = drafts.map((d): ReminderCandidate => {
        const r = d.reminder;
        const lastCall = lastCalls.get(r.customer.id);
        const group = r.groups.find((g) => g.currency === r.customer.currency) ?? r.groups[0];
        const money = (minor: number) => ({ currency: group.currency, minor });
        return {
          customerId: r.customer.id,
          name: r.customer.name,
          ...(d.channel === "email" ? { email: r.email!.trim() } : {}),
          channel: d.channel,
          ...(r.customer.contact ? { contact: r.customer.contact } : {}),
          ...(r.action ? { action: r.action } : {}),
          ...(lastCall !== undefined ? { lastCall: isoOf(lastCall) } : {}),
          language: r.language,
          stage: r.stage,
          currency: group.currency,
          overdue: money(group.overdueTotal),
          invoiceCount: r.groups.reduce((a, g) => a + g.invoices.length, 0),
          ...(group.fees > 0 ? { fees: money(group.fees) } : {}),
          ...(group.interest > 0 ? { interest: money(group.interest) } : {}),
          draft: { subject: d.subject, text: d.text, html: d.html },
        };
      });
      const stages = session.settings.dunning.stages.map((s) => s.name);
      return {
        asOf: isoOf(asOf),
        stages: stages.length > 0 ? stages : DEFAULT_POLICY.stages.map((s) => s.name),
        candidates,
        heldBack: heldBack.length,
        daysBetweenNotices: session.settings.dunning.daysBetweenNotices,
      };
    },

    async createReminders(customerIds, options): Promise<RemindersResult> {
      const asOf = parseAsOf(options.asOf, today);
      const { session, sheets } = await sessionOf();
      const run = remindersJob(session, asOf, {
        includeUpcoming: options.includeUpcoming,
        customerIds: new Set(customerIds),
        draftFiles: host.canDownload,
        letters: options.letters ?? true,
        takenSheetNames: sheets.filter((s) => !s.generated).map((s) => s.name),
      });
      const used = await host.port().writeSheets([...run.sheets, ...run.letters]);
      const files: Record<string, Uint8Array> = {};
      for (const d of run.drafts) if (d.fileName && d.eml) files[d.fileName] = strToU8(d.eml);
      const download: FileOffer | undefined =
        host.canDownload && Object.keys(files).length > 0
          ? { fileName: `${host.fileBase()}-reminders-${isoOf(asOf)}.zip`, mimeType: ZIP_MIME, bytes: zipSync(files, { level: 6 }) }
          : undefined;
      return {
        count: run.reminders.length,
        emails: run.counts.email,
        letters: run.counts.letter,
        notSent: run.counts["not sent"],
        letterSheets: used.slice(run.sheets.length),
        sheet: used[0],
        logged: run.newLogEntries.length,
        ...(download ? { download } : {}),
      };
    },

    async logCall(customerId, options): Promise<{ logged: number }> {
      const asOf = parseAsOf(options.asOf, today);
      const { session } = await sessionOf();
      const result = logCall(session, asOf, customerId, { includeUpcoming: options.includeUpcoming });
      if (!result) throw new Error(`${customerId} has no reminder due as of ${isoOf(asOf)}: no call to log.`);
      await host.port().writeSheets([dunningLogSheet(result.log)]);
      return { logged: result.newLogEntries.length };
    },
  };
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

