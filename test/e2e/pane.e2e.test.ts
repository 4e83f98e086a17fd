/**
 * The built task pane (dist/) in real headless Chromium, outside Office and offline: the office.js
 * CDN request is aborted, so the pane must decide on its own that it runs in a plain browser,
 * offer *Open workbook…*, and run every flow on the sample workbook with results as downloads.
 *
 * Needs `npm run build` first (npm test does it) and Chromium at /usr/bin/chromium (.ci/run
 * installs it). Both missing cases fail with the fix in the message; nothing is skipped.
 */
import type { Page } from "playwright-core";
import { useBuiltPane } from "./_lib/builtPane";
import { describeProblems, OFFICE_JS_URL, type PageProblem } from "./_lib/browser";
import { axeViolations, describeFindings, seriousOrCritical, type AxeFinding } from "./_lib/axe";
import {
  activePanel,
  bootFailure,
  createReminders,
  generateStatements,
  horizontalOverflow,
  openPane,
  openSample,
  SAMPLE_AS_OF,
  SAMPLE_MONTH,
  SAMPLE_XLSX,
  selectTab,
  setLanguage,
  waitForLedger,
  type OpenedPane,
} from "./_lib/pane";
import { readDrafts, readStatementsBook, sampleEmails, zipEntries } from "./_lib/readBack";

jest.setTimeout(120_000);

/**
 * "No blank pane, no long wait", measured from navigation start on the page's clock. The pane's
 * own give-up timer is 1.5 s (src/taskpane/host.ts); 3 s leaves room for a busy CI machine while
 * still failing a pane that waits on Office.onReady or shows nothing.
 */
const FIRST_TEXT_LIMIT_MS = 3_000;
const DECISION_LIMIT_MS = 3_000;

const SCREENS = ["Ledger", "Overview", "Statements", "Reminders", "Formulas", "Settings"] as const;

const built = useBuiltPane();
let pane: OpenedPane | undefined;
let page: Page;
let problems: PageProblem[] = [];
let opened = false;
const axeByScreen = new Map<string, AxeFinding[]>();

function needPane(): Page {
  if (!pane) throw new Error("The pane did not open (see the first test's failure).");
  return pane.page;
}

function needWorkbook(): Page {
  const p = needPane();
  if (!opened) throw new Error("The sample workbook was not opened (see the failure of 'opens the sample workbook').");
  return p;
}

