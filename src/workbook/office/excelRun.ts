/**
 * The one way AR Desk enters Excel: every action of the Office port and of actions.ts runs
 * through {@link runInExcel}, which calls `Excel.run({ delayForCellEdit: true }, …)` and turns
 * a failure into an {@link OfficeWorkbookError} whose message a clerk can act on.
 *
 * `delayForCellEdit` (Excel.RunOptions): while the clerk is typing in a cell, Excel holds the
 * batch until they leave the cell instead of failing it with InvalidOperationInCellEditMode, so
 * no retry loop is needed.
 */

import type { Language } from "../../core/model";
import { couldNotText, HINTS, said, sameInBoth, thenSentence, type Said } from "./officeText";

/** `Excel.run` with options; injectable so tests run against the Excel fake and see the options. */
export type ExcelRun = <T>(options: Excel.RunOptions, batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

/**
 * An Office.js failure, with the Office error (code, debugInfo) kept as `cause`. Its text is in
 * both languages (officeText.ts): `message` is the English one (logs, tests), {@link in} gives
 * the one the pane shows.
 */
export class OfficeWorkbookError extends Error {
  readonly code: string | undefined;
  readonly text: Said;
  constructor(
    text: Said | string,
    readonly cause: unknown,
  ) {
    const both = typeof text === "string" ? sameInBoth(text) : text;
    super(both.en);
    this.text = both;
    this.name = "OfficeWorkbookError";
    this.code = (cause as { code?: string } | undefined)?.code;
  }

  /** The message in `language`. */
  in(language: Language): string {
    return this.text[language];
  }
}

export const RUN_OPTIONS: Excel.RunOptions = { delayForCellEdit: true };

const globalRun: ExcelRun = (options, batch) => Excel.run(options, batch);

/**
 * Why an Office call failed, for a clerk: the hint for a code they can act on, else Excel's own
 * message and the caller's `extra` sentence.
 * @example reasonOf({ code: "InvalidOperationInCellEditMode" }) //=> "Excel is editing a cell. Press Enter or Esc and try again."
 * @example reasonOf({ code: "InvalidOperationInCellEditMode" }, undefined, "zh") //=> "Excel 正在编辑单元格。请按 Enter 或 Esc 后重试。"
 */
export function reasonOf(error: unknown, extra?: Said, language: Language = "en"): string {
  const known = HINTS[(error as { code?: string } | undefined)?.code ?? ""];
  return known?.[language] ?? thenSentence((error as Error).message, extra?.[language], language);
}

/**
 * "Could not …: why." for an Office failure ({@link reasonOf}), in both languages.
 * @example couldNot(DOING.listSheets, { code: "AccessDenied" }).en //=> "Could not list sheets: the workbook or sheet is protected. …"
 * @example couldNot(DOING.listSheets, { code: "AccessDenied" }).zh //=> "无法列出工作表：工作簿或工作表受保护。…"
 */
export function couldNot(doing: Said, error: unknown, extra?: Said): Said {
  return said((language) => couldNotText(doing[language], reasonOf(error, extra, language), language));
}

/**
 * Runs one batch in Excel. `doing` completes "Could not …" in the error message; `hint` may add
 * a sentence for a failure the caller understands better.
 * @example await runInExcel(DOING.listSheets, undefined, async (context) => { … })
 */
export async function runInExcel<T>(
  doing: Said,
  run: ExcelRun | undefined,
  batch: (context: Excel.RequestContext) => Promise<T>,
  hint?: (error: unknown) => Said | undefined,
): Promise<T> {
  try {
    return await (run ?? globalRun)(RUN_OPTIONS, batch);
  } catch (error) {
    if (error instanceof OfficeWorkbookError) throw error;
    throw new OfficeWorkbookError(couldNot(doing, error, hint?.(error)), error);
  }
}
