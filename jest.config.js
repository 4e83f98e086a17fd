// Three jest projects, so a developer loop can skip what is slow:
//   unit — pure and in-process tests (core, functions, email, workbook with the Excel fake, pane): seconds;
//   cli  — tests that run the built CLI as a child process or read build/ and dist/ (CLI, ledger corpus,
//          hostile corpus, bench, bundle, manifest): need `npm run build:cli` / `npm run build` first;
//   e2e  — the built pane in headless Chromium.
// `npm run test:unit` runs the first; `npm test` runs all three.
const SLOW = {
  cli: ["<rootDir>/test/cli/", "<rootDir>/test/ledgers/", "<rootDir>/test/hostile/", "<rootDir>/test/bench/", "<rootDir>/test/build/", "<rootDir>/test/manifest/"],
  e2e: ["<rootDir>/test/e2e/"],
};

const base = {
  testEnvironment: "node",
  roots: ["<rootDir>/test"],
  testMatch: ["**/*.test.ts", "**/*.test.tsx"],
  transform: { "^.+\\.tsx?$": ["ts-jest", { tsconfig: "tsconfig.json", isolatedModules: true }] },
  setupFiles: ["<rootDir>/test/setup/customFunctions.ts"],
};

/** A regex matching any of the folders, for testPathIgnorePatterns / testRegex. */
const anyOf = (folders) => folders.map((f) => f.replace("<rootDir>", "").replace(/\//g, "[/\\\\]")).join("|");

module.exports = {
  testTimeout: 60000,
  projects: [
    { ...base, displayName: "unit", testPathIgnorePatterns: ["/node_modules/", anyOf([...SLOW.cli, ...SLOW.e2e])] },
    { ...base, displayName: "cli", roots: SLOW.cli },
    { ...base, displayName: "e2e", roots: SLOW.e2e },
  ],
};
