/**
 * Hostile and faulty files in the built pane (real headless Chromium, outside Office, the reader
 * on fflate): the cells the reader could not take are listed on the Ledger screen in the pane's
 * language, a ZIP bomb and a ledger past 2^53 minor units are refused in one clear line, and
 * nothing leaves a blank pane or an uncaught error (issue 10: "the same limits hold in the
 * browser pane").
 *
 * Needs `npm run build` first and Chromium at /usr/bin/chromium, like pane.e2e.test.ts.
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import * as path from "node:path";
import type { Browser } from "playwright-core";
import { requireBuiltPane, serveStatic, type StaticServer } from "./_lib/serve";
import { describeProblems, launchChromium } from "./_lib/browser";
import { openPane, SAMPLE_NOW, setLanguage } from "./_lib/pane";
import { cleanLedger } from "../hostile/corpus";
import { ledgerSheets, xlsxPackage } from "../hostile/_lib/package";
import { repeatedDeflate } from "../hostile/_lib/rawZip";

jest.setTimeout(120_000);

let dir: string;
let server: StaticServer | undefined;
let browser: Browser | undefined;

beforeAll(async () => {
  requireBuiltPane();
  dir = mkdtempSync(path.join(tmpdir(), "ar-e2e-hostile-"));
  // A number cell holding 0x1F: the reader's issue, then the ledger's "row not read".
  writeFileSync(
    path.join(dir, "num.xlsx"),
    xlsxPackage({ sheets: ledgerSheets([["C001", "Acme Ltd", "ap@acme.example"]], [["INV-1", "C001", "2026-08-01", "2026-08-31", { raw: `<c r="E2"><v>0x1F</v></c>` }], ["INV-2", "C001", "2026-09-01", "2026-09-30", 880]]) }),
  );
  // 50,000,000,000,000.00 + 45,000,000,000,000.01 USD > 2^53 - 1 minor units
  writeFileSync(path.join(dir, "big.xlsx"), cleanLedger([["C001", "Acme Ltd", "ap@acme.example"]], [["INV-1", "C001", "2026-08-01", "2026-08-31", 50_000_000_000_000], ["INV-2", "C001", "2026-08-02", "2026-08-31", 45_000_000_000_000.01]]));
  server = await serveStatic();
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

async function open(file: string, language: "en" | "zh") {
  const pane = await openPane(browser!, server!.origin, { now: SAMPLE_NOW });
  if (language === "zh") await setLanguage(pane.page, "zh");
  await pane.page.locator("#open-workbook-input").setInputFiles(path.join(dir, file));
  return pane;
}

it("lists the reader's bad number cell on the Ledger screen and counts it, in English and in Chinese", async () => {
  for (const [language, where, reason, count] of [
    ["en", "Invoices row 2, E", /^not a number, in a cell saved as a number: read as text · value “0x1F”$/, "2 errors, 0 warnings"],
    ["zh", "Invoices 第 2 行，E", /^以数字保存的单元格中不是数字：按文本读入 · 值“0x1F”$/, "2 个错误，0 个警告"],
  ] as const) {
    const { page, problems } = await open("num.xlsx", language);
    const issues = page.locator('section[aria-labelledby="issues-heading"]');
    await issues.waitFor({ timeout: 60_000 });
    const first = issues.getByRole("listitem").first();
    expect(await first.getByText(where, { exact: true }).count()).toBe(1);
    expect((await first.innerText()).split("\n").map((l) => l.trim()).filter(Boolean)).toEqual([expect.any(String), where, expect.stringMatching(reason)]);
    expect(await issues.getByText(count, { exact: true }).count()).toBe(1);
    expect(describeProblems(problems)).toBe("");
    await page.context().close();
  }
});

it("refuses a ledger whose totals pass 2^53 minor units in one line, in the pane's language", async () => {
  for (const [language, text] of [
    ["en", "big.xlsx: the USD amounts add up to more than 90,071,992,547,409.91 (2^53 - 1 minor units), beyond what AR Desk can total exactly; split the ledger"],
    ["zh", "big.xlsx：USD 金额合计超过 90,071,992,547,409.91（2^53 - 1 个最小货币单位），AR Desk 无法精确合计；请拆分台账。"],
  ] as const) {
    const { page, problems } = await open("big.xlsx", language);
    // The error bar's body holds its title and then this line.
    await page.locator(".fui-MessageBar").getByText(text).first().waitFor({ timeout: 60_000 });
    expect(await page.getByRole("tablist").count()).toBe(1); // the pane stays usable: Settings still open
    expect(describeProblems(problems)).toBe("");
    await page.context().close();
  }
});

it("refuses a ZIP bomb in one line before reading it, and stays on Open workbook", async () => {
  const head = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>`;
  // 25 MB of rows from a few kilobytes: each 125 KB chunk deflates to a few hundred bytes.
  const bomb = repeatedDeflate(head, `<row><c><v>1</v></c></row>`.repeat(5000), 200, `</sheetData></worksheet>`);
  expect(bomb.size / bomb.data.length).toBeGreaterThan(100);
  const bytes = xlsxPackage({ sheets: [{ name: "Invoices", entry: { name: "", data: bomb.data, method: 8, size: bomb.size } }] });
  writeFileSync(path.join(dir, "bomb.xlsx"), bytes);
  const { page, problems } = await open("bomb.xlsx", "zh");
  const bar = page.locator(".fui-MessageBar").getByText(/该文件超出 AR Desk 的安全限制，未读取。无法读取“bomb\.xlsx”：部件 .*解压后超过/);
  await bar.waitFor({ timeout: 60_000 });
  expect(await page.getByRole("tablist").count()).toBe(0);
  expect(describeProblems(problems)).toBe("");
  await page.context().close();
});
