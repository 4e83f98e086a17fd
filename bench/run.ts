/**
 * `npm run bench`: runs each benchmark in its own node process (so its peak memory is that
 * process's maxRSS) and prints their figures beside the design's targets, with the machine and
 * its load. Figures are printed, never asserted; the exit code is non-zero only when a
 * benchmark crashed or a measured command failed.
 *
 *   npm run bench                       all four, full sizes
 *   npm run bench -- --quick            smaller sizes
 *   npm run bench -- --only engine,office
 */
import { spawn } from "node:child_process";
import { count, megabytes } from "./_lib/format";
import { loadAverage, machineFacts } from "./_lib/machine";
import { benchScript } from "./_lib/paths";
import { RESULT_MARKER, type BenchReport } from "./_lib/result";
import { textTable } from "./_lib/table";

interface Bench {
  readonly name: string;
  /** V8 heap limit of the benchmark process, in MB. */
  readonly heapMb: number;
}

const BENCHES: readonly Bench[] = [
  { name: "engine", heapMb: 6144 },
  { name: "functions", heapMb: 4096 },
  { name: "cli", heapMb: 4096 },
  { name: "office", heapMb: 4096 },
  { name: "hostile", heapMb: 4096 },
];

interface Outcome {
  readonly bench: Bench;
  readonly report?: BenchReport;
  readonly error?: string;
}

function parseArgs(argv: readonly string[]): { quick: boolean; only?: Set<string> } {
  const quick = argv.includes("--quick");
  const i = argv.indexOf("--only");
  const onlyArg = i >= 0 ? argv[i + 1] : argv.find((a) => a.startsWith("--only="))?.slice("--only=".length);
  const only = onlyArg === undefined ? undefined : new Set(onlyArg.split(",").map((s) => s.trim()).filter((s) => s));
  for (const name of only ?? []) {
    if (!BENCHES.some((b) => b.name === name)) throw new Error(`bench: unknown benchmark "${name}" (${BENCHES.map((b) => b.name).join(", ")})`);
  }
  return { quick, only };
}

/** Runs one benchmark process, echoing its progress, and collects its report line. */
function runBench(bench: Bench, quick: boolean): Promise<Outcome> {
  return new Promise((resolve) => {
    // Node flags such as the smoke test's `-r tsHook.js` carry over; a debugger port would clash.
    const inherited = process.execArgv.filter((a) => !a.startsWith("--inspect"));
    const args = [...inherited, `--max-old-space-size=${bench.heapMb}`, benchScript(bench.name), ...(quick ? ["--quick"] : [])];
    const child = spawn(process.execPath, args, { stdio: ["ignore", "pipe", "pipe"] });
    let report: BenchReport | undefined;
    let pending = "";
    let stderr = "";
    child.stdout.setEncoding("utf8");
    child.stdout.on("data", (chunk: string) => {
      pending += chunk;
      const lines = pending.split("\n");
      pending = lines.pop() ?? "";
      for (const line of lines) {
        if (line.startsWith(RESULT_MARKER)) report = JSON.parse(line.slice(RESULT_MARKER.length)) as BenchReport;
        else process.stdout.write(`  · ${line}\n`);
      }
    });
    child.stderr.setEncoding("utf8");
    child.stderr.on("data", (chunk: string) => (stderr += chunk));
    child.on("close", (code, signal) => {
      if (code === 0 && report) resolve({ bench, report });
      else resolve({ bench, report, error: `${bench.name} benchmark ${signal ? `killed by ${signal}` : `exited with ${code}`}${report ? "" : " before reporting"}\n${stderr.trim()}` });
    });
  });
}

function printReport(report: BenchReport): void {
  process.stdout.write(`\n${report.title}\n${report.sizes}\n\n`);
  const rows = [["Measure", "Measured", "Target", "vs target"]];
  for (const f of report.figures) rows.push([f.measure, f.measured, f.target ?? "", f.met === undefined ? "" : f.met ? "met" : "MISSED"]);
  rows.push(["benchmark process peak memory (maxRSS)", megabytes(report.peakRssBytes), "", ""]);
  process.stdout.write(`${textTable(rows)}\n`);
  for (const note of report.notes) process.stdout.write(`  note: ${note}\n`);
  for (const failure of report.failures) process.stdout.write(`  FAILED: ${failure}\n`);
}

async function main(): Promise<void> {
  const { quick, only } = parseArgs(process.argv.slice(2));
  const selected = BENCHES.filter((b) => !only || only.has(b.name));
  const header = [
    `AR Desk benchmarks, ${quick ? "quick sizes (--quick)" : "full sizes"}: ${selected.map((b) => b.name).join(", ")}`,
    `started ${new Date().toISOString()}`,
    ...machineFacts(),
    `at start: ${loadAverage()}`,
    "Figures are single runs on this machine, printed beside the design's targets; they are not asserted.",
  ];
  process.stdout.write(`${header.join("\n")}\n`);

  const outcomes: Outcome[] = [];
  for (const bench of selected) {
    process.stdout.write(`\n== ${bench.name} (${loadAverage()}) ==\n`);
    const outcome = await runBench(bench, quick);
    if (outcome.report) printReport(outcome.report);
    if (outcome.error) process.stdout.write(`\n${outcome.error}\n`);
    outcomes.push(outcome);
  }

  const summary = [["Benchmark", "Measure", "Measured", "Target", "vs target"]];
  for (const { bench, report } of outcomes) {
    for (const f of report?.figures ?? []) if (f.target) summary.push([bench.name, f.measure, f.measured, f.target, f.met === undefined ? "" : f.met ? "met" : "MISSED"]);
  }
  process.stdout.write(`\n== Summary: figures with a target ==\n${textTable(summary)}\n`);
  process.stdout.write(`at end: ${loadAverage()}\n`);
  const failed = outcomes.filter((o) => o.error || (o.report?.failures.length ?? 0) > 0);
  if (failed.length > 0) {
    process.stdout.write(`${count(failed.length)} benchmark(s) failed: ${failed.map((o) => o.bench.name).join(", ")}\n`);
    process.exitCode = 1;
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 2;
});
