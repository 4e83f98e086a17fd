/** @jest-environment jsdom */
import { detectHost, HOST_DETECTION_TIMEOUT_MS, type HostGlobals, type OfficeGlobal } from "../../src/taskpane/host";

function timers() {
  const pending: { callback: () => void; ms: number; cleared: boolean }[] = [];
  return {
    pending,
    setTimeout: (callback: () => void, ms: number) => {
      const entry = { callback, ms, cleared: false };
      pending.push(entry);
      return entry;
    },
    clearTimeout: (handle: unknown) => {
      (handle as { cleared: boolean }).cleared = true;
    },
    fire() {
      for (const entry of pending) if (!entry.cleared) entry.callback();
    },
  };
}

function globalsWith(office: OfficeGlobal | undefined) {
  const clock = timers();
  const globals: HostGlobals = { Office: office, setTimeout: clock.setTimeout, clearTimeout: clock.clearTimeout };
  return { globals, clock };
}

describe("detectHost", () => {
  it("returns browser at once when office.js did not load", async () => {
    const { globals, clock } = globalsWith(undefined);
    await expect(detectHost(globals)).resolves.toEqual({ host: "browser", reason: "no-office" });
    expect(clock.pending).toHaveLength(0);
  });

  it("returns excel with the display language and the requirement check", async () => {
    const isSetSupported = jest.fn((name: string, version?: string) => name === "ExcelApi" && version === "1.12");
    const { globals, clock } = globalsWith({
      onReady: () => Promise.resolve({ host: "Excel", platform: "PC" }),
      context: { displayLanguage: "zh-CN", requirements: { isSetSupported } },
    });
    const info = await detectHost(globals);
    expect(info).toMatchObject({ host: "excel", reason: "excel", displayLanguage: "zh-CN" });
    expect(info.isSetSupported?.("ExcelApi", "1.12")).toBe(true);
    expect(isSetSupported).toHaveBeenCalledWith("ExcelApi", "1.12");
    expect(clock.pending[0].ms).toBe(HOST_DETECTION_TIMEOUT_MS);
    expect(clock.pending[0].cleared).toBe(true);
  });

  it("returns browser when Office.onReady reports no host (page opened outside Office)", async () => {
    const { globals } = globalsWith({ onReady: () => Promise.resolve({ host: null, platform: null }) });
    await expect(detectHost(globals)).resolves.toEqual({ host: "browser", reason: "no-host" });
  });

  it("accepts the callback form of onReady", async () => {
    const { globals } = globalsWith({
      onReady: (callback) => {
        callback?.({ host: "Excel", platform: "OfficeOnline" });
      },
      context: {},
    });
    await expect(detectHost(globals)).resolves.toMatchObject({ host: "excel", isSetSupported: undefined });
  });

  it("gives up on a silent onReady after the timeout", async () => {
    const { globals, clock } = globalsWith({ onReady: () => new Promise(() => undefined) });
    const pending = detectHost(globals, 1500);
    clock.fire();
    await expect(pending).resolves.toEqual({ host: "browser", reason: "timeout" });
  });

  it("edge cases: another Office host, a throwing or rejecting onReady", async () => {
    await expect(detectHost(globalsWith({ onReady: () => Promise.resolve({ host: "Word", platform: "PC" }) }).globals)).resolves.toEqual({
      host: "browser",
      reason: "other-host",
    });
    const throwing = globalsWith({
      onReady: () => {
        throw new Error("Office.js has not fully loaded");
      },
    });
    await expect(detectHost(throwing.globals)).resolves.toEqual({ host: "browser", reason: "on-ready-failed" });
    const rejecting = globalsWith({ onReady: () => Promise.reject(new Error("blocked")) });
    await expect(detectHost(rejecting.globals)).resolves.toEqual({ host: "browser", reason: "on-ready-failed" });
  });

  it("answers within the deadline with real timers", async () => {
    const started = Date.now();
    const info = await detectHost({ Office: { onReady: () => new Promise(() => undefined) }, setTimeout, clearTimeout: (h) => clearTimeout(h as never) }, 50);
    expect(info.reason).toBe("timeout");
    expect(Date.now() - started).toBeLessThan(1000);
  });
});
