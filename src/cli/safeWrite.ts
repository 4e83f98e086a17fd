/**
 * Every file the CLI writes goes through here, so that nothing AR Desk writes can replace the
 * ledger or a file AR Desk did not write, and no kill, full disk or read-only folder leaves a
 * half-written file under an output's name:
 *
 * - paths are compared as files (real path, device and inode), so a symlink or hard link to the
 *   ledger counts as the ledger;
 * - an existing workbook is replaced only when it carries AR Desk's marker, an existing .eml only
 *   when it is a draft (`X-Unsent: 1`), and never through a link;
 * - each file is written to a temporary file beside its target, flushed, then renamed into place;
 *   a new drafts folder is filled under a temporary name and renamed into place when complete;
 * - the guard runs again right before that rename (given `recheck`): a long run's output is
 *   written seconds or minutes after the first check, time enough for a clerk to save a workbook
 *   of their own under the output's name;
 * - the temporary files a killed run left there are removed on the next write (sweepStaleTemps).
 */
import { constants, promises as fs, type Stats } from "node:fs";
import * as path from "node:path";
import { isArDeskWorkbookFile } from "../workbook/xlsx/node";
import { CannotWriteError, UserError } from "./userError";
import type { CliText, PlainMessageKey } from "./i18n";

/** Why a write failed, in a clerk's words: the catalogue's text for the errno code. */
const WRITE_REASONS: Readonly<Record<string, PlainMessageKey & `write.${string}`>> = {
  ENOSPC: "write.diskFull",
  EDQUOT: "write.quota",
  EFBIG: "write.tooBig",
  EACCES: "write.permission",
  EPERM: "write.permission",
  EROFS: "write.readOnly",
  ENOTDIR: "write.pathPartIsFile",
  EISDIR: "write.isFolder",
  ENOENT: "write.folderMissing",
  ENAMETOOLONG: "write.nameTooLong",
  EBUSY: "write.busy",
  ETXTBSY: "write.busy",
};

/**
 * The one line for a failed write of `target`: the catalogue's reason for a known errno code;
 * otherwise the system's own words (often English whatever the locale), kept for whoever looks
 * into it but after a sentence in the run's language naming the file and what to do.
 */
function cannotWriteText(target: string, e: unknown, t: CliText): string {
  const code = (e as NodeJS.ErrnoException | undefined)?.code;
  const key = code === undefined ? undefined : WRITE_REASONS[code];
  if (key !== undefined) return t("write.cannot", { target, reason: t(key) });
  return t("write.cannotSystem", { target, system: (e as Error)?.message ?? String(e) });
}

/** A CannotWriteError for `target` with one of the catalogue's reasons (`write.…`). */
function refusal(target: string, reason: PlainMessageKey & `write.${string}`): CannotWriteError {
  return new CannotWriteError((t) => t("write.cannot", { target, reason: t(reason) }));
}

/** The one-line error for a failed write of `target`. */
export function cannotWrite(target: string, e: unknown): CannotWriteError {
  return new CannotWriteError((t) => cannotWriteText(target, e, t));
}

async function statOrUndefined(file: string, follow = true): Promise<Stats | undefined> {
  try {
    return follow ? await fs.stat(file) : await fs.lstat(file);
  } catch {
    return undefined;
  }
}

/**
 * True when both paths name the same file: same device and inode (a hard link counts), or the
 * same real path (a symlink counts). False when either does not exist.
 */
export async function sameFile(a: string, b: string): Promise<boolean> {
  const [sa, sb] = await Promise.all([statOrUndefined(a), statOrUndefined(b)]);
  if (!sa || !sb) return false;
  if (sa.dev === sb.dev && sa.ino === sb.ino && sa.ino !== 0) return true;
  try {
    return (await fs.realpath(a)) === (await fs.realpath(b));
  } catch {
    return false;
  }
}

/** What an output is, for the guard: workbooks carry AR Desk's marker, drafts `X-Unsent: 1`. */
export type OutputKind = "workbook" | "draft";

export interface OutputGuard {
  /** The input the output must never be. */
  readonly ledger: string;
  /** How the user named the output ("--out", "--log"), or undefined when AR Desk chose the name. */
  readonly flag?: string;
}

