/** @jest-environment jsdom */
import { detectHost } from "../../src/taskpane/host";

describe("detectHost", () => {
  it("returns browser at once when office.js did not load", async () => {
    await expect(detectHost({ Office: undefined })).resolves.toEqual({ host: "browser", reason: "no-office" });
    await expect(detectHost({ Office: {} })).resolves.toEqual({ host: "browser", reason: "no-office" });
  });

  it("returns excel with the display language", async () => {
    const info = await detectHost({ Office: { onReady: () => Promise.resolve({ host: "Excel", platform: "PC" }), context: { displayLanguage: "zh-CN" } } });
    expect(info).toEqual({ host: "excel", reason: "excel", displayLanguage: "zh-CN" });
  });

  it("returns browser when Office.onReady reports no host (page opened outside Office)", async () => {
    await expect(detectHost({ Office: { onReady: () => Promise.resolve({ host: null, platform: null }) } })).resolves.toEqual({ host: "browser", reason: "no-host" });
  });

  it("accepts the callback form of onReady", async () => {
    const office = { onReady: (callback?: (info: { host: string | null; platform: string | null }) => void) => callback?.({ host: "Excel", platform: "OfficeOnline" }), context: {} };
    await expect(detectHost({ Office: office })).resolves.toMatchObject({ host: "excel" });
  });

  it("waits for a slow onReady instead of deciding it is outside Excel", async () => {
    jest.useFakeTimers();
    try {
      let ready!: (info: { host: string; platform: string }) => void;
      const pending = detectHost({ Office: { onReady: () => new Promise((resolve) => (ready = resolve)) } });
      let settled = false;
      void pending.then(() => (settled = true));
      jest.advanceTimersByTime(60_000);
      await Promise.resolve();
      expect(settled).toBe(false);
      ready({ host: "Excel", platform: "PC" });
      await expect(pending).resolves.toMatchObject({ host: "excel", reason: "excel" });
    } finally {
      jest.useRealTimers();
    }
  });

  it("edge cases: another Office host, a throwing or rejecting onReady", async () => {
    await expect(detectHost({ Office: { onReady: () => Promise.resolve({ host: "Word", platform: "PC" }) } })).resolves.toEqual({ host: "browser", reason: "other-host" });
    const throwing = {
      onReady: () => {
        throw new Error("Office.js has not fully loaded");
      },
    };
    await expect(detectHost({ Office: throwing })).resolves.toEqual({ host: "browser", reason: "on-ready-failed" });
    await expect(detectHost({ Office: { onReady: () => Promise.reject(new Error("blocked")) } })).resolves.toEqual({ host: "browser", reason: "on-ready-failed" });
  });
});
