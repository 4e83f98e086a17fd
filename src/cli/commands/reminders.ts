import * as fs from "node:fs/promises";
import * as path from "node:path";
import { isoOf } from "../../core/dates";
import type { DunningLogEntry } from "../../core/dunning";
import type { DataIssue } from "../../core/model";
import { dayOption, localToday } from "../../jobs/period";
import { logCall, remindersJob } from "../../jobs/reminders";
import { dunningLogFromBlocks } from "../../jobs/dunningLogFromBlocks";
import { dunningLogSheet } from "../../workbook/layout";
import { readWorkbookFile, writeWorkbookFile } from "../../workbook/xlsx/node";
import type { Flags } from "../main";
import { progressBar } from "../progress";
import { UserError } from "../userError";
import { besideLedger, loadSession } from "./load";
import { issueLine, issuesSummary, money } from "./format";

/**
 * The dunning log file: --log, else `<ledger>-dunning-log.xlsx` beside the ledger. Never inside
 * the dated out dir: tomorrow's run must see today's notices, or it would charge every fee again.
 */
export function dunningLogFile(ledger: string, flags: Flags): string {
  const logFile = (flags.log as string | undefined) ?? besideLedger(ledger, "dunning-log.xlsx");
  if (path.resolve(logFile) === path.resolve(ledger)) throw new UserError("--log must not be the ledger itself: AR Desk never rewrites its input");
  return logFile;
}

/** The log's entries (none when the file does not exist yet); unreadable rows are reported on stderr. */
async function readLog(logFile: string, fallback: readonly DunningLogEntry[]): Promise<{ entries: readonly DunningLogEntry[]; issues: DataIssue[] }> {
  if (!(await exists(logFile))) return { entries: fallback, issues: [] };
  const read = dunningLogFromBlocks((await readWorkbookFile(logFile)).blocks);
  for (const issue of read.issues) process.stderr.write(`ar-desk: ${logFile}: ${issueLine(issue)}\n`);
  return read;
}

const plural = (n: number, one: string, many: string): string => `${n} ${n === 1 ? one : many}`;

export async function runReminders(file: string | undefined, flags: Flags): Promise<number> {
  const asOf = flags["as-of"] !== undefined ? dayOption(flags["as-of"] as string, "--as-of") : localToday();
  const outDir = (flags["out-dir"] as string | undefined) ?? besideLedger(file!, `reminders-${isoOf(asOf)}`);
  const logFile = dunningLogFile(file!, flags);
  const progress = progressBar();
  const session = await loadSession(file!, flags, progress);
  const previous = await readLog(logFile, session.log);
  const run = remindersJob(session, asOf, { includeUpcoming: flags["include-upcoming"] === true, log: previous.entries, letters: flags["no-letters"] !== true });
  await fs.mkdir(outDir, { recursive: true });
  let written = 0;
  for (const draft of run.drafts) {
    if (!draft.eml || !draft.fileName) continue;
    await fs.writeFile(path.join(outDir, draft.fileName), draft.eml, "utf8");
    progress.update(++written, run.drafts.length, "writing drafts");
  }
  const lettersFile = path.join(outDir, "letters.xlsx");
  if (run.letters.length > 0) await writeWorkbookFile(lettersFile, run.letters);
  const [remindersSheet, logSheet] = run.sheets;
  await writeWorkbookFile(path.join(outDir, "reminders.xlsx"), [remindersSheet]);
  await writeWorkbookFile(logFile, [logSheet]);
  progress.done();

  const byStage = new Map<string, number>();
  for (const r of run.reminders) byStage.set(r.stage, (byStage.get(r.stage) ?? 0) + 1);
  const overdue = new Map<string, number>();
  for (const r of run.reminders) for (const g of r.groups) overdue.set(g.currency, (overdue.get(g.currency) ?? 0) + g.overdueTotal);
  const { email, letter } = run.counts;
  const notSent = run.counts["not sent"];
  const lines = [
    `${plural(run.reminders.length, "reminder", "reminders")} (as of ${isoOf(asOf)}): ${plural(email, "email draft", "email drafts")}, ` +
      `${plural(letter, "printable letter", "printable letters")}, ${notSent} not sent; written to ${outDir}`,
    ...[...byStage].map(([stage, n]) => `  ${stage}: ${n}`),
    ...[...overdue].map(([ccy, minor]) => `  overdue ${money(minor, ccy)}`),
    ...(letter > 0 ? [`Letters to print (no usable email): ${lettersFile}`] : []),
    ...(run.calls.length > 0
      ? [`To call (the policy asks for it): ${plural(run.calls.length, "customer", "customers")}, listed on the Reminders sheet; log each call with 'ar-desk log-call ${path.basename(file!)} --customer ID'`]
      : []),
    `Reminders sheet: ${path.join(outDir, "reminders.xlsx")}; dunning log (${plural(run.newLogEntries.length, "new entry", "new entries")}): ${logFile}`,
    ...run.issues.map((i) => `  ${issueLine(i)}`),
    // One summary of everything above: never "No data issues." right after warnings.
    issuesSummary([...session.issues, ...run.issues, ...previous.issues]),
  ];
  process.stdout.write(lines.join("\n") + "\n");
  return 0;
}

/** `ar-desk log-call <ledger> --customer ID`: a call (or visit) about the customer's reminder, as rows in the dunning log. */
export async function runLogCall(file: string | undefined, flags: Flags): Promise<number> {
  const customerId = flags.customer as string | undefined;
  if (!customerId || customerId.trim() === "") throw new UserError("log-call needs --customer ID: the customer you called");
  const asOf = flags["as-of"] !== undefined ? dayOption(flags["as-of"] as string, "--as-of") : localToday();
  const logFile = dunningLogFile(file!, flags);
  const session = await loadSession(file!, flags);
  const previous = await readLog(logFile, session.log);
  const channel = flags.visit === true ? "visit" : "phone";
  const result = logCall(session, asOf, customerId, { log: previous.entries, includeUpcoming: flags["include-upcoming"] === true, channel });
  if (!result) throw new UserError(`customer "${customerId}" has no reminder due as of ${isoOf(asOf)}: nothing to log`);
  await writeWorkbookFile(logFile, [dunningLogSheet(result.log)]);
  const { reminder } = result;
  process.stdout.write(
    `${channel === "visit" ? "Visit" : "Call"} to ${reminder.customer.id} ${reminder.customer.name} (${reminder.stage}) on ${isoOf(asOf)} logged: ` +
      `${plural(result.newLogEntries.length, "new entry", "new entries")} in ${logFile}\n`,
  );
  return 0;
}

async function exists(file: string): Promise<boolean> {
  try {
    await fs.access(file);
    return true;
  } catch {
    return false;
  }
}
