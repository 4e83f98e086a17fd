/**
 * Typed message lookup. `t("statements.done", { count: 3, month: "2026-10" })` requires exactly
 * the parameters the English message names, so a renamed placeholder fails to compile.
 */
import type { Language } from "../../core/model";
import { en, type MessageKey } from "./en";
import { zh } from "./zh";
import { fillPlaceholders, type ParamNames, type ParamsArgs } from "../../core/text";

export type { MessageKey, ParamNames };

/** The params object a message needs; messages without placeholders take none. */
export type ParamsOf<K extends MessageKey> = ParamsArgs<(typeof en)[K]>;

/** The pane's translate function. */
export type Translate = <K extends MessageKey>(key: K, ...params: ParamsOf<K>) => string;

const CATALOGUES: Record<Language, Record<MessageKey, string>> = { en, zh };

/**
 * A translate function for one language.
 * @example
 * translator("zh")("statements.done", { count: 3, month: "2026-10" }) //=> "2026-10 共生成 3 份对账单"
 * translator("en")("statements.done", { count: 1, month: "2026-10" }) //=> "1 statement for 2026-10"
 */
export function translator(language: Language): Translate {
  const catalogue = CATALOGUES[language];
  return ((key: MessageKey, params?: Record<string, string | number>) => fillPlaceholders(catalogue[key], params)) as Translate;
}

/** True when the key exists (for names that come from data, like stage or field names). */
export function hasMessage(key: string): key is MessageKey {
  return Object.prototype.hasOwnProperty.call(en, key);
}

/**
 * The pane's language: Office's display language inside Office, else the browser's.
 * Any Chinese locale (`zh`, `zh-CN`, `zh-Hans-CN`, also `zh-TW`) gives zh; everything else en.
 * @example
 * detectLanguage("zh-CN", "en-US") //=> "zh"
 * detectLanguage(undefined, "en-GB") //=> "en"
 */
export function detectLanguage(officeDisplayLanguage?: string, navigatorLanguage?: string): Language {
  const tag = officeDisplayLanguage || navigatorLanguage || "en";
  return /^zh\b/i.test(tag) ? "zh" : "en";
}
