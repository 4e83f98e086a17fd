/**
 * Benchmark 4, the Excel host: how many `context.sync()` round trips each step of the
 * Statements action costs through OfficeWorkbookPort, on the in-memory Excel fake
 * (test/fakes/excel, which applies Office.js's load/sync rules and counts every sync and its
 * request bytes). The clerk's workbook holds a generated ledger (src/sample) as Excel tables; the
 * statements are the real job (src/flows/statements.ts) and layout.
 * Target (DESIGN §6, issue 12): a constant number of syncs per action, ≤ 4 at 1,000 customers;
 * large writes are chunked under Excel on the web's 5 MB request limit.
 */
import { monthPeriod, parseMonth } from "../src/core/dates";
import { openSession } from "../src/flows/session";
import { statementsJob } from "../src/flows/statements";
import { generateLedger } from "../src/sample";
import { OfficeWorkbookPort } from "../src/workbook/office/officeWorkbook";
import type { RawCell } from "../src/workbook/port";
import { createFakeExcel, WorkbookState, type FakeExcel } from "../test/fakes/excel";
import { count, megabytes } from "./_lib/format";
import { emitReport, isQuick, progress, runMain, type Figure } from "./_lib/result";

const FULL_SIZES = [10, 100, 1_000];
const QUICK_SIZES = [10, 100];

interface StepCount {
  readonly syncs: number;
  readonly runs: number;
  readonly requestBytes: number;
  readonly largestRequest: number;
}

interface SizeResult {
  readonly customers: number;
  readonly statements: number;
  readonly cellsRead: number;
  readonly first: Record<"readWorkbook" | "writeSheets", StepCount>;
  readonly rerun: Record<"readWorkbook" | "writeSheets", StepCount>;
}

function columnLetter(n: number): string {
  let s = "";
  for (let x = n; x > 0; x = Math.floor((x - 1) / 26)) s = String.fromCharCode(65 + ((x - 1) % 26)) + s;
  return s;
}

/** The clerk's workbook: Customers, Invoices and Payments sheets, each an Excel table of that name. */
function clerkWorkbook(customers: number): WorkbookState {
  const ledger = generateLedger({ customers, invoicesPerCustomer: 8, asOf: "2026-10-31", seed: 20261031 });
  const state = new WorkbookState();
  const tables: [string, RawCell[][]][] = [["Customers", ledger.customers], ["Invoices", ledger.invoices], ["Payments", ledger.payments]];
  for (const [name, rows] of tables) {
    state.putValues(name, "A1", rows);
    state.putTable(name, name, `A1:${columnLetter(rows[0].length)}${rows.length}`);
  }
  return state;
}

/** Runs one port call and counts what it cost on the fake. */
async function counted<T>(fake: FakeExcel, step: () => Promise<T>): Promise<{ value: T; cost: StepCount }> {
  fake.resetStats();
  const value = await step();
  const requests = fake.stats.syncs.map((s) => s.requestBytes);
  return {
    value,
    cost: { syncs: requests.length, runs: fake.stats.runs, requestBytes: requests.reduce((a, b) => a + b, 0), largestRequest: Math.max(0, ...requests) },
  };
}

/** The Statements action as the task pane runs it (services/engine.ts): read the ledger and the sheet list, write the statements after that read. */
async function statementsAction(fake: FakeExcel, port: OfficeWorkbookPort) {
  const period = monthPeriod(parseMonth("2026-10")!);
  const read = await counted(fake, () => port.readWorkbook());
  const { blocks, sheets } = read.value;
  const generated = new Set(sheets.filter((s) => s.generated).map((s) => s.name));
  const session = openSession(blocks, { generatedSheets: generated });
  const run = statementsJob(session, period, { takenSheetNames: sheets.filter((s) => !s.generated).map((s) => s.name) });
  // As the pane does: the write is handed the read it follows, and plans from what that read loaded.
  const write = await counted(fake, () => port.writeSheets(run.sheets, { after: read.value }));
  const cellsRead = blocks.reduce((n, b) => n + (b.rows.length + 1) * b.headers.length, 0);
  return { costs: { readWorkbook: read.cost, writeSheets: write.cost }, statements: run.statements.length, cellsRead };
}

