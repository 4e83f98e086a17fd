import { promises as fs } from "node:fs";
import * as path from "node:path";
import { isoOf } from "../../core/dates";
import type { DunningLogEntry } from "../../core/dunning";
import { issuesToday } from "../../flows/farAhead";
import { asOfDay, localToday } from "../../flows/period";
import { customerNamed, logCall, remindersJob } from "../../flows/reminders";
import { customerNumber } from "../../core/customerNumber";
import type { Customer, DataIssue } from "../../core/model";
import { reminderTotals } from "../../flows/reminderTotals";
import { dunningLogFromBlocks } from "../../workbook/arSheets";
import { nodeDeflate, readWorkbookFile, writeSpecsPackage, writeSpecsStreaming } from "../../workbook/xlsx/node";
import type { Flags } from "../flags";
import { progressBar } from "../progress";
import { CannotWriteError, UserError } from "../userError";
import { ensureFolder, guardOutput, writeFileAtomic, writeFolderAtomic, type Recheck } from "../safeWrite";
import { besideLedger, loadSession } from "./load";
import { asOfLines, exitCodeFor, issueLine, issuesSummary, money, unreadLine } from "./format";
import { cliText, type CliText } from "../i18n";
import { stageLabel } from "../../workbook/layout";
import { commandLine, pathAsTyped } from "../commandLine";

/**
 * The dunning log file: --log, else `<ledger>-dunning-log.xlsx` beside the ledger. Never inside
 * the dated out dir: tomorrow's run must see today's notices, or it would charge every fee again.
 */
export function dunningLogFile(ledger: string, flags: Flags): string {
  return flags.log ?? besideLedger(ledger, "dunning-log.xlsx");
}

/** The log's guard: never the ledger (by file identity), nor a workbook AR Desk did not write. */
function logRecheck(ledger: string, flags: Flags): Recheck {
  return { kind: "workbook", guard: { ledger, ...(flags.log !== undefined ? { flag: "--log" } : {}) } };
}

/** Refuses a log that is the ledger (by file identity) or a workbook AR Desk did not write. */
async function guardLog(logFile: string, ledger: string, flags: Flags): Promise<void> {
  const { kind, guard } = logRecheck(ledger, flags);
  await guardOutput(logFile, kind, guard);
}

/** The log's entries (the fallback when the file does not exist yet); unreadable rows are reported on stderr. */
async function readLog(logFile: string, fallback: readonly DunningLogEntry[], t: CliText): Promise<{ entries: readonly DunningLogEntry[]; issues: DataIssue[] }> {
  if (!(await exists(logFile))) return { entries: fallback, issues: [] };
  const read = dunningLogFromBlocks((await readWorkbookFile(logFile)).blocks);
  for (const issue of read.issues) process.stderr.write(`ar-desk: ${t("reminders.logIssue", { file: logFile, issue: issueLine(issue, t) })}\n`);
  return read;
}


/**
 * The reminders list and the dunning log through the package writer (as report and statements;
 * test/workbook/xlsx/write/package compares them with ExcelJS's). Letters still go through
 * ExcelJS's streaming writer: no comparison covers them yet.
 */
function packageBytes(specs: Parameters<typeof writeSpecsPackage>[0]): Promise<Uint8Array> {
  return writeSpecsPackage(specs, { deflate: nodeDeflate() });
}

