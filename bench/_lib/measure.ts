/**
 * Runs one measured command in THIS process and, when it is done, writes its figures to a JSON
 * file: the exit code, the in-process time, CPU time and the process's peak memory (maxRSS),
 * which are the command's own since nothing else runs here. Used by the CLI benchmark:
 *
 *   node measure.js <result.json> cli report ledger.xlsx --as-of 2026-10-31
 *   node measure.js <result.json> exceljs ledger.xlsx
 *
 * `cli` calls the ar-desk CLI's main() as src/cli/ar-desk.js does; `exceljs` is ExcelJS's full
 * in-memory load (`workbook.xlsx.readFile`), for reference. Modules are loaded lazily so each
 * mode pays only for its own.
 */
import { writeFileSync } from "node:fs";
import { nowMs } from "./timer";

export interface MeasureResult {
  readonly code: number;
  /** From the start of the command (modules loaded) to its end, in this process. */
  readonly ms: number;
  /** Module loading before the command, in this process. */
  readonly loadMs: number;
  readonly maxRssBytes: number;
  /** User + system CPU time of the whole process (module loading included). */
  readonly cpuMs: number;
  readonly detail?: string;
  readonly error?: string;
}

async function run(mode: string, args: string[]): Promise<Omit<MeasureResult, "maxRssBytes" | "cpuMs">> {
  const loadStart = nowMs();
  if (mode === "cli") {
    const { main } = await import("../../src/cli/main");
    const start = nowMs();
    const code = await main(args);
    return { code, ms: nowMs() - start, loadMs: start - loadStart };
  }
  if (mode === "exceljs") {
    const ExcelJS = (await import("exceljs")).default;
    const start = nowMs();
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(args[0]);
    const rows = workbook.worksheets.map((ws) => `${ws.name} ${ws.rowCount}`).join(", ");
    return { code: 0, ms: nowMs() - start, loadMs: start - loadStart, detail: `rows: ${rows}` };
  }
  throw new Error(`measure: unknown mode "${mode}" (cli or exceljs)`);
}

async function main(): Promise<void> {
  const [resultFile, mode, ...args] = process.argv.slice(2);
  let result: Omit<MeasureResult, "maxRssBytes" | "cpuMs">;
  try {
    result = await run(mode, args);
  } catch (error) {
    result = { code: 70, ms: 0, loadMs: 0, error: error instanceof Error ? (error.stack ?? error.message) : String(error) };
  }
  const usage = process.resourceUsage();
  const full: MeasureResult = { ...result, maxRssBytes: usage.maxRSS * 1024, cpuMs: (usage.userCPUTime + usage.systemCPUTime) / 1000 };
  writeFileSync(resultFile, JSON.stringify(full));
  exitAfterFlush(result.code);
}

/**
 * Exits with the command's code without waiting for stray handles, as src/cli/ar-desk.js does,
 * but only once stdout and stderr have drained: to a pipe, node writes asynchronously, and a bare
 * process.exit() cuts a long report short.
 */
function exitAfterFlush(code: number): void {
  let pending = 2;
  const done = (): void => {
    if (--pending === 0) process.exit(code);
  };
  process.stdout.write("", done);
  process.stderr.write("", done);
}

void main();
