/**
 * `<log>.lock`: two AR Desk runs (two terminals, a scheduled job and a clerk) never write the
 * dunning log at the same moment. It is held only while a run reads the log again, adds its rows
 * and writes it (seconds), never while it drafts: a second run waits for it, then appends to what
 * the first one wrote (cli/logFile.ts). Made with O_EXCL, so of two runs exactly one gets it.
 *
 * A lock left by a run that was killed is stale: its process no longer runs (same host), or it is
 * older than {@link STALE_LOCK_MS} (a run on another machine sharing the folder); a stale lock is
 * removed. A lock held longer than the wait is refused in one line naming the lock file.
 */
import { constants, promises as fs } from "node:fs";
import * as os from "node:os";
import { processAlive } from "./safeWrite";
import { CannotWriteError } from "./userError";

/** A lock older than this is a leftover: writing the log takes seconds, not minutes. */
export const STALE_LOCK_MS = 5 * 60_000;
/** How long a run waits for another run's lock before it gives up. */
export const LOCK_WAIT_MS = 30_000;
const POLL_MS = 100;

/** What a lock file says (JSON), for the message of a run that finds it. */
interface LockOwner {
  readonly pid: number;
  readonly host: string;
  readonly since: string;
}

export interface LogLock {
  readonly file: string;
  /** Removes the lock file (only this run's own). */
  release(): Promise<void>;
}

export interface LockOptions {
  /** Default {@link LOCK_WAIT_MS}. */
  readonly waitMs?: number;
  /** Default {@link STALE_LOCK_MS}. */
  readonly staleMs?: number;
  /** Told once when the lock is held by another run and this one starts to wait. */
  readonly onWait?: (lockFile: string) => void;
}

/** The lock file of a log: `<log>.lock` beside it. */
export function lockFileOf(logFile: string): string {
  return `${logFile}.lock`;
}

async function ownerOf(lockFile: string): Promise<LockOwner | undefined> {
  try {
    const owner = JSON.parse(await fs.readFile(lockFile, "utf8")) as Partial<LockOwner>;
    return typeof owner.pid === "number" && typeof owner.host === "string" && typeof owner.since === "string" ? (owner as LockOwner) : undefined;
  } catch {
    return undefined;
  }
}

/**
 * True when the lock at `lockFile` is a leftover: too old, or its process (on this host) is gone.
 * A lock whose content cannot be read yet (its run is writing it) is fresh unless too old; a file
 * of that name that is not AR Desk's lock is never stale (the run waits, then says to delete it).
 */
async function isStale(lockFile: string, staleMs: number): Promise<{ stale: boolean; ino?: number }> {
  const stats = await fs.stat(lockFile).catch(() => undefined);
  if (!stats) return { stale: false };
  const owner = await ownerOf(lockFile);
  // A file of that name that is not AR Desk's lock (nor one a killed run left empty) is never removed.
  if (!owner && stats.size > 0) return { stale: false };
  if (Date.now() - stats.mtimeMs > staleMs) return { stale: true, ino: stats.ino };
  if (owner && owner.host === os.hostname() && owner.pid !== process.pid && !processAlive(owner.pid)) return { stale: true, ino: stats.ino };
  return { stale: false };
}

/**
 * Takes the log's lock, waiting while another run holds it.
 * @throws CannotWriteError (exit 3) naming the lock file when it is still held after the wait,
 * or when it cannot be made (a read-only folder).
 */
export async function lockLog(logFile: string, options: LockOptions = {}): Promise<LogLock> {
  const lockFile = lockFileOf(logFile);
  const waitMs = options.waitMs ?? LOCK_WAIT_MS;
  const staleMs = options.staleMs ?? STALE_LOCK_MS;
  const owner: LockOwner = { pid: process.pid, host: os.hostname(), since: new Date().toISOString() };
  const started = Date.now();
  let told = false;
  for (;;) {
    try {
      const handle = await fs.open(lockFile, constants.O_CREAT | constants.O_EXCL | constants.O_WRONLY, 0o666);
      try {
        await handle.writeFile(JSON.stringify(owner));
      } finally {
        await handle.close();
      }
      return { file: lockFile, release: () => fs.rm(lockFile, { force: true }) };
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if (code !== "EEXIST") throw new CannotWriteError((t) => t("log.lockCannot", { lock: lockFile, system: (e as Error).message }));
    }
    const { stale, ino } = await isStale(lockFile, staleMs);
    if (stale) {
      // Removed only if it is still the file judged stale: another run may have replaced it meanwhile.
      const now = await fs.stat(lockFile).catch(() => undefined);
      if (now && now.ino === ino) await fs.rm(lockFile, { force: true }).catch(() => undefined);
      continue;
    }
    if (Date.now() - started >= waitMs) {
      const held = await ownerOf(lockFile);
      throw new CannotWriteError((t) =>
        t("log.locked", { log: logFile, lock: lockFile, seconds: Math.round(waitMs / 1000), pid: held?.pid ?? "?", host: held?.host ?? "?", since: held?.since ?? "?" }),
      );
    }
    if (!told) {
      told = true;
      options.onWait?.(lockFile);
    }
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
  }
}
