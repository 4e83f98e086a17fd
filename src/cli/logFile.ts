/**
 * The CLI's dunning log file (`<ledger>-dunning-log.xlsx` or `--log`): read at the start of a run,
 * appended at its end. Between the two, another run (a second terminal, a scheduled job, a
 * `log-call`) may have logged notices, or the clerk may have edited the file in Excel. Writing back
 * the copy read would drop those rows, and the next run would charge their fees again. So the
 * write, under the log's lock (cli/logLock.ts), first checks that the file still holds the bytes
 * read (SHA-256); if not, it reads the file again and adds this run's rows below what it holds now
 * (core/dunning/appendAfterOthers.ts: a notice another run logged for the same customer meanwhile
 * is not logged a second time, and the caller says so).
 */
import { createHash } from "node:crypto";
import { promises as fs } from "node:fs";
import * as path from "node:path";
import { appendAfterOthers, logForLedger, type DunningLogEntry, type RefusedNotice } from "../core/dunning";
import type { DataIssue, Language, Ledger } from "../core/model";
import { DUNNING_LOG_TABLE, dunningLogFromBlocks, dunningLogRowsUnder, dunningLogSheet } from "../workbook/arSheets";
import type { SheetSpec } from "../workbook/spec";
import { appendTableRows, nodeDeflate, readWorkbookFileBytes, writeSpecsPackage } from "../workbook/xlsx/node";
import { issueLine } from "./commands/format";
import type { CliText } from "./i18n";
import { lockLog } from "./logLock";
import { ensureFolder, writeFileAtomic, type Recheck } from "./safeWrite";
import { CannotWriteError } from "./userError";

/** The log as a run read it: its entries, and which bytes they came from. */
export interface LogRead {
  readonly entries: readonly DunningLogEntry[];
  readonly issues: DataIssue[];
  /** SHA-256 of the file's bytes; undefined when there was no file (the entries are the fallback). */
  readonly fingerprint: string | undefined;
}

const sha256 = (bytes: Uint8Array): string => createHash("sha256").update(bytes).digest("hex");

async function exists(file: string): Promise<boolean> {
  try {
    await fs.access(file);
    return true;
  } catch {
    return false;
  }
}

/**
 * The log's entries, fingerprint and bytes, or undefined when there is no file. Unreadable rows
 * are reported on stderr. `unless`: a fingerprint whose rows are known already (not parsed again).
 */
async function readFileEntries(logFile: string, t: CliText, unless?: string): Promise<(LogRead & { readonly bytes: Uint8Array }) | undefined> {
  if (!(await exists(logFile))) return undefined;
  // The bytes already read: their rows and issues are known (and were reported then).
  if (unless !== undefined) {
    const bytes = await fs.readFile(logFile).catch(() => new Uint8Array());
    if (sha256(bytes) === unless) return { entries: [], issues: [], fingerprint: unless, bytes };
  }
  const { content, bytes } = await readWorkbookFileBytes(logFile);
  const fingerprint = sha256(bytes);
  const read = dunningLogFromBlocks(content.blocks);
  for (const issue of read.issues) process.stderr.write(`ar-desk: ${t("reminders.logIssue", { file: logFile, issue: issueLine(issue, t) })}\n`);
  return { ...read, fingerprint, bytes };
}

/**
 * The log file with `entries` added at the bottom of its DunningLog table, under the headers it
 * has now: the clerk's widths, fills, frozen header and own columns stay. The whole log
 * (`whole`) when there is no file yet, or the rows cannot go in place (xlsx/write/appendTableRows.ts).
 */
async function logWithRows(file: Uint8Array | undefined, entries: readonly DunningLogEntry[], whole: () => SheetSpec, language: Language): Promise<Uint8Array> {
  const appended = file && (await appendTableRows(file, { table: DUNNING_LOG_TABLE, rowsUnder: (headers) => dunningLogRowsUnder(entries, headers), language }));
  return appended || writeSpecsPackage([whole()], { deflate: nodeDeflate() });
}

/**
 * The log's entries as a run starts (`fallback` when the file does not exist yet: the ledger
 * workbook's own Dunning log sheet, if any).
 */
export async function readLogFile(logFile: string, fallback: readonly DunningLogEntry[], t: CliText): Promise<LogRead> {
  return (await readFileEntries(logFile, t)) ?? { entries: fallback, issues: [], fingerprint: undefined };
}

/** What {@link appendToLogFile} did. */
export interface LogAppended {
  /** This run's rows now in the log. */
  readonly appended: readonly DunningLogEntry[];
  /** This run's rows another run had logged meanwhile (the same notice or call, the same day): not added twice. */
  readonly alreadyLogged: readonly DunningLogEntry[];
  /** Notices not logged: another run logged a notice to that customer meanwhile. */
  readonly refused: readonly RefusedNotice[];
  /** True when the file had changed since the run read it (another run, or the clerk). */
  readonly changed: boolean;
}

export interface LogAppendOptions {
  /** Today's ledger: log rows are compared as it keys its customers (logForLedger). */
  readonly ledger: Pick<Ledger, "customers" | "invoices">;
  readonly language: Language;
  /** The log's guard, run again right before the file is replaced. */
  readonly recheck: Recheck;
  readonly t: CliText;
  /** The sheet to write when the log did not change: the run's own (default: the read entries and the new ones). */
  readonly sheet?: SheetSpec;
}

/**
 * Adds this run's new rows to the log file, under its lock, to what the file holds now.
 * @param read - the log as this run read it ({@link readLogFile})
 * @param newEntries - this run's rows, decided against `read`
 * @throws CannotWriteError (exit 3) when the lock stays held, or the file read at the start is
 * gone (its history would be lost: nothing is logged); the guard's refusals as writeFileAtomic's.
 */
export async function appendToLogFile(logFile: string, read: LogRead, newEntries: readonly DunningLogEntry[], options: LogAppendOptions): Promise<LogAppended> {
  const { t } = options;
  await ensureFolder(path.dirname(path.resolve(logFile)));
  const lock = await lockLog(logFile, { onWait: (lockFile) => process.stderr.write(`ar-desk: ${t("log.waiting", { log: logFile, lock: lockFile })}\n`) });
  try {
    const now = await readFileEntries(logFile, t, read.fingerprint);
    if (now?.fingerprint === read.fingerprint) {
      const whole = () => options.sheet ?? dunningLogSheet([...read.entries, ...newEntries], { language: options.language });
      await writeFileAtomic(logFile, await logWithRows(now?.bytes, newEntries, whole, options.language), options.recheck);
      return { appended: newEntries, alreadyLogged: [], refused: [], changed: false };
    }
    // Read at the start and gone now: writing this run's rows alone would lose every notice before them.
    if (!now) throw new CannotWriteError((t) => t("log.gone", { log: logFile }));
    const { ledger } = options;
    const merge = appendAfterOthers(logForLedger(read.entries, ledger), logForLedger(now.entries, ledger), newEntries);
    // The rows as the file holds them now (each as its run wrote it), then this run's.
    const whole = () => dunningLogSheet([...now.entries, ...merge.appended], { language: options.language });
    await writeFileAtomic(logFile, await logWithRows(now.bytes, merge.appended, whole, options.language), options.recheck);
    return { ...merge, changed: true };
  } finally {
    await lock.release();
  }
}
