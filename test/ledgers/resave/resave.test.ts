/**
 * The ledger corpus as clerks re-save it: each ledger saved by LibreOffice as CSV (cells as
 * shown: `1,234.50`, `¥12,345.60`, dates in the cell's display format) or as Excel 97-2003 (.xls)
 * (committed under ./csv and ./xls; ./resaveCorpus.js regenerates them) goes through
 * `ar-desk report` and must give the SAME AR Summary as the ledger itself: the figures the
 * independent calculator (../_lib/expectedAging.ts) worked out from the ledger's facts.
 *
 * Where the re-save loses what the figures need, the test expects the clear message naming the
 * cell instead (LOST below), never a guess.
 *
 * Needs `npm run build:cli` first (the CLI runs from build/).
 */
import { copyFileSync, readdirSync } from "node:fs";
import * as path from "node:path";
import { CORPUS, type CorpusLedger } from "../corpus";
import { byCustomer, summaryRows } from "../_lib/arSummary";
import type { ExpectedRow } from "../_lib/expectedAging";
import { assertBuilt, cli, cliAll, readXlsx, tempDir, type CliResult } from "../../cli/_lib/runCli";

interface Resaved {
  readonly file: string;
  readonly kind: "csv" | "xls";
  readonly ledger: CorpusLedger;
}

const byFile = new Map(CORPUS.map((ledger) => [ledger.file.replace(/\.xlsx$/, ""), ledger]));

function resaved(kind: "csv" | "xls"): Resaved[] {
  return readdirSync(path.join(__dirname, kind)).sort().map((file) => {
    // `<ledger>~<look>.csv`: the ledger with its date cells formatted otherwise (resaveCorpus.js DATE_LOOKS)
    const ledger = byFile.get(file.replace(/(~[^.]*)?\.(csv|xls)$/, ""));
    if (ledger === undefined) throw new Error(`${kind}/${file} is no ledger of the corpus: run resaveCorpus.js again`);
    return { file, kind, ledger };
  });
}

const FILES = [...resaved("csv"), ...resaved("xls")];

/**
 * Re-saves that lose what the figures need, where the reader can say so: the file, and what
 * `report` (its NOT READ line) and `check` (the cells) must print instead of the ledger's figures.
 */
const LOST: Readonly<Record<string, readonly string[]>> = {
  // 客户编号 / 客户名称 merged down over each customer's invoices: a CSV keeps the value in the
  // first row only; the rows below have no customer, and filling them down would be a guess.
  "76-zh-taizhang-merged-customer-ids.csv": [
    "row 4, 客户编号: no customer on this row", "row 5, 客户编号: no customer on this row", "row 7, 客户编号: no customer on this row",
    "NOT READ: 3 rows with money (CNY 26,910.00)",
  ],
  // 日期 / 到期日 merged down over each day's rows: the CSV leaves them empty below the first.
  "77-zh-daybook-merged-dates.csv": [
    "row 4, 日期: InvoiceDate is empty", "row 5, 日期: InvoiceDate is empty", "row 7, 日期: InvoiceDate is empty", "row 10, 日期: InvoiceDate is empty",
    "NOT READ: 4 rows with money (CNY 27,530.00)",
  ],
  // Date cells shown as `mmm-yy` (Mar-13): the CSV keeps the month and year, the day is gone.
  "04-ibm-ar-shape~mmm-yy.csv": [
    'row 2, InvoiceDate "Mar-13": InvoiceDate is a month without a day', 'row 3, InvoiceDate "May-13": InvoiceDate is a month without a day',
    "NOT READ: 8 rows with money (USD 515.45)",
  ],
};

/**
 * Re-saves whose loss no reader can see (the CSV looks like a ledger kept that way): the file,
 * why, and what still holds, so the test fails if the figures move for any other reason.
 */
