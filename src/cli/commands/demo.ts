import * as fs from "node:fs/promises";
import * as path from "node:path";
import type { Flags } from "../flags";
import { runStatements } from "./statements";
import { runReminders } from "./reminders";
import { runReport } from "./report";
import { runCheck } from "./check";
import { SAMPLE_AS_OF, SAMPLE_MONTH } from "../../sample";
import { cliText } from "../i18n";
import { commandLine, pathAsTyped } from "../commandLine";

/** The shipped sample ledger (made by `npm run sample`, src/sample/makeSample.ts). */
export const SAMPLE_LEDGER = path.join(__dirname, "../../../assets/sample-ledger.xlsx");

/**
 * Every command on the sample, into ./ar-desk-demo/ (or --out-dir). Each step is announced as the
 * command that does the same on its own, so a clerk can run it again or on their own ledger.
 */
export async function runDemo(flags: Flags): Promise<number> {
  const t = cliText(flags.lang ?? "en");
  const lang = t.language;
  const dir = path.resolve(flags["out-dir"] ?? "ar-desk-demo");
  await fs.mkdir(dir, { recursive: true });
  const ledger = pathAsTyped(SAMPLE_LEDGER);
  const say = (command: string, ...options: string[]) => process.stdout.write(`\n${t("demo.step", { command: commandLine(["ar-desk", command, ledger, ...options]) })}\n`);
  const statements = path.join(dir, `statements-${SAMPLE_MONTH}.xlsx`);
  const reminders = path.join(dir, "reminders");
  const log = path.join(dir, "dunning-log.xlsx");
  const summary = path.join(dir, "ar-summary.xlsx");
  say("check");
  await runCheck(SAMPLE_LEDGER, { lang });
  say("statements", "--month", SAMPLE_MONTH, "--out", pathAsTyped(statements));
  await runStatements(SAMPLE_LEDGER, { lang, month: SAMPLE_MONTH, out: statements });
  // The demo's log goes into its own folder: never beside the shipped sample in assets/. The
  // ledger and log are given as the step shows them, so the hint to log a call names the same.
  say("reminders", "--as-of", SAMPLE_AS_OF, "--out-dir", pathAsTyped(reminders), "--log", pathAsTyped(log));
  await runReminders(ledger, { lang, "as-of": SAMPLE_AS_OF, "out-dir": reminders, log: pathAsTyped(log) });
  say("report", "--as-of", SAMPLE_AS_OF, "--out", pathAsTyped(summary));
  await runReport(SAMPLE_LEDGER, { lang, "as-of": SAMPLE_AS_OF, out: summary });
  say("report", "--as-of", SAMPLE_AS_OF);
  await runReport(SAMPLE_LEDGER, { lang, "as-of": SAMPLE_AS_OF });
  process.stdout.write(`\n${t("demo.done", { dir, month: SAMPLE_MONTH })}\n`);
  return 0;
}
