/**
 * The one error type of the .xlsx reader: says which file and what is wrong, keeps the cause.
 */

/** refused = a hostile or oversized file, turned away at a limit (see limits.ts). */
export type WorkbookReadProblem = "not-xlsx" | "encrypted" | "corrupt" | "refused";

/** Thrown when a file cannot be read as an .xlsx workbook. */
export class WorkbookReadError extends Error {
  constructor(
    readonly problem: WorkbookReadProblem,
    readonly fileName: string,
    detail: string,
    options?: { cause?: unknown },
  ) {
    super(`Cannot read "${fileName}": ${detail}`);
    this.name = "WorkbookReadError";
    if (options?.cause !== undefined) (this as { cause?: unknown }).cause = options.cause;
  }
}