async function isDraftFile(file: string): Promise<boolean> {
  const handle = await fs.open(file, "r");
  try {
    const head = Buffer.alloc(64 * 1024);
    const { bytesRead } = await handle.read(head, 0, head.length, 0);
    const text = head.subarray(0, bytesRead).toString("latin1");
    const headerEnd = text.indexOf("\r\n\r\n");
    return /^X-Unsent: 1\r?$/m.test(headerEnd < 0 ? text : text.slice(0, headerEnd));
  } finally {
    await handle.close();
  }
}

/**
 * Refuses an output path that is the ledger, a link, a folder, or an existing file AR Desk did
 * not write. Call it for every output before writing any.
 * @throws UserError (exit 2) when the output is the ledger; CannotWriteError (exit 3) otherwise.
 */
export async function guardOutput(target: string, kind: OutputKind, guard: OutputGuard): Promise<void> {
  if (await sameFile(target, guard.ledger)) {
    const { flag, ledger } = guard;
    throw new UserError((t) => {
      const named = flag ? t("write.flagIsLedger", { flag }) : t("write.wouldReplaceLedger", { name: path.basename(target) });
      return t("write.isLedger", { named, target, ledger });
    });
  }
  const link = await statOrUndefined(target, false);
  if (!link) return;
  if (link.isSymbolicLink()) throw refusal(target, "write.isLink");
  if (link.isDirectory()) throw refusal(target, "write.isFolder");
  if (!link.isFile()) throw refusal(target, "write.notRegular");
  const ours = kind === "workbook" ? await isArDeskWorkbookFile(target) : await isDraftFile(target).catch(() => false);
  if (!ours) throw refusal(target, kind === "workbook" ? "write.notOurWorkbook" : "write.notOurDraft");
}

let counter = 0;

function tempNameBeside(target: string): string {
  const { dir, base } = path.parse(target);
  return path.join(dir, `.${base}.${process.pid}-${++counter}.ar-desk-tmp`);
}

/** AR Desk's own temporary names (see {@link tempNameBeside}); the pid is group 1. */
const TEMP_NAME = /^\..+\.(\d+)-\d+\.ar-desk-tmp$/;

/** When this process started, in ms since the epoch: a temp file older than that is not ours. */
const STARTED_MS = Date.now() - process.uptime() * 1000;

/** False only when no process has that id (ESRCH); a process of another user (EPERM) is alive. */
export function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code !== "ESRCH";
  }
}

const swept = new Set<string>();

/**
 * Removes what a killed or crashed run left beside a target: AR Desk temporary files (and
 * half-filled drafts folders) whose name matches AR Desk's own pattern, made before this process
 * started, by a process that no longer runs. Anything else, a temp file of a run still going
 * (another window, another user), or a name a clerk chose, is left alone. Each folder is swept
 * once per run; a failure to sweep never stops the write.
 * @returns the names removed (for tests).
 */
export async function sweepStaleTemps(dir: string): Promise<string[]> {
  const key = path.resolve(dir);
  if (swept.has(key)) return [];
  swept.add(key);
  const removed: string[] = [];
  let names: string[];
  try {
    names = await fs.readdir(dir);
  } catch {
    return removed;
  }
  for (const name of names) {
    const match = TEMP_NAME.exec(name);
    if (!match) continue;
    const pid = Number(match[1]);
    if (pid === process.pid || processAlive(pid)) continue;
    const file = path.join(dir, name);
    const stats = await statOrUndefined(file, false);
    if (!stats || stats.mtimeMs >= STARTED_MS || !(stats.isFile() || stats.isDirectory())) continue;
    try {
      await fs.rm(file, { recursive: stats.isDirectory(), force: true });
      removed.push(name);
    } catch {
      // Best effort: a temp file we cannot remove is only litter, never a reason to fail.
    }
  }
  return removed;
}

/** {@link guardOutput}'s arguments, to check the target again right before it is replaced. */
export interface Recheck {
  readonly kind: OutputKind;
  readonly guard: OutputGuard;
}

