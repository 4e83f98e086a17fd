/** Commands shown back to the clerk: pasted into a shell in the same folder, they run as shown. */
import { spawnSync } from "node:child_process";
import { commandLine, pathAsTyped, shellWord } from "../../src/cli/commandLine";

/** The words a POSIX shell makes of a line (printf prints each argument on its own line). */
function shellWords(line: string): string[] {
  const run = spawnSync("/bin/sh", ["-c", `printf '%s\\n' ${line}`], { encoding: "utf8" });
  return run.stdout.split("\n").slice(0, -1);
}

describe("shellWord", () => {
  it("leaves plain words and paths as they are, Chinese included", () => {
    for (const word of ["ledger.xlsx", "ar-desk-demo/dunning-log.xlsx", "--as-of", "2026-10-31", "台账.xlsx", "C:/AR/ledger.xlsx"]) expect(shellWord(word)).toBe(word);
  });

  it("quotes a word the shell would split or expand, and the shell gives it back whole", () => {
    const words = ["AR 2026.xlsx", "O'Brien & Sons.xlsx", 'say "hi".xlsx', "$HOME.xlsx", "a`b`.xlsx", "back\\slash.xlsx", "*.xlsx", "(1).xlsx", ""];
    for (const word of words) expect([word, shellWords(shellWord(word))]).toEqual([word, [word]]);
    expect(shellWord("AR 2026.xlsx")).toBe('"AR 2026.xlsx"');
  });
});

describe("pathAsTyped", () => {
  it("keeps a relative path as given", () => {
    expect(pathAsTyped("../books/ledger.xlsx", "/home/clerk/ar")).toBe("../books/ledger.xlsx");
  });

  it("shows an absolute path under the folder relative to it, and any other whole", () => {
    expect(pathAsTyped("/home/clerk/ar/assets/sample-ledger.xlsx", "/home/clerk/ar")).toBe("assets/sample-ledger.xlsx");
    expect(pathAsTyped("/srv/books/ledger.xlsx", "/home/clerk/ar")).toBe("/srv/books/ledger.xlsx");
  });
});

test("commandLine joins the words, each quoted as needed", () => {
  expect(commandLine(["ar-desk", "log-call", "AR 2026.xlsx", "--log", "logs/ar-log.xlsx"])).toBe('ar-desk log-call "AR 2026.xlsx" --log logs/ar-log.xlsx');
  expect(shellWords(commandLine(["ar-desk", "check", "O'Brien & Sons.xlsx"]))).toEqual(["ar-desk", "check", "O'Brien & Sons.xlsx"]);
});
