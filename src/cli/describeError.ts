/**
 * The one-line message and exit code for an error a user can act on, or undefined for a bug.
 */
import { EXIT, UserError } from "./userError";
import { MissingTablesError } from "../workbook/schema";
import { WorkbookReadError } from "../workbook/xlsx/read";
import { PeriodError } from "../flows/period";

/** Errno codes that mean the disk refused a write. */
const WRITE_FAILURES = new Set(["ENOSPC", "EDQUOT", "EROFS"]);

export function describeError(e: unknown): string | undefined {
  if (e instanceof UserError || e instanceof MissingTablesError || e instanceof WorkbookReadError) {
    return e.message;
  }
  if (e instanceof PeriodError) return periodMessage(e);
  const code = (e as NodeJS.ErrnoException | undefined)?.code;
  const path = (e as NodeJS.ErrnoException | undefined)?.path;
  if (code === "ENOENT") return `no such file: ${path}`;
  if (code === "EACCES" || code === "EPERM") return `permission denied: ${path}`;
  if (code === "EISDIR") return `${path} is a folder, not an .xlsx file`;
  if (code === "ENOTDIR") return `${path}: a part of the path is a file, not a folder`;
  if (code === "ENOSPC" || code === "EDQUOT") return `cannot write ${path ?? "output"}: disk full`;
  if (code === "EROFS") return `cannot write ${path ?? "output"}: the disk is read-only`;
  if (code === "EMFILE" || code === "ENFILE") return "too many open files: close some programs and run again";
  if (code === "ENOMEM" || (e instanceof RangeError && /allocation|Array buffer|Invalid string length|Invalid array length/i.test(e.message))) {
    return "out of memory: the workbook is too large for this machine";
  }
  return undefined;
}

/** A month or day option that cannot be read, naming the option as typed. */
function periodMessage(e: PeriodError): string {
  if (e.input === "both") return "give --month or --as-of, not both";
  return `${e.input === "month" ? "--month" : "--as-of"} ${e.message}`;
}

/** The exit code for an error {@link describeError} described. */
export function exitCodeOf(e: unknown): number {
  if (e instanceof UserError) return e.exitCode;
  const code = (e as NodeJS.ErrnoException | undefined)?.code;
  return code !== undefined && WRITE_FAILURES.has(code) ? EXIT.cannotWrite : EXIT.usage;
}
