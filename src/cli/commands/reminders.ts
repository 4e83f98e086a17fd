import { promises as fs } from "node:fs";
import * as path from "node:path";
import { isoOf } from "../../core/dates";
import { issuesToday } from "../../flows/farAhead";
import { asOfDay, localToday } from "../../flows/period";
import { customerNamed, logCall, remindersJob, type RemindersRun } from "../../flows/reminders";
import { customerNumber } from "../../core/customerNumber";
import type { Customer } from "../../core/model";
import { reminderTotals } from "../../flows/reminderTotals";
import { nodeDeflate, writeSpecsPackage, writeSpecsStreaming } from "../../workbook/xlsx/node";
import type { Flags } from "../flags";
import { progressBar } from "../progress";
import { CannotWriteError, EXIT, UserError } from "../userError";
import { guardOutput, writeFolderAtomic, type Recheck } from "../safeWrite";
import { appendToLogFile, readLogFile, type LogAppended } from "../logFile";
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
  const previous = await readLogFile(logFile, session.log, t);
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
  // Appended to the log as it is now: another run may have logged notices since it was read.
  const logged = await appendToLogFile(logFile, previous, run.newLogEntries, { ledger: session.ledger, language: t.language, recheck: logRecheck(ledger, flags), t, sheet: logSheet });
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
    t("reminders.files", { sheet: path.join(outDir, "reminders.xlsx"), count: logged.appended.length, log: logFile }),
    ...logChangedLines(logged, session.ledger.customers, run, outDir, t),
    ...run.issues.map((i) => `  ${issueLine(i, t)}`),
    ...asOfLines(session.ledger, asOf, t),
    // One summary of everything above: never "No data issues." right after warnings.
    // The ledger's issues as \`check\` lists them (with invoices dated more than a year after today), the run's, the log's.
    issuesSummary([...issuesToday(session, today), ...run.issues, ...previous.issues], t),
    ...[unreadLine(session.ledger, t)].filter((l): l is string => l !== undefined),
  ];
  process.stdout.write(lines.join("\n") + "\n");
  // Rows left out of every figure come first (exit 4: DESIGN has the exit code say so, and each
  // draft may lack money the customer owes); else a notice drafted but not logged (exit 3): the
  // drafts folder holds one the clerk must not send as it is. Both are said above either way.
  const rowsExit = exitCodeFor(session.ledger);
  return rowsExit !== EXIT.ok ? rowsExit : logged.refused.length > 0 ? EXIT.cannotWrite : EXIT.ok;
}

/**
 * What the run says when the log had changed since it read it: that the other rows were kept,
 * and each customer whose notice was not logged (another run logged one meanwhile), with this
 * run's draft or letter for them and what to do.
 */
function logChangedLines(logged: LogAppended, customers: readonly Customer[], run: RemindersRun, outDir: string, t: CliText): string[] {
  if (!logged.changed) return [];
  const lines = [t("log.changed", { count: logged.appended.length, already: logged.alreadyLogged.length })];
  for (const refused of logged.refused) {
    const customer = customers.find((c) => c.id === refused.customerId);
    const draft = run.drafts.find((d) => d.reminder.customer.id === refused.customerId);
    const file = draft?.channel === "email" && draft.fileName ? path.join(outDir, draft.fileName) : path.join(outDir, "letters.xlsx");
    const others = [...new Set(refused.others.map((e) => `${stageLabel(e.stage, t.language)} ${isoOf(e.date)}`))].join(", ");
    lines.push(
      t("log.refused", {
        customer: customer ? customerLabel(customer) : refused.customerId,
        stage: stageLabel(refused.stage, t.language),
        invoices: refused.invoiceNos.join(", "),
        others,
        file,
      }),
    );
  }
  return lines;
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
  const previous = await readLogFile(logFile, session.log, t);
  const channel = flags.visit === true ? "visit" : "phone";
  const result = logCall(session, asOf, match.customer.id, { log: previous.entries, includeUpcoming: flags["include-upcoming"] === true, channel, language: t.language });
  if (!result) throw new UserError((t) => t("error.nothingToLog", { customer, asOf: isoOf(asOf) }));
  const written = await appendToLogFile(logFile, previous, result.newLogEntries, { ledger: session.ledger, language: t.language, recheck: logRecheck(ledger, flags), t, sheet: result.sheet });
  const logged = { customer, stage: stageLabel(result.reminder.stage, t.language), day: isoOf(asOf), count: written.appended.length, log: logFile };
  const lines = [t(channel === "visit" ? "logCall.visit" : "logCall.call", logged), ...(written.changed ? [t("log.changed", { count: written.appended.length, already: written.alreadyLogged.length })] : [])];
  process.stdout.write(`${lines.join("\n")}\n`);
  return 0;
}

/** A customer as log-call names it: "C001 Acme Ltd", or the name alone for a customer keyed by name. */
function customerLabel(customer: Customer): string {
  const number = customerNumber(customer);
  return number === undefined || number === customer.name ? customer.name : `${number} ${customer.name}`;
}
