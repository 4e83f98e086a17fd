/**
 * Re-saves the ledger corpus as a clerk does, with LibreOffice, and writes the results beside this
 * script (CI has no LibreOffice: the tests read the committed files, this script regenerates them):
 *
 *   node test/ledgers/resave/resaveCorpus.js
 *
 * - csv/: every ledger whose data is on one sheet (and which has no AR Settings sheet: a CSV keeps
 *   one sheet only), saved as "Text CSV", UTF-8, each cell AS SHOWN (formatted numbers, dates in the
 *   cell's display format), as Excel's and LibreOffice's "Save As CSV" write it.
 * - xls/: a chosen set of shapes saved as "Excel 97-2003" (.xls).
 *
 * Plain Node: it writes the corpus with test/ledgers/writeCorpus.ts (through the bench's TypeScript
 * hook) and runs `soffice --headless --convert-to` in a profile of its own (no clash with a
 * LibreOffice the user has open).
 */
"use strict";
const { spawnSync } = require("node:child_process");
const fs = require("node:fs");
const os = require("node:os");
const path = require("node:path");

const ROOT = path.resolve(__dirname, "../../..");
const HERE = __dirname;

/**
 * LibreOffice's CSV filter options: comma, double quote, UTF-8 (76), from line 1, no column
 * formats, the default language, quote text cells only as needed, detect special numbers,
 * save cell contents AS SHOWN (the 9th token): what a clerk's "Save As CSV" gives.
 */
const CSV_FILTER = 'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,true';

/** The .xls set: one of each shape worth a round trip through Excel 97-2003. */
const XLS_LEDGERS = [
  "01-zh-taizhang.xlsx", // Chinese 台账, merged title, text dates and ¥ text
  "02-zh-two-sheets.xlsx", // two sheets 客户 / 发票
  "09-kingdee-ar-detail.xlsx", // 借方/贷方 running balance, merged cells
  "12-merged-two-row-header.xlsx", // two-row merged header
  "16-mac-1904-dates.xlsx", // 1904 date system, three sheets
  "17-sheet-per-month.xlsx", // a sheet per month
  "26-tally-bills-receivable.xlsx", // AR Settings sheet with the ledger
  "45-hand-kept-english-frozen-formulas.xlsx", // formulas with saved values, merged title, settings
  "47-zh-taizhang-sheet-per-month-with-summary.xlsx", // five sheets, 合计 rows and a 汇总 sheet
  "74-zh-taizhang-merged-customers-month-sheets.xlsx", // customer names merged down, month sheets
  "79-zh-payment-merged-over-invoices.xlsx", // one payment merged over two invoices
  "115-zh-shuikong-list-date-time-cells-void-flag.xlsx", // date-time cells
];

/**
 * Ledgers whose date cells the clerk formatted otherwise before saving as CSV (the CSV keeps the
 * date as shown): a two-digit year, the day first, and a month without its day, which no reader
 * can give back. Each is saved as `<ledger>~<name>.csv`.
 */
const DATE_LOOKS = [
  { ledger: "04-ibm-ar-shape.xlsx", name: "dd-mm-yy", dateFormat: "dd/mm/yy" },
  { ledger: "04-ibm-ar-shape.xlsx", name: "m-d-yy", dateFormat: "m/d/yy" },
  { ledger: "04-ibm-ar-shape.xlsx", name: "mmm-yy", dateFormat: "mmm-yy" },
];

function run(command, args, options = {}) {
  const result = spawnSync(command, args, { stdio: ["ignore", "inherit", "inherit"], ...options });
  if (result.status !== 0) throw new Error(`${command} ${args.join(" ")} failed (${result.status ?? result.signal})`);
}

function convert(files, target, outDir, profile) {
  fs.mkdirSync(outDir, { recursive: true });
  run("soffice", [`-env:UserInstallation=file://${profile}`, "--headless", "--convert-to", target, "--outdir", outDir, ...files]);
}

async function main() {
  require(path.join(ROOT, "test/bench/tsHook.js"));
  const { CORPUS } = require(path.join(ROOT, "test/ledgers/corpus.ts"));
  const work = fs.mkdtempSync(path.join(os.tmpdir(), "ar-desk-resave-"));
  const xlsx = path.join(work, "xlsx");
  run(process.execPath, ["-r", "./test/bench/tsHook.js", "test/ledgers/writeCorpus.ts", xlsx], { cwd: ROOT, stdio: ["ignore", "ignore", "inherit"] });
  const profile = path.join(work, "profile");

  const oneSheet = CORPUS.filter((ledger) => ledger.sheets.length === 1 && ledger.settings === undefined).map((ledger) => path.join(xlsx, ledger.file));
  const csvOut = path.join(HERE, "csv");
  fs.rmSync(csvOut, { recursive: true, force: true });
  convert(oneSheet, CSV_FILTER, csvOut, profile);

  const { writeWorkbook } = require(path.join(ROOT, "test/ledgers/_lib/sheets.ts"));
  const looks = path.join(work, "looks");
  fs.mkdirSync(looks);
  for (const look of DATE_LOOKS) {
    const ledger = CORPUS.find((l) => l.file === look.ledger);
    const file = path.join(looks, `${look.ledger.replace(/\.xlsx$/, "")}~${look.name}.xlsx`);
    await writeWorkbook(file, ledger.sheets.map((sheet) => ({ ...sheet, dateFormat: look.dateFormat })), ledger.settings, { date1904: ledger.date1904 });
  }
  convert(fs.readdirSync(looks).map((file) => path.join(looks, file)), CSV_FILTER, csvOut, profile);

  const known = new Set(CORPUS.map((ledger) => ledger.file));
  for (const file of XLS_LEDGERS) if (!known.has(file)) throw new Error(`${file} is not in the corpus`);
  const xlsOut = path.join(HERE, "xls");
  fs.rmSync(xlsOut, { recursive: true, force: true });
  convert(XLS_LEDGERS.map((file) => path.join(xlsx, file)), "xls", xlsOut, profile);

  fs.rmSync(work, { recursive: true, force: true });
  console.log(`${oneSheet.length + DATE_LOOKS.length} CSV files in ${path.relative(ROOT, csvOut)}, ${XLS_LEDGERS.length} .xls files in ${path.relative(ROOT, xlsOut)}`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
