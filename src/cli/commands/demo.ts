import * as fs from "node:fs/promises";
import * as path from "node:path";
import type { Flags } from "../flags";
import { runStatements } from "./statements";
import { runReminders } from "./reminders";
import { runReport } from "./report";
import { runCheck } from "./check";
import { SAMPLE_AS_OF, SAMPLE_MONTH } from "../../sample";
import { cliText } from "../i18n";

/** The shipped sample ledger (made by `npm run sample`, src/sample/makeSample.ts). */
export const SAMPLE_LEDGER = path.join(__dirname, "../../../assets/sample-ledger.xlsx");

/** Every command on the sample, into ./ar-desk-demo/ (or --out-dir). */
export async function runDemo(flags: Flags): Promise<number> {
  const t = cliText(flags.lang ?? "en");
  const lang = t.language;
  const dir = path.resolve(flags["out-dir"] ?? "ar-desk-demo");
  await fs.mkdir(dir, { recursive: true });
  const say = (command: string) => process.stdout.write(`\n${t("demo.step", { command })}\n`);
  say(`ar-desk check ${path.relative(process.cwd(), SAMPLE_LEDGER)}`);
  await runCheck(SAMPLE_LEDGER, { lang });
  say(`ar-desk statements --month ${SAMPLE_MONTH}`);
  await runStatements(SAMPLE_LEDGER, { lang, month: SAMPLE_MONTH, out: path.join(dir, `statements-${SAMPLE_MONTH}.xlsx`) });
  say(`ar-desk reminders --as-of ${SAMPLE_AS_OF}`);
  // The demo's log goes into its own folder: never beside the shipped sample in assets/.
  await runReminders(SAMPLE_LEDGER, { lang, "as-of": SAMPLE_AS_OF, "out-dir": path.join(dir, "reminders"), log: path.join(dir, "dunning-log.xlsx") });
  say(`ar-desk report --as-of ${SAMPLE_AS_OF}`);
  await runReport(SAMPLE_LEDGER, { lang, "as-of": SAMPLE_AS_OF, out: path.join(dir, "ar-summary.xlsx") });
  await runReport(SAMPLE_LEDGER, { lang, "as-of": SAMPLE_AS_OF });
  process.stdout.write(`\n${t("demo.done", { dir, month: SAMPLE_MONTH })}\n`);
  return 0;
}
