/**
 * Builds the {@link PaneServices} for a host. index.tsx imports this module with a dynamic
 * `import()` so the engine, ExcelJS and the xlsx reader load only after the pane is on screen.
 *
 * Placeholder until the lead wires services/excel.ts and services/browser.ts over src/jobs:
 * replace the body with `host === "excel" ? (await import("./excel")).createExcelServices()
 * : (await import("./browser")).createBrowserServices()`.
 */
import type { HostKind, PaneServices } from "../services";

export const NOT_WIRED_MESSAGE = "AR Desk pane: services for this host are not wired yet";

export async function createServices(host: HostKind): Promise<PaneServices> {
  throw new Error(`${NOT_WIRED_MESSAGE} (${host})`);
}
