/**
 * `ar-desk`: the engine on .xlsx files. Reads the ledger (never rewrites it), writes new
 * workbooks and drafts, prints one-line errors for user mistakes and exits non-zero.
 */
import { parseArgs } from "node:util";
import { COMMAND_HELP, USAGE } from "./help";
import { EXIT, UserError } from "./userError";
import { describeError, exitCodeOf } from "./describeError";
import { OPTIONS, typedFlags, type Flags, type Option } from "./flags";

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

/** Runs one command line; resolves to the exit code. */
export async function main(argv: readonly string[]): Promise<number> {
  try {
    let parsed;
    try {
      parsed = parseArgs({ args: [...argv], options: OPTIONS, allowPositionals: true, strict: true });
    } catch (e) {
      // Node's text for an unknown option goes on about positionals after '--': keep its first sentence.
      const message = (e as Error).message.replace(/^Unknown option (\S+)\..*$/s, "unknown option $1").replace(/\.$/, "");
      throw new UserError(`${message}. See 'ar-desk --help'.`);
    }
    const [command, file, ...extra] = parsed.positionals;
    const flags = parsed.values;
    if (flags.version) {
      process.stdout.write(`${require("../../package.json").version}\n`);
      return 0;
    }
    if (!command) {
      process.stdout.write(`${USAGE}\n`);
      return flags.help ? EXIT.ok : EXIT.usage;
    }
    const known = COMMAND_NAMES.find((name) => name === command);
    if (known === undefined) throw new UserError(`unknown command "${command}". Commands: ${COMMAND_NAMES.join(", ")}.`);
    if (flags.help) {
      process.stdout.write(`${COMMAND_HELP[known]}\n`);
      return 0;
    }
    for (const key of Object.keys(flags)) {
      if (!ALLOWED[known].some((option) => option === key)) throw new UserError(`${known} does not take --${key}. See 'ar-desk ${known} --help'.`);
    }
    if (known !== "demo" && !file) throw new UserError(`${known} needs a ledger file: ar-desk ${known} <ledger.xlsx>`);
    if (extra.length > 0 || (known === "demo" && file)) throw new UserError(`unexpected argument "${known === "demo" ? file : extra[0]}"`);
    // Past the check above, every command but demo (which takes no file) has its ledger file.
    return await COMMANDS[known](file ?? "", typedFlags(flags));
  } catch (e) {
    const message = describeError(e);
    if (message === undefined) {
      // A bug: still one line (a clerk must not read a stack trace), the stack only on request.
      const detail = process.env.AR_DESK_DEBUG ? `\n${(e as Error)?.stack ?? String(e)}` : " (run with AR_DESK_DEBUG=1 for details, and please report it)";
      process.stderr.write(`ar-desk: internal error: ${oneLineOf(e)}${detail}\n`);
      return EXIT.internal;
    }
    process.stderr.write(`ar-desk: ${oneLineOf(message)}\n`);
    return exitCodeOf(e);
  }
}

/** A message on one line, whatever it holds. */
function oneLineOf(e: unknown): string {
  const text = typeof e === "string" ? e : e instanceof Error ? e.message : String(e);
  return text.replace(/[\r\n]+/g, " ").slice(0, 2000);
}
