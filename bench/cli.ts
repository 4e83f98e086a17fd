/**
 * Benchmark 3, the CLI against LibreOffice: on a 200,000-invoice workbook (~14 MB, generated once
 * with src/sample and its streaming writer, cached in bench/.data), time side by side
 * - LibreOffice opening it headless and saving CSV (the time just to load the workbook),
 * - ExcelJS's full in-memory load (`readFile`), for reference,
 * - `ar-desk report <file> --as-of 2026-10-31`,
 * - `ar-desk statements <file> --month 2026-10 --out <tmp>`,
 * each in its own process, wall time from spawn to exit and peak memory; then
 * - `ar-desk statements` on a second workbook of 100,000 customers (2 invoices each, cached too),
 *   for its peak memory: the streaming writer holds one statement at a time.
 * Targets (issue 12): report ≤ 0.5× LibreOffice's load, statements ≤ 2×, 100,000 customers done
 * with memory bounded by one statement (not by the customer count).
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import * as path from "node:path";
import { generateLedger } from "../src/sample";
import { writeLedgerXlsx } from "../src/sample/writeXlsx";
import { hasProgram, runExternalMeasured, runNodeMeasured, tail, type CommandRun, type NodeCommandRun } from "./_lib/commands";
import { count, duration, megabytes, ratio } from "./_lib/format";
import { dataDir } from "./_lib/paths";
import { emitReport, isQuick, progress, runMain, type Figure } from "./_lib/result";
import { timedAsync } from "./_lib/timer";

const FULL = { customers: 10_000, invoicesPerCustomer: 20 };
const QUICK = { customers: 1_000, invoicesPerCustomer: 20 };
/** The many-customers run: statement count, not invoices, is what grows. */
const MANY = { customers: 100_000, invoicesPerCustomer: 2 };
const QUICK_MANY = { customers: 10_000, invoicesPerCustomer: 2 };
const AS_OF = "2026-10-31";
const SEED = 20261031;
const SOFFICE = "soffice";
const NO_LIBREOFFICE = "LibreOffice not installed: yardstick skipped (apt-get install libreoffice-calc-nogui)";
const REPORT_TARGET = 0.5;
const STATEMENTS_TARGET = 2;

interface LedgerFile {
  readonly file: string;
  readonly customers: number;
  readonly invoices: number;
  readonly payments: number;
}

/** The cached workbook (generated on first use; delete bench/.data to regenerate). */
async function ledgerFile(sizes: typeof FULL): Promise<LedgerFile> {
  const dir = dataDir();
  mkdirSync(dir, { recursive: true });
  const base = path.join(dir, `ledger-c${sizes.customers}-i${sizes.invoicesPerCustomer}-s${SEED}`);
  const file = `${base}.xlsx`;
  const facts = `${base}.json`;
  if (!existsSync(file) || !existsSync(facts)) {
    progress(`generating ${path.relative(process.cwd(), file)} (once; cached) …`);
    const made = await timedAsync(async () => {
      const ledger = generateLedger({ ...sizes, asOf: AS_OF, seed: SEED });
      const partial = `${file}.partial`;
      await writeLedgerXlsx(partial, ledger, { asTables: false, streaming: true });
      renameSync(partial, file);
      return { customers: ledger.customers.length - 1, invoices: ledger.invoices.length - 1, payments: ledger.payments.length - 1 };
    });
    writeFileSync(facts, JSON.stringify(made.value));
    progress(`generated in ${duration(made.ms)}`);
  }
  return { file, ...(JSON.parse(readFileSync(facts, "utf8")) as Omit<LedgerFile, "file">) };
}

/** A tiny workbook to create LibreOffice's fresh profile before the timed run. */
async function warmupFile(): Promise<string> {
  const file = path.join(dataDir(), "warmup.xlsx");
  if (!existsSync(file)) await writeLedgerXlsx(file, generateLedger({ customers: 8, asOf: AS_OF, seed: 1 }), { asTables: false, streaming: false });
  return file;
}

