/**
 * The mapping editor in the built pane (real headless Chromium, outside Office): a ledger whose
 * sheets start with report titles above the header row offers the columns of the detected header
 * row, and a field mapped there is saved in AR Settings and kept on *Check again* (issue 8).
 *
 * Needs `npm run build` first and Chromium at /usr/bin/chromium, like pane.e2e.test.ts.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import * as path from "node:path";
import ExcelJS from "exceljs";
import type { Browser, Page } from "playwright-core";
import { requireBuiltPane, serveStatic, type StaticServer } from "./_lib/serve";
import { describeProblems, launchChromium } from "./_lib/browser";
import { activePanel, openPane, openSample, waitForLedger, type OpenedPane } from "./_lib/pane";

jest.setTimeout(120_000);

const INVOICE_HEADER = ["Invoice No", "Customer ID", "Invoice Date", "Due Date", "Amount", "Promised"];
const CUSTOMER_HEADER = ["Customer ID", "Customer Name", "Email"];

let dir: string;
let file: string;
let server: StaticServer | undefined;
let browser: Browser | undefined;
let pane: OpenedPane | undefined;

/** Two sheets, each with title rows above its header, as exported reports have them. */
async function writeTitledLedger(target: string): Promise<void> {
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet("Clients").addRows([["Customer master — exported 2026-11-01"], [], CUSTOMER_HEADER, ["C1", "Acme Ltd", "ap@acme.example.com"], ["C2", "Beta LLC", "ap@beta.example.com"]]);
  wb.addWorksheet("Open items").addRows([
    ["Open invoices"],
    ["As of 31 October 2026"],
    [],
    INVOICE_HEADER,
    ["I-1", "C1", new Date(Date.UTC(2026, 8, 1)), new Date(Date.UTC(2026, 9, 1)), 100, new Date(Date.UTC(2026, 10, 20))],
    ["I-2", "C2", new Date(Date.UTC(2026, 9, 5)), new Date(Date.UTC(2026, 10, 4)), 250, new Date(Date.UTC(2026, 10, 30))],
  ]);
  await wb.xlsx.writeFile(target);
}

beforeAll(async () => {
  requireBuiltPane();
  dir = mkdtempSync(path.join(tmpdir(), "ar-e2e-mapping-"));
  file = path.join(dir, "titled-ledger.xlsx");
  await writeTitledLedger(file);
  server = await serveStatic();
  browser = await launchChromium();
  pane = await openPane(browser, server.origin);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

const invoicesGroup = (page: Page) => activePanel(page).getByRole("group", { name: "Invoices", exact: true });
const dueDateSelect = (page: Page) => invoicesGroup(page).getByLabel("Due date column");
const optionsOf = (page: Page) => dueDateSelect(page).locator("option").allInnerTexts();

test("a ledger with title rows above the header: the editor offers that header's columns and maps a field", async () => {
  const page = pane!.page;
  await openSample(page, file);
  await waitForLedger(page);

  // The columns on offer are the detected header row's, not the title in row 1.
  const offered = await optionsOf(page);
  expect(offered.slice(1)).toEqual(INVOICE_HEADER);
  expect(offered).not.toContain("Open invoices");
  await expect(dueDateSelect(page).inputValue()).resolves.toBe("Due Date");

  // Map Due date to the clerk's own column and save: the choice is read back from AR Settings.
  await dueDateSelect(page).selectOption("Promised");
  await activePanel(page).getByRole("button", { name: "Save mapping" }).click();
  await activePanel(page).getByText("Mapping saved in the AR Settings sheet.").waitFor({ timeout: 30_000 });
  await expect(dueDateSelect(page).inputValue()).resolves.toBe("Promised");

  // Check again (on the Ledger screen) reads the workbook afresh and keeps the saved mapping.
  await activePanel(page).getByRole("button", { name: "Check again" }).click();
  await invoicesGroup(page).waitFor();
  await expect(dueDateSelect(page).inputValue()).resolves.toBe("Promised");
  expect((await optionsOf(page)).slice(1)).toEqual(INVOICE_HEADER);
});

test("logged no console errors and no uncaught exceptions (the blocked office.js request aside)", () => {
  const problems = pane?.problems ?? [];
  if (problems.length > 0) throw new Error(`The pane logged ${problems.length} problems:\n${describeProblems(problems)}`);
});
