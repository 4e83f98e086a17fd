import * as path from "path";

// eslint-disable-next-line @typescript-eslint/no-require-imports
const config = require("../../webpack.config.js") as {
  (env: Record<string, unknown>, argv: Record<string, unknown>): Promise<Record<string, any>>; // eslint-disable-line @typescript-eslint/no-explicit-any
  rewriteUrls(content: string | Buffer, url?: string): string | Buffer;
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

  it("serves over https with a dev certificate, else http, on port 3000", async () => {
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
