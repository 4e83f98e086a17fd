/**
 * {@link PaneServices} inside Excel: the flows of engine.ts over the {@link OfficeWorkbookPort},
 * plus goTo, example formulas and formula columns (planned by flows/formulaColumns.ts) through
 * src/workbook/office/actions.ts. This file never calls `Excel.run` itself.
 *
 * Every action reads the workbook (blocks + sheet list) once; writes go through the port, whose
 * number of `context.sync` calls does not grow with the number of customers.
 */
import type { DayNumber } from "../../core/model";
import { formulaColumnsRequest } from "../../flows/formulaColumns";
import { OfficeWorkbookPort, SheetsChangedError, type ExcelRun, type OfficeWorkbookPortOptions } from "../../workbook/office/officeWorkbook";
import * as actions from "../../workbook/office/actions";
import type { FileOffer, FormulaColumnsResult, PaneServices } from "./paneServices";
import { downloadInBrowser, engineServices } from "./engine";
import { PaneError } from "../i18n/paneError";

/** English texts of the refusals below (tests compare with them; the clerk reads the pane's language). */
export const NO_DOWNLOADS_MESSAGE = new PaneError("error.noDownloads").message;
export const NEEDS_TABLES_MESSAGE = new PaneError("error.needsTables").message;

/**
 * Whether `<a download>` works where the pane runs. Excel on the web runs the pane in the
 * browser, where downloads work; desktop Excel hosts it in a webview (WebView2, WKWebView) that
 * may drop them silently, so the pane keeps results in the workbook and says so.
 * @example downloadsWork("OfficeOnline") //=> true
 * @example downloadsWork("Mac") //=> false
 */
export function downloadsWork(platform: string | undefined | null): boolean {
  return platform === "OfficeOnline";
}

function officePlatform(): string | undefined {
  const office = (globalThis as { Office?: { context?: { platform?: unknown } } }).Office;
  const platform = office?.context?.platform;
  return typeof platform === "string" ? platform : undefined;
}

export interface ExcelServicesOptions {
  /** `Excel.run` (tests pass a fake's); default the global one. */
  readonly run?: ExcelRun;
  readonly port?: OfficeWorkbookPortOptions;
  /** Office.context.platform; default read from the global Office. */
  readonly platform?: string;
  /** Tests pin today; default the local calendar day. */
  readonly today?: () => DayNumber;
}

export function createExcelServices(options: ExcelServicesOptions = {}): PaneServices {
  const runOption = options.run ? { run: options.run } : {};
  // Leftovers of an earlier, unfinished write that the current action's write deleted or kept (the port says which).
  let leftovers: { removed: string[]; kept: string[] } = { removed: [], kept: [] };
  const port = new OfficeWorkbookPort({
    ...runOption,
    ...options.port,
    onLeftovers: (report) => {
      leftovers.removed.push(...report.removed);
      leftovers.kept.push(...report.kept);
      options.port?.onLeftovers?.(report);
    },
  });
  const canDownload = downloadsWork(options.platform ?? officePlatform());

  const { inspect, ...flows } = engineServices({ host: "excel", canDownload, appendsLog: true, port: () => port, fileBase: () => "ar-desk" }, options.today);

  /** Runs an action that writes sheets: a refusal because sheets changed since its read, in the pane's language. */
  const writing = async <T>(action: () => Promise<T>): Promise<T> => {
    try {
      return await action();
    } catch (error) {
      if (!(error instanceof SheetsChangedError)) throw error;
      const sheets = { sheets: error.changed.map((c) => c.name).join(", "), count: error.changed.length };
      if (error.keptAside.length === 0) throw new PaneError("write.sheetsChanged", sheets);
      // Its previous sheets wait under temporary names: a sheet of the clerk's has their names now.
      const aside = error.keptAside.map((k) => `${k.name} → ${k.temp}`).join(", ");
      throw new PaneError("write.sheetsChangedKeptAside", { ...sheets, aside, asideCount: error.keptAside.length });
    }
  };
  /** {@link writing}, and the result names the leftovers its write deleted or kept, if any. */
  const tellingLeftovers = async <T extends object>(action: () => Promise<T>): Promise<T & { leftoversRemoved?: readonly string[]; leftoversKept?: readonly string[] }> => {
    leftovers = { removed: [], kept: [] };
    const result = await writing(action);
    const { removed, kept } = leftovers;
    return { ...result, ...(removed.length > 0 ? { leftoversRemoved: removed } : {}), ...(kept.length > 0 ? { leftoversKept: [...new Set(kept)] } : {}) };
  };

  return {
    ...flows,

    generateStatements: (request) => tellingLeftovers(() => flows.generateStatements(request)),

    createReminders: (customerIds, options) => tellingLeftovers(() => flows.createReminders(customerIds, options)),

    logCall: (customerId, options) => writing(() => flows.logCall(customerId, options)),

    saveMapping: (overrides, language) => writing(() => flows.saveMapping(overrides, language)),

    saveSettings: (settings, language) => writing(() => flows.saveSettings(settings, language)),

    async downloadResult(offer: FileOffer): Promise<void> {
      if (!canDownload) throw new PaneError("error.noDownloads");
      await downloadInBrowser(offer);
    },

    goTo: (address: string) => actions.goTo(address, runOption),

    insertExampleFormula: (formula: string) => actions.insertFormulaAtSelection(formula, runOption),

    async addFormulaColumns(language): Promise<FormulaColumnsResult> {
      const { detection, settings } = await inspect();
      const request = formulaColumnsRequest(detection, settings, language);
      if (request.tableNames.length === 0) throw new PaneError("error.needsTables");
      const plan = await actions.addFormulaColumns(request.tableNames, (tables, marks) => request.plan(tables, marks), runOption);
      return { added: plan.add.map((a) => ({ table: a.table, column: a.column })), skipped: plan.skipped };
    },

    async removeFormulaColumns() {
      const { removed } = await actions.removeFormulaColumns(runOption);
      return { removed };
    },
  };
}
