/**
 * Benchmark 2, the worksheet functions, called as Excel calls them: every parameter is declared
 * `any[][]`, so a cell arrives as a 1×1 matrix and a range as an n×1 matrix; dates are serials.
 * - AR.AGING 1,000,000 times, one due date each (a filled-down formula column). Target < 1 s.
 * - AR.CREDIT_AVAILABLE once, spilled over 50,000 customers against 1,000,000 balances. Target < 1 s.
 * - The same AR.AGING calls and one AR.AGING spilled over 1,000,000 due dates through the BUILT
 *   dist/functions.js (run `npm run build` first), loaded in a bare context as Excel's runtime loads
 *   it: what a clerk waits for, argument coercion and all (issue 12).
 */
import "./_lib/customFunctionsShim";
import { existsSync, readFileSync } from "node:fs";
import * as path from "node:path";
import * as vm from "node:vm";
import { repoRoot } from "./_lib/paths";
import { dayFromCivil, serialFromDay } from "../src/core/dates";
import { aging, creditAvailable } from "../src/functions/functions";
import { count, duration, wallAndCpu } from "./_lib/format";
import { emitReport, isQuick, progress, runMain, type Figure } from "./_lib/result";
import { timed } from "./_lib/timer";

const FULL = { agingCalls: 1_000_000, customers: 50_000, balances: 1_000_000 };
const QUICK = { agingCalls: 20_000, customers: 1_000, balances: 20_000 };
const TARGET_MS = 1_000;

type Fn = (...args: unknown[]) => unknown;

/**
 * dist/functions.js's functions by id; undefined when not built. The bundle runs in this realm
 * with the CustomFunctions shim as its global, as Excel's runtime gives it a plain global (a vm
 * context would add its own cost to every global lookup and distort the figure).
 */
function builtFunctions(): Map<string, Fn> | undefined {
  const file = path.join(repoRoot(), "dist", "functions.js");
  if (!existsSync(file)) return undefined;
  const associated = new Map<string, Fn>();
  const shim = (globalThis as unknown as { CustomFunctions: { associate: unknown } }).CustomFunctions;
  const previous = shim.associate;
  shim.associate = (id: string, fn: Fn) => associated.set(id, fn);
  try {
    vm.runInThisContext(readFileSync(file, "utf8"), { filename: file });
  } finally {
    shim.associate = previous;
  }
  return associated;
}

