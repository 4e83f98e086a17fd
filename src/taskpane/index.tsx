/**
 * Task pane entry (webpack `taskpane`). Wires the real globals into {@link Boot}: host detection
 * over window.Office and the services factory — the latter through dynamic `import()` so the engine, ExcelJS and the xlsx reader load only when needed and the
 * first bundle stays small. Nothing here runs Office.onReady at import time in tested code:
 * Boot and detectHost are tested on their own with fake globals.
 */
import { createRoot } from "react-dom/client";
import { Boot } from "./Boot";
import { detectHost, type OfficeGlobal } from "./host";
import type { HostKind, PaneServices } from "./services/paneServices";

function officeGlobal(): OfficeGlobal | undefined {
  return (globalThis as unknown as { Office?: OfficeGlobal }).Office;
}

const detect = () => detectHost({ Office: officeGlobal() });

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
