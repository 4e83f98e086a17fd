/**
 * `ar-desk`: the engine on .xlsx files. Reads the ledger (never rewrites it), writes new
 * workbooks and drafts, prints one-line errors for user mistakes and exits non-zero. Every word
 * it prints comes from its catalogue (src/cli/i18n), in English or Chinese: `--lang`, else the
 * locale (LC_ALL, LC_MESSAGES, LANG), else English.
 */
import { parseArgs } from "node:util";
import type { Language } from "../core/model";
import { EXIT, UserError } from "./userError";
import { describeError, exitCodeOf } from "./describeError";
import { CHOICES, OPTIONS, typedFlags, type Flags, type Option } from "./flags";
import { cliLanguage, cliText, type CliText } from "./i18n";

const COMMAND_NAMES = ["statements", "reminders", "log-call", "report", "check", "demo"] as const;
type Command = (typeof COMMAND_NAMES)[number];

const ALLOWED: Readonly<Record<Command, readonly Option[]>> = {
  statements: ["month", "as-of", "type", "out", "date-order"],
  reminders: ["as-of", "include-upcoming", "no-letters", "out-dir", "log", "date-order"],
  "log-call": ["customer", "as-of", "visit", "include-upcoming", "log", "date-order"],
  report: ["as-of", "out", "date-order"],
  check: ["date-order"],
  demo: ["out-dir"],
};

/** Options every command takes. */
const EVERYWHERE: readonly Option[] = ["lang"];

// Each command is loaded when it runs: `--help`, `--version` and option mistakes answer at once
// instead of first loading the xlsx reader and writer (ExcelJS alone takes most of a second).
const COMMANDS: Readonly<Record<Command, (file: string, flags: Flags) => Promise<number>>> = {
  statements: async (file, flags) => (await import("./commands/statements")).runStatements(file, flags),
  reminders: async (file, flags) => (await import("./commands/reminders")).runReminders(file, flags),
  "log-call": async (file, flags) => (await import("./commands/reminders")).runLogCall(file, flags),
  report: async (file, flags) => (await import("./commands/report")).runReport(file, flags),
  check: async (file, flags) => (await import("./commands/check")).runCheck(file, flags),
  demo: async (_file, flags) => (await import("./commands/demo")).runDemo(flags),
};

/**
 * Runs one command line; resolves to the exit code. The commands receive the language resolved
 * here as `flags.lang`, given or not.
 */
export async function main(argv: readonly string[], env: Readonly<Record<string, string | undefined>> = process.env): Promise<number> {
  // Until the options are read, a mistake in them is said in the language asked for, if any.
  let t: CliText = cliText(cliLanguage(languageAskedIn(argv), env));
  try {
    let parsed;
    try {
      parsed = parseArgs({ args: [...argv], options: OPTIONS, allowPositionals: true, strict: true });
    } catch (e) {
      throw optionMistake(e);
    }
    const [command, file, ...extra] = parsed.positionals;
    const flags = typedFlags(parsed.values);
    t = cliText(cliLanguage(flags.lang, env));
    if (flags.version) {
      process.stdout.write(`${require("../../package.json").version}\n`);
      return 0;
    }
    if (!command) {
      process.stdout.write(`${t("help.usage")}\n`);
      return flags.help ? EXIT.ok : EXIT.usage;
    }
    const known = COMMAND_NAMES.find((name) => name === command);
    if (known === undefined) throw new UserError((t) => t("usage.unknownCommand", { command, commands: COMMAND_NAMES.join(", ") }));
    if (flags.help) {
      process.stdout.write(`${t(`help.${known}`)}\n`);
      return 0;
    }
    for (const key of Object.keys(flags)) {
      if (!ALLOWED[known].some((option) => option === key) && !EVERYWHERE.some((option) => option === key)) {
        throw new UserError((t) => t("usage.optionNotTaken", { command: known, option: key }));
      }
    }
    if (known !== "demo" && !file) throw new UserError((t) => t("usage.needsFile", { command: known }));
    if (extra.length > 0 || (known === "demo" && file)) throw new UserError((t) => t("usage.unexpectedArgument", { argument: (known === "demo" ? file : extra[0]) ?? "" }));
    // Past the check above, every command but demo (which takes no file) has its ledger file.
    return await COMMANDS[known](file ?? "", { ...flags, lang: t.language });
  } catch (e) {
    const message = describeError(e, t);
    if (message === undefined) {
      // A bug: still one line (a clerk must not read a stack trace), the stack only on request.
      const line = process.env.AR_DESK_DEBUG
        ? `${t("usage.internalDebug", { message: oneLineOf(e) })}\n${(e as Error)?.stack ?? String(e)}`
        : t("usage.internal", { message: oneLineOf(e) });
      process.stderr.write(`ar-desk: ${line}\n`);
      return EXIT.internal;
    }
    process.stderr.write(`ar-desk: ${oneLineOf(message)}\n`);
    return exitCodeOf(e);
  }
}

/** Node's refusal of the command line, in the CLI's words (its text for an unknown option goes on about positionals after '--'). */
function optionMistake(e: unknown): UserError {
  const text = (e as Error).message;
  const unknown = /^Unknown option (\S+)\./s.exec(text);
  if (unknown) return new UserError((t) => t("usage.unknownOption", { option: unknown[1] }));
  // "Option '--month <value>' argument missing", "… argument is ambiguous" (the next word starts with '-')
  const needsValue = /^Option '(-[-\w]+)(?: <value>)?' argument (?:missing|is ambiguous)/.exec(text);
  if (needsValue) return new UserError((t) => t("usage.needsValue", { option: needsValue[1] }));
  const takesNoValue = /^Option '(-[-\w]+)' does not take an argument/.exec(text);
  if (takesNoValue) return new UserError((t) => t("usage.takesNoValue", { option: takesNoValue[1] }));
  return new UserError((t) => t("usage.badOption", { detail: text.replace(/\.$/, "") }));
}

/**
 * The language `--lang` asks for when the options cannot be read (`--lang zh --bogus`): the
 * refusal is then still said in it. Undefined when absent or not one of the choices.
 */
function languageAskedIn(argv: readonly string[]): Language | undefined {
  for (let i = 0; i < argv.length; i++) {
    const value = argv[i] === "--lang" ? argv[i + 1] : argv[i].startsWith("--lang=") ? argv[i].slice("--lang=".length) : undefined;
    const found = CHOICES.lang.find((choice) => choice === value);
    if (found !== undefined) return found;
  }
  return undefined;
}

/** A message on one line, whatever it holds. */
function oneLineOf(e: unknown): string {
  const text = typeof e === "string" ? e : e instanceof Error ? e.message : String(e);
  return text.replace(/[\r\n]+/g, " ").slice(0, 2000);
}
