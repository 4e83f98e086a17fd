#!/usr/bin/env node
/**
 * Screenshots for the README, made from the built pane in headless Chromium (offline, outside
 * Office) on the sample workbook, plus one statement rendered by LibreOffice:
 *
 *   assets/screenshots/pane-320.png   Overview at 320 px (the narrowest Office task pane)
 *   assets/screenshots/pane-800.png   Overview at 800 px
 *   assets/screenshots/statement.png  first page of one October 2026 statement (English)
 *   assets/screenshots/statement-zh.png  the same for a Chinese customer
 *   test/e2e/screenshots/*.png        every screen at both widths, for a look (git-ignored)
 *
 * The page's clock is pinned to the sample's as-of day (2026-10-31), so the screenshots do not
 * change with the day they are made. Run with `npm run screenshots` (builds first). Not part of `npm test`: it needs LibreOffice
 * (/usr/bin/soffice) and pdftoppm (apt-get install -y poppler-utils) besides Chromium.
 */
"use strict";
const fs = require("node:fs");
const os = require("node:os");
const path = require("node:path");
const { execFileSync } = require("node:child_process");
const ts = require("typescript");

// Load the e2e helpers (TypeScript) without a build step.
require.extensions[".ts"] = (module, filename) => {
  const source = fs.readFileSync(filename, "utf8");
  const { outputText } = ts.transpileModule(source, {
    fileName: filename,
    compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2020, esModuleInterop: true },
  });
  module._compile(outputText, filename);
};

const { requireBuiltPane, serveStatic } = require("./_lib/serve.ts");
const { launchChromium, describeProblems } = require("./_lib/browser.ts");
const pane = require("./_lib/pane.ts");
const ExcelJS = require("exceljs");

const ROOT = path.resolve(__dirname, "../..");
const README_DIR = path.join(ROOT, "assets/screenshots");
const LOOK_DIR = path.join(__dirname, "screenshots");
const SCREENS = ["Ledger", "Overview", "Statements", "Reminders", "Formulas", "Settings"];
const README_SCREEN = "Overview";

function need(binary, hint) {
  if (!fs.existsSync(binary)) throw new Error(`${binary} is missing: ${hint}`);
}

async function shootScreens(page, width) {
  await page.setViewportSize({ width, height: 760 });
  for (const screen of SCREENS) {
    await pane.selectTab(page, screen);
    await page.waitForTimeout(200);
    // Full page, cut at 2,400 px: Statements and Reminders list hundreds of customers.
    const height = Math.min(2400, await page.evaluate(() => document.documentElement.scrollHeight));
    await page.screenshot({ path: path.join(LOOK_DIR, `${width}-${screen.toLowerCase()}.png`), fullPage: true, clip: { x: 0, y: 0, width, height } });
    if (screen === README_SCREEN) await page.screenshot({ path: path.join(README_DIR, `pane-${width}.png`) });
  }
}

/** Keeps one statement sheet of the workbook and renders its first page to PNG. */
async function renderStatement(bytes, pick, out) {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(bytes);
  const index = book.getWorksheet("Index");
  const names = new Set(book.worksheets.map((ws) => ws.name));
  // Index rows start under the header row (4): CustomerID, Customer, …, Sheet (last column).
  const header = index.getRow(4).values.map((v) => String(v ?? ""));
  const sheetCol = header.indexOf("Sheet");
  const rows = [];
  for (let r = 5; r <= index.rowCount; r++) {
    const row = index.getRow(r);
    const sheet = row.getCell(sheetCol).text;
    if (!sheet || !names.has(sheet)) break;
    rows.push({ customer: row.getCell(2).text, sheet, lines: book.getWorksheet(sheet).rowCount });
  }
  const chosen = rows.filter(pick).sort((a, b) => b.lines - a.lines)[0] ?? rows[0];
  for (const ws of [...book.worksheets]) if (ws.name !== chosen.sheet) book.removeWorksheet(ws.id);
  book.definedNames.model = [];
  const work = fs.mkdtempSync(path.join(os.tmpdir(), "ar-desk-shot-"));
  try {
    const xlsx = path.join(work, "statement.xlsx");
    await book.xlsx.writeFile(xlsx);
    execFileSync("/usr/bin/soffice", ["--headless", `-env:UserInstallation=file://${work}/profile`, "--convert-to", "pdf", "--outdir", work, xlsx], {
      stdio: "pipe",
      timeout: 120_000,
    });
    execFileSync("pdftoppm", ["-png", "-r", "60", "-f", "1", "-l", "1", "-singlefile", path.join(work, "statement.pdf"), out.replace(/\.png$/, "")], {
      stdio: "pipe",
    });
  } finally {
    fs.rmSync(work, { recursive: true, force: true });
  }
  return chosen;
}

async function main() {
  requireBuiltPane();
  need("/usr/bin/soffice", "install LibreOffice (apt-get install -y libreoffice-calc)");
  fs.mkdirSync(README_DIR, { recursive: true });
  fs.mkdirSync(LOOK_DIR, { recursive: true });
  const server = await serveStatic();
  const browser = await launchChromium();
  try {
    const opened = await pane.openPane(browser, server.origin, { width: 800, height: 760, now: pane.SAMPLE_NOW });
    const { page, problems } = opened;
    await page.screenshot({ path: path.join(LOOK_DIR, "800-open-workbook.png") });
    await pane.openSample(page);
    await pane.waitForLedger(page);
    await pane.selectTab(page, "Overview");
    const statements = await pane.generateStatements(page);
    await pane.createReminders(page);
    // Show a few drafts' previews open on the Reminders screen.
    const previews = pane.activePanel(page).getByRole("button", { name: "Preview" });
    if ((await previews.count()) > 0) await previews.first().click();
    await shootScreens(page, 800);
    await shootScreens(page, 320);
    await pane.setLanguage(page, "zh");
    await pane.selectTab(page, "概览");
    await page.setViewportSize({ width: 320, height: 760 });
    await page.screenshot({ path: path.join(LOOK_DIR, "320-overview-zh.png") });
    fs.writeFileSync(path.join(LOOK_DIR, statements.download.fileName), statements.download.bytes);
    const en = await renderStatement(statements.download.bytes, (row) => /^[ -~]+$/.test(row.customer), path.join(README_DIR, "statement.png"));
    const zh = await renderStatement(statements.download.bytes, (row) => /[\u4e00-\u9fff]/.test(row.customer), path.join(README_DIR, "statement-zh.png"));
    console.log(`statement.png: ${en.sheet}; statement-zh.png: ${zh.sheet}`);
    if (problems.length > 0) console.warn(`The pane logged problems:\n${describeProblems(problems)}`);
    console.log(`Screenshots in ${path.relative(ROOT, README_DIR)}/ and ${path.relative(ROOT, LOOK_DIR)}/`);
  } finally {
    await browser.close();
    await server.close();
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
