import { spawnSync } from "child_process";
import * as path from "path";

// eslint-disable-next-line @typescript-eslint/no-require-imports
const config = require("../../webpack.config.js") as {
  (env: Record<string, unknown>, argv: Record<string, unknown>): Promise<Record<string, any>>; // eslint-disable-line @typescript-eslint/no-explicit-any
  rewriteUrls(content: string | Buffer, url?: string): string | Buffer;
  devHttpsOptions(getOptions: () => Promise<{ ca: string; key: string; cert: string }>, timeoutMs?: number): Promise<unknown>;
  allowErrorsForAny(json: string): string;
};

describe("webpack.config.js", () => {
  it("rewrites every dev URL in the manifest, not only the first", () => {
    const manifest = '<a href="https://localhost:3000/taskpane.html"/><b v="https://localhost:3000/functions.js"/>';
    expect(config.rewriteUrls(manifest, "https://example.com/ar")).toBe(
      '<a href="https://example.com/ar/taskpane.html"/><b v="https://example.com/ar/functions.js"/>',
    );
    expect(config.rewriteUrls(manifest, undefined)).toBe(manifest);
  });

  it("builds the pane and the functions as separate, self-contained entries into dist/", async () => {
    const built = await config({ WEBPACK_BUILD: true }, { mode: "production" });
    expect(built.entry).toEqual({ taskpane: "./src/taskpane/index.tsx", functions: ["./src/functions/runtimeGuard.ts", "./src/functions/functions.ts"] });
    expect(built.output.path).toBe(path.resolve(__dirname, "../../dist"));
    expect(built.optimization.splitChunks.chunks).toBe("async"); // only import() splits
    const html = built.plugins.find((p: { constructor: { name: string } }) => p.constructor.name === "HtmlWebpackPlugin");
    expect(html.userOptions.chunks).toEqual(["functions", "taskpane"]);
  });

  it("stops with a message when the dev certificate is not ready, instead of serving http", async () => {
    delete process.env.AR_DESK_HTTP;
    await expect(config.devHttpsOptions(() => Promise.reject(new Error("no CA installed")))).rejects.toThrow(
      /not ready \(no CA installed\).*npx office-addin-dev-certs install.*AR_DESK_HTTP=1/,
    );
    await expect(config.devHttpsOptions(() => new Promise(() => undefined), 10)).rejects.toThrow(/not ready \(no answer in 0.01 s\)/);
    await expect(config.devHttpsOptions(() => Promise.resolve({ ca: "A", key: "K", cert: "C", extra: 1 } as never))).resolves.toEqual({ ca: "A", key: "K", cert: "C" });
  });

  it("ends the dev server with the certificate message alone: no stack, exit 1", () => {
    // A child process whose office-addin-dev-certs refuses (as when no CA is installed), asking
    // the config for `webpack serve`: nothing is generated or installed on this machine.
    const script = `
      const certs = require.resolve("office-addin-dev-certs");
      require.cache[certs] = { id: certs, filename: certs, loaded: true, exports: { getHttpsServerOptions: () => Promise.reject(new Error("no CA installed")) } };
      require(${JSON.stringify(path.resolve(__dirname, "../../webpack.config.js"))})({ WEBPACK_SERVE: true }, { mode: "development" });`;
    const { AR_DESK_HTTP: _http, ...env } = process.env;
    const run = spawnSync(process.execPath, ["-e", script], { cwd: path.resolve(__dirname, "../.."), encoding: "utf8", env });
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/^\[ar-desk\] The https dev certificate is not ready \(no CA installed\)\..*npx office-addin-dev-certs install/);
    expect(run.stderr).not.toMatch(/^\s+at /m);
  });

  it("adds allowErrorForDataTypeAny at the top level of the generated functions.json, keeping the rest", () => {
    const generated = JSON.stringify({ functions: [{ id: "AGING" }], allowCustomDataForDataTypeAny: true });
    expect(JSON.parse(config.allowErrorsForAny(generated))).toEqual({ functions: [{ id: "AGING" }], allowCustomDataForDataTypeAny: true, allowErrorForDataTypeAny: true });
  });

  it("serves plain http only when AR_DESK_HTTP=1 asks for it, on port 3000", async () => {
    process.env.AR_DESK_HTTP = "1";
    try {
      const served = await config({ WEBPACK_SERVE: true }, { mode: "development" });
      expect(served.devServer.port).toBe(3000);
      expect(served.devServer.server).toEqual({ type: "http" });
    } finally {
      delete process.env.AR_DESK_HTTP;
    }
  });
});
