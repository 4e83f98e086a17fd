/**
 * An error the pane's services raise with a message from the catalogues, so the clerk reads it
 * in the pane's language (useAction translates it when shown). Its `message` is the English text,
 * for logs and tests.
 */
import type { Language } from "../../core/model";
import { messageOf } from "../paneText";
import { OfficeWorkbookError } from "../../workbook/office/excelRun";
import { translator, type MessageKey } from "./translate";

export class PaneError extends Error {
  constructor(
    readonly key: MessageKey,
    readonly params: Readonly<Record<string, string | number>> = {},
    options?: { readonly cause?: unknown },
  ) {
    super((translator("en") as (key: MessageKey, params?: Record<string, string | number>) => string)(key, { ...params }));
    this.name = "PaneError";
    // What went wrong underneath (the browser's own error), kept for the console and for tests.
    if (options?.cause !== undefined) (this as { cause?: unknown }).cause = options.cause;
  }

  /** The message in `language`. */
  in(language: Language): string {
    return (translator(language) as (key: MessageKey, params?: Record<string, string | number>) => string)(this.key, { ...this.params });
  }
}

/**
 * What the pane shows for a failed action, in `language`: a PaneError's own text, an Office
 * failure's (its recovery included: the port says each in both languages, office/officeText.ts),
 * anything else as its message.
 * @example paneErrorText(new PaneError("error.noWorkbook"), "zh") //=> "请先打开工作簿（打开工作簿…）。"
 */
export function paneErrorText(error: unknown, language: Language): string {
  if (error instanceof PaneError || error instanceof OfficeWorkbookError) return error.in(language);
  return messageOf(error);
}
