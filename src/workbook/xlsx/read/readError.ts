/**
 * The one error type of the .xlsx reader: says which file and what is wrong, keeps the cause.
 */
import { READ_DETAILS, type CodedDetail, type ReadDetail, type ReadDetailParams } from "./readDetails";
import { FILE_REFUSALS, type FileRefusal } from "./readReasons";

/** refused = a hostile or oversized file, turned away at a limit (see limits.ts). */
export type WorkbookReadProblem = "not-xlsx" | "encrypted" | "corrupt" | "refused";

/** Thrown when a file cannot be read as an .xlsx workbook. */
export class WorkbookReadError extends Error {
  /** The English detail after `Cannot read "file": `. */
  readonly detail: string;
  /** Why the file is refused, coded (its English and Chinese: readReasons.ts); none for a limit or damage. */
  readonly refusal?: FileRefusal;
  /** The limit crossed or the damage found, coded (readReasons.ts READ_DETAILS). */
  readonly coded?: CodedDetail;

  constructor(
    readonly problem: WorkbookReadProblem,
    readonly fileName: string,
    detail: string,
    options?: { cause?: unknown; refusal?: FileRefusal; coded?: CodedDetail },
  ) {
    super(`Cannot read "${fileName}": ${detail}`);
    this.detail = detail;
    if (options?.refusal !== undefined) this.refusal = options.refusal;
    if (options?.coded !== undefined) this.coded = options.coded;
    this.name = "WorkbookReadError";
    if (options?.cause !== undefined) (this as { cause?: unknown }).cause = options.cause;
  }
}

/** A file refused for what it is (an .xls, a PDF, no such file…): the coded reason, in English in its message. */
export function fileRefused(problem: WorkbookReadProblem, fileName: string, refusal: FileRefusal, options?: { cause?: unknown }): WorkbookReadError {
  return new WorkbookReadError(problem, fileName, FILE_REFUSALS[refusal].en, { ...options, refusal });
}

/**
 * A file refused at a limit (problem "refused") or found damaged ("corrupt"), with the coded
 * detail: its English text is the message (a refusal adds that AR Desk does not read it).
 */
export function readRefused(problem: "refused" | "corrupt", fileName: string, code: ReadDetail, params: ReadDetailParams, options?: { cause?: unknown }): WorkbookReadError {
  const detail = READ_DETAILS[code].en(params) + (problem === "refused" ? "; AR Desk does not read it" : "");
  return new WorkbookReadError(problem, fileName, detail, { ...options, coded: { code, params } });
}
