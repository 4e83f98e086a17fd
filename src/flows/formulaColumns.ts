/**
 * The AR.* formula columns for the clerk's own tables (Excel only): which detected tables take
 * them, with the dunning policy's rate and grace days, planned against the headers the tables
 * have at the moment the columns are added (workbook/layout/formulaColumns.ts plans; the Office
 * side reads the tables and applies the plan).
 */
import { normalizedRate } from "../core/dunning";
import type { Settings } from "../core/settings";
import type { Language } from "../core/model";
import { planFormulaColumns, type FormulaColumnsInput, type FormulaColumnsPlan, type FormulaTable } from "../workbook/layout";
import type { Detection, TableDetection, TableKind } from "../workbook/schema";
import type { BlockHead } from "../core/source";

/** A table as it is now: its name and current header texts. */
export interface TableNow {
  readonly name: string;
  readonly headers: readonly string[];
}

export interface FormulaColumnsRequest {
  /** The Excel tables (Invoices, Customers) the columns go into; empty when neither is an Excel table. */
  readonly tableNames: readonly string[];
  /** The plan against the tables as they are now and the columns AR Desk added before. */
  plan(tables: readonly TableNow[], marked: FormulaColumnsInput["marked"]): FormulaColumnsPlan;
}

function formulaTable(detection: TableDetection<TableKind, BlockHead> | undefined): FormulaTable | undefined {
  if (!detection) return undefined;
  return {
    ...(detection.block.tableName !== undefined ? { tableName: detection.block.tableName } : {}),
    sheet: detection.block.sheet,
    headers: detection.block.headers.map(String),
    fields: detection.headers,
  };
}

/** The policy's annual rate as the formulas take it; none when the setting cannot be read (no Late interest column). */
function rateOf(settings: Settings): string | undefined {
  try {
    return normalizedRate(settings.dunning.annualRate);
  } catch {
    return undefined;
  }
}

/** What the formula columns need from a detection and the settings; `language` names the columns added (default English). */
export function formulaColumnsRequest(detection: Detection<BlockHead>, settings: Settings, language: Language = "en"): FormulaColumnsRequest {
  const invoices = formulaTable(detection.invoices);
  const customers = formulaTable(detection.customers);
  const payments = formulaTable(detection.payments);
  const tableNames = [invoices, customers].flatMap((t) => (t?.tableName ? [t.tableName] : []));
  const annualRate = rateOf(settings);
  return {
    tableNames,
    plan(tables, marked) {
      // Plan against the headers as they are now, not as read a moment ago.
      const current = (t: FormulaTable | undefined): FormulaTable | undefined => {
        const name = t?.tableName?.toLowerCase();
        const now = name === undefined ? undefined : tables.find((s) => s.name.toLowerCase() === name);
        return t && now ? { ...t, headers: now.headers } : t;
      };
      return planFormulaColumns({ invoices: current(invoices), customers: current(customers), payments, annualRate, graceDays: settings.dunning.graceDays, marked, language });
    },
  };
}
