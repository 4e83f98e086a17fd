/**
 * Decides whether the pane runs inside Excel or in a plain browser. Pure: the Office global is
 * passed in, so tests drive every branch with fakes.
 *
 * taskpane.html loads office.js with a plain (not deferred) script tag before the pane's bundles,
 * so when the pane starts, office.js has either loaded (`Office` exists) or failed to load
 * (offline, blocked): only then is the answer "browser" at once. When `Office` exists the answer
 * is `Office.onReady`'s, however long it takes: in a plain browser it resolves with `host: null`,
 * and inside Excel a slow shared-runtime start can take seconds (office-js #4532, #2716, #6946),
 * so no timer may decide "not in Excel". Boot.tsx shows that the start is slow and lets the clerk
 * go on without Excel, rather than guessing.
 */
import type { HostKind } from "./services/paneServices";

/** The slice of office.js this module reads. */
export interface OfficeGlobal {
  onReady?: (callback?: (info: { host: string | null; platform: string | null }) => void) =>
    | Promise<{ host: string | null; platform: string | null }>
    | void;
  context?: {
    displayLanguage?: string;
  };
}

export interface HostGlobals {
  readonly Office?: OfficeGlobal;
}

/** Why the host was chosen (shown in diagnostics and asserted in tests). */
export type HostReason = "excel" | "no-office" | "no-host" | "other-host" | "on-ready-failed" | "chosen";

export interface HostInfo {
  readonly host: HostKind;
  readonly reason: HostReason;
  /** Office's UI language (`zh-CN`, `en-US`) when inside Office. */
  readonly displayLanguage?: string;
}

/**
 * Resolves to the host; never rejects.
 * @example
 * await detectHost({ Office: undefined }) //=> { host: "browser", reason: "no-office" }
 */
export function detectHost(globals: HostGlobals): Promise<HostInfo> {
  const office = globals.Office;
  if (office === undefined || typeof office.onReady !== "function") {
    return Promise.resolve({ host: "browser", reason: "no-office" });
  }
  const onReady = office.onReady;
  return new Promise<HostInfo>((resolve) => {
    let settled = false;
    const settle = (info: HostInfo): void => {
      if (settled) return;
      settled = true;
      resolve(info);
    };
    const ready = (info: { host: string | null } | undefined): void => {
      const hostName = info?.host ?? null;
      if (hostName === null) return settle({ host: "browser", reason: "no-host" });
      if (hostName !== "Excel") return settle({ host: "browser", reason: "other-host" });
      settle({ host: "excel", reason: "excel", displayLanguage: office.context?.displayLanguage });
    };
    // office.js that failed half-way can throw here or reject; either way we are not in a usable Office.
    try {
      const result = onReady.call(office, ready);
      if (result && typeof result.then === "function") {
        result.then(ready, () => settle({ host: "browser", reason: "on-ready-failed" }));
      }
    } catch {
      settle({ host: "browser", reason: "on-ready-failed" });
    }
  });
}
