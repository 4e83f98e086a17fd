/**
 * The one error type of the .xlsx reader: says which file and what is wrong, keeps the cause.
 */
import { FILE_REFUSALS, type FileRefusal } from "./readReasons";

/** refused = a hostile or oversized file, turned away at a limit (see limits.ts). */
export type WorkbookReadProblem = "not-xlsx" | "encrypted" | "corrupt" | "refused";

/** Thrown when a file cannot be read as an .xlsx workbook. */
export class WorkbookReadError extends Error {
  /** The English detail after `Cannot read "file": `. */
  readonly detail: string;
  /** Why the file is refused, coded (its English and Chinese: readReasons.ts); none for a limit or damage. */
  readonly refusal?: FileRefusal;

  constructor(
    readonly problem: WorkbookReadProblem,
    readonly fileName: string,
    detail: string,
    options?: { cause?: unknown; refusal?: FileRefusal },
  ) {
    super(`Cannot read "${fileName}": ${detail}`);
    this.detail = detail;
    if (options?.refusal !== undefined) this.refusal = options.refusal;
    this.name = "WorkbookReadError";
    if (options?.cause !== undefined) (this as { cause?: unknown }).cause = options.cause;
  }
}

/** A file refused for what it is (an .xls, a PDF, no such file…): the coded reason, in English in its message. */
export function fileRefused(problem: WorkbookReadProblem, fileName: string, refusal: FileRefusal, options?: { cause?: unknown }): WorkbookReadError {
  return new WorkbookReadError(problem, fileName, FILE_REFUSALS[refusal].en, { ...options, refusal });
}
