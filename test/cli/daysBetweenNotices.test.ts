/**
 * `ar-desk reminders` with `dunning.daysBetweenNotices` = 7 on the AR Settings sheet and the default
 * log beside the ledger: the day after a run drafts nothing for the customers just written to, and
 * says so; seven days later they are drafted again.
 */
import { existsSync, readdirSync } from "node:fs";
import * as path from "node:path";
import { DEFAULT_SETTINGS, type Settings } from "../../src/core/settings";
import { tinyLedger, writeLedger } from "./_lib/ledgerFixture";
import { assertBuilt, cli, tempDir, type CliResult } from "./_lib/runCli";

const SETTINGS: Settings = { ...DEFAULT_SETTINGS, dunning: { ...DEFAULT_SETTINGS.dunning, daysBetweenNotices: 7 } };

let dir: string;
const runs: Record<string, CliResult> = {};
const emls = (outDir: string): string[] => (existsSync(path.join(dir, outDir)) ? readdirSync(path.join(dir, outDir)).filter((f) => f.endsWith(".eml")) : []);

beforeAll(async () => {
  assertBuilt();
  dir = tempDir("days-between-notices");
  await writeLedger(path.join(dir, "ledger.xlsx"), tinyLedger({ settings: SETTINGS }));
  // No --log: the log is ledger-dunning-log.xlsx beside the ledger, read and appended by every run.
  const run = (name: string, asOf: string) => (runs[name] = cli(["reminders", "ledger.xlsx", "--as-of", asOf, "--out-dir", name], dir));
  run("day1", "2026-11-01");
  run("day2", "2026-11-02");
  run("day8", "2026-11-08");
}, 120_000);

describe("reminders with days between notices = 7", () => {
  it("drafts C001 (Collections, 62 days) and C002 (Final notice, 31 days) on the first day", () => {
    expect(runs.day1.code).toBe(0);
    expect(existsSync(path.join(dir, "ledger-dunning-log.xlsx"))).toBe(true);
    expect(emls("day1")).toHaveLength(2);
    expect(runs.day1.stdout).not.toMatch(/held back/);
  });

  it("drafts nothing the next day and says both were held back", () => {
    expect(runs.day2.code).toBe(0);
    expect(emls("day2")).toEqual([]);
    expect(runs.day2.stdout).toContain("2 held back: last notice fewer than 7 days ago");
  });

  it("drafts both again seven days after the last notice", () => {
    expect(runs.day8.code).toBe(0);
    expect(emls("day8")).toHaveLength(2);
    expect(runs.day8.stdout).not.toMatch(/held back/);
  });
});
