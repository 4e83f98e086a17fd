/** The CLI's file-writing guard and atomic writes, on real files in a temp folder. */
import { spawnSync } from "node:child_process";
import { linkSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import * as path from "node:path";
import { guardOutput, sameFile, sweepStaleTemps, writeFileAtomic, writeFileAtomicStreaming, writeFolderAtomic } from "../../src/cli/safeWrite";
import { CannotWriteError, UserError } from "../../src/cli/userError";
import { cliText } from "../../src/cli/i18n";
import { writeSpecsToBytes } from "../../src/workbook/xlsx/write";

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), "ar-safe-"));
  writeFileSync(path.join(dir, "ledger.xlsx"), "ledger bytes");
  linkSync(path.join(dir, "ledger.xlsx"), path.join(dir, "hard.xlsx"));
  symlinkSync("ledger.xlsx", path.join(dir, "soft.xlsx"));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const p = (name: string) => path.join(dir, name);

test("sameFile: the file, a hard link and a symlink are the same file; a missing path is not", async () => {
  expect(await sameFile(p("ledger.xlsx"), p("./ledger.xlsx"))).toBe(true);
  expect(await sameFile(p("hard.xlsx"), p("ledger.xlsx"))).toBe(true);
  expect(await sameFile(p("soft.xlsx"), p("ledger.xlsx"))).toBe(true);
  expect(await sameFile(p("none.xlsx"), p("ledger.xlsx"))).toBe(false);
});

test("guardOutput refuses the ledger by any name (exit 2), a link, a folder and a stranger's file (exit 3)", async () => {
  const guard = { ledger: p("ledger.xlsx"), flag: "--out" };
  await expect(guardOutput(p("hard.xlsx"), "workbook", guard)).rejects.toThrow(UserError);
  await expect(guardOutput(p("hard.xlsx"), "workbook", guard)).rejects.toThrow(/^--out must not be the ledger itself/);
  mkdirSync(p("folder.xlsx"));
  await expect(guardOutput(p("folder.xlsx"), "workbook", guard)).rejects.toThrow(/it is a folder$/);
  writeFileSync(p("mine.eml"), "From: a@b\r\nSubject: hi\r\n\r\nbody");
  await expect(guardOutput(p("mine.eml"), "draft", guard)).rejects.toThrow(CannotWriteError);
  writeFileSync(p("draft.eml"), "From: a@b\r\nX-Unsent: 1\r\nSubject: hi\r\n\r\nbody");
  await expect(guardOutput(p("draft.eml"), "draft", guard)).resolves.toBeUndefined();
  symlinkSync("draft.eml", p("link.eml"));
  await expect(guardOutput(p("link.eml"), "draft", guard)).rejects.toThrow(/it is a link/);
  await expect(guardOutput(p("new.xlsx"), "workbook", guard)).resolves.toBeUndefined();
});

test("guardOutput lets AR Desk replace its own workbook only", async () => {
  writeFileSync(p("ours.xlsx"), await writeSpecsToBytes([{ name: "Index", role: "index", cells: [{ row: 1, col: 1, value: "x" }] }]));
  await expect(guardOutput(p("ours.xlsx"), "workbook", { ledger: p("ledger.xlsx") })).resolves.toBeUndefined();
  writeFileSync(p("theirs.xlsx"), "not even a workbook");
  await expect(guardOutput(p("theirs.xlsx"), "workbook", { ledger: p("ledger.xlsx") })).rejects.toThrow("cannot write " + p("theirs.xlsx") + ": it is a workbook AR Desk did not write (no AR Desk marker); choose another name or move it away");
});

test("writeFileAtomic replaces the file whole and leaves no temporary file", async () => {
  writeFileSync(p("out.txt"), "old");
  await writeFileAtomic(p("out.txt"), "new");
  expect(readFileSync(p("out.txt"), "utf8")).toBe("new");
  expect(readdirSync(dir).filter((f) => f.includes("ar-desk-tmp"))).toEqual([]);
  await expect(writeFileAtomic(p("missing/out.txt"), "x")).rejects.toThrow(`cannot write ${p("missing/out.txt")}: the folder does not exist`);
});

test("the recheck refuses a file the clerk saved under the output's name while the output was being made, and leaves it as it is", async () => {
  const recheck = { kind: "workbook" as const, guard: { ledger: p("ledger.xlsx"), flag: "--out" } };
  const target = p("late.xlsx");
  await guardOutput(target, recheck.kind, recheck.guard); // nothing there yet: the run goes on
  const refused = writeFileAtomicStreaming(
    target,
    async (write) => {
      await write(new TextEncoder().encode("AR Desk's output"));
      writeFileSync(target, "the clerk's own workbook"); // saved there meanwhile
    },
    recheck,
  );
  await expect(refused).rejects.toThrow(CannotWriteError);
  await expect(refused).rejects.toThrow(`cannot write ${target}: it is a workbook AR Desk did not write (no AR Desk marker); choose another name or move it away`);
  expect(readFileSync(target, "utf8")).toBe("the clerk's own workbook");
  expect(readdirSync(dir).filter((f) => f.includes("ar-desk-tmp"))).toEqual([]);
  // A draft folder that exists: each file is checked again too.
  mkdirSync(p("recheck-drafts"));
  writeFileSync(p("recheck-drafts/a.eml"), "From: a@b\r\nSubject: mine\r\n\r\nbody");
  await expect(writeFolderAtomic(p("recheck-drafts"), [{ name: "a.eml", data: "X-Unsent: 1\r\n\r\nnew", recheck: { kind: "draft", guard: { ledger: p("ledger.xlsx") } } }])).rejects.toThrow(CannotWriteError);
  expect(readFileSync(p("recheck-drafts/a.eml"), "utf8")).toContain("Subject: mine");
});

