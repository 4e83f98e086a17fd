/**
 * The lint rules that hold the layers must keep failing on the imports they exist to refuse. This
 * runs ESLint (its Node API, with the project's own eslint.config.js) on small fixture files that
 * break the rules (*.ts.txt, so tsc leaves them alone), each linted as if it stood at a path under
 * src/, and checks the rule names in the report. If a config change or a plugin upgrade silently
 * disables a rule, this fails.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { ESLint } from "eslint";

const ROOT = path.resolve(__dirname, "../..");
const FIXTURES = path.join(__dirname, "fixtures");

// The config is CommonJS so it can be handed over here directly: ESLint's own loader uses a
// dynamic import() that jest's module sandbox does not run.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const config = require(path.join(ROOT, "eslint.config.js"));

function eslint(): ESLint {
  return new ESLint({ cwd: ROOT, overrideConfigFile: true, overrideConfig: config, ignore: false });
}

/** The rule ids ESLint reports for the fixture's text when it stands at `asPath` (relative to the repo). */
async function rulesFor(fixture: string, asPath: string): Promise<string[]> {
  const text = fs.readFileSync(path.join(FIXTURES, fixture), "utf8");
  const [result] = await eslint().lintText(text, { filePath: path.join(ROOT, asPath) });
  return result.messages.map((m) => m.ruleId ?? `fatal: ${m.message}`);
}

describe("layer boundaries (eslint.config.js)", () => {
  it("refuses the core importing the workbook layer", async () => {
    expect(await rulesFor("coreImportsWorkbook.ts.txt", "src/core/coreImportsWorkbook.ts")).toEqual(["import-x/no-restricted-paths"]);
  });

  it("refuses the custom functions importing the workbook layer", async () => {
    expect(await rulesFor("functionsImportsWorkbook.ts.txt", "src/functions/functionsImportsWorkbook.ts")).toEqual(["import-x/no-restricted-paths"]);
  });

  it("refuses reaching into another folder's private _lib", async () => {
    expect(await rulesFor("settingsReachesIntoLib.ts.txt", "src/core/settings/settingsReachesIntoLib.ts")).toEqual(["no-restricted-imports"]);
  });

  it("refuses another layer's internals past the folder's index: its types.ts and its other modules", async () => {
    expect(await rulesFor("layoutImportsCoreTypes.ts.txt", "src/workbook/layout/layoutImportsCoreTypes.ts")).toEqual(["ar-desk/index-only", "ar-desk/index-only"]);
  });

  it("refuses a sibling folder's types.ts inside one layer", async () => {
    expect(await rulesFor("coreImportsSiblingTypes.ts.txt", "src/core/reminders/coreImportsSiblingTypes.ts")).toEqual(["ar-desk/index-only"]);
  });

  it("lets a folder share a sibling folder's module inside one layer", async () => {
    expect(await rulesFor("coreSharesSiblingModule.ts.txt", "src/core/dunning/coreSharesSiblingModule.ts")).toEqual([]);
  });

  it("lets the core import the core", async () => {
    expect(await rulesFor("coreImportsCore.ts.txt", "src/core/coreImportsCore.ts")).toEqual([]);
  });

  it("reports an import cycle on both files of the cycle", async () => {
    const files = ["invoiceSide.ts", "paymentSide.ts"].map((f) => path.join(FIXTURES, "cycle", f));
    const results = await eslint().lintFiles(files);
    const byFile = results.map((r) => [path.basename(r.filePath), r.messages.map((m) => m.ruleId)]);
    expect(byFile).toEqual([
      ["invoiceSide.ts", ["import-x/no-cycle"]],
      ["paymentSide.ts", ["import-x/no-cycle"]],
    ]);
  });
});
