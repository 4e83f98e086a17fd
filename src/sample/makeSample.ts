/**
 * Writes assets/sample-ledger.xlsx, the demo workbook: `npm run sample` (after `npm run build:cli`).
 * 300 customers, about 2,000 invoices, as of 2026-10-31, so the demo's month is October 2026
 * (`--month 2026-10`): statements for October, reminders as of its last day.
 * Same seed, same bytes: safe to regenerate and commit.
 */
import { mkdirSync } from "fs";
import { dirname, resolve } from "path";
import { generateLedger } from "./generateLedger";
import { writeLedgerXlsx } from "./writeXlsx";
import { SAMPLE_AS_OF } from "./sampleDates";

export const SAMPLE_OPTIONS = { customers: 300, invoicesPerCustomer: 7, asOf: SAMPLE_AS_OF, seed: 20261031 } as const;

async function main(): Promise<void> {
  // build/sample/makeSample.js → <repo>/assets; an explicit path may be given as the first argument.
  const out = resolve(process.argv[2] ?? resolve(__dirname, "..", "..", "assets", "sample-ledger.xlsx"));
  mkdirSync(dirname(out), { recursive: true });
  const ledger = generateLedger(SAMPLE_OPTIONS);
  await writeLedgerXlsx(out, ledger, { asTables: true, streaming: false });
  const count = (rows: unknown[]): number => rows.length - 1;
  process.stdout.write(
    `Wrote ${out}: ${count(ledger.customers)} customers, ${count(ledger.invoices)} invoices, ${count(ledger.payments)} payments, as of ${ledger.asOf}\n`,
  );
}

if (require.main === module) {
  main().catch((error: unknown) => {
    process.stderr.write(`sample: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  });
}
