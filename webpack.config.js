/* eslint-env node */
/**
 * AR Desk build: one taskpane.html page that loads office.js, the task pane and the custom
 * functions (shared runtime), plus functions.js / functions.json for the manifest's
 * CustomFunctions extension point, the manifest itself and its icons.
 *
 *   npm run build        production build into dist/ (never touches the network)
 *   npm run build:dev    development build
 *   npm run dev-server   serves dist on https://localhost:3000 (stops when the dev certificate is not ready)
 *
 * Options:
 *   --env url=https://example.com/ar-desk/   rewrite every https://localhost:3000/ in the manifest
 *   AR_DESK_HTTP=1                           dev server over plain http (browser-only use)
 */
const path = require("path");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const CustomFunctionsMetadataPlugin = require("custom-functions-metadata-plugin");
const HtmlWebpackPlugin = require("html-webpack-plugin");

const DEV_URL = "https://localhost:3000/";
const PORT = Number(process.env.npm_package_config_dev_server_port || 3000);
/** Every function file the metadata plugin reads; webpack's functions entry gets the same list. */
const FUNCTION_FILES = ["./src/functions/functions.ts"];
const CERT_TIMEOUT_MS = 20000;

/**
 * Dev certificate from office-addin-dev-certs. Office refuses an add-in served over http, so a
 * missing or slow certificate stops the dev server with a message (no silent http); only
 * AR_DESK_HTTP=1 serves plain http on purpose (the browser-only flow).
 * `getOptions` is injectable for tests.
 */
async function devHttpsOptions(getOptions = () => require("office-addin-dev-certs").getHttpsServerOptions(), timeoutMs = CERT_TIMEOUT_MS) {
  if (process.env.AR_DESK_HTTP === "1") return undefined;
  try {
    const timeout = new Promise((_, reject) =>
      setTimeout(() => reject(new Error(`no answer in ${timeoutMs / 1000} s`)), timeoutMs).unref()
    );
    const options = await Promise.race([getOptions(), timeout]);
    return { ca: options.ca, key: options.key, cert: options.cert };
  } catch (error) {
    throw new Error(
      `[ar-desk] The https dev certificate is not ready (${error && String(error.message).trim()}). ` +
        "Office only loads add-ins over https: run `npx office-addin-dev-certs install` and start again, " +
        "or set AR_DESK_HTTP=1 to serve plain http for the browser-only pane."
    );
  }
}

/**
 * Ends `webpack serve` with the certificate message alone: thrown, webpack-cli would print it
 * followed by its own stack, which reads like a crash of the dev server rather than a step to do.
 */
function stopServing(error) {
  console.error(error.message);
  process.exit(1);
}

/**
 * functions.json with `allowErrorForDataTypeAny: true` at the top level, so Excel passes error
 * cells to the `any` parameters (one #N/A in a range stays one #N/A in the spill, see
 * src/functions/incomingError.ts). Microsoft's docs: the property works only in hand-made
 * metadata and the generator cannot write it, so the generated file is patched here.
 */
function allowErrorsForAny(json) {
  const metadata = JSON.parse(json.toString());
  return JSON.stringify({ ...metadata, allowErrorForDataTypeAny: true }, null, 4);
}

/** Patches the metadata plugin's functions.json once it is emitted. */
class AllowErrorsForAnyPlugin {
  apply(compiler) {
    const { Compilation, sources } = compiler.webpack;
    compiler.hooks.thisCompilation.tap("AllowErrorsForAnyPlugin", (compilation) => {
      compilation.hooks.processAssets.tap(
        { name: "AllowErrorsForAnyPlugin", stage: Compilation.PROCESS_ASSETS_STAGE_ADDITIONAL },
        () => {
          const asset = compilation.getAsset("functions.json");
          if (!asset) {
            compilation.errors.push(new compiler.webpack.WebpackError("functions.json was not generated"));
            return;
          }
          compilation.updateAsset("functions.json", new sources.RawSource(allowErrorsForAny(asset.source.source())));
        }
      );
    });
  }
}