test("the recheck lets AR Desk replace its own output as before", async () => {
  const ours = await writeSpecsToBytes([{ name: "Index", role: "index", cells: [{ row: 1, col: 1, value: "x" }] }]);
  writeFileSync(p("again.xlsx"), ours);
  await writeFileAtomic(p("again.xlsx"), ours, { kind: "workbook", guard: { ledger: p("ledger.xlsx") } });
  expect(readFileSync(p("again.xlsx"))).toEqual(Buffer.from(ours));
  // The ledger is never the target, whatever happened meanwhile (exit 2, as the first check).
  await expect(writeFileAtomic(p("hard.xlsx"), ours, { kind: "workbook", guard: { ledger: p("ledger.xlsx"), flag: "--out" } })).rejects.toThrow(UserError);
  expect(readFileSync(p("ledger.xlsx"), "utf8")).toBe("ledger bytes");
});

test("writeFolderAtomic makes a new folder in one step, or adds to an existing one", async () => {
  await writeFolderAtomic(p("drafts"), [{ name: "a.eml", data: "A" }, { name: "b.eml", data: "B" }]);
  expect(readdirSync(p("drafts")).sort()).toEqual(["a.eml", "b.eml"]);
  await writeFolderAtomic(p("drafts"), [{ name: "a.eml", data: "A2" }]);
  expect(readFileSync(p("drafts/a.eml"), "utf8")).toBe("A2");
  await expect(writeFolderAtomic(p("ledger.xlsx"), [])).rejects.toThrow(/it is a file, not a folder$/);
  expect(readdirSync(dir).filter((f) => f.includes("ar-desk-tmp"))).toEqual([]);
});

describe("sweepStaleTemps: what a killed run left beside a target is removed on the next write", () => {
  const anHourAgo = new Date(Date.now() - 3600_000);
  /** The id of a process that has ended (a child started and waited for). */
  const deadPid = (): number => spawnSync(process.execPath, ["-e", ""]).pid!;

  test("removes only AR Desk's stale temp files and folders, of ended processes, older than this run", async () => {
    const here = mkdtempSync(path.join(tmpdir(), "ar-sweep-"));
    const dead = deadPid();
    const stale = [`.out.xlsx.${dead}-1.ar-desk-tmp`, `.C001.eml.${dead}-7.ar-desk-tmp`];
    const staleFolder = `.drafts.${dead}-2.ar-desk-tmp`;
    const kept = [
      `.out.xlsx.${process.pid}-99.ar-desk-tmp`, // this run's own
      `.out.xlsx.${process.ppid}-1.ar-desk-tmp`, // a run still going (our parent is alive)
      `.fresh.xlsx.${dead}-3.ar-desk-tmp`, // made after this run started
      `.out.xlsx.tmp`, // not AR Desk's pattern
      `out.xlsx.${dead}-1.ar-desk-tmp`, // not hidden: not a name AR Desk makes
      `.out.xlsx.${dead}-x.ar-desk-tmp`,
      "ledger.xlsx",
    ];
    for (const name of [...stale, ...kept]) writeFileSync(path.join(here, name), "x");
    mkdirSync(path.join(here, staleFolder));
    writeFileSync(path.join(here, staleFolder, "C001.eml"), "half");
    for (const name of [...stale, staleFolder, ...kept.filter((n) => !n.startsWith(".fresh"))]) utimesSync(path.join(here, name), anHourAgo, anHourAgo);

    const removed = await sweepStaleTemps(here);
    expect(removed.sort()).toEqual([...stale, staleFolder].sort());
    expect(readdirSync(here).sort()).toEqual([...kept].sort());
    // Once per folder and run: a second call does not read it again.
    expect(await sweepStaleTemps(here)).toEqual([]);
    rmSync(here, { recursive: true, force: true });
  });

  test("writeFileAtomic sweeps the target's folder before writing", async () => {
    const here = mkdtempSync(path.join(tmpdir(), "ar-sweep-"));
    const leftover = path.join(here, `.out.xlsx.${deadPid()}-1.ar-desk-tmp`);
    writeFileSync(leftover, "half a workbook");
    utimesSync(leftover, anHourAgo, anHourAgo);
    await writeFileAtomic(path.join(here, "out.xlsx"), "whole");
    expect(readdirSync(here)).toEqual(["out.xlsx"]);
    rmSync(here, { recursive: true, force: true });
  });
});

test("a failure the catalogue has no words for: in Chinese a sentence naming the file and what to do, then the system's own words", async () => {
  symlinkSync("loop", p("loop")); // a link to itself: the system says ELOOP, which the catalogue does not name
  const error = await writeFileAtomic(p("loop/out.txt"), "x").then(
    () => undefined,
    (e: unknown) => e as CannotWriteError,
  );
  expect(error).toBeInstanceOf(CannotWriteError);
  const target = p("loop/out.txt");
  const zh = error!.wording(cliText("zh"));
  const en = error!.wording(cliText("en"));
  const system = /ELOOP[^)]*/.exec(en)![0];
  expect(en).toBe(`cannot write ${target}: ${system}`);
  expect(zh).toBe(`无法写入 ${target}：请确认该文件夹存在且可写、磁盘正常，然后重试（系统的原始错误：${system}）`);
  // Before the system's words, nothing but Chinese and the path.
  expect(zh.slice(0, zh.indexOf("（系统")).replace(target, "")).not.toMatch(/[A-Za-z]/);
});
