/**
 * The built pane served from dist/ and a headless Chromium, started once for a test file and
 * closed after it: what most e2e files set up in their beforeAll / afterAll.
 */
import type { Browser } from "playwright-core";
import { requireBuiltPane, serveStatic, type StaticServer } from "./serve";
import { launchChromium } from "./browser";

export interface BuiltPane {
  readonly server: () => StaticServer;
  readonly browser: () => Browser;
}

/** Registers the beforeAll / afterAll; the getters are for use inside tests. */
export function useBuiltPane(): BuiltPane {
  let server: StaticServer | undefined;
  let browser: Browser | undefined;
  beforeAll(async () => {
    requireBuiltPane();
    server = await serveStatic();
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });
  return { server: () => server!, browser: () => browser! };
}
