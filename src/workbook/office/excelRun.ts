/**
 * The one way AR Desk enters Excel: every action of the Office port and of actions.ts runs
 * through {@link runInExcel}, which calls `Excel.run({ delayForCellEdit: true }, …)` and turns
 * a failure into an {@link OfficeWorkbookError} whose message a clerk can act on.
 *
 * `delayForCellEdit` (Excel.RunOptions): while the clerk is typing in a cell, Excel holds the
 * batch until they leave the cell instead of failing it with InvalidOperationInCellEditMode, so
 * no retry loop is needed.
 */

/** `Excel.run` with options; injectable so tests run against the Excel fake and see the options. */
export type ExcelRun = <T>(options: Excel.RunOptions, batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

/** An Office.js failure, with the Office error (code, debugInfo) kept as `cause`. */
export class OfficeWorkbookError extends Error {
  readonly code: string | undefined;
  constructor(
    message: string,
    readonly cause: unknown,
  ) {
    super(message);
    this.name = "OfficeWorkbookError";
    this.code = (cause as { code?: string } | undefined)?.code;
  }
}

export const RUN_OPTIONS: Excel.RunOptions = { delayForCellEdit: true };

const globalRun: ExcelRun = (options, batch) => Excel.run(options, batch);

/** Messages for the Office error codes a clerk can do something about. */
function hintFor(code: string | undefined): string | undefined {
  if (code === "InvalidOperationInCellEditMode") return "Excel is editing a cell. Press Enter or Esc and try again.";
  if (code === "AccessDenied") return "the workbook or sheet is protected. Unprotect it (Review ▸ Protect) and try again.";
  return undefined;
}

/**
 * Why an Office call failed, for a clerk: the hint for a code they can act on, else Excel's own
 * message and the caller's `extra` sentence.
 * @example reasonOf({ code: "InvalidOperationInCellEditMode" }) //=> "Excel is editing a cell. Press Enter or Esc and try again."
 */
export function reasonOf(error: unknown, extra?: string): string {
  const known = hintFor((error as { code?: string } | undefined)?.code);
  return known ?? `${(error as Error).message}${extra ? ` ${extra}` : ""}`;
}

/**
 * "Could not …: why." for an Office failure ({@link reasonOf}).
 * @example couldNot("list sheets", { code: "AccessDenied" }) //=> "Could not list sheets: the workbook or sheet is protected. …"
 */
export function couldNot(what: string, error: unknown, extra?: string): string {
  return `Could not ${what}: ${reasonOf(error, extra)}`;
}

/**
 * Runs one batch in Excel. `what` completes "Could not …" in the error message; `hint` may add
 * a sentence for a failure the caller understands better.
 * @example await runInExcel("list sheets", undefined, async (context) => { … })
 */
export async function runInExcel<T>(
  what: string,
  run: ExcelRun | undefined,
  batch: (context: Excel.RequestContext) => Promise<T>,
  hint?: (error: unknown) => string | undefined,
): Promise<T> {
  try {
    return await (run ?? globalRun)(RUN_OPTIONS, batch);
  } catch (error) {
    if (error instanceof OfficeWorkbookError) throw error;
    throw new OfficeWorkbookError(couldNot(what, error, hint?.(error)), error);
  }
}
