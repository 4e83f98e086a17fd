/**
 * The command-line options `ar-desk` accepts, and the typed flags the commands receive. The types
 * are derived from the same objects `parseArgs` reads and {@link typedFlags} checks, so a new
 * option cannot be read as the wrong kind, and the commands need no casts.
 */
import { UserError } from "./userError";

export const OPTIONS = {
  month: { type: "string" },
  "as-of": { type: "string" },
  type: { type: "string" },
  out: { type: "string" },
  "out-dir": { type: "string" },
  log: { type: "string" },
  "include-upcoming": { type: "boolean" },
  "no-letters": { type: "boolean" },
  customer: { type: "string" },
  visit: { type: "boolean" },
  "date-order": { type: "string" },
  lang: { type: "string" },
  help: { type: "boolean", short: "h" },
  version: { type: "boolean" },
} as const;

/** The text options that take one of a few words, and those words. */
export const CHOICES = {
  type: ["balance-forward", "open-item"],
  "date-order": ["mdy", "dmy"],
  lang: ["en", "zh"],
} as const;

export type Option = keyof typeof OPTIONS;
type Choice = keyof typeof CHOICES;

/** What `parseArgs` gives for one option: text for a string option, true for a switch given. */
type ParsedValue<O extends Option> = (typeof OPTIONS)[O]["type"] extends "string" ? string : boolean;

/** The options as `parseArgs` returns them; an option not given is absent. */
export type ParsedFlags = { readonly [O in Option]?: ParsedValue<O> };

/** The flags the commands receive: as parsed, with each choice narrowed to its words. */
export type Flags = { readonly [O in Option]?: O extends Choice ? (typeof CHOICES)[O][number] : ParsedValue<O> };

/** One of the choices, or a UserError naming the option and the words it takes. */
function oneOf<T extends string>(option: Choice, value: string, choices: readonly T[]): T {
  const found = choices.find((c) => c === value);
  if (found === undefined) throw new UserError((t) => t("usage.choice", { option, choices: choices.join(t("usage.or")), value }));
  return found;
}

/**
 * The parsed options with every choice checked.
 * @throws UserError for a word a choice option does not take, e.g. `--type must be balance-forward or open-item, not "x"`.
 */
export function typedFlags(parsed: ParsedFlags): Flags {
  const { type, "date-order": dateOrder, lang, ...rest } = parsed;
  return {
    ...rest,
    ...(type !== undefined ? { type: oneOf("type", type, CHOICES.type) } : {}),
    ...(dateOrder !== undefined ? { "date-order": oneOf("date-order", dateOrder, CHOICES["date-order"]) } : {}),
    ...(lang !== undefined ? { lang: oneOf("lang", lang, CHOICES.lang) } : {}),
  };
}
