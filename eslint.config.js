// ESLint flat config. Two jobs: catch bugs (typescript-eslint's recommended rules, less the
// stylistic ones this code base does not follow), and hold the layers of README's "How it is built"
// with import rules, so an arrow the architecture does not allow fails `npm run lint`.
// CommonJS on purpose: test/lint/boundaries.test.ts loads it with require().
const js = require("@eslint/js");
const tseslint = require("typescript-eslint");
const importX = require("eslint-plugin-import-x");
const { createTypeScriptImportResolver } = require("eslint-import-resolver-typescript");
const fs = require("node:fs");
const path = require("node:path");

/** The layers under src/, lowest first. */
const LAYERS = ["core", "functions", "email", "workbook", "flows", "sample", "taskpane", "cli"];

/**
 * What each layer may import from src/ besides itself: the arrows of README's architecture.
 * core is pure; functions and email sit on core; workbook on core; the flows on core,
 * workbook and email; the sample generator on core and workbook; the two hosts (taskpane, cli)
 * on everything below them but not on each other.
 */
const ALLOWED = {
  core: [],
  functions: ["core"],
  email: ["core"],
  workbook: ["core"],
  flows: ["core", "workbook", "email"],
  sample: ["core", "workbook"],
  taskpane: ["core", "workbook", "email", "flows"],
  cli: ["core", "workbook", "email", "flows", "sample"],
};

const boundaryZones = LAYERS.flatMap((layer) =>
  LAYERS.filter((other) => other !== layer && !ALLOWED[layer].includes(other)).map((other) => ({
    target: `./src/${layer}`,
    from: `./src/${other}`,
    message: `src/${layer} may import only ${ALLOWED[layer].length ? ALLOWED[layer].map((l) => `src/${l}`).join(", ") : "src/core itself"} (README, "How it is built").`,
  })),
);

const SRC = path.join(__dirname, "src");

/** The layer (first folder under src/) a file belongs to, or undefined outside src/. */
function layerOf(file) {
  const rel = path.relative(SRC, file);
  return rel.startsWith("..") || path.isAbsolute(rel) ? undefined : rel.split(path.sep)[0];
}

/** The .ts/.tsx file a relative import names, or undefined (a package, a folder, a missing file). */
function resolveRelative(fromFile, specifier) {
  const base = path.resolve(path.dirname(fromFile), specifier);
  for (const candidate of [`${base}.ts`, `${base}.tsx`, base]) {
    if (fs.existsSync(candidate) && fs.statSync(candidate).isFile()) return candidate;
  }
  return undefined;
}

/**
 * Modules imported past their folder's index on purpose: the index would load the whole folder
 * (the pane loads the xlsx reader only when a file is opened, but shows its reasons in Chinese).
 */
const SEPARATE_ENTRIES = new Set(["src/workbook/xlsx/read/readReasons.ts"].map((f) => path.join(__dirname, f)));

const hasIndex = (dir) => fs.existsSync(path.join(dir, "index.ts")) || fs.existsSync(path.join(dir, "index.tsx"));

/**
 * A folder with an index.ts is imported by its index from outside it: the index is its public face,
 * the other modules its internals. Held where it matters and cheap to keep: across layers (flows,
 * hosts and the workbook take core/x, never core/x/someModule), and for a folder's `types.ts`
 * from anywhere (the types are the contract, and the index re-exports them). Inside one layer,
 * sibling folders may still share a module (the core's folders, xlsx/read and xlsx/write's ZIP
 * pieces). The folder found is the outermost one with an index between the importer and the target.
 */
const indexOnly = {
  meta: {
    type: "problem",
    messages: { deep: "Import {{folder}} by its index (\"{{suggestion}}\"), not its internal module {{module}}." },
    schema: [],
  },
  create(context) {
    const file = context.filename ?? context.getFilename();
    const fromLayer = layerOf(file);
    if (fromLayer === undefined) return {};
    const check = (node) => {
      const specifier = node.source && node.source.value;
      if (typeof specifier !== "string" || !specifier.startsWith(".")) return;
      const target = resolveRelative(file, specifier);
      if (!target || layerOf(target) === undefined || /^index\.tsx?$/.test(path.basename(target)) || SEPARATE_ENTRIES.has(target)) return;
      const isTypes = /^types\.tsx?$/.test(path.basename(target));
      if (layerOf(target) === fromLayer && !isTypes) return;
      // Folders holding the target, outermost first, that do not also hold the importer.
      const folders = [];
      for (let dir = path.dirname(target); dir.startsWith(SRC + path.sep); dir = path.dirname(dir)) {
        if (!(path.dirname(file) + path.sep).startsWith(dir + path.sep)) folders.unshift(dir);
      }
      const folder = folders.find(hasIndex);
      if (!folder) return;
      const suggestion = path.relative(path.dirname(file), folder).split(path.sep).join("/");
      context.report({
        node: node.source,
        messageId: "deep",
        data: { folder: path.relative(__dirname, folder).split(path.sep).join("/"), module: path.basename(target), suggestion: suggestion.startsWith(".") ? suggestion : `./${suggestion}` },
      });
    };
    return { ImportDeclaration: check, ExportNamedDeclaration: check, ExportAllDeclaration: check, ImportExpression: check };
  },
};

