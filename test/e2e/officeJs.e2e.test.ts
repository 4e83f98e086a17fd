/**
 * The built task pane with the real office.js, offline: the CDN's office.js (and any file it
 * loads from the CDN folder) is answered from the @microsoft/office-js package, everything else
 * foreign is aborted. Outside Office the real library resolves Office.onReady with no host, and
 * the pane must decide it runs in a plain browser and offer *Open workbook…*, with no console
 * error or uncaught exception other than the aborted requests the library makes on its own.
 *
 * Needs `npm run build` first and Chromium at /usr/bin/chromium, like pane.e2e.test.ts.
 */
import * as fs from "node:fs";
import type { Browser } from "playwright-core";
import { requireBuiltPane, serveStatic, type StaticServer } from "./_lib/serve";
import { describeProblems, launchChromium, OFFICE_JS_DIST, OFFICE_JS_FOLDER, OFFICE_JS_URL } from "./_lib/browser";
import { bootFailure, openPane, type OpenedPane } from "./_lib/pane";

jest.setTimeout(60_000);

let server: StaticServer | undefined;
let browser: Browser | undefined;
let pane: OpenedPane | undefined;

beforeAll(async () => {
  requireBuiltPane();
  if (!fs.existsSync(`${OFFICE_JS_DIST}/office.js`)) throw new Error(`office.js is missing at ${OFFICE_JS_DIST}: the @microsoft/office-js devDependency is not installed.`);
  server = await serveStatic();
  browser = await launchChromium();
  pane = await openPane(browser, server.origin, { officeJs: "package" });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** A "Failed to load resource" console error for a request the test aborted on purpose (offline). */
function isAbortedRequest(problem: { kind: string; text: string; url?: string }, blocked: readonly string[]): boolean {
  return problem.kind === "console" && /^Failed to load resource: net::ERR_INTERNET_DISCONNECTED$/.test(problem.text) && problem.url !== undefined && blocked.includes(problem.url);
}

describe("task pane with the real office.js from @microsoft/office-js (offline, outside Office)", () => {
  it("loads the package's office.js instead of the CDN's", async () => {
    expect(pane!.blocked).not.toContain(OFFICE_JS_URL);
    const loaded = await pane!.page.evaluate(() => {
      const office = (window as unknown as { Office?: { onReady?: unknown } }).Office;
      return { office: typeof office, onReady: typeof office?.onReady };
    });
    expect(loaded).toEqual({ office: "object", onReady: "function" });
  });

  it("hears from Office.onReady that there is no host", async () => {
    const info = await pane!.page.evaluate(
      () => (window as unknown as { Office: { onReady(): Promise<{ host: unknown; platform: unknown }> } }).Office.onReady().then((i) => ({ host: i.host ?? null, platform: i.platform ?? null })),
    );
    expect(info.host).toBeNull();
  });

  it("decides it is outside Excel and offers Open workbook…", async () => {
    const page = pane!.page;
    const failed = await bootFailure(page);
    if (failed) throw new Error(`The pane failed to start with the real office.js: ${failed}`);
    await expect(page.getByRole("heading", { name: "Open a workbook" }).isVisible()).resolves.toBe(true);
    await expect(page.getByRole("button", { name: "Open workbook…" }).isVisible()).resolves.toBe(true);
    console.log(`pane boot with the real office.js: first text ${pane!.firstTextMs} ms, decision ${pane!.decisionMs} ms; blocked: ${pane!.blocked.join(", ") || "nothing"}`);
  });

  it("logged no console errors or uncaught exceptions but the requests it was refused offline", () => {
    const unexpected = pane!.problems.filter((p) => !isAbortedRequest(p, pane!.blocked));
    if (unexpected.length > 0) throw new Error(`The pane logged ${unexpected.length} problems:\n${describeProblems(unexpected)}`);
    // whatever office.js asked of its own CDN folder was either served from the package or refused
    for (const url of pane!.blocked.filter((u) => u.startsWith(OFFICE_JS_FOLDER))) expect(url).not.toBe(OFFICE_JS_URL);
  });
});
