/**
 * {@link PaneServices} inside Excel: the flows of engine.ts over the {@link OfficeWorkbookPort},
 * plus goTo, example formulas and formula columns through src/workbook/office/actions.ts. This file
 * never calls `Excel.run` itself.
 *
 * Every action reads the workbook (blocks + sheet list) once; writes go through the port, whose
 * number of `context.sync` calls does not grow with the number of customers.
 */
import type { DayNumber } from "../../core/model";
import { normalizedRate } from "../../core/dunning";
import { planFormulaColumns, type FormulaTable } from "../../workbook/layout";
import { OfficeWorkbookPort, type ExcelRun, type OfficeWorkbookPortOptions } from "../../workbook/office/officeWorkbook";
import * as actions from "../../workbook/office/actions";
import type { TableDetection } from "../../workbook/schema";
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

function formulaTable(detection: TableDetection | undefined): FormulaTable | undefined {
  if (!detection) return undefined;
  return {
    ...(detection.block.tableName !== undefined ? { tableName: detection.block.tableName } : {}),
    sheet: detection.block.sheet,
    headers: detection.block.headers.map(String),
    fields: detection.headers as Record<string, string | undefined>,
  };
}

export function createExcelServices(options: ExcelServicesOptions = {}): PaneServices {
  const runOption = options.run ? { run: options.run } : {};
  const port = new OfficeWorkbookPort({ ...runOption, ...options.port });
  const canDownload = downloadsWork(options.platform ?? officePlatform());

  const { inspect, ...flows } = engineServices({ host: "excel", canDownload, port: () => port, fileBase: () => "ar-desk" }, options.today);

  return {
    ...flows,

    async downloadResult(offer: FileOffer): Promise<void> {
      if (!canDownload) throw new PaneError("error.noDownloads");
      await downloadInBrowser(offer);
    },

    goTo: (address: string) => actions.goTo(address, runOption),

    insertExampleFormula: (formula: string) => actions.insertFormulaAtSelection(formula, runOption),

    async addFormulaColumns(): Promise<FormulaColumnsResult> {
      const { inspection } = await inspect();
      const { detection, settings } = inspection;
      const invoices = formulaTable(detection.invoices as TableDetection | undefined);
      const customers = formulaTable(detection.customers as TableDetection | undefined);
      const payments = formulaTable(detection.payments as TableDetection | undefined);
      if (!invoices?.tableName && !customers?.tableName) throw new PaneError("error.needsTables");
      const tableNames = [invoices, customers].flatMap((t) => (t?.tableName ? [t.tableName] : []));
      let rate: string | undefined;
      try {
        rate = normalizedRate(settings.dunning.annualRate);
      } catch {
        rate = undefined;
      }
      const plan = await actions.addFormulaColumns(
        tableNames,
        (tables, marks) => {
          // Plan against the headers as they are now, not as read a moment ago.
          const current = (t: FormulaTable | undefined): FormulaTable | undefined => {
            const snapshot = t?.tableName ? tables.find((s) => s.name.toLowerCase() === t.tableName!.toLowerCase()) : undefined;
            return t && snapshot ? { ...t, headers: snapshot.headers } : t;
          };
          return planFormulaColumns({
            invoices: current(invoices),
            customers: current(customers),
            payments,
            annualRate: rate,
            graceDays: settings.dunning.graceDays,
            marked: marks,
          });
        },
        runOption,
      );
      return { added: plan.add.map((a) => ({ table: a.table, column: a.column })), skipped: plan.skipped };
    },

    async removeFormulaColumns() {
      const { removed } = await actions.removeFormulaColumns(runOption);
      return { removed };
    },
  };
}