async function measure(customers: number): Promise<SizeResult> {
  const fake = createFakeExcel(clerkWorkbook(customers));
  const port = new OfficeWorkbookPort({ run: (runOptions, batch) => fake.Excel.run(runOptions, batch as never) });
  const first = await statementsAction(fake, port);
  const rerun = await statementsAction(fake, port);
  return { customers, statements: first.statements, cellsRead: first.cellsRead, first: first.costs, rerun: rerun.costs };
}

async function main(): Promise<void> {
  const sizes = isQuick() ? QUICK_SIZES : FULL_SIZES;
  const results: SizeResult[] = [];
  for (const n of sizes) {
    const result = await measure(n);
    progress(`${count(n)} customers: ${result.statements} statements, first run ${result.first.writeSheets.syncs} write syncs, re-run ${result.rerun.writeSheets.syncs}`);
    results.push(result);
  }

  const across = (label: string, pick: (r: SizeResult) => StepCount): Figure => {
    const syncs = results.map((r) => pick(r).syncs);
    return {
      measure: `${label}: context.sync calls`,
      measured: syncs.join(" / "),
      target: "same for every size",
      met: syncs.every((s) => s === syncs[0]),
    };
  };
  const bytes = (label: string, pick: (r: SizeResult) => StepCount): Figure => ({
    measure: `${label}: request total / largest sync`,
    measured: results.map((r) => `${megabytes(pick(r).requestBytes)} / ${megabytes(pick(r).largestRequest)}`).join("; "),
    target: "each sync < 5 MB",
    met: results.every((r) => pick(r).largestRequest < 5 * 1024 * 1024),
  });
  const total = (run: SizeResult["first"]): number => run.readWorkbook.syncs + run.writeSheets.syncs;
  const atMost4 = (run: (r: SizeResult) => SizeResult["first"]) => results.every((r) => total(run(r)) <= 4);
  const figures: Figure[] = [
    across("readWorkbook (the clerk's ledger + the sheet list)", (r) => r.first.readWorkbook),
    across("writeSheets (Index + one sheet per statement)", (r) => r.first.writeSheets),
    { measure: "Statements action, first run: total syncs", measured: results.map((r) => total(r.first)).join(" / "), target: "≤ 4 at every size", met: atMost4((r) => r.first) },
    across("re-run: readWorkbook (ledger + generated sheets)", (r) => r.rerun.readWorkbook),
    across("re-run: writeSheets (replacing its own sheets)", (r) => r.rerun.writeSheets),
    { measure: "Statements action, re-run: total syncs", measured: results.map((r) => total(r.rerun)).join(" / "), target: "≤ 4 at every size", met: atMost4((r) => r.rerun) },
    { measure: "Excel.run batches per step", measured: String(Math.max(...results.flatMap((r) => [...Object.values(r.first), ...Object.values(r.rerun)].map((c) => c.runs)))), target: "1", met: results.every((r) => [...Object.values(r.first), ...Object.values(r.rerun)].every((c) => c.runs === 1)) },
    bytes("writeSheets", (r) => r.first.writeSheets),
    bytes("re-run writeSheets", (r) => r.rerun.writeSheets),
  ];
  emitReport({
    title: "4. Excel host: context.sync calls per action (OfficeWorkbookPort on the Excel fake)",
    sizes: `${sizes.map(count).join(" / ")} customers (columns read left to right)`,
    figures,
    notes: [
      ...results.map(
        (r) =>
          `${count(r.customers)} customers: ${count(r.statements)} statements, ${count(r.cellsRead)} ledger cells read; ` +
          `syncs read/write first run ${r.first.readWorkbook.syncs}/${r.first.writeSheets.syncs}, ` +
          `re-run ${r.rerun.readWorkbook.syncs}/${r.rerun.writeSheets.syncs}; ` +
          `${megabytes(r.first.writeSheets.requestBytes)} written (${count(r.first.writeSheets.requestBytes / Math.max(1, r.statements) / 1024)} KB per statement)`,
      ),
      "OfficeWorkbookPort reads every used range in one response (slices of ~100,000 cells when Excel refuses it) and chunks writes by its byte estimate (4 MB budget) under Excel on the web's 5 MB request limit, so syncs grow with the bytes read or written; request bytes are the fake's count (the request body Office.js would send)",
    ],
    failures: [],
  });
}

runMain(main);
