/**
 * Where things are, whether the benchmarks run compiled (build/bench/bench/*.js) or from source
 * through a TypeScript require hook (bench/*.ts, the smoke test).
 */
import { existsSync, readFileSync } from "node:fs";
import * as path from "node:path";

/** The AR Desk checkout: the nearest folder above this file with AR Desk's package.json. */
export function repoRoot(): string {
  for (let dir = __dirname; ; dir = path.dirname(dir)) {
    const manifest = path.join(dir, "package.json");
    if (existsSync(manifest) && (JSON.parse(readFileSync(manifest, "utf8")) as { name?: string }).name === "ar-desk") return dir;
    if (path.dirname(dir) === dir) throw new Error("bench: cannot find the AR Desk package.json above " + __dirname);
  }
}

/** A sibling benchmark script, with this file's extension (.js compiled, .ts from source). */
export function benchScript(name: string): string {
  return path.join(__dirname, "..", `${name}${path.extname(__filename)}`);
}

/** A script of bench/_lib, with this file's extension. */
export function libScript(name: string): string {
  return path.join(__dirname, `${name}${path.extname(__filename)}`);
}

/** bench/.data: generated workbooks, cached between runs (git-ignored). */
export function dataDir(): string {
  return path.join(repoRoot(), "bench", ".data");
}
