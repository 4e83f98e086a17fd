import { isoOf } from "../../core/dates";
import { statementPeriod, localToday } from "../../flows/period";
import { planStatements } from "../../flows/statements";
import { nodeDeflate, streamSpecsPackage } from "../../workbook/xlsx/node";
import type { Flags } from "../flags";
import { progressBar } from "../progress";
import { guardOutput, writeFileAtomicStreaming } from "../safeWrite";
import { besideLedger, loadSession } from "./load";
import { asOfLines, exitCodeFor, issuesSummary, money, plural, unreadLine } from "./format";

export async function runStatements(file: string, flags: Flags): Promise<number> {
  const type = flags.type;
  const period = statementPeriod({ month: flags.month, asOf: flags["as-of"] }, localToday());
  const out = flags.out ?? besideLedger(file, `statements-${period.label}.xlsx`);
  await guardOutput(out, "workbook", { ledger: file, ...(flags.out !== undefined ? { flag: "--out" } : {}) });
  const progress = progressBar();
  const session = await loadSession(file, flags, progress);
  const run = planStatements(session, period, type ? { type } : {});
  // Each sheet is laid out, deflated and written to the temporary file before the next one.
  await writeFileAtomicStreaming(out, (write) =>
    streamSpecsPackage(run.sheets(), write, { total: run.sheetCount, deflate: nodeDeflate(), onProgress: (done, total) => progress.update(done, total, "writing statements") }),
  );
  progress.done();
  const lines = [
    `${plural(run.statements.length, "statement", "statements")} for ${period.label} (as of ${isoOf(period.end)}) written to ${out}`,
    ...run.totals.map((t) => `  ${t.currency}: ${plural(t.count, "statement", "statements")}, total due ${money(t.totalDue, t.currency)}, overdue ${money(t.overdue, t.currency)}`),
    ...asOfLines(session.ledger, period.end),
    issuesSummary(session.issues),
    ...[unreadLine(session.ledger)].filter((l): l is string => l !== undefined),
  ];
  process.stdout.write(lines.join("\n") + "\n");
  return exitCodeFor(session.ledger);
}
