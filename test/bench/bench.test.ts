/**
 * Smoke test of `npm run bench`: the quick variants of the engine, functions and Excel-host
 * benchmarks run from source (through a transpile-only require hook, so no 20-second tsc build)
 * and print their tables. Only that they run, print figures and exit 0 is checked: the figures
 * themselves are measurements of this machine, never asserted.
 */
import { spawnSync } from "child_process";
import * as path from "path";

const ROOT = path.resolve(__dirname, "../..");
const HOOK = path.join(__dirname, "tsHook.js");
const NUMBER = String.raw`\d[\d,]*(\.\d+)?`;

describe("npm run bench --quick", () => {
  it("runs the engine, functions and Excel-host benchmarks and prints their figures", () => {
    const run = spawnSync(process.execPath, ["-r", HOOK, path.join(ROOT, "bench", "run.ts"), "--quick", "--only", "engine,functions,office"], {
      cwd: ROOT,
      encoding: "utf8",
      timeout: 55_000,
    });
    const output = `${run.stdout}\n${run.stderr}`;
    // On failure the end of the output shows in the diff.
    const diagnosis = run.status === 0 ? "" : output.slice(-4000);
    expect({ status: run.status, signal: run.signal, error: run.error?.message, diagnosis }).toEqual({ status: 0, signal: null, error: undefined, diagnosis: "" });

    expect(run.stdout).toMatch(/machine: \d+ CPUs/);
    expect(run.stdout).toMatch(/runtime: node v\d+/);
    expect(run.stdout).toMatch(/load average/);

    expect(run.stdout).toContain("1. Engine");
    expect(run.stdout).toMatch(new RegExp(`buildLedger\\s+${NUMBER} m?s`));
    expect(run.stdout).toMatch(new RegExp(`total \\(wall\\)\\s+${NUMBER} m?s .*< 3,000 ms`));
    expect(run.stdout).toMatch(new RegExp(`peak memory .*\\s${NUMBER} MB\\s+< 1,536 MB`));

    expect(run.stdout).toContain("2. Worksheet functions");
    expect(run.stdout).toMatch(new RegExp(`AR\\.AGING × ${NUMBER} calls .*\\s${NUMBER} m?s`));
    expect(run.stdout).toMatch(new RegExp(`AR\\.CREDIT_AVAILABLE spilled.*\\s${NUMBER} m?s`));

    expect(run.stdout).toContain("4. Excel host");
    expect(run.stdout).toMatch(/writeSheets \(Index \+ one sheet per statement\): context\.sync calls\s+\d+ \/ \d+/);

    expect(run.stdout).toContain("Summary");
    expect(run.stdout).not.toContain("LibreOffice");
    expect(run.stdout).not.toContain("benchmark(s) failed");
  });
});
