// Preloaded with `node -r` by moduleLoading.test.ts: at exit, writes the npm packages this run
// loaded (their names under node_modules) to the file named by AR_DESK_LOADED_PACKAGES.
"use strict";
const { writeFileSync } = require("node:fs");
process.on("exit", () => {
  const names = new Set();
  for (const file of Object.keys(require.cache)) {
    const match = /[\\/]node_modules[\\/]((?:@[^\\/]+[\\/])?[^\\/]+)/.exec(file);
    if (match) names.add(match[1].replace(/\\/g, "/"));
  }
  writeFileSync(process.env.AR_DESK_LOADED_PACKAGES, JSON.stringify([...names].sort()));
});
