/**
 * Builds the {@link PaneServices} for a host. index.tsx imports this module with a dynamic
 * `import()`, and this module imports the host's services the same way, so the engine, ExcelJS
 * and the xlsx reader load only after the pane is on screen, and the Excel host never loads the
 * browser's ExcelJS-based workbook.
 */
import type { HostKind, PaneServices } from "./paneServices";

export async function createServices(host: HostKind): Promise<PaneServices> {
  if (host === "excel") return (await import("./excel")).createExcelServices();
  return (await import("./browser")).createBrowserServices();
}
