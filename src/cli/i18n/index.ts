/**
 * The CLI's words in the user's language: a typed translate function over the CLI's catalogue
 * (the mechanism is the pane's too: src/core/text/placeholders.ts), and the language to use.
 */
import type { Language } from "../../core/model";
import { fillPlaceholders, type ParamNames, type ParamsArgs } from "../../core/text";
import { en, type CliMessageKey } from "./en";
import { zh } from "./zh";

export { en, zh, type CliMessageKey };

/** The params object a message needs; messages without placeholders take none. */
export type CliParams<K extends CliMessageKey> = ParamsArgs<(typeof en)[K]>;

/** The keys of messages without parameters (the words a table of reasons or labels can hold). */
export type PlainMessageKey = { [K in CliMessageKey]: [ParamNames<(typeof en)[K]>] extends [never] ? K : never }[CliMessageKey];

/** The CLI's translate function; it knows its language, for texts the core words (issues, stages, aging). */
export type CliText = (<K extends CliMessageKey>(key: K, ...params: CliParams<K>) => string) & { readonly language: Language };

const CATALOGUES: Readonly<Record<Language, Readonly<Record<CliMessageKey, string>>>> = { en, zh };

/**
 * A translate function for one language.
 * @example
 * cliText("zh")("error.noSuchFile", { path: "a.xlsx" }) //=> "文件不存在：a.xlsx"
 * cliText("en")("statements.perCurrency", { currency: "USD", count: 1, due: "USD 5.00", overdue: "USD 0.00" }) //=> "  USD: 1 statement, total due USD 5.00, overdue USD 0.00"
 */
export function cliText(language: Language): CliText {
  const catalogue = CATALOGUES[language];
  const t = (key: CliMessageKey, params?: Record<string, string | number>) => fillPlaceholders(catalogue[key], params);
  return Object.assign(t, { language }) as CliText;
}

/** The environment variables that name the user's locale, in the order POSIX gives them precedence. */
export const LOCALE_VARIABLES = ["LC_ALL", "LC_MESSAGES", "LANG"] as const;

/**
 * The language of the CLI's messages: `--lang` when given, else the first of LC_ALL, LC_MESSAGES
 * and LANG that is set and not empty (any `zh…` locale gives zh; C, POSIX and every other one en),
 * else en.
 * @example
 * cliLanguage(undefined, { LANG: "zh_CN.UTF-8" })            //=> "zh"
 * cliLanguage(undefined, { LC_ALL: "C", LANG: "zh_CN.UTF-8" }) //=> "en"
 * cliLanguage("en", { LANG: "zh_CN.UTF-8" })                 //=> "en"
 */
export function cliLanguage(option: Language | undefined, env: Readonly<Record<string, string | undefined>>): Language {
  if (option !== undefined) return option;
  const locale = LOCALE_VARIABLES.map((name) => env[name]).find((value) => value !== undefined && value !== "");
  return locale !== undefined && /^zh(?![A-Za-z])/i.test(locale) ? "zh" : "en";
}
