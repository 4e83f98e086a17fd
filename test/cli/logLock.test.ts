/** `<log>.lock`: one run at a time writes the dunning log; a leftover lock never blocks for good. */
import { existsSync, readFileSync, utimesSync, writeFileSync } from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { lockFileOf, lockLog } from "../../src/cli/logLock";
import { CannotWriteError } from "../../src/cli/userError";
import { tempDir } from "./_lib/runCli";

const owner = (pid: number) => JSON.stringify({ pid, host: os.hostname(), since: "2026-10-31T09:00:00.000Z" });

describe("lockLog", () => {
  it("makes <log>.lock naming this process, and removes it on release", async () => {
    const log = path.join(tempDir("lock"), "log.xlsx");
    const lock = await lockLog(log);
    expect(lock.file).toBe(`${log}.lock`);
    expect(JSON.parse(readFileSync(lock.file, "utf8"))).toMatchObject({ pid: process.pid, host: os.hostname() });
    await lock.release();
    expect(existsSync(lock.file)).toBe(false);
  });

  it("refuses (exit 3) when another live run holds the lock past the wait, naming the lock file and its process", async () => {
    const log = path.join(tempDir("lock"), "log.xlsx");
    // The parent of this test's process is alive: a run that still holds its lock.
    writeFileSync(lockFileOf(log), owner(process.ppid));
    const waited: string[] = [];
    const attempt = lockLog(log, { waitMs: 300, onWait: (file) => waited.push(file) });
    await expect(attempt).rejects.toThrow(CannotWriteError);
    await expect(lockLog(log, { waitMs: 0 })).rejects.toThrow(`lock file ${log}.lock, process ${process.ppid} on ${os.hostname()}`);
    expect(waited).toEqual([`${log}.lock`]);
    // The other run's lock is left alone.
    expect(readFileSync(lockFileOf(log), "utf8")).toBe(owner(process.ppid));
  });

  it("takes over a lock whose process has ended on this host", async () => {
    const log = path.join(tempDir("lock"), "log.xlsx");
    // A pid above Linux's pid_max: no process has it.
    writeFileSync(lockFileOf(log), owner(2 ** 22 + 1));
    const lock = await lockLog(log, { waitMs: 0 });
    expect(JSON.parse(readFileSync(lock.file, "utf8")).pid).toBe(process.pid);
    await lock.release();
  });

  it("takes over a lock older than the stale limit (a run on another machine that never finished)", async () => {
    const log = path.join(tempDir("lock"), "log.xlsx");
    writeFileSync(lockFileOf(log), JSON.stringify({ pid: 1, host: "another-host", since: "2026-10-31T09:00:00.000Z" }));
    const old = new Date(Date.now() - 6 * 60_000);
    utimesSync(lockFileOf(log), old, old);
    const lock = await lockLog(log, { waitMs: 0 });
    expect(JSON.parse(readFileSync(lock.file, "utf8")).pid).toBe(process.pid);
    await lock.release();
  });

  it("waits while a fresh lock of another host is held (its process cannot be checked from here)", async () => {
    const log = path.join(tempDir("lock"), "log.xlsx");
    writeFileSync(lockFileOf(log), JSON.stringify({ pid: 1, host: "another-host", since: "2026-10-31T09:00:00.000Z" }));
    await expect(lockLog(log, { waitMs: 200 })).rejects.toThrow(/another AR Desk run has held it/);
  });
});

test("lockLog never removes a file of the lock's name that is not AR Desk's lock, however old", async () => {
  const log = path.join(tempDir("lock"), "log.xlsx");
  writeFileSync(lockFileOf(log), "the clerk's own notes");
  const old = new Date(Date.now() - 60 * 60_000);
  utimesSync(lockFileOf(log), old, old);
  await expect(lockLog(log, { waitMs: 0 })).rejects.toThrow(CannotWriteError);
  expect(readFileSync(lockFileOf(log), "utf8")).toBe("the clerk's own notes");
});