const BLURRED: Readonly<Record<string, { readonly why: string; readonly holds: (actual: readonly ExpectedRow[], expected: readonly ExpectedRow[]) => void }>> = {
  "30-zh-wan-yuan-units.csv": {
    why: "amounts in 万元 with 4 decimals (12.3456) are shown, so saved, with 2 (12.35): each amount moves by up to ¥50",
    holds: (actual, expected) => {
      expect(actual.map((r) => r.customer)).toEqual(expected.map((r) => r.customer));
      // 2 amounts per invoice (应收, 已收), at most 3 invoices a customer, each off by ≤ 0.005 万元 = 5,000 cents
      actual.forEach((r, i) => expect(Math.abs(r.balance - expected[i].balance)).toBeLessThanOrEqual(2 * 3 * 5_000));
    },
  },
  "79-zh-payment-merged-over-invoices.csv": {
    why: "one 已收金额 merged over the two invoices it paid lands on the first row only: the excess over that invoice is unapplied credit (§3), so the balance holds but its aging moves (check says so on the row: see below)",
    holds: (actual, expected) => {
      expect(actual.map((r) => [r.customer, r.currency, r.balance])).toEqual(expected.map((r) => [r.customer, r.currency, r.balance]));
    },
  },
};

let dir: string;
const report = new Map<string, CliResult>();
const check = new Map<string, CliResult>();
const summaryFile = (file: string) => `summary-${file}.xlsx`;
const out = (r: CliResult | undefined) => `exit ${r?.code}\n${r?.stdout ?? ""}\n${r?.stderr ?? ""}`;

beforeAll(async () => {
  assertBuilt();
  dir = tempDir("resave");
  for (const { file, kind } of FILES) copyFileSync(path.join(__dirname, kind, file), path.join(dir, file));
  const lost = FILES.filter(({ file }) => LOST[file] !== undefined);
  const results = await cliAll([
    ...FILES.map(({ file, ledger }) => ["report", file, "--as-of", ledger.asOf, "--out", summaryFile(file)]),
    ...lost.map(({ file }) => ["check", file]),
  ], dir, 2);
  FILES.forEach(({ file }, i) => report.set(file, results[i]));
  lost.forEach(({ file }, i) => check.set(file, results[FILES.length + i]));
}, 300_000);

test("a paid amount that lost its merge is said on its row: more than its invoice, the excess kept as unapplied credit", () => {
  const file = "79-zh-payment-merged-over-invoices.csv";
  expect(cli(["check", file], dir).stdout).toMatch(/row 3, 已收金额 "7950": Paid is more than the invoice's Amount \(4,800\.00\): the excess is kept as the customer's unapplied credit/);
});

test("the re-saved set covers CSV and .xls", () => {
  expect(FILES.filter((f) => f.kind === "csv").length).toBeGreaterThan(50);
  expect(FILES.filter((f) => f.kind === "xls").length).toBeGreaterThanOrEqual(10);
});

describe.each(FILES.map((f) => [`${f.kind}/${f.file}`, f] as const))("%s", (_name, { file, ledger }) => {
  const lost = LOST[file];
  if (lost !== undefined) {
    test("the re-save lost what the figures need: report and check say which cells, and exit non-zero", () => {
      expect(out(report.get(file))).toMatch(/^exit [1-9]\d*\n/);
      expect(out(check.get(file))).toMatch(/^exit [1-9]\d*\n/);
      const said = `${out(report.get(file))}\n${out(check.get(file))}`;
      for (const text of lost) expect(said).toContain(text);
    });
    return;
  }

  const blurred = BLURRED[file];
  if (blurred !== undefined) {
    test(`the re-save blurs the figures (${blurred.why}): what still holds does`, async () => {
      const wb = await readXlsx(path.join(dir, summaryFile(file)));
      blurred.holds(summaryRows(wb).sort(byCustomer), [...ledger.expected].sort(byCustomer));
    });
    return;
  }

  test(`report reads it as the ledger (${ledger.shape}): exit ${ledger.unread === undefined ? "0" : "non-zero"}`, () => {
    expect(out(report.get(file))).toMatch(ledger.unread === undefined ? /^exit 0\n/ : /^exit [1-9]\d*\n/);
  });

  test("the AR Summary shows the ledger's own figures", async () => {
    const wb = await readXlsx(path.join(dir, summaryFile(file)));
    expect(summaryRows(wb).sort(byCustomer)).toEqual([...ledger.expected].sort(byCustomer));
  });
});
