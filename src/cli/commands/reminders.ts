import { promises as fs } from "node:fs";
import * as path from "node:path";
import { isoOf } from "../../core/dates";
import { dayOption, localToday } from "../../jobs/period";
import { remindersJob } from "../../jobs/reminders";
import { dunningLogFromBlocks } from "../../jobs/dunningLogFromBlocks";
import { readWorkbookFile } from "../../workbook/xlsx/node";
import { writeSpecsStreaming } from "../../workbook/xlsx/write/streamWorkbook";
import type { Flags } from "../main";
import { progressBar } from "../progress";
import { CannotWriteError } from "../userError";
import { ensureFolder, guardOutput, writeFileAtomic, writeFolderAtomic } from "../safeWrite";
import { besideLedger, loadSession } from "./load";
import { exitCodeFor, issueLine, issuesSummary, money, unreadLine } from "./format";

export async function runReminders(file: string | undefined, flags: Flags): Promise<number> {
  const asOf = flags["as-of"] !== undefined ? dayOption(flags["as-of"] as string, "--as-of") : localToday();
  const outDir = (flags["out-dir"] as string | undefined) ?? besideLedger(file!, `reminders-${isoOf(asOf)}`);
  const logFile = (flags.log as string | undefined) ?? path.join(outDir, "dunning-log.xlsx");
  const ledger = file!;
  if ((await fs.stat(outDir).catch(() => undefined))?.isDirectory() === false) throw new CannotWriteError(`cannot write ${outDir}: it is a file, not a folder`);
  await guardOutput(logFile, "workbook", { ledger, ...(flags.log !== undefined ? { flag: "--log" } : {}) });
  await guardOutput(path.join(outDir, "reminders.xlsx"), "workbook", { ledger });
  const progress = progressBar();
  const session = await loadSession(file!, flags, progress);
  let previous = session.log;
  if (await exists(logFile)) {
    const read = dunningLogFromBlocks((await readWorkbookFile(logFile)).blocks);
    for (const issue of read.issues) process.stderr.write(`ar-desk: ${logFile}: ${issueLine(issue)}\n`);
    previous = read.entries;
  }
  const run = remindersJob(session, asOf, { includeUpcoming: flags["include-upcoming"] === true, log: previous });
  const files: { name: string; data: string | Uint8Array }[] = [];
  for (const draft of run.drafts) {
    if (!draft.eml || !draft.fileName) continue;
    await guardOutput(path.join(outDir, draft.fileName), "draft", { ledger });
    files.push({ name: draft.fileName, data: draft.eml });
  }
  const written = files.length;
  const [remindersSheet, logSheet] = run.sheets;
  files.push({ name: "reminders.xlsx", data: await writeSpecsStreaming([remindersSheet]) });
  // the drafts first, the log last: a run that fails half-way never records a reminder as sent
  await writeFolderAtomic(outDir, files, (done) => progress.update(Math.min(done, written), written, "writing drafts"));
  await ensureFolder(path.dirname(path.resolve(logFile)));
  await writeFileAtomic(logFile, await writeSpecsStreaming([logSheet]));
  progress.done();
  const byStage = new Map<string, number>();
  for (const r of run.reminders) byStage.set(r.stage, (byStage.get(r.stage) ?? 0) + 1);
  const overdue = new Map<string, number>();
  for (const r of run.reminders) for (const g of r.groups) overdue.set(g.currency, (overdue.get(g.currency) ?? 0) + g.overdueTotal);
  const lines = [
    `${written} reminder draft${written === 1 ? "" : "s"} (as of ${isoOf(asOf)}) written to ${outDir}`,
    ...[...byStage].map(([stage, n]) => `  ${stage}: ${n}`),
    ...[...overdue].map(([ccy, minor]) => `  overdue ${money(minor, ccy)}`),
    `Reminders sheet: ${path.join(outDir, "reminders.xlsx")}; dunning log (${run.newLogEntries.length} new entries): ${logFile}`,
    ...run.issues.map((i) => `  ${issueLine(i)}`),
    issuesSummary(session.issues),
    ...[unreadLine(session.ledger)].filter((l): l is string => l !== undefined),
  ];
  process.stdout.write(lines.join("\n") + "\n");
  return exitCodeFor(session.ledger);
}

async function exists(file: string): Promise<boolean> {
  try {
    await fs.access(file);
    return true;
  } catch {
    return false;
  }
}
