/**
 * Bad luck while writing: a process killed mid-write, a disk that refuses more bytes, a folder
 * that cannot be written. The earlier output must stay intact, no half-written file may appear
 * under an output's name, and the message is one line with exit code 3.
 *
 * A kill is made certain by a preloaded hook (_lib/killHook.js) that sends SIGKILL half-way
 * through writing a temporary file, or just before renaming it into place. A full disk is a
 * file-size limit (`ulimit -f`): node ignores SIGXFSZ, so the write fails mid-file with EFBIG,
 * which is how a full disk looks to the program (a write refused part-way).
 */
import { spawnSync } from "node:child_process";
import { chmodSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import * as path from "node:path";
import { assertBuilt, cliEnv, LAUNCHER, tempDir } from "../cli/_lib/runCli";
import { cleanLedger } from "./corpus";
import type { CustomerRow, InvoiceRow } from "./_lib/package";

/** `ar-desk args` under a file-size limit of `kb` kilobytes. */
function limited(args: readonly string[], cwd: string, kb: number) {
  const quoted = [process.execPath, LAUNCHER, ...args].map((a) => `'${a.replace(/'/g, "'\\''")}'`).join(" ");
  return spawnSync("bash", ["-c", `ulimit -f ${kb}; exec ${quoted}`], { cwd, encoding: "utf8", timeout: 120_000, env: { ...cliEnv(), AR_DESK_DEBUG: "" } });
}

/** `ar-desk args`, killed with SIGKILL at `at` (see _lib/killHook.js). */
function killed(args: readonly string[], cwd: string, at: "mid-write" | "before-rename") {
  return spawnSync(process.execPath, ["-r", path.join(__dirname, "_lib/killHook.js"), LAUNCHER, ...args], { cwd, encoding: "utf8", timeout: 120_000, env: { ...process.env, AR_KILL_AT: at } });
}

function bigLedger(customers: number): Uint8Array {
  const c: CustomerRow[] = [];
  const inv: InvoiceRow[] = [];
  for (let i = 1; i <= customers; i++) {
    const id = `C${String(i).padStart(5, "0")}`;
    c.push([id, `Customer ${i} Trading Ltd`, `ap${i}@example.com`]);
    inv.push([`INV-${i}`, id, "2026-08-01", "2026-08-31", 100 + i]);
  }
  return cleanLedger(c, inv);
}

let dir: string;
beforeAll(() => {
  assertBuilt();
  dir = tempDir("faults");
  writeFileSync(path.join(dir, "ledger.xlsx"), bigLedger(400));
});

const STATEMENTS = ["statements", "ledger.xlsx", "--month", "2026-10", "--out", "out.xlsx"];

/** The good output of an earlier run (made once). */
function earlierOutput(): Buffer {
  if (!existsSync(path.join(dir, "out.xlsx"))) expect(spawnSync(process.execPath, [LAUNCHER, ...STATEMENTS], { cwd: dir }).status).toBe(0);
  return readFileSync(path.join(dir, "out.xlsx"));
}

test.each(["mid-write", "before-rename"] as const)("a process killed %s leaves the earlier output intact", (at) => {
  const earlier = earlierOutput();
  expect(earlier.length).toBeGreaterThan(64 * 1024);
  const run = killed(["statements", "ledger.xlsx", "--month", "2026-11", "--out", "out.xlsx"], dir, at);
  expect(run.signal).toBe("SIGKILL");
  expect(readFileSync(path.join(dir, "out.xlsx")).equals(earlier)).toBe(true);
  expect(readdirSync(dir).sort()).toEqual(["ledger.xlsx", "out.xlsx", expect.stringMatching(/^\.out\.xlsx\.\d+-\d+\.ar-desk-tmp$/)].sort());
  // The next run that writes there removes what the killed one left.
  expect(spawnSync(process.execPath, [LAUNCHER, ...STATEMENTS], { cwd: dir }).status).toBe(0);
  expect(readdirSync(dir).sort()).toEqual(["ledger.xlsx", "out.xlsx"]);
});

test("a disk refusing more bytes: one line, exit 3, the earlier output intact, no temporary file left", () => {
  const earlier = earlierOutput();
  const full = limited(["statements", "ledger.xlsx", "--month", "2026-09", "--out", "out.xlsx"], dir, 32);
  expect(full.status).toBe(3);
  expect(full.stderr).toBe("ar-desk: cannot write out.xlsx: the file is larger than the disk or your file-size limit allows\n");
  expect(readFileSync(path.join(dir, "out.xlsx")).equals(earlier)).toBe(true);
  expect(readdirSync(dir).filter((f) => f.includes("ar-desk-tmp"))).toEqual([]);
});

test("drafts killed mid-write: no drafts folder appears half-filled", () => {
  const run = killed(["reminders", "ledger.xlsx", "--as-of", "2026-11-20", "--out-dir", "drafts"], dir, "mid-write");
  expect(run.signal).toBe("SIGKILL");
  expect(existsSync(path.join(dir, "drafts"))).toBe(false);
  expect(readdirSync(dir).filter((f) => f.endsWith(".ar-desk-tmp"))).toEqual([expect.stringMatching(/^\.drafts\.\d+-\d+\.ar-desk-tmp$/)]);
  // The next run writing beside it removes the half-filled temporary folder.
  const again = spawnSync(process.execPath, [LAUNCHER, "reminders", "ledger.xlsx", "--as-of", "2026-11-20", "--out-dir", "drafts"], { cwd: dir });
  expect(again.status).toBe(0);
  expect(existsSync(path.join(dir, "drafts"))).toBe(true);
  expect(readdirSync(dir).filter((f) => f.endsWith(".ar-desk-tmp"))).toEqual([]);
  rmSync(path.join(dir, "drafts"), { recursive: true, force: true });
  for (const f of readdirSync(dir)) if (f.startsWith("ledger-") || f.startsWith("reminders")) rmSync(path.join(dir, f), { recursive: true, force: true });
});

test("drafts on a disk refusing more bytes: one line, exit 3, no drafts folder, no temporary folder left", () => {
  const full = limited(["reminders", "ledger.xlsx", "--as-of", "2026-11-20", "--out-dir", "drafts"], dir, 4);
  expect(full.status).toBe(3);
  expect(full.stderr).toMatch(/^ar-desk: cannot write drafts: the file is larger than the disk or your file-size limit allows\n$/);
  expect(existsSync(path.join(dir, "drafts"))).toBe(false);
  expect(readdirSync(dir).filter((f) => f.includes("ar-desk-tmp"))).toEqual([]);
});

test("a folder that cannot be written: one line, exit 3, no stack trace", () => {
  // root writes anywhere it may chmod; /proc refuses new files even to root
  const target = process.getuid?.() === 0 ? "/proc/1/summary.xlsx" : path.join(dir, "locked", "summary.xlsx");
  if (process.getuid?.() !== 0) {
    mkdirSync(path.join(dir, "locked"));
    chmodSync(path.join(dir, "locked"), 0o555);
  }
  const r = spawnSync(process.execPath, [LAUNCHER, "report", "ledger.xlsx", "--as-of", "2026-11-20", "--out", target], { cwd: dir, encoding: "utf8", env: cliEnv() });
  expect(r.status).toBe(3);
  expect(r.stderr).toMatch(new RegExp(`^ar-desk: cannot write ${target.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&")}: [^\\n]+\\n$`));
  expect(r.stdout).toBe("");
});
