/**
 * An error the pane's services raise with a message from the catalogues, so the clerk reads it
 * in the pane's language (useAction translates it when shown). Its `message` is the English text,
 * for logs and tests.
 */
import type { Language } from "../../core/model";
import { translator, type MessageKey } from "./translate";

export class PaneError extends Error {
  constructor(
    readonly key: MessageKey,
    readonly params: Readonly<Record<string, string | number>> = {},
  ) {
    super((translator("en") as (key: MessageKey, params?: Record<string, string | number>) => string)(key, { ...params }));
    this.name = "PaneError";
  }

  /** The message in `language`. */
  in(language: Language): string {
    return (translator(language) as (key: MessageKey, params?: Record<string, string | number>) => string)(this.key, { ...this.params });
  }
}
