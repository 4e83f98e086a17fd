/**
 * Benchmark 1, the engine: ledger → every account's AR figures (the pane's overview) → month-end
 * statement models (what `ar-desk statements` lays out), on
 * 1,000,000 invoices, 800,000 payments and 50,000 customers generated in memory as SourceBlocks
 * (no file format involved). Target (DESIGN §8): under 3 s and 1.5 GB.
 * Peak memory is this process's maxRSS, input blocks included.
 */
import { dayFromCivil, monthPeriod } from "../src/core/dates";
import type { DayNumber } from "../src/core/model";
import { buildLedger } from "../src/core/ledger";
import { shapeOf, type BlockShape } from "../src/core/source";
import { DEFAULT_SETTINGS } from "../src/core/settings";
import { analysisOf } from "../src/flows/analysis";
import { planStatements } from "../src/flows/statements";
import type { LedgerSession } from "../src/flows/session";
import { count, duration, megabytes, wallAndCpu } from "./_lib/format";
import { blockLedger } from "./_lib/ledgerBlocks";
import { emitReport, isQuick, peakRssBytes, progress, runMain, type Figure } from "./_lib/result";
import { timed } from "./_lib/timer";

const FULL = { customers: 50_000, invoices: 1_000_000, payments: 800_000 };
const QUICK = { customers: 1_000, invoices: 20_000, payments: 16_000 };
const TARGET_MS = 3_000;
const TARGET_BYTES = 1.5 * 1024 ** 3;

/**
 * The input generated, then the ledger built from it (timed), as the CLI's `loadSession` does: what
 * outlives this is what a session keeps of the tables read (session.detection), their shapes, not
 * their rows.
 */
function readLedger(sizes: typeof FULL, asOf: DayNumber) {
  const generated = timed(() => blockLedger({ ...sizes, asOf, seed: 20261031 }));
  progress(`generated ${count(sizes.invoices)} invoices, ${count(sizes.payments)} payments, ${count(sizes.customers)} customers as blocks in ${duration(generated.ms)} (not timed below)`);
  const rssBefore = peakRssBytes();
  const { input } = generated.value;
  const ledger = timed(() => buildLedger(input));
  progress(`buildLedger ${wallAndCpu(ledger)}`);
  const tables = [input.customers, input.invoices, input.payments].flatMap((table) => (table ? [shapeOf(table.block)] : []));
  return { generated: generated.ms, ledger, tables, rssBefore };
}

async function main(): Promise<void> {
  const sizes = isQuick() ? QUICK : FULL;
  const asOf = dayFromCivil(2026, 10, 31);
  const period = monthPeriod(asOf);

  const { generated, ledger, tables, rssBefore } = readLedger(sizes, asOf);
  // The flows as the hosts run them, with the default settings and no dunning log.
  const session: Pick<LedgerSession, "settings" | "ledger" | "log" | "issues"> & { readonly tables: readonly BlockShape[] } =
    { settings: DEFAULT_SETTINGS, ledger: ledger.value, log: [], issues: ledger.value.issues, tables };
  const aged = timed(() => analysisOf(session, asOf));
  progress(`AR figures (overview) ${wallAndCpu(aged)}`);
  const statements = timed(() => planStatements(session, period, { type: "balance-forward" }));
  progress(`statement models ${wallAndCpu(statements)}`);

  const totalMs = ledger.ms + aged.ms + statements.ms;
  const peak = peakRssBytes();
  const figures: Figure[] = [
    { measure: "buildLedger", measured: wallAndCpu(ledger) },
    { measure: "AR figures of every account: the overview (analysisOf, as of 2026-10-31)", measured: wallAndCpu(aged) },
    { measure: `statement models (planStatements, ${period.label}, balance-forward)`, measured: wallAndCpu(statements) },
    { measure: "total (wall)", measured: wallAndCpu({ ms: totalMs, cpuMs: ledger.cpuMs + aged.cpuMs + statements.cpuMs }), target: `< ${duration(TARGET_MS)}`, met: totalMs < TARGET_MS },
    { measure: "peak memory (maxRSS, input blocks included)", measured: megabytes(peak), target: `< ${megabytes(TARGET_BYTES)}`, met: peak < TARGET_BYTES },
  ];
  const issues = ledger.value.issues;
  emitReport({
    title: "1. Engine: ledger, aging and statement models",
    sizes: `${count(sizes.invoices)} invoices, ${count(sizes.payments)} payments, ${count(sizes.customers)} customers (in-memory blocks)`,
    figures,
    notes: [
      `${count(statements.value.statements.length)} statements; total AR ${aged.value.map((c) => `${c.currency} ${count(c.totalAr)} minor units`).join(", ")}; ${count(issues.length)} data issues`,
      `input generation ${duration(generated)} (not counted); maxRSS after generating the input ${megabytes(rssBefore)}`,
      ...(issues.length > 0 ? [`first issue: ${JSON.stringify(issues[0])}`] : []),
    ],
    failures: [],
  });
}

runMain(main);
