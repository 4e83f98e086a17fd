/**
 * Writes assets/sample-ledger.xlsx, the demo workbook: `npm run sample` (after `npm run build:cli`).
 * 300 customers, about 2,000 invoices, as of 2026-10-31, so the demo's month is October 2026
 * (`--month 2026-10`): statements for October, reminders as of its last day.
 * Same seed, same bytes: safe to regenerate and commit.
 */
import { mkdirSync, readFileSync, writeFileSync } from "fs";
import { dirname, resolve } from "path";
import { generateLedger } from "./generateLedger";
import { fixZipTimes, writeLedgerXlsx } from "./writeXlsx";
import { DEFAULT_SETTINGS, type Settings } from "../core/settings";
import { settingsSheet } from "../workbook/arSheets";
import { XlsxWorkbook } from "../workbook/xlsx/xlsxWorkbook";
import { SAMPLE_AS_OF } from "./sampleDates";

/** The sample company's AR Settings: a header and payment instructions, so statements and drafts look real. */
export const SAMPLE_SETTINGS: Settings = {
  ...DEFAULT_SETTINGS,
  company: {
    name: "Harbor & Pine Trading Co., Ltd.",
    addressLines: ["Room 1203, 88 Century Avenue", "Pudong, Shanghai 200120, China"],
    email: "ar@harborpine.example",
    phone: "+86 21 5555 0188",
    taxId: "91310115MA1K000000",
  },
  payment: {
    bank: "Bank of Example, Shanghai Branch · Account 1001 2345 6789 0001 · SWIFT EXAMCNSH",
    alipay: "ar@harborpine.example",
    wechat: "scan the QR code on our invoice",
  },
};

export const SAMPLE_OPTIONS = { customers: 300, invoicesPerCustomer: 7, asOf: SAMPLE_AS_OF, seed: 20261031 } as const;

async function main(): Promise<void> {
  // build/sample/makeSample.js → <repo>/assets; an explicit path may be given as the first argument.
  const out = resolve(process.argv[2] ?? resolve(__dirname, "..", "..", "assets", "sample-ledger.xlsx"));
  mkdirSync(dirname(out), { recursive: true });
  const ledger = generateLedger(SAMPLE_OPTIONS);
  await writeLedgerXlsx(out, ledger, { asTables: true, streaming: false });
  // The settings sheet is AR Desk's own (as the task pane would write it), added through the port.
  const workbook = new XlsxWorkbook(new Uint8Array(readFileSync(out)), { fileName: out });
  await workbook.writeSheets([settingsSheet(SAMPLE_SETTINGS)]);
  writeFileSync(out, workbook.toBytes());
  fixZipTimes(out, ledger.asOf);
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