function failure(what: string, run: CommandRun & Partial<NodeCommandRun>): string | undefined {
  if (run.code === 0 && !run.timedOut) return undefined;
  const how = run.timedOut ? "timed out" : run.signal ? `killed by ${run.signal}` : `exit ${run.code}`;
  const output = [run.measured?.error, tail(run.stderr, 20), tail(run.stdout, 5)].filter((s) => s).join("\n");
  return `${what} failed (${how}):\n${output}`;
}

/** "36.0 s (CPU 30.1 s), peak 464 MB". */
function shown(run: CommandRun, peakBytes: number | undefined, cpuMs: number | undefined): string {
  const cpu = cpuMs === undefined ? "" : ` (CPU ${duration(cpuMs)})`;
  return `${duration(run.wallMs)}${cpu}, peak ${peakBytes === undefined ? "n/a" : megabytes(peakBytes)}${run.code === 0 ? "" : " (FAILED)"}`;
}

async function main(): Promise<void> {
  const sizes = isQuick() ? QUICK : FULL;
  const ledger = await ledgerFile(sizes);
  const file = ledger.file;
  const fileBytes = statSync(file).size;
  const work = mkdtempSync(path.join(tmpdir(), "ar-desk-bench-cli-"));
  const figures: Figure[] = [];
  const notes: string[] = [];
  const failures: string[] = [];

  try {
    // 1. LibreOffice: fresh profile, created by a warm-up conversion so the timed run is the load itself.
    let office: { wallMs: number; cpuMs?: number } | undefined;
    if (hasProgram(SOFFICE)) {
      const profile = path.join(work, "lo-profile");
      const outDir = path.join(work, "csv");
      const soffice = (input: string) => runExternalMeasured(SOFFICE, [`-env:UserInstallation=file://${profile}`, "--headless", "--convert-to", "csv", "--outdir", outDir, input]);
      progress("LibreOffice: warm-up on a tiny workbook (creates the fresh profile) …");
      const warm = await soffice(await warmupFile());
      const warmFailed = failure("LibreOffice warm-up", warm);
      if (warmFailed) notes.push(warmFailed);
      progress("LibreOffice: converting the ledger …");
      const run = await soffice(file);
      const csv = path.join(outDir, `${path.basename(file, ".xlsx")}.csv`);
      const failed = failure("soffice --convert-to csv", run) ?? (existsSync(csv) ? undefined : `soffice --convert-to csv wrote no CSV:\n${tail(run.stdout + run.stderr)}`);
      if (failed) failures.push(failed);
      else office = run;
      figures.push({ measure: "LibreOffice: soffice --headless --convert-to csv", measured: shown(run, run.peakBytes, run.cpuMs) });
      notes.push(`LibreOffice loads the whole workbook and writes its first sheet as CSV; peak memory by ${run.peakSource}`);
    } else {
      progress(NO_LIBREOFFICE);
      notes.push(NO_LIBREOFFICE);
    }

    // 2. ExcelJS's full load, for reference (given a big heap: it holds every cell as an object).
    progress("ExcelJS: workbook.xlsx.readFile …");
    const excel = await runNodeMeasured(["exceljs", file], { heapMb: 8192 });
    const excelFailed = failure("ExcelJS readFile", excel);
    if (excelFailed) notes.push(excelFailed);
    figures.push({ measure: "ExcelJS: workbook.xlsx.readFile (reference)", measured: shown(excel, excel.measured?.maxRssBytes, excel.measured?.cpuMs) });
    if (excel.measured?.detail) notes.push(`ExcelJS ${excel.measured.detail}`);

    // 3 and 4. The CLI, with node's default heap, as a clerk runs it.
    progress("ar-desk report …");
    const report = await runNodeMeasured(["cli", "report", file, "--as-of", AS_OF]);
    const reportFailed = failure(`ar-desk report ${path.basename(file)} --as-of ${AS_OF}`, report);
    if (reportFailed) failures.push(reportFailed);
    figures.push({ measure: `ar-desk report --as-of ${AS_OF}`, measured: shown(report, report.measured?.maxRssBytes, report.measured?.cpuMs) });

    progress("ar-desk statements …");
    const out = path.join(work, "statements-2026-10.xlsx");
    const statements = await runNodeMeasured(["cli", "statements", file, "--month", "2026-10", "--out", out]);
    const statementsFailed = failure(`ar-desk statements ${path.basename(file)} --month 2026-10 --out <tmp>`, statements);
    if (statementsFailed) failures.push(statementsFailed);
    figures.push({ measure: "ar-desk statements --month 2026-10 --out <tmp>", measured: shown(statements, statements.measured?.maxRssBytes, statements.measured?.cpuMs) });

    if (office && !reportFailed) {
      const r = report.wallMs / office.wallMs;
      figures.push({ measure: "report / LibreOffice (wall time)", measured: ratio(r), target: `≤ ${ratio(REPORT_TARGET)}`, met: r <= REPORT_TARGET });
    }
    if (office && !statementsFailed) {
      const r = statements.wallMs / office.wallMs;
      figures.push({ measure: "statements / LibreOffice (wall time)", measured: ratio(r), target: `≤ ${ratio(STATEMENTS_TARGET)}`, met: r <= STATEMENTS_TARGET });
    }
    // Less sensitive to other load on the machine than wall time; informative only.
    const cpuRatio = (run: NodeCommandRun): string | undefined =>
      office?.cpuMs && run.measured && run.code === 0 ? ratio(run.measured.cpuMs / office.cpuMs) : undefined;
    const cpuRatios = [cpuRatio(report), cpuRatio(statements)];
    if (cpuRatios.some((r) => r !== undefined)) figures.push({ measure: "report, statements / LibreOffice (CPU time)", measured: cpuRatios.map((r) => r ?? "n/a").join(", ") });
    if (!office) figures.push({ measure: "report / LibreOffice, statements / LibreOffice", measured: "n/a (no LibreOffice run)", target: `≤ ${ratio(REPORT_TARGET)}, ≤ ${ratio(STATEMENTS_TARGET)}` });

    for (const [name, run] of [["report", report], ["statements", statements]] as const) {
      if (run.measured && run.code === 0) notes.push(`ar-desk ${name}: ${duration(run.measured.loadMs)} loading modules + ${duration(run.measured.ms)} running, in the process; stdout ${count(run.stdout.split("\n").length - 1)} lines`);
    }
    if (existsSync(out)) notes.push(`statements workbook ${megabytes(statSync(out).size)}: ${statements.stdout.trim().split("\n")[0].replace(out, "<tmp>")}`);
    rmSync(out, { force: true });

    // 5. Many customers: peak memory must not grow with the statement count.
    const many = await ledgerFile(isQuick() ? QUICK_MANY : MANY);
    progress(`ar-desk statements, ${count(many.customers)} customers …`);
    const manyOut = path.join(work, "statements-many.xlsx");
    const manyRun = await runNodeMeasured(["cli", "statements", many.file, "--month", "2026-10", "--out", manyOut]);
    const manyFailed = failure(`ar-desk statements ${path.basename(many.file)} --month 2026-10 --out <tmp>`, manyRun);
    if (manyFailed) failures.push(manyFailed);
    figures.push({
      measure: `ar-desk statements, ${count(many.customers)} customers (${count(many.invoices)} invoices)`,
      measured: shown(manyRun, manyRun.measured?.maxRssBytes, manyRun.measured?.cpuMs),
      target: "done, memory bounded by one statement",
    });
    if (existsSync(manyOut)) notes.push(`${count(many.customers)}-customer statements workbook ${megabytes(statSync(manyOut).size)}: ${manyRun.stdout.trim().split("\n")[0].replace(manyOut, "<tmp>")}`);
    if (!statementsFailed && !manyFailed && statements.measured && manyRun.measured) {
      notes.push(
        `statements peak memory: ${megabytes(statements.measured.maxRssBytes)} for ${count(ledger.customers)} customers, ${megabytes(manyRun.measured.maxRssBytes)} for ${count(many.customers)}; what grows with the customers is the ledger and the statements' figures (for the Index), not the written sheets`,
      );
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
  }

  emitReport({
    title: "3. CLI against LibreOffice on one workbook",
    sizes: `${path.basename(file)}: ${count(ledger.invoices)} invoices, ${count(ledger.payments)} payments, ${count(ledger.customers)} customers, ${megabytes(fileBytes)} on disk`,
    figures,
    notes,
    failures,
  });
}

runMain(main);
