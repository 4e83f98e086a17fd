/**
 * The hostile corpus (corpus.ts) run through `ar-desk` as a user would, each in its own child
 * process: the exit code, one line on stderr and no stack trace, bounded time and peak memory,
 * the inputs byte-identical afterwards, and every output opening (XML parses, .eml readable).
 */
import { createHash } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import * as path from "node:path";
import { assertBuilt, tempDir } from "../cli/_lib/runCli";
import { buildCorpus, type HostileCase } from "./corpus";
import { outputFiles, outputProblems } from "./_lib/outputsOpen";
import { inTurn, runMeasured, type MeasuredRun } from "./_lib/runMeasured";

const hash = (file: string) => createHash("sha256").update(readFileSync(file)).digest("hex");

let cases: HostileCase[] = [];
const before = new Map<string, string>();
const runs = new Map<string, MeasuredRun>();

beforeAll(async () => {
  assertBuilt();
  cases = buildCorpus(tempDir("hostile"));
  for (const c of cases) for (const f of c.untouched) before.set(path.join(c.dir, f), hash(path.join(c.dir, f)));
  const results = await inTurn(cases.map((c) => () => runMeasured(c.args, c.dir)), 2);
  cases.forEach((c, i) => runs.set(c.name, results[i]));
}, 600_000);

// the names are known only once the corpus is built; jest needs them now, so the corpus is
// described twice: the list here is checked against the built one below
const NAMES = buildCorpus(tempDir("hostile-names")).map((c) => c.name);

test("the corpus covers every case named here", () => {
  expect(cases.map((c) => c.name)).toEqual(NAMES);
});

describe.each(NAMES)("%s", (name) => {
  const theCase = () => cases.find((c) => c.name === name)!;
  const run = () => runs.get(name)!;

  test("exit code, one line on stderr, no stack trace", () => {
    const c = theCase();
    const r = run();
    expect({ code: r.code, signal: r.signal }).toEqual({ code: c.code, signal: null });
    const lines = r.stderr.split("\n").filter((l) => l !== "");
    if (c.stderr) {
      expect(lines).toHaveLength(1);
      expect(lines[0]).toMatch(c.stderr);
    }
    expect(r.stderr).not.toMatch(/^\s+at |node:internal|internal error/m);
    if (c.stdout) expect(r.stdout).toMatch(c.stdout);
  });

  test("bounded time and peak memory", () => {
    const c = theCase();
    const r = run();
    expect(r.seconds).toBeLessThan(c.maxSeconds);
    expect(r.peakMegabytes).toBeLessThan(c.maxMegabytes);
  });

  test("inputs byte-identical, outputs open", () => {
    const c = theCase();
    for (const f of c.untouched) expect(hash(path.join(c.dir, f))).toBe(before.get(path.join(c.dir, f)));
    for (const target of c.outputs ?? []) {
      const full = path.join(c.dir, target);
      expect(existsSync(full)).toBe(true);
      const files = outputFiles(full);
      expect(files.length).toBeGreaterThan(0);
      expect(files.flatMap(outputProblems)).toEqual([]);
    }
  });
});
