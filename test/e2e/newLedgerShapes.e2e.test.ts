/**
 * A new user's pass through the built pane (real headless Chromium, outside Office) on this
 * session's ledger shapes: a QuickBooks Customer Balance Detail whose customers are the name rows
 * above their lines (corpus 92) is ready — Statements and Reminders run on it — and a balance
 * summary (余额表) is refused on the Ledger screen with what to export, in Chinese and English.
 * What the browser checks here: the screens' state after a real open, and the downloads.
 *
 * Needs `npm run build` first and Chromium at /usr/bin/chromium, like pane.e2e.test.ts.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import * as path from "node:path";
import ExcelJS from "exceljs";
import type { Browser } from "playwright-core";
import { requireBuiltPane, serveStatic, type StaticServer } from "./_lib/serve";
import { describeProblems, launchChromium } from "./_lib/browser";
import { activePanel, generateStatements, openPane, selectTab, setLanguage, waitForLedger } from "./_lib/pane";
import { readStatementsBook } from "./_lib/readBack";
import { EIGHTH_PASS } from "../ledgers/corpusEighth";
import { writeWorkbook } from "../ledgers/_lib/sheets";

jest.setTimeout(120_000);

const QUICKBOOKS = EIGHTH_PASS.find((ledger) => ledger.file.startsWith("92-"))!;

let dir: string;
let server: StaticServer | undefined;
let browser: Browser | undefined;

beforeAll(async () => {
  requireBuiltPane();
  dir = mkdtempSync(path.join(tmpdir(), "ar-e2e-shapes-"));
  await writeWorkbook(path.join(dir, QUICKBOOKS.file), QUICKBOOKS.sheets);
  const summary = new ExcelJS.Workbook();
  summary.addWorksheet("余额表").addRows([
    ["应收账款余额表 2026年10月"],
    ["科目编码", "科目名称", "客户编码", "客户名称", "期初余额", "本期借方", "本期贷方", "期末余额", "方向"],
    ["1122", "应收账款", "C01", "甲公司", 500, 1000, 800, 700, "借"],
  ]);
  await summary.xlsx.writeFile(path.join(dir, "balance-summary.xlsx"));
  server = await serveStatic();
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

it("reads a ledger whose customers are its name rows: a note instead of a missing column, then statements and letters", async () => {
  const { page, problems } = await openPane(browser!, server!.origin, { now: new Date(`${QUICKBOOKS.asOf}T12:00:00Z`) });
  await page.locator("#open-workbook-input").setInputFiles(path.join(dir, QUICKBOOKS.file));
  await waitForLedger(page);
  const invoices = activePanel(page).getByRole("group", { name: "Invoices", exact: true });
  await invoices.getByText(/^No customer column: each row's customer is taken from the customer's title row above it/).waitFor();
  expect(await invoices.getByText(/Missing required columns/).count()).toBe(0);

  // Statements run (they were disabled while Customer ID counted as missing).
  const { download, summary } = await generateStatements(page, QUICKBOOKS.month);
  expect(summary).toMatch(/^2 statements for 2026-10/);
  const book = await readStatementsBook(download.bytes);
  // The corpus's expected closings, worked out apart from src (test/ledgers/_lib/expectedAging).
  const expected = new Map(QUICKBOOKS.expected.map((row) => [row.customer, row.balance / 100]));
  expect(new Map(book.rows.map((row) => [row.customer, row.closing]))).toEqual(expected);

  // Reminders: nobody has an email address, so letters only: no zip, and no word of an Excel that cannot save files.
  await selectTab(page, "Reminders");
  const panel = activePanel(page);
  await panel.getByLabel("As of").fill(QUICKBOOKS.asOf);
  await panel.getByRole("button", { name: "Find customers to remind" }).click();
  await panel.getByRole("button", { name: "Create drafts" }).click();
  await panel.getByRole("heading", { name: /^Email drafts: 0 · letters to print: 2/ }).waitFor();
  await panel.getByText(/^The letters, the Reminders sheet and the Dunning log are in your workbook: Download workbook/).waitFor();
  expect(await panel.getByText(/does not let add-ins save files/).count()).toBe(0);
  expect(describeProblems(problems)).toBe("");
  await page.context().close();
});

it("refuses a balance summary (余额表) on the Ledger screen, naming it and what to export, in Chinese and in English", async () => {
  const { page, problems } = await openPane(browser!, server!.origin);
  await setLanguage(page, "zh");
  await page.locator("#open-workbook-input").setInputFiles(path.join(dir, "balance-summary.xlsx"));
  const bar = page.getByText(/^工作表“余额表”（表头在第 2 行，余额列：“期初余额”、“本期借方”、“本期贷方”、“期末余额”）是应收账款余额表：.*客户往来明细账/);
  await bar.waitFor({ timeout: 60_000 });
  await page.getByText("尚未读取任何行：找到发票清单后 AR Desk 才会读取各行。").waitFor();
  expect(await page.getByText(/所有行均已读取/).count()).toBe(0);
  // The same screen turns to English with the language.
  await setLanguage(page, "en");
  await page.getByText(/^Sheet “余额表” \(header row 2\) is a balance summary: its columns “期初余额”, “本期借方”, “本期贷方”, “期末余额”/).waitFor();
  await selectTab(page, "Overview");
  await activePanel(page).getByText("Map the required tables and columns on the Ledger tab first.").waitFor();
  expect(describeProblems(problems)).toBe("");
  await page.context().close();
});
