/**
 * The BUILT pane and functions must parse in Safari before 16.4, the webview of older macOS Excel:
 * it rejects a regular-expression lookbehind as a syntax error, and the whole chunk holding it
 * then fails to load. Run `npm run build` first.
 */
import * as fs from "fs";
import * as path from "path";

const DIST = path.resolve(__dirname, "../../dist");

function shippedScripts(): string[] {
  if (!fs.existsSync(path.join(DIST, "taskpane.js"))) throw new Error("dist/ is missing: run npm run build first");
  const chunks = path.join(DIST, "chunks");
  const inChunks = fs.existsSync(chunks) ? fs.readdirSync(chunks).filter((f) => f.endsWith(".js")).map((f) => path.join(chunks, f)) : [];
  return [path.join(DIST, "taskpane.js"), path.join(DIST, "functions.js"), ...inChunks];
}

describe("dist scripts", () => {
  it("hold no regular-expression lookbehind", () => {
    const offenders = shippedScripts().filter((file) => /\(\?<[=!]/.test(fs.readFileSync(file, "utf8")));
    expect(offenders.map((file) => path.relative(DIST, file))).toEqual([]);
  });
});