async function main(): Promise<void> {
  const sizes = isQuick() ? QUICK : FULL;
  const asOfSerial = serialFromDay(dayFromCivil(2026, 10, 31));

  // AR.AGING: due dates from 150 days overdue to 30 days ahead, as_of given as a cell.
  const agingRun = timed(() => {
    const labels = new Map<unknown, number>();
    for (let i = 0; i < sizes.agingCalls; i++) {
      const result = aging([[asOfSerial - 150 + (i % 181)]], [[asOfSerial]]);
      const label = result[0][0];
      labels.set(label, (labels.get(label) ?? 0) + 1);
    }
    return labels;
  });
  progress(`AR.AGING × ${count(sizes.agingCalls)}: ${wallAndCpu(agingRun)}`);

  // AR.CREDIT_AVAILABLE: limits and ids of the customers, balances with their customer ids.
  const ids = Array.from({ length: sizes.customers }, (_, c) => `C${String(c + 1).padStart(6, "0")}`);
  const limits = ids.map((_, c) => [c % 50 === 0 ? null : 10_000 + (c % 20) * 5_000]);
  const customers = ids.map((id) => [id]);
  const balances: number[][] = new Array(sizes.balances);
  const owners: string[][] = new Array(sizes.balances);
  for (let i = 0; i < sizes.balances; i++) {
    balances[i] = [Math.round(((i * 7919) % 500_000) + 100) / 100];
    owners[i] = [ids[(i * 31) % sizes.customers]];
  }
  const creditRun = timed(() => creditAvailable(limits, balances, customers, owners));
  const spilled = creditRun.value;
  progress(`AR.CREDIT_AVAILABLE ${count(sizes.customers)} × ${count(sizes.balances)}: ${wallAndCpu(creditRun)}`);

  // The built bundle: 1×1 calls (the fast path) and one spilled call over a column.
  const built = builtFunctions();
  const builtFigures: Figure[] = [];
  if (built) {
    const builtAging = built.get("AGING")!;
    const bundleRun = timed(() => {
      let current = 0;
      for (let i = 0; i < sizes.agingCalls; i++) {
        const result = builtAging([[asOfSerial - 150 + (i % 181)]], [[asOfSerial]], null) as unknown[][];
        if (result[0][0] === "Current") current++;
      }
      return current;
    });
    progress(`built AR.AGING × ${count(sizes.agingCalls)}: ${wallAndCpu(bundleRun)}`);
    const column = Array.from({ length: sizes.agingCalls }, (_, i) => [asOfSerial - 150 + (i % 181)]);
    const spillRun = timed(() => builtAging(column, [[asOfSerial]], null) as unknown[][]);
    progress(`built AR.AGING spilled over ${count(sizes.agingCalls)}: ${wallAndCpu(spillRun)}`);
    const builtCredit = built.get("CREDIT_AVAILABLE")!;
    const builtCreditRun = timed(() => builtCredit(limits, balances, customers, owners) as unknown[][]);
    progress(`built AR.CREDIT_AVAILABLE ${count(sizes.customers)} × ${count(sizes.balances)}: ${wallAndCpu(builtCreditRun)}`);
    builtFigures.push(
      { measure: `built dist/functions.js: AR.CREDIT_AVAILABLE spilled, ${count(sizes.customers)} customers over ${count(sizes.balances)} balances`, measured: wallAndCpu(builtCreditRun), target: "≤ 0.5 s (issue 12)", met: builtCreditRun.ms <= 500 },
      { measure: `built dist/functions.js: AR.AGING × ${count(sizes.agingCalls)} calls ([[serial]], [[as_of]])`, measured: wallAndCpu(bundleRun), target: "≤ 1 s (issue 12)", met: bundleRun.ms <= 1_000 },
      { measure: "built AR.AGING per call", measured: `${((bundleRun.ms * 1000) / sizes.agingCalls).toFixed(2)} µs` },
      { measure: `built dist/functions.js: one AR.AGING spilled over ${count(sizes.agingCalls)} due dates`, measured: wallAndCpu(spillRun), target: "≤ 0.3 s (issue 12)", met: spillRun.ms <= 300 },
    );
  } else {
    builtFigures.push({ measure: "built dist/functions.js", measured: "not built: run npm run build first" });
  }

  const figures: Figure[] = [
    ...builtFigures,
    { measure: `AR.AGING × ${count(sizes.agingCalls)} calls (1×1 arguments)`, measured: wallAndCpu(agingRun), target: `< ${duration(TARGET_MS)}`, met: agingRun.ms < TARGET_MS },
    { measure: "AR.AGING per call", measured: `${((agingRun.ms * 1000) / sizes.agingCalls).toFixed(2)} µs` },
    {
      measure: `AR.CREDIT_AVAILABLE spilled: ${count(sizes.customers)} customers over ${count(sizes.balances)} balances`,
      measured: wallAndCpu(creditRun),
      target: `< ${duration(TARGET_MS)}`,
      met: creditRun.ms < TARGET_MS,
    },
  ];
  emitReport({
    title: "2. Worksheet functions (as Excel calls them)",
    sizes: `${count(sizes.agingCalls)} AR.AGING calls; AR.CREDIT_AVAILABLE ${count(sizes.customers)} customers / ${count(sizes.balances)} balances`,
    figures,
    notes: [
      `AR.AGING results: ${[...agingRun.value].map(([label, n]) => `${String(label)} ${count(n)}`).join(", ")}`,
      `AR.CREDIT_AVAILABLE spilled ${count(spilled.length)}×${spilled[0]?.length ?? 0} (${count(spilled.filter((row) => typeof row[0] !== "number").length)} customers without a limit → #N/A)`,
    ],
    failures: [],
  });
}

runMain(main);