/** Money as the pane prints it (`USD 1,234.50`, `¥1,234.50`, `-USD 3.00`) → number. */
function parseShownMoney(text: string): number {
  const negative = /^\s*[-−(]|[-−]\s*[A-Z¥$]/.test(text);
  const digits = text.replace(/[^0-9.]/g, "");
  const value = Number(digits);
  if (digits === "" || !Number.isFinite(value)) throw new Error(`not an amount: "${text}"`);
  return negative ? -value : value;
}

const cents = (amount: number): number => Math.round(amount * 100);

describe("task pane in a plain browser (headless Chromium, office.js blocked)", () => {
  it("starts at once, decides it is outside Office and offers Open workbook… within ~3 s", async () => {
    // Best of three loads: the limits are about the pane, not about a CI machine that is busy
    // with other work for a moment. Each load is a fresh context (nothing cached).
    const timings: string[] = [];
    for (let attempt = 1; attempt <= 3; attempt++) {
      const candidate = await openPane(built.browser(), built.server().origin);
      timings.push(`first text ${candidate.firstTextMs} ms, decision ${candidate.decisionMs} ms`);
      const fast = candidate.firstTextMs < FIRST_TEXT_LIMIT_MS && candidate.decisionMs < DECISION_LIMIT_MS;
      if (fast || attempt === 3) {
        pane = candidate;
        break;
      }
      await candidate.page.context().close();
    }
    page = pane!.page;
    problems = pane!.problems;
    console.log(`pane boot (page clock, since navigation): ${timings.join("; ")}`);
    expect(pane!.blocked).toContain(OFFICE_JS_URL);
    const failed = await bootFailure(page);
    if (failed) throw new Error(`The pane failed to start in the browser (after ${pane!.decisionMs} ms): ${failed}`);
    await expect(page.getByRole("heading", { name: "Open a workbook" }).isVisible()).resolves.toBe(true);
    if (!(pane!.firstTextMs < FIRST_TEXT_LIMIT_MS && pane!.decisionMs < DECISION_LIMIT_MS)) {
      throw new Error(
        `The pane is slow to start: want first text < ${FIRST_TEXT_LIMIT_MS} ms and the decision < ${DECISION_LIMIT_MS} ms; ` +
          `three loads gave: ${timings.join("; ")}`,
      );
    }
    axeByScreen.set("Open workbook", await axeViolations(page));
  });

  it("opens the sample workbook and shows the detected tables on the Ledger tab", async () => {
    const p = needPane();
    await openSample(p, SAMPLE_XLSX);
    await waitForLedger(p);
    opened = true;
    await expect(p.getByText("Workbook: sample-ledger.xlsx").isVisible()).resolves.toBe(true);
    const panel = activePanel(p);
    for (const table of ["Customers", "Invoices", "Payments"]) {
      const group = panel.getByRole("group", { name: table, exact: true });
      await expect(group.isVisible()).resolves.toBe(true);
      const status = await group.locator("span").first().innerText();
      // e.g. "Invoices, found by table name, confidence 100%"
      expect(status).toMatch(new RegExp(`^${table}, found by table name, confidence \\d+%$`));
    }
    await expect(panel.getByText(/^Missing required columns/).count()).resolves.toBe(0);
    // The Ledger's figures are as of today (the machine's calendar day, in UTC here).
    const today = new Date().toISOString().slice(0, 10);
    await expect(panel.getByText(/^As of /).first().innerText()).resolves.toMatch(/^As of \d{4}-\d{2}-\d{2}$/);
    expect([today, new Date(Date.now() - 60_000).toISOString().slice(0, 10)]).toContain(
      (await panel.getByText(/^As of /).first().innerText()).slice("As of ".length),
    );
  });

  it(`creates the ${SAMPLE_MONTH} statements and downloads a workbook that reads back consistent`, async () => {
    const p = needWorkbook();
    const { download, summary } = await generateStatements(p, SAMPLE_MONTH);
    expect(download.fileName).toMatch(/\.xlsx$/);
    const book = await readStatementsBook(download.bytes);

    expect(book.tableName).toBe("StatementIndex");
    expect(book.headers.slice(0, 8)).toEqual(["CustomerID", "Customer", "Currency", "Opening", "Invoiced", "Paid", "Credits", "Closing"]);
    const count = Number(/^(\d+) statements for 2026-10/m.exec(summary)?.[1]);
    expect(count).toBeGreaterThan(0);
    expect(book.rows).toHaveLength(count);

    // One sheet per statement, each named in the index.
    const sheets = new Set(book.sheetNames);
    const named = book.rows.map((row) => row.sheet);
    expect(new Set(named).size).toBe(named.length);
    expect(named.filter((name) => !sheets.has(name))).toEqual([]);
    for (const row of book.rows.slice(0, 5)) {
      const ws = book.workbook.getWorksheet(row.sheet)!;
      let text = "";
      ws.eachRow((r, n) => void (n <= 20 && (text += ` ${r.values?.toString()}`)));
      expect(text).toContain(row.customer);
    }

    // closing = opening + invoiced − paid − credits on every balance-forward row.
    const broken = book.rows.filter(
      (row) =>
        row.opening !== undefined &&
        cents(row.opening) + cents(row.invoiced ?? 0) - cents(row.paid ?? 0) - cents(row.credits ?? 0) !== cents(row.closing),
    );
    expect(broken.map((row) => row.customerId)).toEqual([]);

    // Totals per currency = sum of the rows, and the pane shows the same totals.
    const sums = new Map<string, { closing: number; overdue: number }>();
    for (const row of book.rows) {
      const sum = sums.get(row.currency) ?? { closing: 0, overdue: 0 };
      sum.closing += cents(row.closing);
      sum.overdue += cents(row.overdue);
      sums.set(row.currency, sum);
    }
    expect([...book.totals.keys()].sort()).toEqual([...sums.keys()].sort());
    expect([...sums.keys()].sort()).toEqual(["CNY", "USD"]);
    for (const [currency, sum] of sums) {
      const total = book.totals.get(currency)!;
      expect({ currency, closing: cents(total.closing), overdue: cents(total.overdue) }).toEqual({ currency, ...sum });
      const line = new RegExp(`^${currency}: closing (.+), overdue (.+)$`, "m").exec(summary);
      if (!line) throw new Error(`The pane shows no ${currency} total line in:\n${summary}`);
      expect({ currency, closing: cents(parseShownMoney(line[1])), overdue: cents(parseShownMoney(line[2])) }).toEqual({ currency, ...sum });
    }
  });

  it(`creates reminder drafts as of ${SAMPLE_AS_OF} and downloads a zip of valid .eml files`, async () => {
    const p = needWorkbook();
    const { download, summary, candidates } = await createReminders(p, SAMPLE_AS_OF);
    expect(candidates).toBeGreaterThan(0);
    expect(download.fileName).toMatch(/\.zip$/);
    const drafts = await readDrafts(download.bytes);
    if (drafts.length === 0) throw new Error(`The zip holds no .eml: ${zipEntries(download.bytes).join(", ")}`);
    // The counts agree: the zip holds exactly the email drafts the pane reports.
    const created = Number(/^Email drafts: (\d+)/.exec(summary)?.[1]);
    expect(drafts.length).toBe(created);

    const emails = await sampleEmails(SAMPLE_XLSX);
    const bad: string[] = [];
    for (const draft of drafts) {
      const { mail, fileName } = draft;
      const customerId = fileName.replace(/^.*\//, "").split(" ")[0];
      const to = mail.to && !Array.isArray(mail.to) ? mail.to.value.map((a) => a.address) : [];
      const subject = mail.subject ?? "";
      const problemsOf = [
        mail.headers.get("x-unsent") === "1" ? "" : `X-Unsent is ${String(mail.headers.get("x-unsent"))}`,
        to.length === 1 ? "" : `To has ${to.length} addresses`,
        emails.get(customerId) && to[0] !== emails.get(customerId) ? `To ${to[0]} is not ${emails.get(customerId)}` : "",
        subject.trim() !== "" && !/=\?[^?]+\?[BQ]\?/i.test(subject) ? "" : `subject does not decode: "${subject}"`,
        /[\r\n]/.test(subject) ? "subject holds a line break" : "",
        (mail.text ?? "").trim() !== "" ? "" : "no text body",
      ].filter(Boolean);
      if (problemsOf.length > 0) bad.push(`${fileName}: ${problemsOf.join("; ")}`);
    }
    expect(bad).toEqual([]);
    // Chinese customers get Chinese subjects, intact after encoding and decoding.
    const chinese = drafts.filter((draft) => /[\u4e00-\u9fff]/.test(draft.fileName));
    expect(chinese.length).toBeGreaterThan(0);
    for (const draft of chinese) expect(draft.mail.subject).toMatch(/[\u4e00-\u9fff]/);
  });

  it("has no serious or critical axe violations on any screen", async () => {
    const p = needWorkbook();
    const axeMs: string[] = [];
    for (const screen of SCREENS) {
      await selectTab(p, screen);
      await p.waitForTimeout(150); // let the panel's first effects settle
      const started = Date.now();
      axeByScreen.set(screen, await axeViolations(p));
      axeMs.push(`${screen} ${Date.now() - started} ms`);
    }
    console.log(`axe run times: ${axeMs.join(", ")}`);
    const report: string[] = [];
    let blocking = 0;
    for (const [screen, findings] of axeByScreen) {
      const serious = seriousOrCritical(findings);
      blocking += serious.length;
      if (findings.length > 0) report.push(describeFindings(screen, findings));
    }
    if (report.length > 0) console.log(`axe findings (all impacts):\n${report.join("\n")}`);
    const serious = [...axeByScreen].map(([screen, f]) => describeFindings(screen, seriousOrCritical(f))).filter(Boolean);
    if (blocking > 0) throw new Error(`axe: ${blocking} serious or critical violations:\n${serious.join("\n")}`);
  });

  it("fits a 320 px wide pane on every screen (no sideways scrolling)", async () => {
    const p = needWorkbook();
    await p.setViewportSize({ width: 320, height: 700 });
    const wide: string[] = [];
    for (const screen of SCREENS) {
      await selectTab(p, screen);
      const { overflow, culprits } = await horizontalOverflow(p);
      if (overflow > 0) wide.push(`${screen}: ${overflow}px too wide\n    ${culprits.join("\n    ")}`);
    }
    await p.setViewportSize({ width: 800, height: 900 });
    expect(wide).toEqual([]);
  });

  it("switches the pane to Chinese", async () => {
    const p = needPane();
    await setLanguage(p, "zh");
    await p.locator('label[for="pane-language"]', { hasText: /^语言$/ }).waitFor({ timeout: 5_000 });
    if (opened) {
      await expect(p.getByRole("tab", { name: "对账单" }).isVisible()).resolves.toBe(true);
      await expect(p.getByRole("tab", { name: "催款" }).isVisible()).resolves.toBe(true);
    }
    await setLanguage(p, "en");
    await p.locator('label[for="pane-language"]', { hasText: /^Language$/ }).waitFor({ timeout: 5_000 });
  });

  it("logged no console errors and no uncaught exceptions (the blocked office.js request aside)", () => {
    needPane();
    if (problems.length > 0) throw new Error(`The pane logged ${problems.length} problems:\n${describeProblems(problems)}`);
  });
});
