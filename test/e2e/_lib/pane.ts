/**
 * Drives the built task pane as a clerk would, outside Office: open the page, open the sample
 * workbook, switch tabs, run Statements and Reminders and capture what they download. Shared by
 * pane.e2e.test.ts and makeScreenshots.js.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import type { Browser, Download, Page } from "playwright-core";
import { collectProblems, goOffline, type PageProblem } from "./browser";

export const SAMPLE_XLSX = path.resolve(__dirname, "../../../assets/sample-ledger.xlsx");
/** The sample workbook is as of this day (build/sample). */
export const SAMPLE_AS_OF = "2026-10-31";
export const SAMPLE_MONTH = "2026-10";

/** Long enough for 300 customers' statements on a shared 2-core machine. */
export const FLOW_TIMEOUT_MS = 60_000;

export interface OpenedPane {
  readonly page: Page;
  readonly problems: PageProblem[];
  readonly blocked: string[];
  /** From navigation start to the first text in the pane (ms, the page's own clock). */
  readonly firstTextMs: number;
  /** From navigation start to the browser decision: *Open workbook…* or a boot error (ms, the page's own clock). */
  readonly decisionMs: number;
}

/**
 * Runs in the page before its scripts: notes (performance.now(), i.e. since navigation start) when
 * #root first shows text and when the pane has decided: *Open workbook…* or "could not start".
 * Measured in the page so Playwright's polling and a loaded test machine's IPC do not count.
 */
function watchBoot(): void {
  const times: { firstText?: number; decision?: number } = {};
  (window as unknown as { __paneBoot: typeof times }).__paneBoot = times;
  const check = (): void => {
    const root = document.getElementById("root");
    const text = root?.textContent ?? "";
    if (times.firstText === undefined && text.trim() !== "") times.firstText = performance.now();
    if (times.decision === undefined && (text.includes("Open workbook…") || text.includes("AR Desk could not start"))) {
      times.decision = performance.now();
      observer.disconnect();
    }
  };
  const observer = new MutationObserver(check);
  observer.observe(document, { childList: true, subtree: true, characterData: true });
}

/** Noon UTC on the sample's as-of day: "today" for the screenshots. */
export const SAMPLE_NOW = new Date(`${SAMPLE_AS_OF}T12:00:00Z`);

export interface OpenPaneOptions {
  readonly width?: number;
  readonly height?: number;
  /**
   * Pins the page's Date (timers keep running), so "today" — the Ledger's as-of date, the default
   * statement month and reminder date — does not change from run to run. Playwright's clock also
   * fakes `performance`, so the boot timings are only meaningful without it.
   */
  readonly now?: Date;
  /** "blocked" (default): office.js fails to load, as offline; "package": the real office.js from @microsoft/office-js. */
  readonly officeJs?: "blocked" | "package";
}

/** Opens taskpane.html offline and waits until the pane has decided where it runs. */
export async function openPane(browser: Browser, origin: string, options: OpenPaneOptions = {}): Promise<OpenedPane> {
  const { width = 800, height = 900, now, officeJs = "blocked" } = options;
  const context = await browser.newContext({ viewport: { width, height }, acceptDownloads: true, locale: "en-US", timezoneId: "UTC" });
  if (now) await context.clock.setFixedTime(now);
  const page = await context.newPage();
  const problems = collectProblems(page);
  const blocked = await goOffline(page, origin, { officeJs });
  await page.addInitScript(watchBoot);
  await page.goto(`${origin}/taskpane.html`, { waitUntil: "commit" });
  await page
    .getByRole("button", { name: "Open workbook…" })
    .or(page.getByText("AR Desk could not start"))
    .first()
    .waitFor({ state: "visible", timeout: 10_000 });
  const times = await page.evaluate(() => (window as unknown as { __paneBoot: { firstText?: number; decision?: number } }).__paneBoot);
  const firstTextMs = Math.round(times.firstText ?? Number.NaN);
  const decisionMs = Math.round(times.decision ?? Number.NaN);
  return { page, problems, blocked, firstTextMs, decisionMs };
}

/** The boot error text, when the pane failed to start (for a precise failure message). */
export async function bootFailure(page: Page): Promise<string | undefined> {
  const bar = page.getByText("AR Desk could not start");
  if (!(await bar.isVisible())) return undefined;
  return (await page.locator("#root").innerText()).replace(/\s+/g, " ");
}

/** The text of every error bar on screen (Fluent MessageBar intent error). */
export async function errorBars(page: Page): Promise<string[]> {
  return page.locator(".fui-MessageBar").filter({ hasText: "Something went wrong" }).allInnerTexts();
}

/** Opens the sample through the hidden file input, as *Open workbook…* would, and waits for the tabs. */
export async function openSample(page: Page, file: string = SAMPLE_XLSX): Promise<void> {
  const failed = await bootFailure(page);
  if (failed) throw new Error(`The pane did not start in the browser: ${failed}`);
  await page.locator("#open-workbook-input").setInputFiles(file);
  const tabs = page.getByRole("tablist");
  const error = page.locator(".fui-MessageBar").filter({ hasText: "Something went wrong" });
  await tabs.or(error).first().waitFor({ state: "visible", timeout: FLOW_TIMEOUT_MS });
  if (await error.first().isVisible()) {
    throw new Error(`Opening ${path.basename(file)} failed in the pane: ${(await error.allInnerTexts()).join(" | ").replace(/\s+/g, " ")}`);
  }
}

