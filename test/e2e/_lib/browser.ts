/**
 * Headless Chromium for the end-to-end tests: Debian's /usr/bin/chromium driven by playwright-core
 * (no browser download). The office.js CDN request is aborted, as if offline, so every run sees the
 * same pane: one that must decide on its own that it is outside Office.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { chromium, type Browser, type ConsoleMessage, type Page } from "playwright-core";

export const CHROMIUM_PATH = process.env.AR_DESK_CHROMIUM ?? "/usr/bin/chromium";

/** The one script taskpane.html loads from outside: Microsoft's CDN. */
export const OFFICE_JS_URL = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";
/** The CDN folder office.js loads its other scripts (strings, host code) from. */
export const OFFICE_JS_FOLDER = "https://appsforoffice.microsoft.com/lib/1/hosted/";
/** The same files from the @microsoft/office-js package (a devDependency): office.js without a network. */
export const OFFICE_JS_DIST = path.resolve(__dirname, "../../../node_modules/@microsoft/office-js/dist");

const ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
  "--disable-quic",
];

/** Launches Chromium; a missing browser is a failure with the fix in the message, never a skip. */
export async function launchChromium(): Promise<Browser> {
  if (!fs.existsSync(CHROMIUM_PATH)) {
    throw new Error(
      `Chromium is missing at ${CHROMIUM_PATH}: the end-to-end tests need it. ` +
        "Install it with `apt-get install -y chromium` (.ci/run does this), or set AR_DESK_CHROMIUM to a Chromium binary.",
    );
  }
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: ARGS });
}

/**
 * Lets requests to the test server through and aborts everything else, as a machine without
 * internet would. With `officeJs: "package"`, requests for the office.js CDN folder are answered
 * from the @microsoft/office-js package instead (the real library, offline); files it does not
 * hold are aborted like any other. Returns the URLs that were blocked and those served locally.
 */
export async function goOffline(page: Page, allowedOrigin: string, options: { officeJs?: "blocked" | "package" } = {}): Promise<string[]> {
  const blocked: string[] = [];
  // Only foreign URLs are intercepted: the test server's own files load without a round trip
  // through Playwright, so the timings measure the pane rather than the test harness.
  const foreign = (url: URL): boolean => url.origin !== allowedOrigin && url.protocol !== "blob:" && url.protocol !== "data:";
  await page.route(foreign, (route) => {
    const url = route.request().url();
    const local = options.officeJs === "package" ? packagedOfficeFile(url) : undefined;
    if (local) return route.fulfill({ status: 200, contentType: "text/javascript; charset=utf-8", body: fs.readFileSync(local) });
    blocked.push(url);
    return route.abort("internetdisconnected");
  });
  return blocked;
}

/** The package's copy of a CDN office.js file, or undefined (not under the folder, or not in the package). */
export function packagedOfficeFile(url: string): string | undefined {
  if (!url.startsWith(OFFICE_JS_FOLDER)) return undefined;
  const relative = decodeURIComponent(new URL(url).pathname.slice(new URL(OFFICE_JS_FOLDER).pathname.length));
  const file = path.resolve(OFFICE_JS_DIST, relative);
  if (!file.startsWith(OFFICE_JS_DIST + path.sep) || !fs.existsSync(file) || !fs.statSync(file).isFile()) return undefined;
  return file;
}

/** A console error or uncaught exception seen on the page. */
export interface PageProblem {
  readonly kind: "console" | "pageerror";
  readonly text: string;
  readonly url?: string;
}

/**
 * True for exactly the console error Chromium prints for the aborted office.js request: a
 * "Failed to load resource" whose source is the office.js URL. Any other error still counts.
 */
export function isBlockedOfficeJs(message: ConsoleMessage): boolean {
  return message.location().url === OFFICE_JS_URL && /^Failed to load resource: net::ERR_INTERNET_DISCONNECTED$/.test(message.text());
}

/** Collects console errors and uncaught exceptions, except the blocked office.js request. */
export function collectProblems(page: Page): PageProblem[] {
  const problems: PageProblem[] = [];
  page.on("console", (message) => {
    if (message.type() !== "error" || isBlockedOfficeJs(message)) return;
    problems.push({ kind: "console", text: message.text(), url: message.location().url });
  });
  page.on("pageerror", (error) => problems.push({ kind: "pageerror", text: `${error.name}: ${error.message}` }));
  return problems;
}

/** One line per problem, for assertion messages. */
export function describeProblems(problems: readonly PageProblem[]): string {
  return problems.map((p) => `${p.kind}: ${p.text}${p.url ? ` (${p.url})` : ""}`).join("\n");
}
