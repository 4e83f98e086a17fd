/**
 * What a benchmark process hands back to the runner: measured figures, each printed beside its
 * target. Figures are printed, never asserted: a slow machine is a finding, not a failure.
 * The report travels as one stdout line starting with {@link RESULT_MARKER}; every other line a
 * benchmark prints is progress, which the runner passes through.
 */

export const RESULT_MARKER = "@@ar-desk-bench ";

/** One row of a benchmark's table. */
export interface Figure {
  readonly measure: string;
  /** Formatted, with its unit ("2.41 s", "812 MB", "2 syncs"). */
  readonly measured: string;
  /** The design's target, formatted the same way; absent when the figure is informative only. */
  readonly target?: string;
  /** Whether the measurement is within the target (printed, never asserted). */
  readonly met?: boolean;
}

export interface BenchReport {
  readonly title: string;
  /** The sizes run, e.g. "1,000,000 invoices, 800,000 payments, 50,000 customers". */
  readonly sizes: string;
  readonly figures: readonly Figure[];
  readonly notes: readonly string[];
  /** Measured commands that failed (exact error); the runner exits non-zero after printing. */
  readonly failures: readonly string[];
  /** Peak resident memory of the benchmark process itself. */
  readonly peakRssBytes: number;
}

/** Peak resident set size of this process so far (resourceUsage reports kilobytes). */
export function peakRssBytes(): number {
  return process.resourceUsage().maxRSS * 1024;
}

/** True when the process was started with `--quick` (smaller sizes, for the smoke test). */
export function isQuick(argv: readonly string[] = process.argv): boolean {
  return argv.includes("--quick");
}

/** Prints the report line the runner reads. */
export function emitReport(report: Omit<BenchReport, "peakRssBytes">): void {
  const full: BenchReport = { ...report, peakRssBytes: peakRssBytes() };
  process.stdout.write(`${RESULT_MARKER}${JSON.stringify(full)}\n`);
}

/** Progress text for the console (the runner indents it). */
export function progress(text: string): void {
  process.stdout.write(`${text}\n`);
}

/** Runs a benchmark's main; a crash prints its stack and exits 1 (the runner shows it). */
export function runMain(main: () => Promise<void>): void {
  main().catch((error: unknown) => {
    process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exitCode = 1;
  });
}
