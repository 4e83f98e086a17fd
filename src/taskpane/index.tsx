/**
 * Task pane entry (webpack `taskpane`). Wires the real globals into {@link Boot}: host detection
 * over window.Office, the requirement-set check, and the services factory — the last two through
 * dynamic `import()` so the engine, ExcelJS and the xlsx reader load only when needed and the
 * first bundle stays small. Nothing here runs Office.onReady at import time in tested code:
 * Boot and detectHost are tested on their own with fake globals.
 */
import { createRoot } from "react-dom/client";
import { Boot, type RequirementCheck } from "./Boot";
import { detectHost, type OfficeGlobal } from "./host";
import type { HostKind, PaneServices } from "./services";

function officeGlobal(): OfficeGlobal | undefined {
  return (globalThis as unknown as { Office?: OfficeGlobal }).Office;
}

const detect = () =>
  detectHost({
    Office: officeGlobal(),
    setTimeout: (callback, ms) => globalThis.setTimeout(callback, ms),
    clearTimeout: (handle) => globalThis.clearTimeout(handle as ReturnType<typeof setTimeout>),
  });

async function checkRequirements(isSetSupported: (name: string, minVersion?: string) => boolean): Promise<RequirementCheck> {
  const { checkRequirements: check } = await import("../workbook/officeRequirements");
  return check(isSetSupported);
}

async function loadServices(host: HostKind): Promise<PaneServices> {
  const { createServices } = await import("./services/factory");
  return createServices(host);
}

function mount(): void {
  let element = document.getElementById("root");
  if (element === null) {
    element = document.createElement("div");
    element.id = "root";
    document.body.appendChild(element);
  }
  createRoot(element).render(
    <Boot
      detectHost={detect}
      checkRequirements={checkRequirements}
      loadServices={loadServices}
      navigatorLanguage={typeof navigator === "undefined" ? undefined : navigator.language}
    />,
  );
}

if (document.readyState === "loading") {
  document.addEventListener("DOMContentLoaded", mount);
} else {
  mount();
}