/** Waits until the Ledger screen shows the detection result (the "Tables and columns" heading). */
export async function waitForLedger(page: Page): Promise<void> {
  const panel = page.locator("#panel-ledger");
  const heading = panel.getByRole("heading", { name: "Tables and columns" });
  const error = page.locator(".fui-MessageBar").filter({ hasText: "Something went wrong" });
  await heading.or(error).first().waitFor({ state: "visible", timeout: FLOW_TIMEOUT_MS });
  if (!(await heading.isVisible())) throw new Error(`Ledger did not load: ${(await error.allInnerTexts()).join(" | ")}`);
}

export type TabName = "Ledger" | "Overview" | "Statements" | "Reminders" | "Formulas" | "Settings";

export async function selectTab(page: Page, name: TabName | string): Promise<void> {
  await page.getByRole("tab", { name }).click();
  await page.getByRole("tab", { name, selected: true }).waitFor({ timeout: 5_000 });
}

/** The visible tab panel. */
export function activePanel(page: Page) {
  return page.locator('[role="tabpanel"]:not([hidden])');
}

async function bytesOf(download: Download): Promise<Buffer> {
  const file = await download.path();
  return fs.promises.readFile(file);
}

/** Fails with the pane's own error text when one shows up before `done`. */
async function untilDoneOrError(page: Page, done: ReturnType<Page["locator"]>, what: string): Promise<void> {
  const panelError = activePanel(page).locator(".fui-MessageBar").filter({ hasText: "Something went wrong" });
  await done.or(panelError).first().waitFor({ state: "visible", timeout: FLOW_TIMEOUT_MS });
  if (!(await done.first().isVisible())) {
    throw new Error(`${what} failed in the pane: ${(await panelError.allInnerTexts()).join(" | ").replace(/\s+/g, " ")}`);
  }
}

export interface Captured {
  readonly fileName: string;
  readonly bytes: Buffer;
}

/**
 * Clicks `trigger` and returns the download it starts. Some hosts start the download on the flow's
 * own button, others on a separate *Download* button; both land here.
 */
async function capture(page: Page, trigger: () => Promise<void>): Promise<Captured> {
  const [download] = await Promise.all([page.waitForEvent("download", { timeout: FLOW_TIMEOUT_MS }), trigger()]);
  return { fileName: download.suggestedFilename(), bytes: await bytesOf(download) };
}

/** Statements tab: month, *Create statements*, then the statements workbook download. */
export async function generateStatements(page: Page, month: string = SAMPLE_MONTH): Promise<{ download: Captured; summary: string }> {
  await selectTab(page, "Statements");
  const panel = activePanel(page);
  await panel.getByLabel("Statement month").fill(month);
  let early: Download | undefined;
  const listener = (download: Download): void => void (early ??= download);
  page.on("download", listener);
  await panel.getByRole("button", { name: "Create statements" }).click();
  await untilDoneOrError(page, panel.getByRole("heading", { name: / statements for / }), "Create statements");
  page.off("download", listener);
  const summary = (await panel.locator('section[aria-labelledby="statements-result"]').innerText()).trim();
  const download = early
    ? { fileName: early.suggestedFilename(), bytes: await bytesOf(early) }
    : await capture(page, () => panel.getByRole("button", { name: "Download statements" }).click());
  return { download, summary };
}

/** Reminders tab: as-of date, *Find customers to remind*, *Create drafts*, then the .zip of .eml drafts. */
export async function createReminders(page: Page, asOf: string = SAMPLE_AS_OF): Promise<{ download: Captured; summary: string; candidates: number }> {
  await selectTab(page, "Reminders");
  const panel = activePanel(page);
  await panel.getByLabel("As of").fill(asOf);
  await panel.getByRole("button", { name: "Find customers to remind" }).click();
  await untilDoneOrError(page, panel.getByRole("button", { name: "Create drafts" }), "Find customers to remind");
  const selected = (await panel.getByText(/^\d+ selected$/).innerText()).trim();
  const candidates = Number(selected.split(" ")[0]);
  let early: Download | undefined;
  const listener = (download: Download): void => void (early ??= download);
  page.on("download", listener);
  await panel.getByRole("button", { name: "Create drafts" }).click();
  await untilDoneOrError(page, panel.getByRole("heading", { name: /^Email drafts: \d+/ }), "Create drafts");
  page.off("download", listener);
  const summary = (await panel.locator('section[aria-labelledby="reminders-result"]').innerText()).trim();
  const download = early
    ? { fileName: early.suggestedFilename(), bytes: await bytesOf(early) }
    : await capture(page, () => panel.getByRole("button", { name: "Download drafts (.zip of .eml)" }).click());
  return { download, summary, candidates };
}

/** Picks the pane language in the header select (`en` or `zh`). */
export async function setLanguage(page: Page, language: "en" | "zh"): Promise<void> {
  await page.locator("#pane-language").selectOption(language);
}

/** Widest element's right edge vs the viewport: > 0 means the pane scrolls sideways. */
export async function horizontalOverflow(page: Page): Promise<{ overflow: number; culprits: string[] }> {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const culprits: string[] = [];
    for (const element of Array.from(document.querySelectorAll("#root *"))) {
      const box = element.getBoundingClientRect();
      if (box.width === 0 || box.right <= width + 1) continue;
      // Only report the outermost offenders.
      if (element.parentElement && element.parentElement.getBoundingClientRect().right > width + 1) continue;
      const id = element.id ? `#${element.id}` : "";
      const cls = typeof element.className === "string" ? element.className.split(" ").filter((c) => !/^___|^f[0-9a-z]{5,}$/.test(c)).slice(0, 2).join(".") : "";
      culprits.push(`${element.tagName.toLowerCase()}${id}${cls ? "." + cls : ""} right=${Math.round(box.right)} "${(element.textContent ?? "").trim().slice(0, 40)}"`);
    }
    return { overflow: Math.max(0, document.documentElement.scrollWidth - width), culprits: culprits.slice(0, 10) };
  });
}
