import { isoOf } from "../../core/dates";
import { statementPeriod, localToday } from "../../flows/period";
import { planStatements } from "../../flows/statements";
import { nodeDeflate, streamSpecsPackage } from "../../workbook/xlsx/node";
import type { Flags } from "../flags";
import { progressBar } from "../progress";
import { guardOutput, writeFileAtomicStreaming } from "../safeWrite";
import { besideLedger, loadSession } from "./load";
import { asOfLines, exitCodeFor, issuesSummary, money, unreadLine } from "./format";
import { cliText } from "../i18n";

export async function runStatements(file: string, flags: Flags): Promise<number> {
  const t = cliText(flags.lang ?? "en");
  const type = flags.type;
  const today = localToday();
  const period = statementPeriod({ month: flags.month, asOf: flags["as-of"] }, today);
  const out = flags.out ?? besideLedger(file, `statements-${period.label}.xlsx`);
  const guard = { ledger: file, ...(flags.out !== undefined ? { flag: "--out" } : {}) };
  await guardOutput(out, "workbook", guard);
  const progress = progressBar();
  const session = await loadSession(file, flags, t, progress);
  const run = planStatements(session, period, { ...(type ? { type } : {}), language: t.language, today });
  // Each sheet is laid out, deflated and written to the temporary file before the next one;
  // the target is checked again before it is replaced (a clerk may have saved a file there meanwhile).
  await writeFileAtomicStreaming(
    out,
    (write) => streamSpecsPackage(run.sheets(), write, { total: run.sheetCount, deflate: nodeDeflate(), onProgress: (done, total) => progress.update(done, total, t("progress.statements")) }),
    { kind: "workbook", guard },
  );
  progress.done();
  const lines = [
    t("statements.done", { count: run.statements.length, month: period.label, asOf: isoOf(period.end), file: out }),
    ...run.totals.map((total) =>
      t("statements.perCurrency", { currency: total.currency, count: total.count, due: money(total.totalDue, total.currency), overdue: money(total.overdue, total.currency) }),
    ),
    // Without --as-of the day is a month's end (given, or last month's): the question is about --month.
    ...asOfLines(session.ledger, period.end, t, flags["as-of"] !== undefined ? "--as-of" : "--month"),
    // The issues the Data issues sheet lists: the session's and invoices dated more than a year ahead.
    issuesSummary(run.issues, t, { issuesSheet: true }),
    ...[unreadLine(session.ledger, t)].filter((l): l is string => l !== undefined),
  ];
  process.stdout.write(lines.join("\n") + "\n");
  return exitCodeFor(session.ledger);
}
