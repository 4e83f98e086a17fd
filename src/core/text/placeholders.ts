/**
 * The message catalogues' mechanism, shared by the task pane's and the CLI's catalogues: a
 * message names its parameters as `{name}`, or `{name|one|other}` for English's singular and
 * plural, and the types read those names from the message literal so a call that passes the
 * wrong parameters fails to compile.
 */

import { pluralEn } from "./plural";

/** A placeholder's parameter name: `count` in `{count}` and in the plural form `{count|item|items}`. */
type ParamName<P extends string> = P extends `${infer N}|${string}` ? N : P;

/** Names of the `{param}` (and `{param|one|other}`) placeholders in a message literal. */
export type ParamNames<S extends string> = S extends `${string}{${infer P}}${infer Rest}` ? ParamName<P> | ParamNames<Rest> : never;

/** The arguments after the key a message takes: none without placeholders, else exactly its parameters. */
export type ParamsArgs<S extends string> = [ParamNames<S>] extends [never] ? [] : [params: Record<ParamNames<S>, string | number>];

/**
 * `{name}` is replaced by the parameter; `{name|one|other}` by `one` when the parameter is 1 and
 * by `other` otherwise: English's singular and plural (Chinese messages need no such form).
 */
const PLACEHOLDER = /\{([A-Za-z]+)(?:\|([^{}|]*)\|([^{}|]*))?\}/g;

/**
 * A message with its parameters filled in; a placeholder without a parameter is left as written.
 * @example
 * fillPlaceholders("{count} {count|statement|statements} for {month}", { count: 1, month: "2026-10" }) //=> "1 statement for 2026-10"
 */
export function fillPlaceholders(text: string, params?: Readonly<Record<string, string | number>>): string {
  if (params === undefined) return text;
  return text.replace(PLACEHOLDER, (whole, name: string, one: string | undefined, other: string | undefined) => {
    if (!Object.prototype.hasOwnProperty.call(params, name)) return whole;
    const value = params[name];
    if (one === undefined || other === undefined) return String(value);
    return pluralEn(value, one, other);
  });
}
