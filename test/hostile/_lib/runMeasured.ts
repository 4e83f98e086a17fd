/** Runs `ar-desk` in a child process and measures it: exit code, output, wall time, peak memory. */
import { spawn } from "node:child_process";
import { existsSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import * as path from "node:path";
import { cliEnv, LAUNCHER } from "../../cli/_lib/runCli";

export interface MeasuredRun {
  readonly code: number | null;
  readonly signal: NodeJS.Signals | null;
  readonly stdout: string;
  readonly stderr: string;
  readonly seconds: number;
  readonly peakMegabytes: number;
}

const HOOK = path.join(__dirname, "peakHook.js");
let runNo = 0;

export function runMeasured(args: readonly string[], cwd: string, timeoutSeconds = 120): Promise<MeasuredRun> {
  const peakFile = path.join(tmpdir(), `ar-peak-${process.pid}-${++runNo}.txt`);
  const started = process.hrtime.bigint();
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ["-r", HOOK, LAUNCHER, ...args], {
      cwd,
      // English (the C locale): the tests read its messages.
      env: { ...cliEnv(), AR_PEAK_FILE: peakFile, AR_DESK_DEBUG: "" },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let stdout = "";
    let stderr = "";
    child.stdout.setEncoding("utf8").on("data", (c: string) => (stdout += c));
    child.stderr.setEncoding("utf8").on("data", (c: string) => (stderr += c));
    const timer = setTimeout(() => child.kill("SIGKILL"), timeoutSeconds * 1000);
    child.on("close", (code, signal) => {
      clearTimeout(timer);
      const seconds = Number(process.hrtime.bigint() - started) / 1e9;
      const peakKb = existsSync(peakFile) ? Number(readFileSync(peakFile, "utf8")) : NaN;
      rmSync(peakFile, { force: true });
      resolve({ code, signal, stdout, stderr, seconds, peakMegabytes: peakKb / 1024 });
    });
  });
}

/** Runs the jobs `concurrency` at a time; results in order. */
export async function inTurn<T>(jobs: readonly (() => Promise<T>)[], concurrency: number): Promise<T[]> {
  const out: T[] = new Array(jobs.length);
  let next = 0;
  const worker = async () => {
    while (next < jobs.length) {
      const i = next++;
      out[i] = await jobs[i]();
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, jobs.length) }, worker));
  return out;
}