/**
 * Writes `data` to a temporary file beside `target`, flushes it to disk and renames it over
 * `target`: the target is either the earlier file or the complete new one, never a part.
 * @param recheck - the output's guard, run again right before the rename (see the module's note)
 * @throws CannotWriteError (one line: `cannot write <target>: disk full`) and leaves no temporary file behind.
 */
export async function writeFileAtomic(target: string, data: Uint8Array | string, recheck?: Recheck): Promise<void> {
  const bytes = typeof data === "string" ? new TextEncoder().encode(data) : data;
  await writeFileAtomicStreaming(target, (write) => write(bytes), recheck);
}

/**
 * {@link writeFileAtomic} for output produced piece by piece (a streamed workbook): `produce`
 * hands each chunk to `write`, which goes straight to the temporary file, so the whole file is
 * never in memory; the rename happens only after `produce` finished and the file is flushed.
 * @throws CannotWriteError as writeFileAtomic; an error thrown by `produce` is rethrown as it is
 * (after the temporary file is removed), so a writer's own message reaches the clerk unchanged,
 * and so is the recheck's refusal.
 */
export async function writeFileAtomicStreaming(
  target: string,
  produce: (write: (chunk: Uint8Array) => Promise<void>) => Promise<void>,
  recheck?: Recheck,
): Promise<void> {
  await sweepStaleTemps(path.dirname(target));
  const temp = tempNameBeside(target);
  // True while the code that runs is `produce` or the recheck: their errors are rethrown as they are.
  let ownWords = false;
  try {
    const handle = await fs.open(temp, constants.O_CREAT | constants.O_EXCL | constants.O_WRONLY, 0o666);
    try {
      ownWords = true;
      await produce(async (chunk) => {
        ownWords = false;
        await handle.write(chunk);
        ownWords = true;
      });
      ownWords = false;
      await handle.sync();
    } finally {
      await handle.close();
    }
    if (recheck) {
      ownWords = true;
      await guardOutput(target, recheck.kind, recheck.guard);
      ownWords = false;
    }
    await fs.rename(temp, target);
  } catch (e) {
    await fs.rm(temp, { force: true }).catch(() => undefined);
    throw ownWords ? e : cannotWrite(target, e);
  }
}

/**
 * Makes sure `dir` is a folder that exists (creating it and its parents).
 * @throws CannotWriteError when it names a file or cannot be created.
 */
export async function ensureFolder(dir: string): Promise<void> {
  const s = await statOrUndefined(dir);
  if (s && !s.isDirectory()) throw refusal(dir, "write.isFile");
  try {
    await fs.mkdir(dir, { recursive: true });
  } catch (e) {
    throw cannotWrite(dir, e);
  }
}

/**
 * Writes files into `dir`. A new folder is filled under a temporary name beside it and renamed
 * into place when complete; into an existing folder each file goes through
 * {@link writeFileAtomic}, checked again by its `recheck` when it has one. Call {@link guardOutput}
 * for each file first.
 */
export async function writeFolderAtomic(dir: string, files: readonly { name: string; data: Uint8Array | string; recheck?: Recheck }[], onFile?: (done: number) => void): Promise<void> {
  const existing = await statOrUndefined(dir);
  if (existing && !existing.isDirectory()) throw refusal(dir, "write.isFile");
  if (existing) {
    for (let i = 0; i < files.length; i++) {
      await writeFileAtomic(path.join(dir, files[i].name), files[i].data, files[i].recheck);
      onFile?.(i + 1);
    }
    return;
  }
  await ensureFolder(path.dirname(dir));
  await sweepStaleTemps(path.dirname(dir));
  const temp = tempNameBeside(dir);
  try {
    await fs.mkdir(temp);
    for (let i = 0; i < files.length; i++) {
      const handle = await fs.open(path.join(temp, files[i].name), "wx");
      try {
        await handle.writeFile(files[i].data);
        await handle.sync();
      } finally {
        await handle.close();
      }
      onFile?.(i + 1);
    }
    await fs.rename(temp, dir);
  } catch (e) {
    await fs.rm(temp, { recursive: true, force: true }).catch(() => undefined);
    throw cannotWrite(dir, e);
  }
}
