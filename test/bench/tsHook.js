/**
 * Lets node run the benchmarks straight from their TypeScript sources (bench/*.ts and what they
 * import), for the smoke test: `node -r test/bench/tsHook.js bench/run.ts --quick`. Each file is
 * transpiled alone (no type check: `tsc --noEmit` does that), as ts-jest's isolatedModules does.
 * The runner passes node's -r flags on to the benchmark processes it starts, so they load it too;
 * transpiled files are cached in the temp folder, keyed by content, so those processes (and the
 * next run) do not transpile src/core again.
 */
"use strict";
const crypto = require("crypto");
const fs = require("fs");
const os = require("os");
const path = require("path");

const CACHE_DIR = path.join(os.tmpdir(), "ar-desk-bench-ts-cache");
const CACHE_KEY = `typescript ${require("typescript/package.json").version}; commonjs es2020 esModuleInterop react-jsx v1`;
let ts; // loaded on the first cache miss only: it is a large module

function transpile(source, filename) {
  const key = crypto.createHash("sha1").update(CACHE_KEY).update("\0").update(filename).update("\0").update(source).digest("hex");
  const cached = path.join(CACHE_DIR, `${key}.js`);
  try {
    return fs.readFileSync(cached, "utf8");
  } catch {
    // Not cached yet.
  }
  ts = ts || require("typescript");
  const { outputText } = ts.transpileModule(source, {
    fileName: filename,
    compilerOptions: {
      module: ts.ModuleKind.CommonJS,
      target: ts.ScriptTarget.ES2020,
      esModuleInterop: true,
      jsx: ts.JsxEmit.ReactJSX,
      inlineSourceMap: true,
    },
  });
  try {
    fs.mkdirSync(CACHE_DIR, { recursive: true });
    const partial = `${cached}.${process.pid}`;
    fs.writeFileSync(partial, outputText);
    fs.renameSync(partial, cached); // atomic: a concurrent reader sees all of it or nothing
  } catch {
    // A cache that cannot be written only costs time.
  }
  return outputText;
}

require.extensions[".ts"] = function compileTypeScript(module, filename) {
  module._compile(transpile(fs.readFileSync(filename, "utf8"), filename), filename);
};
