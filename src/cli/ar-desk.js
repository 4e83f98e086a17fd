#!/usr/bin/env node
"use strict";
// The CLI is compiled from src/cli by `npm run build:cli` (run by `npm install` via "prepare").
let main;
try {
  main = require("../../build/cli/main.js").main;
} catch (e) {
  if (e && e.code === "MODULE_NOT_FOUND") {
    process.stderr.write("ar-desk: not built yet. Run `npm install` (or `npm run build:cli`) in the AR Desk folder first.\n");
    process.exit(2);
  }
  throw e;
}
// exitCode, not exit(): a piped stdout must drain before the process ends.
main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
