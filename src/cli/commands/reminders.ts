import * as fs from "node:fs/promises";
import * as path from "node:path";
import { isoOf } from "../../core/dates";
import { dayOption, localToday } from "../../jobs/period";
import { remindersJob } from "../../jobs/reminders";
import { dunningLogFromBlocks } from "../../jobs/dunningLogFromBlocks";
import { readWorkbookFile, writeWorkbookFile } from "../../workbook/xlsx/node";
import type { Flags } from "../main";
import { progressBar } from "../progress";
import { UserError } from "../userError";
import { besideLedger, loadSession } from "./load";
import { exitCodeFor, issueLine, issuesSummary, money, unreadLine } from "./format";

export async function runReminders(file: string | undefined, flags: Flags): Promise<number> {
  const asOf = flags["as-of"] !== undefined ? dayOption(flags["as-of"] as string, "--as-of") : localToday();
  const outDir = (flags["out-dir"] as string | undefined) ?? besideLedger(file!, `reminders-${isoOf(asOf)}`);
  const logFile = (flags.log as string | undefined) ?? path.join(outDir, "dunning-log.xlsx");
  if ([path.resolve(logFile)].includes(path.resolve(file!))) throw new UserError("--log must not be the ledger itself: AR Desk never rewrites its input");
  const progress = progressBar();
  const session = await loadSession(file!, flags, progress);
  let previous = session.log;
  if (await exists(logFile)) {
    const read = dunningLogFromBlocks((await readWorkbookFile(logFile)).blocks);
    for (const issue of read.issues) process.stderr.write(`ar-desk: ${logFile}: ${issueLine(issue)}\n`);
    previous = read.entries;
  }
  const run = remindersJob(session, asOf, { includeUpcoming: flags["include-upcoming"] === true, log: previous });
  await fs.mkdir(outDir, { recursive: true });
  let written = 0;
  for (const draft of run.drafts) {
    if (!draft.eml || !draft.fileName) continue;
    await fs.writeFile(path.join(outDir, draft.fileName), draft.eml, "utf8");
    progress.update(++written, run.drafts.length, "writing drafts");
  }
  const [remindersSheet, logSheet] = run.sheets;
  await writeWorkbookFile(path.join(outDir, "reminders.xlsx"), [remindersSheet]);
  await writeWorkbookFile(logFile, [logSheet]);
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
