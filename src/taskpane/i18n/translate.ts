/**
 * Typed message lookup. `t("statements.done", { count: 3, month: "2026-10" })` requires exactly
 * the parameters the English message names, so a renamed placeholder fails to compile.
 */
import type { Language } from "../../core/model";
import { en, type MessageKey } from "./en";
import { zh } from "./zh";

export type { MessageKey };

/** A placeholder's parameter name: `count` in `{count}` and in the plural form `{count|item|items}`. */
type ParamName<P extends string> = P extends `${infer N}|${string}` ? N : P;

/** Names of the `{param}` (and `{param|one|other}`) placeholders in a message literal. */
export type ParamNames<S extends string> = S extends `${string}{${infer P}}${infer Rest}` ? ParamName<P> | ParamNames<Rest> : never;

/** The params object a message needs; messages without placeholders take none. */
export type ParamsOf<K extends MessageKey> = [ParamNames<(typeof en)[K]>] extends [never]
  ? []
  : [params: Record<ParamNames<(typeof en)[K]>, string | number>];

/** The pane's translate function. */
export type Translate = <K extends MessageKey>(key: K, ...params: ParamsOf<K>) => string;

const CATALOGUES: Record<Language, Record<MessageKey, string>> = { en, zh };

/**
 * `{name}` is replaced by the parameter; `{name|one|other}` by `one` when the parameter is 1 and
 * by `other` otherwise: English's singular and plural (Chinese messages need no such form).
 */
const PLACEHOLDER = /\{([A-Za-z]+)(?:\|([^{}|]*)\|([^{}|]*))?\}/g;

/**
 * A translate function for one language.
 * @example
 * translator("zh")("statements.done", { count: 3, month: "2026-10" }) //=> "2026-10 共生成 3 份对账单"
 * translator("en")("statements.done", { count: 1, month: "2026-10" }) //=> "1 statement for 2026-10"
 */
export function translator(language: Language): Translate {
  const catalogue = CATALOGUES[language];
  return ((key: MessageKey, params?: Record<string, string | number>) => {
    const text = catalogue[key];
    if (params === undefined) return text;
    return text.replace(PLACEHOLDER, (whole, name: string, one: string | undefined, other: string | undefined) => {
      if (!Object.prototype.hasOwnProperty.call(params, name)) return whole;
      const value = params[name];
      if (one === undefined || other === undefined) return String(value);
      return Number(value) === 1 ? one : other;
    });
  }) as Translate;
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
