/**
 * Writes the ledger corpus into a folder, to try the files by hand (Excel, the pane, the CLI):
 *
 *   node -r ./test/bench/tsHook.js test/ledgers/writeCorpus.ts /tmp/corpus
 *
 * Each file's expected AR Summary is printed as it is written.
 */
import { mkdirSync } from "node:fs";
import * as path from "node:path";
import { CORPUS } from "./corpus";
import { writeWorkbook } from "./_lib/sheets";

export async function writeCorpus(dir: string): Promise<string[]> {
  mkdirSync(dir, { recursive: true });
  const files: string[] = [];
  for (const ledger of CORPUS) {
    const file = path.join(dir, ledger.file);
    await writeWorkbook(file, ledger.sheets, ledger.settings, { date1904: ledger.date1904 });
    files.push(file);
  }
  return files;
}

if (require.main === module) {
  const dir = process.argv[2];
  if (!dir) {
    console.error("usage: node -r ./test/bench/tsHook.js test/ledgers/writeCorpus.ts <folder>");
    process.exit(2);
  }
  writeCorpus(dir).then(() => {
    for (const ledger of CORPUS) {
      console.log(`${ledger.file}  (as of ${ledger.asOf}) ${ledger.shape}`);
      for (const row of ledger.expected) {
        const money = [...row.buckets, row.balance, row.overdue].map((c) => (c / 100).toFixed(2)).join("  ");
        console.log(`  ${row.customer}  ${row.currency}  ${money}`);
      }
    }
  }, (error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