module.exports = tseslint.config(
  // Disable comments for rules this config turns off stay harmless.
  { linterOptions: { reportUnusedDisableDirectives: "off" } },
  { ignores: ["build/**", "dist/**", "node_modules/**", "coverage/**", "test/lint/fixtures/**", "**/*.js", "!eslint.config.js", "!jest.config.js"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ["**/*.ts", "**/*.tsx"],
    plugins: { "import-x": importX },
    settings: {
      "import-x/resolver-next": [createTypeScriptImportResolver({ project: "tsconfig.json" })],
      // Without these, import-x reads only .js modules, and no-cycle sees no TypeScript cycle at all.
      "import-x/extensions": [".ts", ".tsx", ".js"],
      "import-x/parsers": { "@typescript-eslint/parser": [".ts", ".tsx"] },
    },
    rules: {
      // Type checking (tsc, strict) already catches these, and better.
      "no-undef": "off",
      "no-redeclare": "off",
      // Bugs worth failing on.
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_", caughtErrors: "none", ignoreRestSiblings: true }],
      eqeqeq: ["error", "smart"],
      "no-constant-binary-expression": "error",
      "no-self-compare": "error",
      "no-template-curly-in-string": "error",
      "no-unreachable-loop": "error",
      "import-x/no-duplicates": "error",
      // Cycles anywhere (src and tests): a cycle makes load order matter.
      "import-x/no-cycle": ["error", { ignoreExternal: true }],
      // Noise here: `require` is how the CLI reads package.json and tests load built files;
      // `any` is rare and reviewed; empty catch blocks carry a comment saying why.
      "@typescript-eslint/no-require-imports": "off",
      "@typescript-eslint/no-explicit-any": "off",
      "@typescript-eslint/no-empty-function": "off",
      "@typescript-eslint/no-non-null-assertion": "off",
      "@typescript-eslint/no-namespace": "off",
      // Sanitizers match control characters on purpose (headers, file names, cell text).
      "no-control-regex": "off",
      // The Office planner counts bytes in comma sequences (`(act(…), used = true)`) on purpose.
      "@typescript-eslint/no-unused-expressions": "off",
    },
  },
  {
    // Tests write `${…}` into template text on purpose: it must come out untouched.
    files: ["test/**/*.ts", "test/**/*.tsx"],
    rules: { "no-template-curly-in-string": "off" },
  },
  {
    files: ["eslint.config.js", "jest.config.js"],
    languageOptions: { sourceType: "commonjs", globals: { require: "readonly", module: "writable", __dirname: "readonly" } },
    rules: { "@typescript-eslint/no-require-imports": "off" },
  },
  {
    // The layers, held: allowed arrows, no reaching into another folder's private _lib or past its index.
    files: ["src/**/*.ts", "src/**/*.tsx"],
    plugins: { "ar-desk": { rules: { "index-only": indexOnly } } },
    rules: {
      "ar-desk/index-only": "error",
      "import-x/no-restricted-paths": ["error", { zones: boundaryZones }],
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              // "./_lib/x" and "../_lib/x" (the _lib of a folder the file is in) are fine;
              // "../dunning/_lib/x" reaches into another folder's private parts.
              regex: "(^|/)[^./][^/]*/_lib(/|$)",
              message: "A _lib folder is private to its parent folder: import from that folder's index instead.",
            },
          ],
        },
      ],
    },
  },
  {
    // The core is pure: no Node, no DOM, no Office (the core tsconfig checks the types; this, the imports).
    files: ["src/core/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            { regex: "(^|/)[^./][^/]*/_lib(/|$)", message: "A _lib folder is private to its parent folder: import from that folder's index instead." },
            { regex: "^(node:|fs$|path$|os$|child_process$|exceljs$|react)", message: "src/core is pure: no file system, Node modules, Excel or UI libraries." },
          ],
        },
      ],
    },
  },
);