/** Rewrites all dev URLs (global RegExp: a plain string replace changes only the first). */
function rewriteUrls(content, url) {
  if (!url) return content;
  const base = url.endsWith("/") ? url : `${url}/`;
  return content.toString().replace(new RegExp(DEV_URL.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&"), "g"), base);
}

module.exports = async (env = {}, argv = {}) => {
  const dev = argv.mode === "development";
  const serving = Boolean(env.WEBPACK_SERVE);
  const prodUrl = env.url || process.env.AR_DESK_URL;
  const https = serving ? await devHttpsOptions().catch(stopServing) : undefined;

  return {
    mode: dev ? "development" : "production",
    devtool: "source-map",
    target: "web",
    entry: {
      taskpane: "./src/taskpane/index.tsx",
      // The guard runs first: no-op registration where there is no Excel (see runtimeGuard.ts).
      functions: ["./src/functions/runtimeGuard.ts", ...FUNCTION_FILES],
    },
    output: {
      path: path.resolve(__dirname, "dist"),
      filename: "[name].js",
      chunkFilename: "chunks/[name].[contenthash:8].js",
      // functions.js also runs in Excel's JavaScript-only custom functions runtime and in the
      // node vm test: no window there.
      globalObject: "globalThis",
      clean: true,
    },
    resolve: {
      extensions: [".ts", ".tsx", ".js", ".mjs", ".json"],
      // Node built-ins some libraries (exceljs, mailparser) reach for are not shipped to the pane.
      fallback: { fs: false, path: false, os: false, crypto: false, stream: false, zlib: false },
    },
    module: {
      rules: [
        {
          // A folder's index.ts only re-exports (the lint rule ar-desk/index-only sends imports
          // through it): marked side-effect free, webpack takes just the modules used, so a
          // screen importing one helper from workbook/layout does not pull every layout into the
          // pane's first chunk.
          test: /[\\/]src[\\/].+[\\/]index\.ts$/,
          exclude: /node_modules/,
          sideEffects: false,
        },
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: {
            loader: "ts-loader",
            options: {
              // Type checking is `tsc --noEmit` in `npm test`; the bundle only needs JS.
              transpileOnly: true,
              // ES modules so webpack can tree-shake and split `import()` into lazy chunks
              // (CommonJS output would turn import() into an eager require).
              compilerOptions: { module: "esnext", moduleResolution: "node", sourceMap: true },
            },
          },
        },
      ],
    },
    optimization: {
      // Entries stay self-contained (functions.js must load alone); only import() splits.
      splitChunks: { chunks: "async" },
    },
    performance: { hints: false },
    plugins: [
      new CustomFunctionsMetadataPlugin({ output: "functions.json", input: FUNCTION_FILES }),
      new AllowErrorsForAnyPlugin(),
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        // Shared runtime: the functions register from the same page as the pane.
        chunks: ["functions", "taskpane"],
        chunksSortMode: "manual",
        scriptLoading: "defer",
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/icon-*.png", to: "assets/[name][ext]" },
          { from: "src/support.html", to: "support.html" },
          {
            from: "manifest.xml",
            to: "manifest.xml",
            transform: (content) => (dev ? content : rewriteUrls(content, prodUrl)),
          },
        ],
      }),
    ],
    devServer: {
      static: { directory: path.resolve(__dirname, "dist"), watch: false },
      headers: { "Access-Control-Allow-Origin": "*" },
      server: https ? { type: "https", options: https } : { type: "http" },
      port: PORT,
      hot: false,
      liveReload: false,
      client: false,
      devMiddleware: { writeToDisk: true },
    },
  };
};

module.exports.rewriteUrls = rewriteUrls;
module.exports.allowErrorsForAny = allowErrorsForAny;
module.exports.devHttpsOptions = devHttpsOptions;