export async function runReminders(file: string, flags: Flags): Promise<number> {
  const t = cliText(flags.lang ?? "en");
  const today = localToday();
  const asOf = asOfDay(flags["as-of"], today);
  const ledger = file;
  const outDir = flags["out-dir"] ?? besideLedger(ledger, `reminders-${isoOf(asOf)}`);
  const logFile = dunningLogFile(ledger, flags);
  if ((await fs.stat(outDir).catch(() => undefined))?.isDirectory() === false) throw new CannotWriteError((t) => t("write.cannot", { target: outDir, reason: t("write.isFile") }));
  await guardLog(logFile, ledger, flags);
  await guardOutput(path.join(outDir, "reminders.xlsx"), "workbook", { ledger });
  await guardOutput(path.join(outDir, "letters.xlsx"), "workbook", { ledger });
  const progress = progressBar();
  const session = await loadSession(ledger, flags, t, progress);
  const previous = await readLog(logFile, session.log, t);
  const run = remindersJob(session, asOf, { includeUpcoming: flags["include-upcoming"] === true, log: previous.entries, letters: flags["no-letters"] !== true, language: t.language });
  // Each file is checked now, and again right before it replaces one of the same name.
  const draftCheck: Recheck = { kind: "draft", guard: { ledger } };
  const workbookCheck: Recheck = { kind: "workbook", guard: { ledger } };
  const files: { name: string; data: string | Uint8Array; recheck: Recheck }[] = [];
  for (const draft of run.drafts) {
    if (!draft.eml || !draft.fileName) continue;
    await guardOutput(path.join(outDir, draft.fileName), "draft", { ledger });
    files.push({ name: draft.fileName, data: draft.eml, recheck: draftCheck });
  }
  const written = files.length;
  const lettersFile = path.join(outDir, "letters.xlsx");
  if (run.letters.length > 0) files.push({ name: "letters.xlsx", data: await writeSpecsStreaming(run.letters), recheck: workbookCheck });
  const [remindersSheet, logSheet] = run.sheets;
  files.push({ name: "reminders.xlsx", data: await packageBytes([remindersSheet]), recheck: workbookCheck });
  // the drafts and letters first, the log last: a run that fails half-way never records a reminder as sent
  await writeFolderAtomic(outDir, files, (done) => progress.update(Math.min(done, written), written, t("progress.drafts")));
  await ensureFolder(path.dirname(path.resolve(logFile)));
  await writeFileAtomic(logFile, await packageBytes([logSheet]), logRecheck(ledger, flags));
  progress.done();

  const totals = reminderTotals(run.reminders, session.settings.dunning.stages.map((stage) => stage.name));
  const { email, letter } = run.counts;
  const notSent = run.counts["not sent"];
  const lines = [
    t("reminders.done", { count: run.reminders.length, asOf: isoOf(asOf), email, letter, notSent, dir: outDir }),
    ...totals.byStage.map(({ stage, count }) => t("reminders.stage", { stage: stageLabel(stage, t.language), count })),
    ...(run.heldBack.length > 0 ? [t("reminders.heldBack", { count: run.heldBack.length, days: session.settings.dunning.daysBetweenNotices })] : []),
    ...totals.overdue.map(({ currency, minor }) => t("reminders.overdue", { amount: money(minor, currency) })),
    ...(letter > 0 ? [t("reminders.letters", { file: lettersFile })] : []),
    ...(run.calls.length > 0 ? [t("reminders.calls", { count: run.calls.length, command: logCallCommand(ledger, flags), key: t(run.calls.every((c) => c.reminder.customer.keyedByName) ? "reminders.callKeyName" : "reminders.callKeyId") })] : []),
    t("reminders.files", { sheet: path.join(outDir, "reminders.xlsx"), count: run.newLogEntries.length, log: logFile }),
    ...run.issues.map((i) => `  ${issueLine(i, t)}`),
    ...asOfLines(session.ledger, asOf, t),
    // One summary of everything above: never "No data issues." right after warnings.
    // The ledger's issues as \`check\` lists them (with invoices dated more than a year after today), the run's, the log's.
    issuesSummary([...issuesToday(session, today), ...run.issues, ...previous.issues], t),
    ...[unreadLine(session.ledger, t)].filter((l): l is string => l !== undefined),
  ];
  process.stdout.write(lines.join("\n") + "\n");
  return exitCodeFor(session.ledger);
}

/**
 * The start of the command that logs a call into this run's log, as the clerk would type it here:
 * the ledger as given, and `--log` when the run was given one (the default log is found again).
 */
function logCallCommand(ledger: string, flags: Flags): string {
  return commandLine(["ar-desk", "log-call", pathAsTyped(ledger), ...(flags.log !== undefined ? ["--log", pathAsTyped(flags.log)] : [])]);
}

/** `ar-desk log-call <ledger> --customer ID|NAME`: a call (or visit) about the customer's reminder, as rows in the dunning log. */
export async function runLogCall(file: string, flags: Flags): Promise<number> {
  const t = cliText(flags.lang ?? "en");
  const typed = flags.customer;
  if (!typed || typed.trim() === "") throw new UserError((t) => t("error.logCustomerMissing"));
  const asOf = asOfDay(flags["as-of"], localToday());
  const ledger = file;
  const logFile = dunningLogFile(ledger, flags);
  await guardLog(logFile, ledger, flags);
  const session = await loadSession(ledger, flags, t);
  // The ID, or the exact name (a ledger keyed by name has no ID to give): one customer, or a refusal that says why.
  const match = customerNamed(session, typed);
  if (match.kind === "none") throw new UserError((t) => t("error.noSuchCustomer", { customer: typed, ledger: path.basename(ledger) }));
  if (match.kind === "ambiguous") {
    const labels = match.candidates.map(customerLabel);
    const candidates = (t: CliText): string => (t.language === "zh" ? labels.map((l) => `“${l}”`).join("、") : labels.map((l) => `"${l}"`).join(", "));
    throw new UserError((t) => t("error.ambiguousCustomer", { customer: typed, count: labels.length, candidates: candidates(t) }));
  }
  const customer = customerLabel(match.customer);
  const previous = await readLog(logFile, session.log, t);
  const channel = flags.visit === true ? "visit" : "phone";
  const result = logCall(session, asOf, match.customer.id, { log: previous.entries, includeUpcoming: flags["include-upcoming"] === true, channel, language: t.language });
  if (!result) throw new UserError((t) => t("error.nothingToLog", { customer, asOf: isoOf(asOf) }));
  await ensureFolder(path.dirname(path.resolve(logFile)));
  await writeFileAtomic(logFile, await packageBytes([result.sheet]), logRecheck(ledger, flags));
  const logged = { customer, stage: stageLabel(result.reminder.stage, t.language), day: isoOf(asOf), count: result.newLogEntries.length, log: logFile };
  process.stdout.write(`${t(channel === "visit" ? "logCall.visit" : "logCall.call", logged)}\n`);
  return 0;
}

/** A customer as log-call names it: "C001 Acme Ltd", or the name alone for a customer keyed by name. */
function customerLabel(customer: Customer): string {
  const number = customerNumber(customer);
  return number === undefined || number === customer.name ? customer.name : `${number} ${customer.name}`;
}

async function exists(file: string): Promise<boolean> {
  try {
    await fs.access(file);
    return true;
  } catch {
    return false;
  }
}
