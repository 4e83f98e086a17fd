/** The CLI's file-writing guard and atomic writes, on real files in a temp folder. */
import { linkSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import * as path from "node:path";
import { guardOutput, sameFile, writeFileAtomic, writeFolderAtomic } from "../../src/cli/safeWrite";
import { CannotWriteError, UserError } from "../../src/cli/userError";
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

test("writeFolderAtomic makes a new folder in one step, or adds to an existing one", async () => {
  await writeFolderAtomic(p("drafts"), [{ name: "a.eml", data: "A" }, { name: "b.eml", data: "B" }]);
  expect(readdirSync(p("drafts")).sort()).toEqual(["a.eml", "b.eml"]);
  await writeFolderAtomic(p("drafts"), [{ name: "a.eml", data: "A2" }]);
  expect(readFileSync(p("drafts/a.eml"), "utf8")).toBe("A2");
  await expect(writeFolderAtomic(p("ledger.xlsx"), [])).rejects.toThrow(/it is a file, not a folder$/);
  expect(readdirSync(dir).filter((f) => f.includes("ar-desk-tmp"))).toEqual([]);
});
