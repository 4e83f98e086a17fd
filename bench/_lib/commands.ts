/**
 * Running a measured command in a child process: wall time from spawn to exit, measured here,
 * and peak memory. Node commands report their own maxRSS through measure.ts; other programs
 * (LibreOffice) are measured with GNU time when installed (max RSS of the largest process in
 * the tree it waits for), else by polling VmHWM of the process tree in /proc.
 */
import { spawn } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import * as path from "node:path";
import type { MeasureResult } from "./measure";
import { libScript } from "./paths";
import { nowMs } from "./timer";

export interface CommandRun {
  readonly code: number | null;
  readonly signal: NodeJS.Signals | null;
  readonly wallMs: number;
  readonly timedOut: boolean;
  readonly stdout: string;
  readonly stderr: string;
}

export interface NodeCommandRun extends CommandRun {
  /** What the command reported about itself; undefined when it died before reporting. */
  readonly measured?: MeasureResult;
}

export interface ExternalCommandRun extends CommandRun {
  readonly peakBytes?: number;
  /** User + system CPU time of the process tree (GNU time only). */
  readonly cpuMs?: number;
  /** How peak memory was measured. */
  readonly peakSource: string;
}

const GNU_TIME = "/usr/bin/time";
const DEFAULT_TIMEOUT_MS = 20 * 60_000;

/** Spawns in its own process group (so a timeout can end the whole tree) and collects output. */
function runProcess(command: string, args: readonly string[], timeoutMs: number, whileRunning?: (pid: number) => void): Promise<CommandRun> {
  return new Promise((resolve, reject) => {
    const start = nowMs();
    const child = spawn(command, args, { detached: true, stdio: ["ignore", "pipe", "pipe"] });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on("data", (chunk: Buffer) => out.push(chunk));
    child.stderr.on("data", (chunk: Buffer) => err.push(chunk));
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      if (child.pid !== undefined) process.kill(-child.pid, "SIGKILL");
    }, timeoutMs);
    const poller = whileRunning && child.pid !== undefined ? setInterval(() => whileRunning(child.pid!), 100) : undefined;
    child.on("error", (error) => {
      clearTimeout(timer);
      if (poller) clearInterval(poller);
      reject(error);
    });
    child.on("close", (code, signal) => {
      const wallMs = nowMs() - start;
      clearTimeout(timer);
      if (poller) clearInterval(poller);
      resolve({ code, signal, wallMs, timedOut, stdout: Buffer.concat(out).toString("utf8"), stderr: Buffer.concat(err).toString("utf8") });
    });
  });
}

/**
 * Runs measure.ts in a fresh node (`cli …` or `exceljs …`). The benchmark's own heap flag is not
 * passed on: the CLI runs with node's defaults, as a clerk runs it; `heapMb` sets one explicitly.
 */
export async function runNodeMeasured(args: readonly string[], options: { heapMb?: number; timeoutMs?: number } = {}): Promise<NodeCommandRun> {
  const dir = mkdtempSync(path.join(tmpdir(), "ar-desk-bench-"));
  const resultFile = path.join(dir, "result.json");
  try {
    const execArgv = process.execArgv.filter((a) => !a.startsWith("--max-old-space-size"));
    const heap = options.heapMb ? [`--max-old-space-size=${options.heapMb}`] : [];
    const run = await runProcess(process.execPath, [...execArgv, ...heap, libScript("measure"), resultFile, ...args], options.timeoutMs ?? DEFAULT_TIMEOUT_MS);
    const measured = existsSync(resultFile) ? (JSON.parse(readFileSync(resultFile, "utf8")) as MeasureResult) : undefined;
    return { ...run, measured };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Whether a program is on the PATH (or an existing path). */
export function hasProgram(program: string): boolean {
  if (program.includes("/")) return existsSync(program);
  return (process.env.PATH ?? "").split(path.delimiter).some((dir) => dir !== "" && existsSync(path.join(dir, program)));
}

/** Runs a program with its peak memory measured. */
export async function runExternalMeasured(command: string, args: readonly string[], options: { timeoutMs?: number } = {}): Promise<ExternalCommandRun> {
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  if (existsSync(GNU_TIME)) {
    const dir = mkdtempSync(path.join(tmpdir(), "ar-desk-bench-"));
    const timeFile = path.join(dir, "time.txt");
    try {
      const run = await runProcess(GNU_TIME, ["-f", "%M %U %S", "-o", timeFile, command, ...args], timeoutMs);
      // A failed command adds a "Command exited with non-zero status" line first: the figures are last.
      const last = existsSync(timeFile) ? (readFileSync(timeFile, "utf8").trim().split("\n").pop() ?? "") : "";
      const [kb, user, system] = last.split(" ").map(Number);
      const cpu = (user + system) * 1000;
      return {
        ...run,
        peakBytes: kb > 0 ? kb * 1024 : undefined,
        cpuMs: Number.isFinite(cpu) ? cpu : undefined,
        peakSource: "GNU time (largest process of the tree)",
      };
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }
  const peaks = new Map<number, number>();
  const run = await runProcess(command, args, timeoutMs, (root) => {
    for (const pid of processTree(root)) {
      const hwm = vmHwmBytes(pid);
      if (hwm !== undefined) peaks.set(pid, Math.max(peaks.get(pid) ?? 0, hwm));
    }
  });
  return { ...run, peakBytes: peaks.size > 0 ? Math.max(...peaks.values()) : undefined, peakSource: "/proc VmHWM polled every 100 ms (largest process)" };
}

/** The pid and its descendants, from /proc/<pid>/stat parent ids (Linux). */
function processTree(root: number): number[] {
  const children = new Map<number, number[]>();
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, "utf8");
      const ppid = Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
      const list = children.get(ppid) ?? [];
      list.push(Number(entry));
      children.set(ppid, list);
    } catch {
      // The process ended between listing and reading: nothing to measure.
    }
  }
  const tree = [root];
  for (let i = 0; i < tree.length; i++) tree.push(...(children.get(tree[i]) ?? []));
  return tree;
}

function vmHwmBytes(pid: number): number | undefined {
  try {
    const match = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, "utf8"));
    return match ? Number(match[1]) * 1024 : undefined;
  } catch {
    return undefined;
  }
}

/** The last lines of a command's output, for a failure message. */
export function tail(text: string, lines = 8): string {
  return text.trim().split("\n").slice(-lines).join("\n");
}
