/**
 * The one-line message (in the run's language) and exit code for an error a user can act on, or
 * undefined for a bug.
 */
import { EXIT, UserError } from "./userError";
import { MissingTablesError, type TableKind } from "../workbook/schema";
import { WorkbookReadError } from "../workbook/xlsx/read";
import { readErrorText } from "../workbook/xlsx/read/readReasons";
import { PeriodError } from "../flows/period";
import type { CliText } from "./i18n";

/** Errno codes that mean the disk refused a write. */
const WRITE_FAILURES = new Set(["ENOSPC", "EDQUOT", "EROFS"]);

export function describeError(e: unknown, t: CliText): string | undefined {
  if (e instanceof UserError) return e.wording(t);
  // In Chinese a sentence of what it means comes first, then the file and its coded reason, limit or damage in Chinese.
  if (e instanceof WorkbookReadError) return t(`read.${e.problem}`, { detail: readErrorText(e, t.language) });
  if (e instanceof MissingTablesError) return missingTablesMessage(e, t);
  if (e instanceof PeriodError) return periodMessage(e, t);
  const code = (e as NodeJS.ErrnoException | undefined)?.code;
  const path = (e as NodeJS.ErrnoException | undefined)?.path ?? "";
  if (code === "ENOENT") return t("error.noSuchFile", { path });
  if (code === "EACCES" || code === "EPERM") return t("error.permission", { path });
  if (code === "EISDIR") return t("error.isFolder", { path });
  if (code === "ENOTDIR") return t("error.pathPartIsFile", { path });
  if (code === "ENOSPC" || code === "EDQUOT") return t("error.diskFull", { path: path || t("error.output") });
  if (code === "EROFS") return t("error.readOnlyDisk", { path: path || t("error.output") });
  if (code === "EMFILE" || code === "ENFILE") return t("error.tooManyFiles");
  if (code === "ENOMEM" || (e instanceof RangeError && /allocation|Array buffer|Invalid string length|Invalid array length/i.test(e.message))) {
    return t("error.outOfMemory");
  }
  return undefined;
}

/** No invoice list: the tables it looked for, or why an aging summary cannot stand in for one. */
function missingTablesMessage(e: MissingTablesError, t: CliText): string {
  if (e.agingReport) {
    // English: the schema's own full sentence. Chinese: the lead says it all; the detail names the sheet and its bucket columns.
    const { sheet, headerRow, buckets, kind } = e.agingReport;
    const columns = buckets.map((b) => `“${b}”`).join(t("check.listSeparator"));
    if (kind === "balances") return t("error.balanceSummary", { detail: t.language === "zh" ? t("error.balanceSummaryWhere", { sheet, row: headerRow, columns }) : e.message });
    if (kind === "statement") return t("error.statementSummary", { detail: t.language === "zh" ? t("error.statementSummaryWhere", { sheet, row: headerRow, columns }) : e.message });
    const where = t("error.agingReportWhere", { sheet, row: headerRow, buckets: columns });
    return t("error.agingReport", { detail: t.language === "zh" ? where : e.message });
  }
  const name = (kind: TableKind) => (t.language === "zh" ? t(`table.${kind}`) : kind[0].toUpperCase() + kind.slice(1));
  const sheets = e.missingTables.map((kind) => kind[0].toUpperCase() + kind.slice(1));
  return t("error.noTable", { tables: e.missingTables.map(name).join(t("usage.or")), sheets: sheets.join('" / "') });
}

/** A month or day option that cannot be read, naming the option as typed. */
function periodMessage(e: PeriodError, t: CliText): string {
  if (e.input === "both") return t("error.periodBoth");
  if (e.value === undefined) return `${e.input === "month" ? "--month" : "--as-of"} ${e.message}`;
  return e.input === "month" ? t("error.notMonth", { value: e.value }) : t("error.notDate", { value: e.value });
}

/** The exit code for an error {@link describeError} described. */
export function exitCodeOf(e: unknown): number {
  if (e instanceof UserError) return e.exitCode;
  const code = (e as NodeJS.ErrnoException | undefined)?.code;
  return code !== undefined && WRITE_FAILURES.has(code) ? EXIT.cannotWrite : EXIT.usage;
}
