/**
 * The one-line message for an error a user can act on, or undefined for a bug (which keeps its
 * stack: a bug must be seen, a user mistake must not drown in one).
 */
import { UserError } from "./userError";
import { MissingTablesError } from "../workbook/schema";
import { WorkbookReadError } from "../workbook/xlsx/read";
import { PeriodError } from "../jobs/period";

export function describeError(e: unknown): string | undefined {
  if (e instanceof UserError || e instanceof MissingTablesError || e instanceof WorkbookReadError || e instanceof PeriodError) {
    return e.message;
  }
  const code = (e as NodeJS.ErrnoException | undefined)?.code;
  const path = (e as NodeJS.ErrnoException | undefined)?.path;
  if (code === "ENOENT") return `no such file: ${path}`;
  if (code === "EACCES" || code === "EPERM") return `permission denied: ${path}`;
  if (code === "EISDIR") return `${path} is a folder, not an .xlsx file`;
  if (code === "ENOSPC") return `no space left on the disk while writing ${path ?? "output"}`;
  return undefined;
}
