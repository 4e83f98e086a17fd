/**
 * Commands shown back to the clerk (the demo's steps, the hint to log a call): written so that
 * pasting them into the shell in the same folder runs them as shown.
 */
import * as path from "node:path";

/** Characters a POSIX shell treats specially in an unquoted word. */
const SPECIAL = /[\s"'$`\\!*?[\](){}&;|<>#~]/;

/**
 * One word for the shell: as it is when nothing in it is special, else in double quotes.
 * @example shellWord("ledger.xlsx") //=> "ledger.xlsx"
 * @example shellWord("AR 2026.xlsx") //=> "\"AR 2026.xlsx\""
 */
export function shellWord(word: string): string {
  if (word !== "" && !SPECIAL.test(word)) return word;
  return `"${word.replace(/["$`\\]/g, "\\$&")}"`;
}

/**
 * A file as the clerk would type it from `cwd`: a path given relative stays as given; an absolute
 * one is shown relative when it lies under `cwd`, else whole.
 * @example pathAsTyped("/repo/assets/sample-ledger.xlsx", "/repo") //=> "assets/sample-ledger.xlsx"
 */
export function pathAsTyped(file: string, cwd: string = process.cwd()): string {
  if (!path.isAbsolute(file)) return file;
  const relative = path.relative(cwd, file);
  return relative === "" || relative.startsWith("..") || path.isAbsolute(relative) ? file : relative;
}

/**
 * A command line from its words, each quoted as needed (files already {@link pathAsTyped}).
 * @example commandLine(["ar-desk", "check", "AR 2026.xlsx"]) //=> 'ar-desk check "AR 2026.xlsx"'
 */
export function commandLine(words: readonly string[]): string {
  return words.map(shellWord).join(" ");
}
