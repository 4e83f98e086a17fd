/**
 * Reading a ledger needs no ExcelJS: `check`, `report` and `statements` must not load it (with its
 * ~800 modules it costs ~0.3 s of every run). Only the printable letters are written with it.
 */
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import * as path from "node:path";
import { assertBuilt, cliEnv, LAUNCHER, REPO, tempDir } from "./_lib/runCli";

const SAMPLE = path.join(REPO, "assets/sample-ledger.xlsx");
const HOOK = path.join(__dirname, "_lib/loadedPackages.js");

/** The npm packages `ar-desk args…` loaded, and its exit code. */
function packagesLoadedBy(args: readonly string[]): { code: number | null; packages: string[] } {
  const dir = tempDir("modules");
  const list = path.join(dir, "packages.json");
  const run = spawnSync(process.execPath, ["-r", HOOK, LAUNCHER, ...args], {
    cwd: dir,
    encoding: "utf8",
    timeout: 60_000,
    env: { ...cliEnv(), AR_DESK_LOADED_PACKAGES: list },
  });
  if (run.error) throw run.error;
  return { code: run.status, packages: JSON.parse(readFileSync(list, "utf8")) as string[] };
}

beforeAll(assertBuilt);

describe.each([
  ["check", [SAMPLE]],
  ["report", [SAMPLE, "--as-of", "2026-10-31"]],
  ["report --out", [SAMPLE, "--as-of", "2026-10-31", "--out", "summary.xlsx"]],
  ["statements", [SAMPLE, "--month", "2026-10", "--out", "statements.xlsx"]],
])("ar-desk %s", (command, rest) => {
  it("reads and writes without loading ExcelJS", () => {
    const { code, packages } = packagesLoadedBy([command.split(" ")[0], ...rest]);
    expect(code).toBe(0);
    // The hook saw the packages the engine needs, so an empty list cannot pass for "no ExcelJS".
    expect(packages).toContain("decimal.js");
    expect(packages).not.toContain("exceljs");
  });
});
