import { isoOf } from "../../core/dates";
import { statementPeriod, localToday } from "../../jobs/period";
import { statementsJob } from "../../jobs/statements";
import { writeSpecsStreaming } from "../../workbook/xlsx/write/streamWorkbook";
import type { Flags } from "../flags";
import { progressBar } from "../progress";
import { UserError } from "../userError";
import { guardOutput, writeFileAtomic } from "../safeWrite";
import { besideLedger, loadSession } from "./load";
import { exitCodeFor, issuesSummary, money, unreadLine } from "./format";

export async function runStatements(file: string, flags: Flags): Promise<number> {
  const type = flags.type;
  if (type !== undefined && type !== "balance-forward" && type !== "open-item") {
    throw new UserError(`--type must be balance-forward or open-item, not "${type}"`);
  }
  const period = statementPeriod({ month: flags.month, asOf: flags["as-of"] }, localToday());
  const out = flags.out ?? besideLedger(file, `statements-${period.label}.xlsx`);
  await guardOutput(out, "workbook", { ledger: file, ...(flags.out !== undefined ? { flag: "--out" } : {}) });
  const progress = progressBar();
  const session = await loadSession(file, flags, progress);
  const run = statementsJob(session, period, type ? { type } : {});
  const bytes = await writeSpecsStreaming(run.sheets, { onProgress: (done, total) => progress.update(done, total, "writing statements") });
  await writeFileAtomic(out, bytes);
  progress.done();
  const lines = [
    `${run.statements.length} statement${run.statements.length === 1 ? "" : "s"} for ${period.label} (as of ${isoOf(period.end)}) written to ${out}`,
    ...run.totals.map((t) => `  ${t.currency}: ${t.count} statements, total due ${money(t.totalDue, t.currency)}, overdue ${money(t.overdue, t.currency)}`),
    issuesSummary(session.issues),
    ...[unreadLine(session.ledger)].filter((l): l is string => l !== undefined),
  ];
  process.stdout.write(lines.join("\n") + "\n");
  return exitCodeFor(session.ledger);
}
