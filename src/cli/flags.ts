/**
 * The command-line options `ar-desk` accepts, and the typed flags the commands receive. The type
 * is derived from the same object `parseArgs` reads, so a new option cannot be read as the wrong
 * kind, and the commands need no casts.
 */

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
  help: { type: "boolean", short: "h" },
  version: { type: "boolean" },
} as const;

type Option = keyof typeof OPTIONS;

/** What `parseArgs` gives for one option: text for a string option, true for a switch given. */
type ValueOf<O extends Option> = (typeof OPTIONS)[O]["type"] extends "string" ? string : boolean;

/** The flags given on the command line; an option not given is absent. */
export type Flags = { readonly [O in Option]?: ValueOf<O> };
