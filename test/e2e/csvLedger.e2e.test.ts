/**
 * A CSV export opened in the built pane (real headless Chromium, outside Office): a Chinese
 * Windows Excel's plain "CSV" (GBK bytes, decoded by the browser's own TextDecoder) becomes the
 * workbook Excel would save it as, its statements match figures worked out here apart from src,
 * and the code page the reader had to guess is said on the Ledger screen.
 *
 * Needs `npm run build` first and Chromium at /usr/bin/chromium, like pane.e2e.test.ts.
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import * as path from "node:path";
import { useBuiltPane } from "./_lib/builtPane";
import { describeProblems } from "./_lib/browser";
import { gbk } from "../workbook/csv/_lib/gbk";
import { generateStatements, openPane, waitForLedger } from "./_lib/pane";
import { readStatementsBook } from "./_lib/readBack";

jest.setTimeout(120_000);

let dir: string;
const pane = useBuiltPane();

beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), "ar-e2e-csv-"));
  const rows = [
    "发票号,客户,开票日期,到期日,金额,已收",
    'FP001,上海华瑞贸易有限公司,2026-08-05,2026-09-04,"12,345.60",345.60',
    "FP002,上海华瑞贸易有限公司,2026-10-12,2026-11-11,880,",
    "FP003,北京远航科技有限公司,2026-09-20,2026-10-20,5000,5000",
    "FP004,北京远航科技有限公司,2026-10-25,2026-11-24,1200.50,",
  ];
  writeFileSync(path.join(dir, "应收台账.csv"), gbk(rows.join("\r\n") + "\r\n"));
});

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

it("opens a GBK CSV, says the guessed code page, and writes statements with the ledger's own figures", async () => {
  const { page, problems } = await openPane(pane.browser(), pane.server().origin, { now: new Date("2026-10-31T12:00:00Z") });
  await page.locator("#open-workbook-input").setInputFiles(path.join(dir, "应收台账.csv"));
  await waitForLedger(page);
  await page.getByText(/read as Chinese \(GBK\) text/).first().waitFor();
  const { download, summary } = await generateStatements(page, "2026-10");
  expect(summary).toMatch(/^2 statements for 2026-10/);
  const book = await readStatementsBook(download.bytes);
  // 12,345.60 − 345.60 + 880 = 12,880.00; 5,000 − 5,000 + 1,200.50 = 1,200.50
  expect(new Map(book.rows.map((row) => [row.customer, row.closing]))).toEqual(
    new Map([
      ["上海华瑞贸易有限公司", 12880],
      ["北京远航科技有限公司", 1200.5],
    ]),
  );
  expect(describeProblems(problems)).toBe("");
  await page.context().close();
});
