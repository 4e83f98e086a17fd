/**
 * Decides quickly whether the pane runs inside Excel or in a plain browser. Pure: the globals
 * (window.Office, timers) are passed in, so tests drive every branch with fakes.
 *
 * taskpane.html loads office.js from the CDN. Outside Office, offline, or when the CDN is blocked,
 * that script may fail (Office undefined) or Office.onReady may resolve with `host: null`, or, in
 * some webviews, never resolve. The pane must not stay blank: the answer comes within
 * `timeoutMs` (default 1.5 s) and every doubt means "browser".
 */
import type { HostKind } from "./services";

/** The slice of office.js this module reads. */
export interface OfficeGlobal {
  onReady?: (callback?: (info: { host: string | null; platform: string | null }) => void) =>
    | Promise<{ host: string | null; platform: string | null }>
    | void;
  context?: {
    displayLanguage?: string;
    requirements?: { isSetSupported(name: string, minVersion?: string): boolean };
  };
}

export interface HostGlobals {
  readonly Office?: OfficeGlobal;
  readonly setTimeout: (callback: () => void, ms: number) => unknown;
  readonly clearTimeout: (handle: unknown) => void;
}

/** Why the host was chosen (shown in diagnostics and asserted in tests). */
export type HostReason = "excel" | "no-office" | "no-host" | "other-host" | "timeout" | "on-ready-failed";

export interface HostInfo {
  readonly host: HostKind;
  readonly reason: HostReason;
  /** Office's UI language (`zh-CN`, `en-US`) when inside Office. */
  readonly displayLanguage?: string;
  /** Requirement-set check of the running Office, when inside Excel. */
  readonly isSetSupported?: (name: string, minVersion?: string) => boolean;
}

export const HOST_DETECTION_TIMEOUT_MS = 1500;

/**
 * Resolves to the host; never rejects and never waits longer than `timeoutMs`.
 * @example
 * await detectHost({ setTimeout, clearTimeout }) //=> { host: "browser", reason: "no-office" }
 */
export function detectHost(globals: HostGlobals, timeoutMs: number = HOST_DETECTION_TIMEOUT_MS): Promise<HostInfo> {
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
      globals.clearTimeout(timer);
      resolve(info);
    };
    const timer = globals.setTimeout(() => settle({ host: "browser", reason: "timeout" }), timeoutMs);
    const ready = (info: { host: string | null } | undefined): void => {
      const hostName = info?.host ?? null;
      if (hostName === null) return settle({ host: "browser", reason: "no-host" });
      if (hostName !== "Excel") return settle({ host: "browser", reason: "other-host" });
      const context = office.context;
      const requirements = context?.requirements;
      settle({
        host: "excel",
        reason: "excel",
        displayLanguage: context?.displayLanguage,
        isSetSupported: requirements ? (name, minVersion) => requirements.isSetSupported(name, minVersion) : undefined,
      });
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
